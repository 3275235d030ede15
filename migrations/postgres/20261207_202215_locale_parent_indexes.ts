import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "programmes_locales_parent_idx" ON "programmes_locales" USING btree ("_parent_id");
  CREATE INDEX "tracks_locales_parent_idx" ON "tracks_locales" USING btree ("_parent_id");
  CREATE INDEX "modules_locales_parent_idx" ON "modules_locales" USING btree ("_parent_id");
  CREATE INDEX "_modules_v_locales_parent_idx" ON "_modules_v_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_objectives_locales_parent_idx" ON "sessions_objectives_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_check_in_locales_parent_idx" ON "sessions_blocks_check_in_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_theme_work_locales_parent_idx" ON "sessions_blocks_theme_work_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_video_vignette_locales_parent_idx" ON "sessions_blocks_video_vignette_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_group_discussion_locales_parent_idx" ON "sessions_blocks_group_discussion_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_role_play_locales_parent_idx" ON "sessions_blocks_role_play_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_reflection_locales_parent_idx" ON "sessions_blocks_reflection_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_homework_locales_parent_idx" ON "sessions_blocks_homework_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_closing_locales_parent_idx" ON "sessions_blocks_closing_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_blocks_break_locales_parent_idx" ON "sessions_blocks_break_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_handouts_locales_parent_idx" ON "sessions_handouts_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_locales_parent_idx" ON "sessions_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_objectives_locales_parent_idx" ON "_sessions_v_version_objectives_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_check_in_locales_parent_idx" ON "_sessions_v_blocks_check_in_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_theme_work_locales_parent_idx" ON "_sessions_v_blocks_theme_work_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_video_vignette_locales_parent_idx" ON "_sessions_v_blocks_video_vignette_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_group_discussion_locales_parent_idx" ON "_sessions_v_blocks_group_discussion_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_role_play_locales_parent_idx" ON "_sessions_v_blocks_role_play_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_reflection_locales_parent_idx" ON "_sessions_v_blocks_reflection_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_homework_locales_parent_idx" ON "_sessions_v_blocks_homework_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_closing_locales_parent_idx" ON "_sessions_v_blocks_closing_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_blocks_break_locales_parent_idx" ON "_sessions_v_blocks_break_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_version_handouts_locales_parent_idx" ON "_sessions_v_version_handouts_locales" USING btree ("_parent_id");
  CREATE INDEX "_sessions_v_locales_parent_idx" ON "_sessions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "themes_locales_parent_idx" ON "themes_locales" USING btree ("_parent_id");
  CREATE INDEX "manual_chapters_locales_parent_idx" ON "manual_chapters_locales" USING btree ("_parent_id");
  CREATE INDEX "_manual_chapters_v_locales_parent_idx" ON "_manual_chapters_v_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_terms_locales_parent_idx" ON "glossary_terms_locales" USING btree ("_parent_id");
  CREATE INDEX "_glossary_terms_v_locales_parent_idx" ON "_glossary_terms_v_locales" USING btree ("_parent_id");
  CREATE INDEX "resources_locales_parent_idx" ON "resources_locales" USING btree ("_parent_id");
  CREATE INDEX "_resources_v_locales_parent_idx" ON "_resources_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "services_locales_parent_idx" ON "services_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_locales_parent_idx" ON "_services_v_locales" USING btree ("_parent_id");
  CREATE INDEX "manual_releases_locales_parent_idx" ON "manual_releases_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "programmes_locales_parent_idx";
  DROP INDEX "tracks_locales_parent_idx";
  DROP INDEX "modules_locales_parent_idx";
  DROP INDEX "_modules_v_locales_parent_idx";
  DROP INDEX "sessions_objectives_locales_parent_idx";
  DROP INDEX "sessions_blocks_check_in_locales_parent_idx";
  DROP INDEX "sessions_blocks_theme_work_locales_parent_idx";
  DROP INDEX "sessions_blocks_video_vignette_locales_parent_idx";
  DROP INDEX "sessions_blocks_group_discussion_locales_parent_idx";
  DROP INDEX "sessions_blocks_role_play_locales_parent_idx";
  DROP INDEX "sessions_blocks_reflection_locales_parent_idx";
  DROP INDEX "sessions_blocks_homework_locales_parent_idx";
  DROP INDEX "sessions_blocks_closing_locales_parent_idx";
  DROP INDEX "sessions_blocks_break_locales_parent_idx";
  DROP INDEX "sessions_handouts_locales_parent_idx";
  DROP INDEX "sessions_locales_parent_idx";
  DROP INDEX "_sessions_v_version_objectives_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_check_in_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_theme_work_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_video_vignette_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_group_discussion_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_role_play_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_reflection_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_homework_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_closing_locales_parent_idx";
  DROP INDEX "_sessions_v_blocks_break_locales_parent_idx";
  DROP INDEX "_sessions_v_version_handouts_locales_parent_idx";
  DROP INDEX "_sessions_v_locales_parent_idx";
  DROP INDEX "themes_locales_parent_idx";
  DROP INDEX "manual_chapters_locales_parent_idx";
  DROP INDEX "_manual_chapters_v_locales_parent_idx";
  DROP INDEX "glossary_terms_locales_parent_idx";
  DROP INDEX "_glossary_terms_v_locales_parent_idx";
  DROP INDEX "resources_locales_parent_idx";
  DROP INDEX "_resources_v_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "services_locales_parent_idx";
  DROP INDEX "_services_v_locales_parent_idx";
  DROP INDEX "manual_releases_locales_parent_idx";`)
}
