/**
 * An index on `_parent_id` for every table of localized values (`…_locales`), in SQLite and
 * PostgreSQL.
 *
 * Payload keeps a document's localized fields in a `_locales` table beside its own, with a unique
 * index on (`_locale`, `_parent_id`) and none on `_parent_id` alone. Its reads (in one locale as
 * in all: the release snapshot, the portal, the admin, versions) gather each row's translations
 * with a correlated sub-select on `_parent_id`, which that index cannot serve, so the database
 * scanned the whole locales table once per row, per block type. Reading the seeded women's
 * track's 25 published sessions in every locale: its SQL 87–99 ms on SQLite, 7–14 ms with these
 * indexes; through Payload 86 ms against 31 ms, in Spanish alone 81 against 26 ms
 * (`npm run bench -- snapshot-read`, side by side). Payload's field config cannot declare an index
 * on that column, so it is added to the schema Payload builds (`afterSchemaInit`); the committed
 * migrations create them (`20261207_*_locale_parent_indexes`).
 */
import crypto from 'node:crypto'

import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { extendDrizzleTable } from '@payloadcms/drizzle'

const LOCALES_SUFFIX = '_locales'
/** PostgreSQL truncates identifiers at 63 bytes: a longer name is shortened, and kept unique by a hash. */
const MAX_NAME = 63

function localeParentIndexName(table: string): string {
  const name = `${table}_parent_idx`
  if (name.length <= MAX_NAME) return name
  const hash = crypto.createHash('sha1').update(table).digest('hex').slice(0, 8)
  return `${table.slice(0, MAX_NAME - '_parent_idx'.length - hash.length - 1)}_${hash}_parent_idx`
}

type SchemaHookArgs = {
  extendTable: typeof extendDrizzleTable
  schema: { tables: Record<string, any> }
}

function localeParentIndexes(build: (name: string) => { on: (column: any) => unknown }) {
  return <Args extends SchemaHookArgs>({ extendTable, schema }: Args): Args['schema'] => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith(LOCALES_SUFFIX) || !table?._parentID) continue
      extendTable({ table, extraConfig: (columns: any) => ({ localeParent: build(localeParentIndexName(name)).on(columns._parentID) }) })
    }
    return schema
  }
}

export const sqliteLocaleParentIndexes = localeParentIndexes(sqliteIndex)
export const postgresLocaleParentIndexes = localeParentIndexes(pgIndex)
