/**
 * Download counts per generated file (so per edition and locale), with nothing about who.
 *
 * Counting happens in two steps:
 * - each download adds one to a per-file tally in this process (no database work on the request:
 *   on SQLite a synchronous UPDATE per download took about 3 ms of the only thread, a fifth of a
 *   download's cost in bench/downloads.mjs);
 * - the tallies are written once a second (COUNT_FLUSH_MS), each as one atomic increment, so
 *   several app instances still add up and no read-modify-write can lose a count:
 *   - SQL adapters (SQLite, PostgreSQL): UPDATE <files table> SET downloads = downloads + n WHERE id = ?
 *   - MongoDB: updateOne with $inc on the matching array element (without touching updatedAt).
 * The price: a crash loses at most the last second's counts. Counts are statistics, not records.
 * The row id is checked to be an array-row id (24 hex characters) before it reaches SQL.
 */
import type { Payload } from 'payload'

import { RELEASES_SLUG } from '@collections/ManualReleases/constants'

const ROW_ID = /^[a-f0-9]{24}$/i
export const COUNT_FLUSH_MS = 1000

interface Tally {
  releaseId: number | string
  fileRowId: string
  count: number
}

let pending = new Map<string, Tally>()
let timer: NodeJS.Timeout | null = null
let flushing: Promise<void> = Promise.resolve()
let flushPayload: Payload | null = null

export function countDownload(payload: Payload, releaseId: number | string, fileRowId: string): void {
  if (!ROW_ID.test(fileRowId)) throw new Error(`Unexpected file row id: ${fileRowId}`)
  const key = `${String(releaseId)}\0${fileRowId}`
  const tally = pending.get(key)
  if (tally) tally.count++
  else pending.set(key, { releaseId, fileRowId, count: 1 })
  flushPayload = payload
  // unref: a pending flush never keeps a finishing process (a test run, a script) alive.
  timer ??= setTimeout(() => void flushDownloadCounts().catch(() => {}), COUNT_FLUSH_MS).unref()
}

/** Writes every pending tally now (also what tests call to read exact counts). */
export function flushDownloadCounts(): Promise<void> {
  if (timer) clearTimeout(timer)
  timer = null
  const batch = [...pending.values()]
  pending = new Map()
  const payload = flushPayload
  flushing = flushing.then(async () => {
    if (!payload) return
    for (const tally of batch) {
      try {
        await increment(payload, tally)
      } catch (error) {
        payload.logger.warn({ err: error, msg: `Could not count ${tally.count} download(s) of release ${tally.releaseId}` })
      }
    }
  })
  return flushing
}

async function increment(payload: Payload, { releaseId, fileRowId, count }: Tally): Promise<void> {
  const db = payload.db as any
  const by = Math.trunc(count)
  if (db.name === 'mongoose') {
    // timestamps: false, or mongoose's timestamps plugin also sets updatedAt: a download is not
    // an edit, and the release's "last changed" (and everything keyed on it) must not move.
    await db.collections[RELEASES_SLUG].updateOne(
      { _id: releaseId, 'files.id': fileRowId },
      { $inc: { 'files.$.downloads': by } },
      { timestamps: false },
    )
    return
  }
  if (typeof db.execute === 'function' && db.drizzle) {
    const table: string = db.tableNameMap?.get('manual_releases_files') ?? 'manual_releases_files'
    if (!/^[a-z0-9_]+$/.test(table)) throw new Error(`Unexpected table name: ${table}`)
    const schema = db.schemaName ? `"${String(db.schemaName).replace(/"/g, '')}".` : ''
    await db.execute({
      drizzle: db.drizzle,
      raw: `UPDATE ${schema}"${table}" SET "downloads" = COALESCE("downloads", 0) + ${by} WHERE "id" = '${fileRowId}'`,
    })
    return
  }
  throw new Error(`Download counting is not implemented for the ${db.name} adapter.`)
}
