import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tracks" ADD COLUMN "adapted_from_track_id" integer;
  ALTER TABLE "tracks" ADD COLUMN "adapted_from_release_id" integer;
  ALTER TABLE "tracks" ADD COLUMN "adapted_from_version" varchar;
  ALTER TABLE "modules" ADD COLUMN "source_module" varchar;
  ALTER TABLE "_modules_v" ADD COLUMN "version_source_module" varchar;
  ALTER TABLE "sessions" ADD COLUMN "adaptation_source_session" varchar;
  ALTER TABLE "sessions" ADD COLUMN "adaptation_follows_version" varchar;
  ALTER TABLE "sessions" ADD COLUMN "adaptation_set_aside_version" varchar;
  ALTER TABLE "sessions" ADD COLUMN "adaptation_set_aside_reason" varchar;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_adaptation_source_session" varchar;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_adaptation_follows_version" varchar;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_adaptation_set_aside_version" varchar;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_adaptation_set_aside_reason" varchar;
  ALTER TABLE "tracks" ADD CONSTRAINT "tracks_adapted_from_track_id_tracks_id_fk" FOREIGN KEY ("adapted_from_track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tracks" ADD CONSTRAINT "tracks_adapted_from_release_id_manual_releases_id_fk" FOREIGN KEY ("adapted_from_release_id") REFERENCES "public"."manual_releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tracks_adapted_from_adapted_from_track_idx" ON "tracks" USING btree ("adapted_from_track_id");
  CREATE INDEX "tracks_adapted_from_adapted_from_release_idx" ON "tracks" USING btree ("adapted_from_release_id");
  CREATE INDEX "sessions_adaptation_adaptation_source_session_idx" ON "sessions" USING btree ("adaptation_source_session");
  CREATE INDEX "_sessions_v_version_adaptation_version_adaptation_source_idx" ON "_sessions_v" USING btree ("version_adaptation_source_session");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tracks" DROP CONSTRAINT "tracks_adapted_from_track_id_tracks_id_fk";
  
  ALTER TABLE "tracks" DROP CONSTRAINT "tracks_adapted_from_release_id_manual_releases_id_fk";
  
  DROP INDEX "tracks_adapted_from_adapted_from_track_idx";
  DROP INDEX "tracks_adapted_from_adapted_from_release_idx";
  DROP INDEX "sessions_adaptation_adaptation_source_session_idx";
  DROP INDEX "_sessions_v_version_adaptation_version_adaptation_source_idx";
  ALTER TABLE "tracks" DROP COLUMN "adapted_from_track_id";
  ALTER TABLE "tracks" DROP COLUMN "adapted_from_release_id";
  ALTER TABLE "tracks" DROP COLUMN "adapted_from_version";
  ALTER TABLE "modules" DROP COLUMN "source_module";
  ALTER TABLE "_modules_v" DROP COLUMN "version_source_module";
  ALTER TABLE "sessions" DROP COLUMN "adaptation_source_session";
  ALTER TABLE "sessions" DROP COLUMN "adaptation_follows_version";
  ALTER TABLE "sessions" DROP COLUMN "adaptation_set_aside_version";
  ALTER TABLE "sessions" DROP COLUMN "adaptation_set_aside_reason";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_adaptation_source_session";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_adaptation_follows_version";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_adaptation_set_aside_version";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_adaptation_set_aside_reason";`)
}
