import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`how_to_join_phone\` text;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`how_to_join_who\` text;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`how_to_join_where\` text;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` ADD \`how_to_join_contact\` text;`)
  await db.run(sql`ALTER TABLE \`tracks_locales\` ADD \`discreet_title\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`serves\` text DEFAULT 'anyone';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_serves\` text DEFAULT 'anyone';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`how_to_join_phone\`;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` DROP COLUMN \`how_to_join_who\`;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` DROP COLUMN \`how_to_join_where\`;`)
  await db.run(sql`ALTER TABLE \`programmes_locales\` DROP COLUMN \`how_to_join_contact\`;`)
  await db.run(sql`ALTER TABLE \`tracks_locales\` DROP COLUMN \`discreet_title\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`serves\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_serves\`;`)
}
