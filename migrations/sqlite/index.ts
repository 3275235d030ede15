import * as migration_20261124_074940_initial from './20261124_074940_initial';

export const migrations = [
  {
    up: migration_20261124_074940_initial.up,
    down: migration_20261124_074940_initial.down,
    name: '20261124_074940_initial'
  },
];
