import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sessions_review_status" AS ENUM('not-submitted', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__sessions_v_version_review_status" AS ENUM('not-submitted', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_review_decisions_decision" AS ENUM('submitted', 'approved', 'changes-requested', 'approval-withdrawn');
  CREATE TYPE "public"."enum_resources_caption_locales" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum__resources_v_version_caption_locales" AS ENUM('es', 'en', 'yua', 'nah', 'tot', 'ctl', 'tar', 'chol', 'yaq', 'oto');
  CREATE TYPE "public"."enum_media_renditions_status" AS ENUM('pending', 'ready', 'failed', 'unavailable');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'makeMediaRenditions' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'makeMediaRenditions' BEFORE 'schedulePublish';
  CREATE TABLE "review_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" integer NOT NULL,
  	"decision" "enum_review_decisions_decision" NOT NULL,
  	"comment" varchar,
  	"by_id" integer,
  	"session_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "resources_caption_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_resources_caption_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_resources_v_version_caption_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__resources_v_version_caption_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "sessions" ADD COLUMN "review_status" "enum_sessions_review_status" DEFAULT 'not-submitted';
  ALTER TABLE "sessions" ADD COLUMN "review_approval" jsonb;
  ALTER TABLE "_sessions_v" ADD COLUMN "version_review_status" "enum__sessions_v_version_review_status" DEFAULT 'not-submitted';
  ALTER TABLE "_sessions_v" ADD COLUMN "version_review_approval" jsonb;
  ALTER TABLE "resources" ADD COLUMN "missing_spanish_captions" boolean;
  ALTER TABLE "resources" ADD COLUMN "missing_alt_text" boolean;
  ALTER TABLE "_resources_v" ADD COLUMN "version_missing_spanish_captions" boolean;
  ALTER TABLE "_resources_v" ADD COLUMN "version_missing_alt_text" boolean;
  ALTER TABLE "media" ADD COLUMN "renditions_status" "enum_media_renditions_status";
  ALTER TABLE "media" ADD COLUMN "renditions_reason" varchar;
  ALTER TABLE "media" ADD COLUMN "renditions_poster_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "renditions_poster_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "renditions_poster_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "renditions_poster_width" numeric;
  ALTER TABLE "media" ADD COLUMN "renditions_poster_height" numeric;
  ALTER TABLE "media" ADD COLUMN "renditions_low_bandwidth_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "renditions_low_bandwidth_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "renditions_low_bandwidth_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "renditions_low_bandwidth_width" numeric;
  ALTER TABLE "media" ADD COLUMN "renditions_low_bandwidth_height" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_decisions_id" integer;
  ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_caption_locales" ADD CONSTRAINT "resources_caption_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_version_caption_locales" ADD CONSTRAINT "_resources_v_version_caption_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_decisions_session_idx" ON "review_decisions" USING btree ("session_id");
  CREATE INDEX "review_decisions_by_idx" ON "review_decisions" USING btree ("by_id");
  CREATE INDEX "review_decisions_updated_at_idx" ON "review_decisions" USING btree ("updated_at");
  CREATE INDEX "review_decisions_created_at_idx" ON "review_decisions" USING btree ("created_at");
  CREATE INDEX "resources_caption_locales_order_idx" ON "resources_caption_locales" USING btree ("order");
  CREATE INDEX "resources_caption_locales_parent_idx" ON "resources_caption_locales" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_caption_locales_order_idx" ON "_resources_v_version_caption_locales" USING btree ("order");
  CREATE INDEX "_resources_v_version_caption_locales_parent_idx" ON "_resources_v_version_caption_locales" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_decisions_fk" FOREIGN KEY ("review_decisions_id") REFERENCES "public"."review_decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sessions_review_status_idx" ON "sessions" USING btree ("review_status");
  CREATE INDEX "_sessions_v_version_version_review_status_idx" ON "_sessions_v" USING btree ("version_review_status");
  CREATE INDEX "resources_missing_spanish_captions_idx" ON "resources" USING btree ("missing_spanish_captions");
  CREATE INDEX "resources_missing_alt_text_idx" ON "resources" USING btree ("missing_alt_text");
  CREATE INDEX "_resources_v_version_version_missing_spanish_captions_idx" ON "_resources_v" USING btree ("version_missing_spanish_captions");
  CREATE INDEX "_resources_v_version_version_missing_alt_text_idx" ON "_resources_v" USING btree ("version_missing_alt_text");
  CREATE INDEX "media_renditions_renditions_status_idx" ON "media" USING btree ("renditions_status");
  CREATE INDEX "payload_locked_documents_rels_review_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("review_decisions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "resources_caption_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_resources_v_version_caption_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_decisions" CASCADE;
  DROP TABLE "resources_caption_locales" CASCADE;
  DROP TABLE "_resources_v_version_caption_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_decisions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildManualRelease', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildManualRelease', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "sessions_review_status_idx";
  DROP INDEX "_sessions_v_version_version_review_status_idx";
  DROP INDEX "resources_missing_spanish_captions_idx";
  DROP INDEX "resources_missing_alt_text_idx";
  DROP INDEX "_resources_v_version_version_missing_spanish_captions_idx";
  DROP INDEX "_resources_v_version_version_missing_alt_text_idx";
  DROP INDEX "media_renditions_renditions_status_idx";
  DROP INDEX "payload_locked_documents_rels_review_decisions_id_idx";
  ALTER TABLE "sessions" DROP COLUMN "review_status";
  ALTER TABLE "sessions" DROP COLUMN "review_approval";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_review_status";
  ALTER TABLE "_sessions_v" DROP COLUMN "version_review_approval";
  ALTER TABLE "resources" DROP COLUMN "missing_spanish_captions";
  ALTER TABLE "resources" DROP COLUMN "missing_alt_text";
  ALTER TABLE "_resources_v" DROP COLUMN "version_missing_spanish_captions";
  ALTER TABLE "_resources_v" DROP COLUMN "version_missing_alt_text";
  ALTER TABLE "media" DROP COLUMN "renditions_status";
  ALTER TABLE "media" DROP COLUMN "renditions_reason";
  ALTER TABLE "media" DROP COLUMN "renditions_poster_filename";
  ALTER TABLE "media" DROP COLUMN "renditions_poster_mime_type";
  ALTER TABLE "media" DROP COLUMN "renditions_poster_filesize";
  ALTER TABLE "media" DROP COLUMN "renditions_poster_width";
  ALTER TABLE "media" DROP COLUMN "renditions_poster_height";
  ALTER TABLE "media" DROP COLUMN "renditions_low_bandwidth_filename";
  ALTER TABLE "media" DROP COLUMN "renditions_low_bandwidth_mime_type";
  ALTER TABLE "media" DROP COLUMN "renditions_low_bandwidth_filesize";
  ALTER TABLE "media" DROP COLUMN "renditions_low_bandwidth_width";
  ALTER TABLE "media" DROP COLUMN "renditions_low_bandwidth_height";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_decisions_id";
  DROP TYPE "public"."enum_sessions_review_status";
  DROP TYPE "public"."enum__sessions_v_version_review_status";
  DROP TYPE "public"."enum_review_decisions_decision";
  DROP TYPE "public"."enum_resources_caption_locales";
  DROP TYPE "public"."enum__resources_v_version_caption_locales";
  DROP TYPE "public"."enum_media_renditions_status";`)
}
