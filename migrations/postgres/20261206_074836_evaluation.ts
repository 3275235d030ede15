import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_evaluation_groups_state" AS ENUM('aguascalientes', 'baja-california', 'baja-california-sur', 'campeche', 'chiapas', 'chihuahua', 'ciudad-de-mexico', 'coahuila', 'colima', 'durango', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'mexico', 'michoacan', 'morelos', 'nayarit', 'nuevo-leon', 'oaxaca', 'puebla', 'queretaro', 'quintana-roo', 'san-luis-potosi', 'sinaloa', 'sonora', 'tabasco', 'tamaulipas', 'tlaxcala', 'veracruz', 'yucatan', 'zacatecas');
  CREATE TYPE "public"."enum_evaluation_groups_delivery" AS ENUM('in-person', 'online');
  CREATE TABLE "evaluation_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"track_id" integer NOT NULL,
  	"state" "enum_evaluation_groups_state" NOT NULL,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"delivery" "enum_evaluation_groups_delivery" DEFAULT 'in-person' NOT NULL,
  	"closed_on" timestamp(3) with time zone,
  	"attended1to12" numeric,
  	"attended13plus" numeric,
  	"opened_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "evaluation_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"group_id" integer NOT NULL,
  	"session_number" numeric NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"present" numeric NOT NULL,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "evaluation_groups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "evaluation_sessions_id" integer;
  ALTER TABLE "evaluation_groups" ADD CONSTRAINT "evaluation_groups_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_groups" ADD CONSTRAINT "evaluation_groups_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_sessions" ADD CONSTRAINT "evaluation_sessions_group_id_evaluation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."evaluation_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluation_sessions" ADD CONSTRAINT "evaluation_sessions_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "evaluation_groups_track_idx" ON "evaluation_groups" USING btree ("track_id");
  CREATE INDEX "evaluation_groups_start_date_idx" ON "evaluation_groups" USING btree ("start_date");
  CREATE INDEX "evaluation_groups_opened_by_idx" ON "evaluation_groups" USING btree ("opened_by_id");
  CREATE INDEX "evaluation_groups_updated_at_idx" ON "evaluation_groups" USING btree ("updated_at");
  CREATE INDEX "evaluation_groups_created_at_idx" ON "evaluation_groups" USING btree ("created_at");
  CREATE INDEX "evaluation_sessions_group_idx" ON "evaluation_sessions" USING btree ("group_id");
  CREATE INDEX "evaluation_sessions_date_idx" ON "evaluation_sessions" USING btree ("date");
  CREATE INDEX "evaluation_sessions_recorded_by_idx" ON "evaluation_sessions" USING btree ("recorded_by_id");
  CREATE INDEX "evaluation_sessions_updated_at_idx" ON "evaluation_sessions" USING btree ("updated_at");
  CREATE INDEX "evaluation_sessions_created_at_idx" ON "evaluation_sessions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_groups_fk" FOREIGN KEY ("evaluation_groups_id") REFERENCES "public"."evaluation_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_sessions_fk" FOREIGN KEY ("evaluation_sessions_id") REFERENCES "public"."evaluation_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_evaluation_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_groups_id");
  CREATE INDEX "payload_locked_documents_rels_evaluation_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_sessions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evaluation_groups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "evaluation_sessions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "evaluation_groups" CASCADE;
  DROP TABLE "evaluation_sessions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_evaluation_groups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_evaluation_sessions_fk";
  
  DROP INDEX "payload_locked_documents_rels_evaluation_groups_id_idx";
  DROP INDEX "payload_locked_documents_rels_evaluation_sessions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "evaluation_groups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "evaluation_sessions_id";
  DROP TYPE "public"."enum_evaluation_groups_state";
  DROP TYPE "public"."enum_evaluation_groups_delivery";`)
}
