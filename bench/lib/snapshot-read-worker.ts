/**
 * bench/snapshot-read.mjs's reads, in one process on the database it names (DATABASE_URI, a
 * SQLite copy): each turn reads with the `_locales` tables' `_parent_id` indexes, then without
 * them (or the other way round, turn by turn), and prints the medians side by side.
 */
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

console.log(`\nReads of 'mujeres' on SQLite, in-process, median of ${runs} turns each, side by side:`)
console.table(
  reads.map(([label]) => {
    const on = median(times[label].with)
    const off = median(times[label].without)
    return { read: label, 'with the indexes, ms': on.toFixed(1), 'without, ms': off.toFixed(1), ratio: `${(on / off).toFixed(2)}×` }
  }),
)
await payload.destroy()
process.exit(0)
