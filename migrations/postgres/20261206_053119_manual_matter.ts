import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_manual_chapters_kind" AS ENUM('introduction', 'methodology', 'facilitator-profile', 'ground-rules', 'session-conditions', 'record-keeping', 'partner-safety', 'risk-referral', 'other');
  CREATE TYPE "public"."enum_manual_chapters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manual_chapters_v_version_kind" AS ENUM('introduction', 'methodology', 'facilitator-profile', 'ground-rules', 'session-conditions', 'record-keeping', 'partner-safety', 'risk-referral', 'other');
  CREATE TYPE "public"."enum__manual_chapters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manual_chapters_v_published_locale" AS ENUM('es', 'en');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_published_locale" AS ENUM('es', 'en');
  CREATE TABLE "manual_chapters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"programme_id" integer,
  	"track_id" integer,
  	"kind" "enum_manual_chapters_kind" DEFAULT 'other',
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_manual_chapters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "manual_chapters_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_manual_chapters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_programme_id" integer,
  	"version_track_id" integer,
  	"version_kind" "enum__manual_chapters_v_version_kind" DEFAULT 'other',
  	"version_order" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__manual_chapters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__manual_chapters_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_manual_chapters_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"programme_id" integer,
  	"track_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "glossary_terms_locales" (
  	"term" varchar,
  	"definition" varchar,
  	"participant_definition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_programme_id" integer,
  	"version_track_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__glossary_terms_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_glossary_terms_v_locales" (
  	"version_term" varchar,
  	"version_definition" varchar,
  	"version_participant_definition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "manual_chapters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_terms_id" integer;
  ALTER TABLE "manual_chapters" ADD CONSTRAINT "manual_chapters_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_chapters" ADD CONSTRAINT "manual_chapters_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_chapters_locales" ADD CONSTRAINT "manual_chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_chapters_v" ADD CONSTRAINT "_manual_chapters_v_parent_id_manual_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manual_chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_chapters_v" ADD CONSTRAINT "_manual_chapters_v_version_programme_id_programmes_id_fk" FOREIGN KEY ("version_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_chapters_v" ADD CONSTRAINT "_manual_chapters_v_version_track_id_tracks_id_fk" FOREIGN KEY ("version_track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_chapters_v_locales" ADD CONSTRAINT "_manual_chapters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manual_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms_locales" ADD CONSTRAINT "glossary_terms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_programme_id_programmes_id_fk" FOREIGN KEY ("version_programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_track_id_tracks_id_fk" FOREIGN KEY ("version_track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v_locales" ADD CONSTRAINT "_glossary_terms_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_glossary_terms_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "manual_chapters_programme_idx" ON "manual_chapters" USING btree ("programme_id");
  CREATE INDEX "manual_chapters_track_idx" ON "manual_chapters" USING btree ("track_id");
  CREATE INDEX "manual_chapters_updated_at_idx" ON "manual_chapters" USING btree ("updated_at");
  CREATE INDEX "manual_chapters_created_at_idx" ON "manual_chapters" USING btree ("created_at");
  CREATE INDEX "manual_chapters__status_idx" ON "manual_chapters" USING btree ("_status");
  CREATE UNIQUE INDEX "manual_chapters_locales_locale_parent_id_unique" ON "manual_chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_manual_chapters_v_parent_idx" ON "_manual_chapters_v" USING btree ("parent_id");
  CREATE INDEX "_manual_chapters_v_version_version_programme_idx" ON "_manual_chapters_v" USING btree ("version_programme_id");
  CREATE INDEX "_manual_chapters_v_version_version_track_idx" ON "_manual_chapters_v" USING btree ("version_track_id");
  CREATE INDEX "_manual_chapters_v_version_version_updated_at_idx" ON "_manual_chapters_v" USING btree ("version_updated_at");
  CREATE INDEX "_manual_chapters_v_version_version_created_at_idx" ON "_manual_chapters_v" USING btree ("version_created_at");
  CREATE INDEX "_manual_chapters_v_version_version__status_idx" ON "_manual_chapters_v" USING btree ("version__status");
  CREATE INDEX "_manual_chapters_v_created_at_idx" ON "_manual_chapters_v" USING btree ("created_at");
  CREATE INDEX "_manual_chapters_v_updated_at_idx" ON "_manual_chapters_v" USING btree ("updated_at");
  CREATE INDEX "_manual_chapters_v_snapshot_idx" ON "_manual_chapters_v" USING btree ("snapshot");
  CREATE INDEX "_manual_chapters_v_published_locale_idx" ON "_manual_chapters_v" USING btree ("published_locale");
  CREATE INDEX "_manual_chapters_v_latest_idx" ON "_manual_chapters_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_manual_chapters_v_locales_locale_parent_id_unique" ON "_manual_chapters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "glossary_terms_programme_idx" ON "glossary_terms" USING btree ("programme_id");
  CREATE INDEX "glossary_terms_track_idx" ON "glossary_terms" USING btree ("track_id");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE UNIQUE INDEX "glossary_terms_locales_locale_parent_id_unique" ON "glossary_terms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_programme_idx" ON "_glossary_terms_v" USING btree ("version_programme_id");
  CREATE INDEX "_glossary_terms_v_version_version_track_idx" ON "_glossary_terms_v" USING btree ("version_track_id");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_snapshot_idx" ON "_glossary_terms_v" USING btree ("snapshot");
  CREATE INDEX "_glossary_terms_v_published_locale_idx" ON "_glossary_terms_v" USING btree ("published_locale");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_glossary_terms_v_locales_locale_parent_id_unique" ON "_glossary_terms_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manual_chapters_fk" FOREIGN KEY ("manual_chapters_id") REFERENCES "public"."manual_chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_manual_chapters_id_idx" ON "payload_locked_documents_rels" USING btree ("manual_chapters_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "manual_chapters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_chapters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manual_chapters_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manual_chapters_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_glossary_terms_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "manual_chapters" CASCADE;
  DROP TABLE "manual_chapters_locales" CASCADE;
  DROP TABLE "_manual_chapters_v" CASCADE;
  DROP TABLE "_manual_chapters_v_locales" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_locales" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "_glossary_terms_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_manual_chapters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk";
  
  DROP INDEX "payload_locked_documents_rels_manual_chapters_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_terms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "manual_chapters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_terms_id";
  DROP TYPE "public"."enum_manual_chapters_kind";
  DROP TYPE "public"."enum_manual_chapters_status";
  DROP TYPE "public"."enum__manual_chapters_v_version_kind";
  DROP TYPE "public"."enum__manual_chapters_v_version_status";
  DROP TYPE "public"."enum__manual_chapters_v_published_locale";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum__glossary_terms_v_published_locale";`)
}
