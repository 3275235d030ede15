/**
 * bench/snapshot-read.mjs's reads, in one process on the database it names (DATABASE_URI, a
 * SQLite copy): each turn reads with the `_locales` tables' `_parent_id` indexes, then without
 * them (or the other way round, turn by turn), and prints the medians side by side; then the
 * track's releases as a designer lists them, with their snapshots left unread and read.
 */
import { randomBytes } from 'node:crypto'

import { median } from './stats.mjs'

await import('../../scripts/preload-lexical.mjs')
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { buildReleaseSnapshot } = await import('@/cms/releases/readSnapshot')

const runs = Number(process.env.BENCH_RUNS || 9)
const payload = await getPayload({ config })
const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }).client
const { rows } = await client.execute("select name, sql from sqlite_master where type = 'index' and name like '%\\_locales\\_parent\\_idx' escape '\\'")
const indexes = rows.map((row) => ({ name: String(row.name), sql: String(row.sql) }))
if (!indexes.length) throw new Error('No `_locales` parent index in this database: are the migrations applied?')
const withIndexes = async (on: boolean) => {
  for (const index of indexes) await client.execute(on ? index.sql.replace(/^CREATE INDEX/i, 'CREATE INDEX IF NOT EXISTS') : `DROP INDEX IF EXISTS "${index.name}"`)
}

const track = (await payload.find({ collection: 'tracks', where: { slug: { equals: 'mujeres' } }, depth: 0, overrideAccess: true })).docs[0]
if (!track) throw new Error('No seeded track «mujeres»')
const published = { and: [{ track: { equals: track.id } }, { _status: { equals: 'published' } }] }
const sessions = (locale: 'all' | 'es') =>
  payload.find({ collection: 'sessions', where: published as never, sort: 'number', depth: 0, locale, draft: false, overrideAccess: true, pagination: false, limit: 0 })
const reads: Array<[string, () => Promise<unknown>]> = [
  [
    'release snapshot (every locale)',
    () =>
      buildReleaseSnapshot(payload, {
        trackId: track.id,
        release: { version: '9.9.9', locales: ['es', 'en'], publishedAt: new Date().toISOString(), notes: {}, previousVersion: null },
      }),
  ],
  ['25 sessions, every locale', () => sessions('all')],
  ['25 sessions, Spanish', () => sessions('es')],
]

const times: Record<string, Record<'with' | 'without', number[]>> = Object.fromEntries(reads.map(([label]) => [label, { with: [], without: [] }]))
for (let turn = 0; turn <= runs; turn++) {
  const order: Array<'with' | 'without'> = turn % 2 ? ['without', 'with'] : ['with', 'without']
  for (const variant of order) {
    await withIndexes(variant === 'with')
    for (const [label, read] of reads) {
      const started = performance.now()
      await read()
      // The first turn warms both up and is not counted.
      if (turn > 0) times[label][variant].push(performance.now() - started)
    }
  }
}
await withIndexes(true)

