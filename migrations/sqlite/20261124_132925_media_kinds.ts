import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`kind\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`duration_seconds\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`codec\` text;`)
  await db.run(sql`CREATE INDEX \`media_kind_idx\` ON \`media\` (\`kind\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`duration_seconds\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`codec\`;`)
}
