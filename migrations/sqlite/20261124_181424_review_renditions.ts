import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`session_id\` integer NOT NULL,
  	\`decision\` text NOT NULL,
  	\`comment\` text,
  	\`by_id\` integer,
  	\`session_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_decisions_session_idx\` ON \`review_decisions\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`review_decisions_by_idx\` ON \`review_decisions\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_decisions_updated_at_idx\` ON \`review_decisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_decisions_created_at_idx\` ON \`review_decisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`resources_caption_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_caption_locales_order_idx\` ON \`resources_caption_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_caption_locales_parent_idx\` ON \`resources_caption_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_caption_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_caption_locales_order_idx\` ON \`_resources_v_version_caption_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_caption_locales_parent_idx\` ON \`_resources_v_version_caption_locales\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`review_status\` text DEFAULT 'not-submitted';`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`review_approval\` text;`)
  await db.run(sql`CREATE INDEX \`sessions_review_status_idx\` ON \`sessions\` (\`review_status\`);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_review_status\` text DEFAULT 'not-submitted';`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_review_approval\` text;`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_review_status_idx\` ON \`_sessions_v\` (\`version_review_status\`);`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`missing_spanish_captions\` integer;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`missing_alt_text\` integer;`)
  await db.run(sql`CREATE INDEX \`resources_missing_spanish_captions_idx\` ON \`resources\` (\`missing_spanish_captions\`);`)
  await db.run(sql`CREATE INDEX \`resources_missing_alt_text_idx\` ON \`resources\` (\`missing_alt_text\`);`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_missing_spanish_captions\` integer;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_missing_alt_text\` integer;`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_missing_spanish_captions_idx\` ON \`_resources_v\` (\`version_missing_spanish_captions\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_missing_alt_text_idx\` ON \`_resources_v\` (\`version_missing_alt_text\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_reason\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_poster_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_poster_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_poster_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_poster_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_poster_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_low_bandwidth_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_low_bandwidth_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_low_bandwidth_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_low_bandwidth_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`renditions_low_bandwidth_height\` numeric;`)
  await db.run(sql`CREATE INDEX \`media_renditions_renditions_status_idx\` ON \`media\` (\`renditions_status\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_decisions_id\` integer REFERENCES review_decisions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`review_decisions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_decisions\`;`)
  await db.run(sql`DROP TABLE \`resources_caption_locales\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_caption_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programmes_id\` integer,
  	\`tracks_id\` integer,
  	\`modules_id\` integer,
  	\`sessions_id\` integer,
  	\`themes_id\` integer,
  	\`resources_id\` integer,
  	\`media_id\` integer,
  	\`services_id\` integer,
  	\`manual_releases_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracks_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`modules_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`manual_releases_id\`) REFERENCES \`manual_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "themes_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id") SELECT "id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "themes_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tracks_id_idx\` ON \`payload_locked_documents_rels\` (\`tracks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manual_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`manual_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`sessions_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`review_status\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`review_approval\`;`)
  await db.run(sql`DROP INDEX \`_sessions_v_version_version_review_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_review_status\`;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` DROP COLUMN \`version_review_approval\`;`)
  await db.run(sql`DROP INDEX \`resources_missing_spanish_captions_idx\`;`)
  await db.run(sql`DROP INDEX \`resources_missing_alt_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`missing_spanish_captions\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`missing_alt_text\`;`)
  await db.run(sql`DROP INDEX \`_resources_v_version_version_missing_spanish_captions_idx\`;`)
  await db.run(sql`DROP INDEX \`_resources_v_version_version_missing_alt_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_missing_spanish_captions\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_missing_alt_text\`;`)
  await db.run(sql`DROP INDEX \`media_renditions_renditions_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_reason\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_poster_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_poster_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_poster_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_poster_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_poster_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_low_bandwidth_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_low_bandwidth_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_low_bandwidth_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_low_bandwidth_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`renditions_low_bandwidth_height\`;`)
}
