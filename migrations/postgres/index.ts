import * as migration_20261124_075020_initial from './20261124_075020_initial';

export const migrations = [
  {
    up: migration_20261124_075020_initial.up,
    down: migration_20261124_075020_initial.down,
    name: '20261124_075020_initial'
  },
];
