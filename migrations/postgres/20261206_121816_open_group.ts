import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tracks_group_format" AS ENUM('closed', 'open');
  ALTER TABLE "tracks" ADD COLUMN "group_format" "enum_tracks_group_format" DEFAULT 'closed';
  ALTER TABLE "tracks" ADD COLUMN "open_group_sessions_per_theme" numeric DEFAULT 3;
  ALTER TABLE "tracks_locales" ADD COLUMN "open_group_entry_guidance" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tracks" DROP COLUMN "group_format";
  ALTER TABLE "tracks" DROP COLUMN "open_group_sessions_per_theme";
  ALTER TABLE "tracks_locales" DROP COLUMN "open_group_entry_guidance";
  DROP TYPE "public"."enum_tracks_group_format";`)
}
