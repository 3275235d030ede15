import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`manual_chapters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`programme_id\` integer,
  	\`track_id\` integer,
  	\`kind\` text DEFAULT 'other',
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`manual_chapters_programme_idx\` ON \`manual_chapters\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`manual_chapters_track_idx\` ON \`manual_chapters\` (\`track_id\`);`)
  await db.run(sql`CREATE INDEX \`manual_chapters_updated_at_idx\` ON \`manual_chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`manual_chapters_created_at_idx\` ON \`manual_chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`manual_chapters__status_idx\` ON \`manual_chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`manual_chapters_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`manual_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`manual_chapters_locales_locale_parent_id_unique\` ON \`manual_chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_manual_chapters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_programme_id\` integer,
  	\`version_track_id\` integer,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_order\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`manual_chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_parent_idx\` ON \`_manual_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_version_version_programme_idx\` ON \`_manual_chapters_v\` (\`version_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_version_version_track_idx\` ON \`_manual_chapters_v\` (\`version_track_id\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_version_version_updated_at_idx\` ON \`_manual_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_version_version_created_at_idx\` ON \`_manual_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_version_version__status_idx\` ON \`_manual_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_created_at_idx\` ON \`_manual_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_updated_at_idx\` ON \`_manual_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_snapshot_idx\` ON \`_manual_chapters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_published_locale_idx\` ON \`_manual_chapters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_manual_chapters_v_latest_idx\` ON \`_manual_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_manual_chapters_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_manual_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_manual_chapters_v_locales_locale_parent_id_unique\` ON \`_manual_chapters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`programme_id\` integer,
  	\`track_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_programme_idx\` ON \`glossary_terms\` (\`programme_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_track_idx\` ON \`glossary_terms\` (\`track_id\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_at_idx\` ON \`glossary_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_at_idx\` ON \`glossary_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms__status_idx\` ON \`glossary_terms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_locales\` (
  	\`term\` text,
  	\`definition\` text,
  	\`participant_definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_locales_locale_parent_id_unique\` ON \`glossary_terms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_programme_id\` integer,
  	\`version_track_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_programme_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_parent_idx\` ON \`_glossary_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_programme_idx\` ON \`_glossary_terms_v\` (\`version_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_track_idx\` ON \`_glossary_terms_v\` (\`version_track_id\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_updated_at_idx\` ON \`_glossary_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version_created_at_idx\` ON \`_glossary_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_version_version__status_idx\` ON \`_glossary_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_created_at_idx\` ON \`_glossary_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_updated_at_idx\` ON \`_glossary_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_snapshot_idx\` ON \`_glossary_terms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_published_locale_idx\` ON \`_glossary_terms_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_glossary_terms_v_latest_idx\` ON \`_glossary_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_glossary_terms_v_locales\` (
  	\`version_term\` text,
  	\`version_definition\` text,
  	\`version_participant_definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_glossary_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_glossary_terms_v_locales_locale_parent_id_unique\` ON \`_glossary_terms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`manual_chapters_id\` integer REFERENCES manual_chapters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`glossary_terms_id\` integer REFERENCES glossary_terms(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manual_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`manual_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`manual_chapters\`;`)
  await db.run(sql`DROP TABLE \`manual_chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`_manual_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_manual_chapters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_locales\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v\`;`)
  await db.run(sql`DROP TABLE \`_glossary_terms_v_locales\`;`)
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
  	\`review_decisions_id\` integer,
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
  	FOREIGN KEY (\`review_decisions_id\`) REFERENCES \`review_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`manual_releases_id\`) REFERENCES \`manual_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "review_decisions_id", "themes_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id") SELECT "id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "review_decisions_id", "themes_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`review_decisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manual_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`manual_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
