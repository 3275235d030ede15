import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`institution\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_slug_idx\` ON \`programmes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`programmes_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`overview\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programmes_locales_locale_parent_id_unique\` ON \`programmes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_texts_order_parent\` ON \`programmes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tracks\` (
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
  await db.run(sql`CREATE INDEX \`tracks_programme_idx\` ON \`tracks\` (\`programme_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tracks_slug_idx\` ON \`tracks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tracks_updated_at_idx\` ON \`tracks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tracks_created_at_idx\` ON \`tracks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`tracks_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tracks_locales_locale_parent_id_unique\` ON \`tracks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`modules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`track_id\` integer,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`modules_track_idx\` ON \`modules\` (\`track_id\`);`)
  await db.run(sql`CREATE INDEX \`modules_updated_at_idx\` ON \`modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`modules_created_at_idx\` ON \`modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`modules__status_idx\` ON \`modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`modules_locales_locale_parent_id_unique\` ON \`modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_track_id\` integer,
  	\`version_order\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_modules_v_parent_idx\` ON \`_modules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_track_idx\` ON \`_modules_v\` (\`version_track_id\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_updated_at_idx\` ON \`_modules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version_created_at_idx\` ON \`_modules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_version_version__status_idx\` ON \`_modules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_created_at_idx\` ON \`_modules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_updated_at_idx\` ON \`_modules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_snapshot_idx\` ON \`_modules_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_published_locale_idx\` ON \`_modules_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_modules_v_latest_idx\` ON \`_modules_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_modules_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_modules_v_locales_locale_parent_id_unique\` ON \`_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_objectives_order_idx\` ON \`sessions_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_objectives_parent_id_idx\` ON \`sessions_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_objectives_locales\` (
  	\`objective\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_objectives_locales_locale_parent_id_unique\` ON \`sessions_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_check_in\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_check_in_order_idx\` ON \`sessions_blocks_check_in\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_check_in_parent_id_idx\` ON \`sessions_blocks_check_in\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_check_in_path_idx\` ON \`sessions_blocks_check_in\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_check_in_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_check_in\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_check_in_locales_locale_parent_id_unique\` ON \`sessions_blocks_check_in_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_theme_work\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_theme_work_order_idx\` ON \`sessions_blocks_theme_work\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_theme_work_parent_id_idx\` ON \`sessions_blocks_theme_work\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_theme_work_path_idx\` ON \`sessions_blocks_theme_work\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_theme_work_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_theme_work\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_theme_work_locales_locale_parent_id_unique\` ON \`sessions_blocks_theme_work_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_video_vignette\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`resource_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_video_vignette_order_idx\` ON \`sessions_blocks_video_vignette\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_video_vignette_parent_id_idx\` ON \`sessions_blocks_video_vignette\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_video_vignette_path_idx\` ON \`sessions_blocks_video_vignette\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_video_vignette_resource_idx\` ON \`sessions_blocks_video_vignette\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_video_vignette_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_video_vignette\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_video_vignette_locales_locale_parent_id_uniq\` ON \`sessions_blocks_video_vignette_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_group_discussion\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_group_discussion_order_idx\` ON \`sessions_blocks_group_discussion\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_group_discussion_parent_id_idx\` ON \`sessions_blocks_group_discussion\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_group_discussion_path_idx\` ON \`sessions_blocks_group_discussion\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_group_discussion_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_group_discussion\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_group_discussion_locales_locale_parent_id_un\` ON \`sessions_blocks_group_discussion_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_role_play\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_role_play_order_idx\` ON \`sessions_blocks_role_play\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_role_play_parent_id_idx\` ON \`sessions_blocks_role_play\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_role_play_path_idx\` ON \`sessions_blocks_role_play\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_role_play_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_role_play\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_role_play_locales_locale_parent_id_unique\` ON \`sessions_blocks_role_play_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_reflection\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_reflection_order_idx\` ON \`sessions_blocks_reflection\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_reflection_parent_id_idx\` ON \`sessions_blocks_reflection\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_reflection_path_idx\` ON \`sessions_blocks_reflection\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_reflection_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_reflection\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_reflection_locales_locale_parent_id_unique\` ON \`sessions_blocks_reflection_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_homework\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_homework_order_idx\` ON \`sessions_blocks_homework\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_homework_parent_id_idx\` ON \`sessions_blocks_homework\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_homework_path_idx\` ON \`sessions_blocks_homework\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_homework_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_homework\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_homework_locales_locale_parent_id_unique\` ON \`sessions_blocks_homework_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_closing\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_closing_order_idx\` ON \`sessions_blocks_closing\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_closing_parent_id_idx\` ON \`sessions_blocks_closing\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_closing_path_idx\` ON \`sessions_blocks_closing\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_closing_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_closing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_closing_locales_locale_parent_id_unique\` ON \`sessions_blocks_closing_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_break\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_blocks_break_order_idx\` ON \`sessions_blocks_break\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_break_parent_id_idx\` ON \`sessions_blocks_break\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_blocks_break_path_idx\` ON \`sessions_blocks_break\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`sessions_blocks_break_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_blocks_break\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_blocks_break_locales_locale_parent_id_unique\` ON \`sessions_blocks_break_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_handouts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_handouts_order_idx\` ON \`sessions_handouts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_handouts_parent_id_idx\` ON \`sessions_handouts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_handouts_file_idx\` ON \`sessions_handouts\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_handouts_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions_handouts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_handouts_locales_locale_parent_id_unique\` ON \`sessions_handouts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`track_id\` integer,
  	\`module_id\` integer,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`module_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_number_idx\` ON \`sessions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`sessions_track_idx\` ON \`sessions\` (\`track_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_module_idx\` ON \`sessions\` (\`module_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`track_number_idx\` ON \`sessions\` (\`track_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`sessions_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`content_notes\` text,
  	\`materials\` text,
  	\`facilitator_notes\` text,
  	\`safety_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_locales_locale_parent_id_unique\` ON \`sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sessions_rels_order_idx\` ON \`sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_parent_idx\` ON \`sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_path_idx\` ON \`sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_resources_id_idx\` ON \`sessions_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_rels_themes_id_idx\` ON \`sessions_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_objectives_order_idx\` ON \`_sessions_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_objectives_parent_id_idx\` ON \`_sessions_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_version_objectives_locales\` (
  	\`objective\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_version_objectives_locales_locale_parent_id_uniq\` ON \`_sessions_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_check_in\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_check_in_order_idx\` ON \`_sessions_v_blocks_check_in\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_check_in_parent_id_idx\` ON \`_sessions_v_blocks_check_in\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_check_in_path_idx\` ON \`_sessions_v_blocks_check_in\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_check_in_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_check_in\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_check_in_locales_locale_parent_id_unique\` ON \`_sessions_v_blocks_check_in_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_theme_work\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_theme_work_order_idx\` ON \`_sessions_v_blocks_theme_work\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_theme_work_parent_id_idx\` ON \`_sessions_v_blocks_theme_work\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_theme_work_path_idx\` ON \`_sessions_v_blocks_theme_work\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_theme_work_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_theme_work\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_theme_work_locales_locale_parent_id_uniqu\` ON \`_sessions_v_blocks_theme_work_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_video_vignette\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`resource_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`resource_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_video_vignette_order_idx\` ON \`_sessions_v_blocks_video_vignette\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_video_vignette_parent_id_idx\` ON \`_sessions_v_blocks_video_vignette\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_video_vignette_path_idx\` ON \`_sessions_v_blocks_video_vignette\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_video_vignette_resource_idx\` ON \`_sessions_v_blocks_video_vignette\` (\`resource_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_video_vignette_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_video_vignette\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_video_vignette_locales_locale_parent_id_u\` ON \`_sessions_v_blocks_video_vignette_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_group_discussion\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_group_discussion_order_idx\` ON \`_sessions_v_blocks_group_discussion\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_group_discussion_parent_id_idx\` ON \`_sessions_v_blocks_group_discussion\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_group_discussion_path_idx\` ON \`_sessions_v_blocks_group_discussion\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_group_discussion_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_group_discussion\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_group_discussion_locales_locale_parent_id\` ON \`_sessions_v_blocks_group_discussion_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_role_play\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_role_play_order_idx\` ON \`_sessions_v_blocks_role_play\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_role_play_parent_id_idx\` ON \`_sessions_v_blocks_role_play\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_role_play_path_idx\` ON \`_sessions_v_blocks_role_play\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_role_play_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_role_play\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_role_play_locales_locale_parent_id_unique\` ON \`_sessions_v_blocks_role_play_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_reflection\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_reflection_order_idx\` ON \`_sessions_v_blocks_reflection\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_reflection_parent_id_idx\` ON \`_sessions_v_blocks_reflection\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_reflection_path_idx\` ON \`_sessions_v_blocks_reflection\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_reflection_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_reflection\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_reflection_locales_locale_parent_id_uniqu\` ON \`_sessions_v_blocks_reflection_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_homework\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_homework_order_idx\` ON \`_sessions_v_blocks_homework\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_homework_parent_id_idx\` ON \`_sessions_v_blocks_homework\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_homework_path_idx\` ON \`_sessions_v_blocks_homework\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_homework_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_homework\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_homework_locales_locale_parent_id_unique\` ON \`_sessions_v_blocks_homework_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_closing\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_closing_order_idx\` ON \`_sessions_v_blocks_closing\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_closing_parent_id_idx\` ON \`_sessions_v_blocks_closing\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_closing_path_idx\` ON \`_sessions_v_blocks_closing\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_closing_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_closing\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_closing_locales_locale_parent_id_unique\` ON \`_sessions_v_blocks_closing_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_break\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_break_order_idx\` ON \`_sessions_v_blocks_break\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_break_parent_id_idx\` ON \`_sessions_v_blocks_break\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_blocks_break_path_idx\` ON \`_sessions_v_blocks_break\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_blocks_break_locales\` (
  	\`title\` text,
  	\`facilitator_instructions\` text,
  	\`participant_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_blocks_break\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_blocks_break_locales_locale_parent_id_unique\` ON \`_sessions_v_blocks_break_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_version_handouts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_handouts_order_idx\` ON \`_sessions_v_version_handouts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_handouts_parent_id_idx\` ON \`_sessions_v_version_handouts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_handouts_file_idx\` ON \`_sessions_v_version_handouts\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_version_handouts_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v_version_handouts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_version_handouts_locales_locale_parent_id_unique\` ON \`_sessions_v_version_handouts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` numeric,
  	\`version_track_id\` integer,
  	\`version_module_id\` integer,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_track_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_module_id\`) REFERENCES \`modules\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_number_idx\` ON \`_sessions_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_track_idx\` ON \`_sessions_v\` (\`version_track_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_module_idx\` ON \`_sessions_v\` (\`version_module_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_updated_at_idx\` ON \`_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_created_at_idx\` ON \`_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version__status_idx\` ON \`_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_created_at_idx\` ON \`_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_updated_at_idx\` ON \`_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_snapshot_idx\` ON \`_sessions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_published_locale_idx\` ON \`_sessions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_latest_idx\` ON \`_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_track_version_number_idx\` ON \`_sessions_v\` (\`version_track_id\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_content_notes\` text,
  	\`version_materials\` text,
  	\`version_facilitator_notes\` text,
  	\`version_safety_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sessions_v_locales_locale_parent_id_unique\` ON \`_sessions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sessions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sessions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_order_idx\` ON \`_sessions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_parent_idx\` ON \`_sessions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_path_idx\` ON \`_sessions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_resources_id_idx\` ON \`_sessions_v_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_rels_themes_id_idx\` ON \`_sessions_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`themes_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_locales_locale_parent_id_unique\` ON \`themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_captions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_captions_order_idx\` ON \`resources_captions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`resources_captions_parent_id_idx\` ON \`resources_captions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_captions_file_idx\` ON \`resources_captions\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_languages_order_idx\` ON \`resources_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_languages_parent_idx\` ON \`resources_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`audience\` text DEFAULT 'participant',
  	\`file_id\` integer,
  	\`duration_seconds\` numeric,
  	\`licence\` text,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_file_idx\` ON \`resources\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`resources_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_locales_locale_parent_id_unique\` ON \`resources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`resources_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tracks_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracks_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`resources_rels_order_idx\` ON \`resources_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_parent_idx\` ON \`resources_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_path_idx\` ON \`resources_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_tracks_id_idx\` ON \`resources_rels\` (\`tracks_id\`);`)
  await db.run(sql`CREATE INDEX \`resources_rels_themes_id_idx\` ON \`resources_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_captions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_captions_order_idx\` ON \`_resources_v_version_captions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_captions_parent_id_idx\` ON \`_resources_v_version_captions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_captions_file_idx\` ON \`_resources_v_version_captions\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_version_languages_order_idx\` ON \`_resources_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_languages_parent_idx\` ON \`_resources_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_audience\` text DEFAULT 'participant',
  	\`version_file_id\` integer,
  	\`version_duration_seconds\` numeric,
  	\`version_licence\` text,
  	\`version_credit\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_file_idx\` ON \`_resources_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_snapshot_idx\` ON \`_resources_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_published_locale_idx\` ON \`_resources_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_resources_v_locales_locale_parent_id_unique\` ON \`_resources_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tracks_id\` integer,
  	\`themes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracks_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_order_idx\` ON \`_resources_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_parent_idx\` ON \`_resources_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_path_idx\` ON \`_resources_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_tracks_id_idx\` ON \`_resources_v_rels\` (\`tracks_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_rels_themes_id_idx\` ON \`_resources_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_low_bandwidth_url\` text,
  	\`sizes_low_bandwidth_width\` numeric,
  	\`sizes_low_bandwidth_height\` numeric,
  	\`sizes_low_bandwidth_mime_type\` text,
  	\`sizes_low_bandwidth_filesize\` numeric,
  	\`sizes_low_bandwidth_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_page_url\` text,
  	\`sizes_page_width\` numeric,
  	\`sizes_page_height\` numeric,
  	\`sizes_page_mime_type\` text,
  	\`sizes_page_filesize\` numeric,
  	\`sizes_page_filename\` text,
  	\`sizes_print_url\` text,
  	\`sizes_print_width\` numeric,
  	\`sizes_print_height\` numeric,
  	\`sizes_print_mime_type\` text,
  	\`sizes_print_filesize\` numeric,
  	\`sizes_print_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_low_bandwidth_sizes_low_bandwidth_filename_idx\` ON \`media\` (\`sizes_low_bandwidth_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_page_sizes_page_filename_idx\` ON \`media\` (\`sizes_page_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_print_sizes_print_filename_idx\` ON \`media\` (\`sizes_print_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_languages_order_idx\` ON \`services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_languages_parent_idx\` ON \`services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text,
  	\`state\` text,
  	\`municipality\` text,
  	\`phone\` text,
  	\`address\` text,
  	\`website\` text,
  	\`rural_coverage\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`hours\` text,
  	\`description\` text,
  	\`serves_whom\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_order_idx\` ON \`_services_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_languages_parent_idx\` ON \`_services_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text,
  	\`version_state\` text,
  	\`version_municipality\` text,
  	\`version_phone\` text,
  	\`version_address\` text,
  	\`version_website\` text,
  	\`version_rural_coverage\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_hours\` text,
  	\`version_description\` text,
  	\`version_serves_whom\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tracks_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tracks_id\`) REFERENCES \`tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_tracks_id_idx\` ON \`users_rels\` (\`tracks_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`programmes_locales\`;`)
  await db.run(sql`DROP TABLE \`programmes_texts\`;`)
  await db.run(sql`DROP TABLE \`tracks\`;`)
  await db.run(sql`DROP TABLE \`tracks_locales\`;`)
  await db.run(sql`DROP TABLE \`modules\`;`)
  await db.run(sql`DROP TABLE \`modules_locales\`;`)
  await db.run(sql`DROP TABLE \`_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_objectives\`;`)
  await db.run(sql`DROP TABLE \`sessions_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_check_in\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_check_in_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_theme_work\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_theme_work_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_video_vignette\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_video_vignette_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_group_discussion\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_group_discussion_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_role_play\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_role_play_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_reflection\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_reflection_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_homework\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_homework_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_closing\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_closing_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_break\`;`)
  await db.run(sql`DROP TABLE \`sessions_blocks_break_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_handouts\`;`)
  await db.run(sql`DROP TABLE \`sessions_handouts_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_check_in\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_check_in_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_theme_work\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_theme_work_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_video_vignette\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_video_vignette_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_group_discussion\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_group_discussion_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_role_play\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_role_play_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_reflection\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_reflection_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_homework\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_homework_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_closing\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_closing_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_break\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_blocks_break_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_handouts\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_version_handouts_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`themes_locales\`;`)
  await db.run(sql`DROP TABLE \`resources_captions\`;`)
  await db.run(sql`DROP TABLE \`resources_languages\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`resources_locales\`;`)
  await db.run(sql`DROP TABLE \`resources_rels\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_captions\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`services_languages\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
