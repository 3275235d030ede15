import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`evaluation_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`track_id\` integer NOT NULL,
  	\`state\` text NOT NULL,
  	\`start_date\` text NOT NULL,
  	\`delivery\` text DEFAULT 'in-person' NOT NULL,
  	\`closed_on\` text,
  	\`attended1to12\` numeric,
  	\`attended13plus\` numeric,
  	\`opened_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`opened_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_groups_track_idx\` ON \`evaluation_groups\` (\`track_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_groups_start_date_idx\` ON \`evaluation_groups\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_groups_opened_by_idx\` ON \`evaluation_groups\` (\`opened_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_groups_updated_at_idx\` ON \`evaluation_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_groups_created_at_idx\` ON \`evaluation_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`evaluation_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`group_id\` integer NOT NULL,
  	\`session_number\` numeric NOT NULL,
  	\`date\` text NOT NULL,
  	\`present\` numeric NOT NULL,
  	\`recorded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`group_id\`) REFERENCES \`evaluation_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`evaluation_sessions_group_idx\` ON \`evaluation_sessions\` (\`group_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_sessions_date_idx\` ON \`evaluation_sessions\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_sessions_recorded_by_idx\` ON \`evaluation_sessions\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_sessions_updated_at_idx\` ON \`evaluation_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evaluation_sessions_created_at_idx\` ON \`evaluation_sessions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`evaluation_groups_id\` integer REFERENCES evaluation_groups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`evaluation_sessions_id\` integer REFERENCES evaluation_sessions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluation_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluation_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evaluation_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`evaluation_sessions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`evaluation_groups\`;`)
  await db.run(sql`DROP TABLE \`evaluation_sessions\`;`)
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
  	\`manual_chapters_id\` integer,
  	\`glossary_terms_id\` integer,
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
  	FOREIGN KEY (\`manual_chapters_id\`) REFERENCES \`manual_chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`glossary_terms_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`manual_releases_id\`) REFERENCES \`manual_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "review_decisions_id", "themes_id", "manual_chapters_id", "glossary_terms_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id") SELECT "id", "order", "parent_id", "path", "programmes_id", "tracks_id", "modules_id", "sessions_id", "review_decisions_id", "themes_id", "manual_chapters_id", "glossary_terms_id", "resources_id", "media_id", "services_id", "manual_releases_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manual_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`manual_chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manual_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`manual_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
