import * as migration_20261124_074940_initial from './20261124_074940_initial';
import * as migration_20261124_120910_manual_releases from './20261124_120910_manual_releases';
import * as migration_20261124_132925_media_kinds from './20261124_132925_media_kinds';
import * as migration_20261124_181424_review_renditions from './20261124_181424_review_renditions';
import * as migration_20261206_045148_survivor_help_first from './20261206_045148_survivor_help_first';
import * as migration_20261206_051225_no_login_lock from './20261206_051225_no_login_lock';
import * as migration_20261206_053056_manual_matter from './20261206_053056_manual_matter';
import * as migration_20261206_062909_schema_catch_up from './20261206_062909_schema_catch_up';
import * as migration_20261206_074807_evaluation from './20261206_074807_evaluation';
import * as migration_20261206_094355_media_object_key from './20261206_094355_media_object_key';
import * as migration_20261206_120036_adapted_tracks from './20261206_120036_adapted_tracks';
import * as migration_20261206_121810_open_group from './20261206_121810_open_group';
import * as migration_20261207_202156_locale_parent_indexes from './20261207_202156_locale_parent_indexes';
import * as migration_20261207_232956_release_list_order from './20261207_232956_release_list_order';

export const migrations = [
  {
    up: migration_20261124_074940_initial.up,
    down: migration_20261124_074940_initial.down,
    name: '20261124_074940_initial',
  },
  {
    up: migration_20261124_120910_manual_releases.up,
    down: migration_20261124_120910_manual_releases.down,
    name: '20261124_120910_manual_releases',
  },
  {
    up: migration_20261124_132925_media_kinds.up,
    down: migration_20261124_132925_media_kinds.down,
    name: '20261124_132925_media_kinds',
  },
  {
    up: migration_20261124_181424_review_renditions.up,
    down: migration_20261124_181424_review_renditions.down,
    name: '20261124_181424_review_renditions',
  },
  {
    up: migration_20261206_045148_survivor_help_first.up,
    down: migration_20261206_045148_survivor_help_first.down,
    name: '20261206_045148_survivor_help_first',
  },
  {
    up: migration_20261206_051225_no_login_lock.up,
    down: migration_20261206_051225_no_login_lock.down,
    name: '20261206_051225_no_login_lock',
  },
  {
    up: migration_20261206_053056_manual_matter.up,
    down: migration_20261206_053056_manual_matter.down,
    name: '20261206_053056_manual_matter',
  },
  {
    up: migration_20261206_062909_schema_catch_up.up,
    down: migration_20261206_062909_schema_catch_up.down,
    name: '20261206_062909_schema_catch_up',
  },
  {
    up: migration_20261206_074807_evaluation.up,
    down: migration_20261206_074807_evaluation.down,
    name: '20261206_074807_evaluation',
  },
  {
    up: migration_20261206_094355_media_object_key.up,
    down: migration_20261206_094355_media_object_key.down,
    name: '20261206_094355_media_object_key',
  },
  {
    up: migration_20261206_120036_adapted_tracks.up,
    down: migration_20261206_120036_adapted_tracks.down,
    name: '20261206_120036_adapted_tracks',
  },
  {
    up: migration_20261206_121810_open_group.up,
    down: migration_20261206_121810_open_group.down,
    name: '20261206_121810_open_group',
  },
  {
    up: migration_20261207_202156_locale_parent_indexes.up,
    down: migration_20261207_202156_locale_parent_indexes.down,
    name: '20261207_202156_locale_parent_indexes',
  },
  {
    up: migration_20261207_232956_release_list_order.up,
    down: migration_20261207_232956_release_list_order.down,
    name: '20261207_232956_release_list_order'
  },
];