// A programme's release list: what the admin's list, the portal and API clients read, as a
// designer (the seeded account) reads it, in three ways:
// - as shipped: the snapshot left out of the query (hiddenFieldsUnread, collections/hooks/), the
//   default order (-publishedAt, then Payload's createdAt tie-break) read from the index on
//   (publishedAt, createdAt);
// - the snapshot read and dropped, as Payload does with a hidden field (showHiddenFields here);
// - without that order index (dropped for the turn): SQLite sorts, reading `created_at`, stored
//   after the ~1 MB snapshot, from every release's row.
// The copy gets releases cloned in the database up to RELEASES, as a programme that has published
// for a few years has; the list shows the first LISTED, as the admin's list does.
const RELEASES = 60
const LISTED = 10
const model = (await payload.find({ collection: 'manual-releases', where: { track: { equals: track.id } }, depth: 0, overrideAccess: true, showHiddenFields: true, limit: 1 })).docs[0]
if (!model?.snapshot) throw new Error('No release of «mujeres» in the seeded database')
for (let n = (await payload.count({ collection: 'manual-releases', overrideAccess: true })).totalDocs; n < RELEASES; n++) {
  const { id: _id, createdAt: _created, updatedAt: _updated, files, ...copy } = model as unknown as Record<string, unknown>
  // Its file rows as new rows, with ids of their own (array rows' ids are made by Payload's operations, not the database).
  const fileRows = ((files as Array<Record<string, unknown>> | undefined) ?? []).map((file) => ({ ...file, id: randomBytes(12).toString('hex') }))
  await payload.db.create({ collection: 'manual-releases', data: { ...copy, files: fileRows, version: `90.${n}.0` } })
}
const released = (await payload.count({ collection: 'manual-releases', overrideAccess: true })).totalDocs
const orderIndex = (await client.execute("select name, sql from sqlite_master where type = 'index' and tbl_name = 'manual_releases' and sql like '%published_at%created_at%'")).rows[0]
if (!orderIndex) throw new Error('No (published_at, created_at) index on manual_releases: are the migrations applied?')
const withOrderIndex = (on: boolean) => client.execute(on ? String(orderIndex.sql).replace(/^CREATE INDEX/i, 'CREATE INDEX IF NOT EXISTS') : `DROP INDEX IF EXISTS "${orderIndex.name}"`)
// The seeded designer (../shared/DESIGN.md's accounts), as Payload's authentication hands a user to a request.
const designerDoc = (await payload.find({ collection: 'users', where: { email: { equals: 'designer@reeduca.test' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]
const designer = { ...designerDoc, collection: 'users' as const }
const WAYS = ['as shipped', 'snapshot read', 'no order index'] as const
const listReads: Array<[string, (hidden: boolean) => Promise<unknown>]> = [
  [`list of ${LISTED} of ${released} releases`, (hidden) => payload.find({ collection: 'manual-releases', user: designer, overrideAccess: false, depth: 0, limit: LISTED, showHiddenFields: hidden })],
  ['one release', (hidden) => payload.findByID({ collection: 'manual-releases', id: model.id, user: designer, overrideAccess: false, depth: 0, showHiddenFields: hidden })],
]
const listTimes: Record<string, Record<(typeof WAYS)[number], number[]>> = Object.fromEntries(listReads.map(([label]) => [label, { 'as shipped': [], 'snapshot read': [], 'no order index': [] }]))
for (let turn = 0; turn <= runs; turn++) {
  // In a different order each turn.
  for (const way of [...WAYS.slice(turn % 3), ...WAYS.slice(0, turn % 3)]) {
    await withOrderIndex(way !== 'no order index')
    for (const [label, read] of listReads) {
      const started = performance.now()
      await read(way === 'snapshot read')
      if (turn > 0) listTimes[label][way].push(performance.now() - started)
    }
  }
}
await withOrderIndex(true)

console.log(`\nReads of 'mujeres' on SQLite, in-process, median of ${runs} turns each, side by side:`)
console.table(
  reads.map(([label]) => {
    const on = median(times[label].with)
    const off = median(times[label].without)
    return { read: label, 'with the indexes, ms': on.toFixed(1), 'without, ms': off.toFixed(1), ratio: `${(on / off).toFixed(2)}×` }
  }),
)
console.log(`\nReleases read as a designer (the snapshot is a hidden field), median of ${runs} turns each, side by side:`)
console.table(
  listReads.map(([label]) => {
    const [shipped, read, unordered] = WAYS.map((way) => median(listTimes[label][way]))
    return {
      read: label,
      'as shipped, ms': shipped.toFixed(1),
      'snapshot read and dropped, ms': read.toFixed(1),
      ratio: `${(shipped / read).toFixed(2)}×`,
      'no order index, ms': unordered.toFixed(1),
      'ratio ': `${(shipped / unordered).toFixed(2)}×`,
    }
  }),
)
await payload.destroy()
process.exit(0)
