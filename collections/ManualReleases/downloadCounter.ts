/**
 * Download counts per generated file (so per edition and locale), with nothing about who.
 *
 * Why an increment in the database and not read-modify-write through Payload: 64 clients
 * downloading at once would each read n and write n+1, losing counts, and every save would run
 * the release's hooks and re-write its whole files array. An in-process buffer flushed later
 * would lose counts on a crash and would not add up across several app instances. So the
 * counter is one atomic statement on the row of the file:
 * - SQL adapters (SQLite, PostgreSQL): UPDATE <files table> SET downloads = downloads + 1 WHERE id = ?
 * - MongoDB: updateOne with $inc on the matching array element.
 * The row id is checked to be an array-row id (24 hex characters) before it reaches SQL.
 */
import type { Payload } from 'payload'

import { RELEASES_SLUG } from './constants'

const ROW_ID = /^[a-f0-9]{24}$/i

export async function countDownload(payload: Payload, releaseId: number | string, fileRowId: string): Promise<void> {
  if (!ROW_ID.test(fileRowId)) throw new Error(`Unexpected file row id: ${fileRowId}`)
  const db = payload.db as any
  if (db.name === 'mongoose') {
    await db.collections[RELEASES_SLUG].updateOne({ _id: releaseId, 'files.id': fileRowId }, { $inc: { 'files.$.downloads': 1 } })
    return
  }
  if (typeof db.execute === 'function' && db.drizzle) {
    const table: string = db.tableNameMap?.get('manual_releases_files') ?? 'manual_releases_files'
    if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`Unexpected table name: ${table}`)
    const schema = db.schemaName ? `"${String(db.schemaName).replace(/"/g, '')}".` : ''
    await db.execute({
      drizzle: db.drizzle,
      raw: `UPDATE ${schema}"${table}" SET "downloads" = COALESCE("downloads", 0) + 1 WHERE "id" = '${fileRowId}'`,
    })
    return
  }
  throw new Error(`Download counting is not implemented for the ${db.name} adapter.`)
}
