import * as migration_20261124_075020_initial from './20261124_075020_initial';
import * as migration_20261124_122213_manual_releases from './20261124_122213_manual_releases';

export const migrations = [
  {
    up: migration_20261124_075020_initial.up,
    down: migration_20261124_075020_initial.down,
    name: '20261124_075020_initial',
  },
  {
    up: migration_20261124_122213_manual_releases.up,
    down: migration_20261124_122213_manual_releases.down,
    name: '20261124_122213_manual_releases'
  },
];
