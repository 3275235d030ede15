import * as migration_20261124_074940_initial from './20261124_074940_initial';
import * as migration_20261124_120910_manual_releases from './20261124_120910_manual_releases';

export const migrations = [
  {
    up: migration_20261124_074940_initial.up,
    down: migration_20261124_074940_initial.down,
    name: '20261124_074940_initial',
  },
  {
    up: migration_20261124_120910_manual_releases.up,
    down: migration_20261124_120910_manual_releases.down,
    name: '20261124_120910_manual_releases'
  },
];
