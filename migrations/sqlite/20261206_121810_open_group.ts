import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tracks\` ADD \`group_format\` text DEFAULT 'closed';`)
  await db.run(sql`ALTER TABLE \`tracks\` ADD \`open_group_sessions_per_theme\` numeric DEFAULT 3;`)
  await db.run(sql`ALTER TABLE \`tracks_locales\` ADD \`open_group_entry_guidance\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`tracks\` DROP COLUMN \`group_format\`;`)
  await db.run(sql`ALTER TABLE \`tracks\` DROP COLUMN \`open_group_sessions_per_theme\`;`)
  await db.run(sql`ALTER TABLE \`tracks_locales\` DROP COLUMN \`open_group_entry_guidance\`;`)
}
