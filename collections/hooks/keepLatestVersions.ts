import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

/**
 * Keeps a document's newest `max` versions, as Payload's `versions.maxPerDoc` does, at a cost that
 * does not grow with the versions kept. Use with `versions.maxPerDoc: 0` (Payload's pruning off).
 *
 * Written by hand because Payload's own pruning (payload/dist/versions/enforceMaxVersions.js,
 * 3.90.2) finds the oldest version it keeps with `findVersions({ page: max + 1, limit: 1 })`: on
 * the SQL adapters that is one query, ORDER BY … LIMIT 1 OFFSET max, whose select list carries
 * every block, array, locale and relation table of the version as JSON subqueries (a `select`
 * does not drop them), and the database builds them for all the rows it skips. Measured on SQLite
 * with bench/lib/save-profile.ts: a REST draft save of a session holding 100 versions took 0.52 s
 * against 0.10 s with few versions, most of it in that one query — and on SQLite every other write
 * of the process (download counts, other designers' saves) queues behind it.
 *
 * On SQL the rule is one statement on the versions table (its child tables follow by their
 * ON DELETE CASCADE foreign keys, which is how Payload's own deleteVersions removes them too);
 * on MongoDB a version is one document, so Payload's find with a projection is already cheap.
 */
export function keepLatestVersions(collection: CollectionSlug, max: number): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    if (doc?.id == null || !(max > 0)) return doc
    await pruneVersions(req, collection, doc.id, max)
    return doc
  }
}

const SAFE_ID = /^[A-Za-z0-9-]{1,64}$/
const SAFE_NAME = /^[a-z0-9_]+$/

export async function pruneVersions(req: PayloadRequest, collection: CollectionSlug, id: number | string, max: number): Promise<void> {
  const db = req.payload.db as any
  if (typeof db.execute === 'function' && db.drizzle && db.tableNameMap) {
    // Ids are numbers or UUIDs here; anything else must not reach SQL.
    if (!SAFE_ID.test(String(id))) throw new Error(`Unexpected document id: ${String(id)}`)
    const table: string | undefined = db.tableNameMap.get(`_${collection.replace(/-/g, '_')}${db.versionsSuffix ?? '_v'}`)
    if (!table || !SAFE_NAME.test(table)) throw new Error(`No versions table for ${collection}`)
    const schema = db.schemaName ? `"${String(db.schemaName).replace(/"/g, '')}".` : ''
    const parent = typeof id === 'number' ? String(Math.trunc(id)) : `'${id}'`
    const versions = `${schema}"${table}"`
    // The version at place max + 1 (newest first) and every older one; none when there are not so many.
    const raw =
      `DELETE FROM ${versions} WHERE "parent_id" = ${parent} AND "updated_at" <= ` +
      `(SELECT "updated_at" FROM ${versions} WHERE "parent_id" = ${parent} ORDER BY "updated_at" DESC LIMIT 1 OFFSET ${Math.trunc(max)})`
    // Inside the request's transaction when it has one, as Payload's own pruning is.
    const transaction = req.transactionID ? db.sessions?.[await req.transactionID]?.db : undefined
    await db.execute({ drizzle: transaction ?? db.drizzle, raw })
    return
  }
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    page: max + 1,
    pagination: false,
    select: { updatedAt: true },
    req,
  })
  const oldestTooMany = docs[0]?.updatedAt
  if (!oldestTooMany) return
  await req.payload.db.deleteVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: oldestTooMany } }] },
    req,
  })
}
