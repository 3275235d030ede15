import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_media_kind" AS ENUM('image', 'video', 'audio', 'document', 'captions');
  ALTER TABLE "media" ADD COLUMN "kind" "enum_media_kind";
  ALTER TABLE "media" ADD COLUMN "duration_seconds" numeric;
  ALTER TABLE "media" ADD COLUMN "codec" varchar;
  CREATE INDEX "media_kind_idx" ON "media" USING btree ("kind");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_kind_idx";
  ALTER TABLE "media" DROP COLUMN "kind";
  ALTER TABLE "media" DROP COLUMN "duration_seconds";
  ALTER TABLE "media" DROP COLUMN "codec";
  DROP TYPE "public"."enum_media_kind";`)
}
