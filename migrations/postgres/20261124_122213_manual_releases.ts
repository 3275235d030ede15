import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_manual_releases_locale_codes" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_manual_releases_files_edition" AS ENUM('facilitator-manual', 'participant-workbook', 'offline-bundle');
  CREATE TYPE "public"."enum_manual_releases_status" AS ENUM('building', 'ready', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildManualRelease');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildManualRelease');
  CREATE TABLE "manual_releases_locale_codes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_manual_releases_locale_codes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "manual_releases_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"edition" "enum_manual_releases_files_edition",
  	"locale" varchar,
  	"downloads" numeric DEFAULT 0,
  	"filename" varchar,
  	"path" varchar,
  	"content_type" varchar,
  	"size" numeric,
  	"sha256" varchar
  );
  
  CREATE TABLE "manual_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"track_id" integer NOT NULL,
  	"version" varchar NOT NULL,
  	"confirm_fewer_sessions" boolean DEFAULT false,
  	"status" "enum_manual_releases_status" DEFAULT 'building' NOT NULL,
  	"failure_reason" varchar,
  	"archived" boolean DEFAULT false,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"previous_version" varchar,
  	"content_hash" varchar,
  	"changes" jsonb,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "manual_releases_locales" (
  	"notes" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "manual_releases_id" integer;
  ALTER TABLE "manual_releases_locale_codes" ADD CONSTRAINT "manual_releases_locale_codes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manual_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_releases_files" ADD CONSTRAINT "manual_releases_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_releases" ADD CONSTRAINT "manual_releases_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_releases" ADD CONSTRAINT "manual_releases_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_releases_locales" ADD CONSTRAINT "manual_releases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "manual_releases_locale_codes_order_idx" ON "manual_releases_locale_codes" USING btree ("order");
  CREATE INDEX "manual_releases_locale_codes_parent_idx" ON "manual_releases_locale_codes" USING btree ("parent_id");
  CREATE INDEX "manual_releases_files_order_idx" ON "manual_releases_files" USING btree ("_order");
  CREATE INDEX "manual_releases_files_parent_id_idx" ON "manual_releases_files" USING btree ("_parent_id");
  CREATE INDEX "manual_releases_track_idx" ON "manual_releases" USING btree ("track_id");
  CREATE INDEX "manual_releases_version_idx" ON "manual_releases" USING btree ("version");
  CREATE INDEX "manual_releases_status_idx" ON "manual_releases" USING btree ("status");
  CREATE INDEX "manual_releases_archived_idx" ON "manual_releases" USING btree ("archived");
  CREATE INDEX "manual_releases_published_by_idx" ON "manual_releases" USING btree ("published_by_id");
  CREATE INDEX "manual_releases_published_at_idx" ON "manual_releases" USING btree ("published_at");
  CREATE INDEX "manual_releases_updated_at_idx" ON "manual_releases" USING btree ("updated_at");
  CREATE INDEX "manual_releases_created_at_idx" ON "manual_releases" USING btree ("created_at");
  CREATE UNIQUE INDEX "track_version_idx" ON "manual_releases" USING btree ("track_id","version");
  CREATE UNIQUE INDEX "manual_releases_locales_locale_parent_id_unique" ON "manual_releases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manual_releases_fk" FOREIGN KEY ("manual_releases_id") REFERENCES "public"."manual_releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_manual_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("manual_releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manual_releases_locale_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_releases_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_releases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_releases_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "manual_releases_locale_codes" CASCADE;
  DROP TABLE "manual_releases_files" CASCADE;
  DROP TABLE "manual_releases" CASCADE;
  DROP TABLE "manual_releases_locales" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_manual_releases_fk";
  
  DROP INDEX "payload_locked_documents_rels_manual_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "manual_releases_id";
  DROP TYPE "public"."enum_manual_releases_locale_codes";
  DROP TYPE "public"."enum_manual_releases_files_edition";
  DROP TYPE "public"."enum_manual_releases_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
