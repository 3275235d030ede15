import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tracks\` ADD \`adapted_from_track_id\` integer REFERENCES tracks(id);`)
  await db.run(sql`ALTER TABLE \`tracks\` ADD \`adapted_from_release_id\` integer REFERENCES manual_releases(id);`)
  await db.run(sql`ALTER TABLE \`tracks\` ADD \`adapted_from_version\` text;`)
  await db.run(sql`CREATE INDEX \`tracks_adapted_from_adapted_from_track_idx\` ON \`tracks\` (\`adapted_from_track_id\`);`)
  await db.run(sql`CREATE INDEX \`tracks_adapted_from_adapted_from_release_idx\` ON \`tracks\` (\`adapted_from_release_id\`);`)
  await db.run(sql`ALTER TABLE \`modules\` ADD \`source_module\` text;`)
  await db.run(sql`ALTER TABLE \`_modules_v\` ADD \`version_source_module\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`adaptation_source_session\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`adaptation_follows_version\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`adaptation_set_aside_version\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`adaptation_set_aside_reason\` text;`)
  await db.run(sql`CREATE INDEX \`sessions_adaptation_adaptation_source_session_idx\` ON \`sessions\` (\`adaptation_source_session\`);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_adaptation_source_session\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_adaptation_follows_version\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_adaptation_set_aside_version\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_adaptation_set_aside_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_adaptation_version_adaptation_source_idx\` ON \`_sessions_v\` (\`version_adaptation_source_session\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_tracks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`programme_id\` integer NOT NULL,
  	\`slug\` text,
  	\`audience\` text NOT NULL,
  	\`planned_sessions\` numeric NOT NULL,
  	\`session_minutes\` numeric DEFAULT 150 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tracks\`("id", "programme_id", "slug", "audience", "planned_sessions", "session_minutes", "updated_at", "created_at") SELECT "id", "programme_id", "slug", "audience", "planned_sessions", "session_minutes", "updated_at", "created_at" FROM \`tracks\`;`)
  await db.run(sql`DROP TABLE \`tracks\`;`)
  await db.run(sql`ALTER TABLE \`__new_tracks\` RENAME TO \`tracks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`tracks_programme_idx\` ON \`tracks\` (\`programme_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tracks_slug_idx\` ON \`tracks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tracks_updated_at_idx\` ON \`tracks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tracks_created_at_idx\` ON \`tracks\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`sessions_adaptation_adaptation_source_session_idx\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`adaptation_source_session\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`adaptation_follows_version\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`adaptation_set_aside_version\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`adaptation_set_aside_reason\`;`)
  await db.run(sql`DROP INDEX \`_sessions_v_version_adaptation_version_adaptation_source_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_adaptation_source_session\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_adaptation_follows_version\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_adaptation_set_aside_version\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_adaptation_set_aside_reason\`;`)
  await db.run(sql`ALTER TABLE \`modules\` DROP COLUMN \`source_module\`;`)
  await db.run(sql`ALTER TABLE \`_modules_v\` DROP COLUMN \`version_source_module\`;`)
}
