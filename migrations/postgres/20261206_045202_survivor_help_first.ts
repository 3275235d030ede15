import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_serves" AS ENUM('women', 'men', 'anyone');
  CREATE TYPE "public"."enum__services_v_version_serves" AS ENUM('women', 'men', 'anyone');
  ALTER TABLE "programmes" ADD COLUMN "how_to_join_phone" varchar;
  ALTER TABLE "programmes_locales" ADD COLUMN "how_to_join_who" varchar;
  ALTER TABLE "programmes_locales" ADD COLUMN "how_to_join_where" varchar;
  ALTER TABLE "programmes_locales" ADD COLUMN "how_to_join_contact" varchar;
  ALTER TABLE "tracks_locales" ADD COLUMN "discreet_title" varchar;
  ALTER TABLE "services" ADD COLUMN "serves" "enum_services_serves" DEFAULT 'anyone';
  ALTER TABLE "_services_v" ADD COLUMN "version_serves" "enum__services_v_version_serves" DEFAULT 'anyone';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "programmes" DROP COLUMN "how_to_join_phone";
  ALTER TABLE "programmes_locales" DROP COLUMN "how_to_join_who";
  ALTER TABLE "programmes_locales" DROP COLUMN "how_to_join_where";
  ALTER TABLE "programmes_locales" DROP COLUMN "how_to_join_contact";
  ALTER TABLE "tracks_locales" DROP COLUMN "discreet_title";
  ALTER TABLE "services" DROP COLUMN "serves";
  ALTER TABLE "_services_v" DROP COLUMN "version_serves";
  DROP TYPE "public"."enum_services_serves";
  DROP TYPE "public"."enum__services_v_version_serves";`)
}
