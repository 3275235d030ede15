/**
 * What one session draft save costs, in-process: a seeded SQLite database, then N REST
 * `PATCH /api/sessions/:id?draft=true` through Payload's own REST handler (handleEndpoints, the
 * same code the Next route runs), on a session with few versions and on one with 100.
 * Run under the profiler:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/lib/save-profile.ts
 * SAVE_PROFILE_DIR keeps the database (default: a temporary folder, removed at the end).
 * SAVE_PROFILE_SQL=1 sums the time of each SQL statement (libsql's `all` runs `iterate`, so a
 * statement read with `all` is counted twice: compare statements, not totals).
 *
 * Measured 2026-12-06 on the shared 2-core machine (load average 10-15 from other work), 20 saves,
 * median; Payload's maxPerDoc pruning (before) and keepLatestVersions (after), interleaved:
 *   before: few versions 273 / 344 ms, 100 versions 2688 / 1424 ms
 *   after:  few versions 227 / 192 ms, 100 versions  272 /  228 ms
 * (On a quieter moment before the change: 99 ms and 515 ms.)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-save-profile-'))
process.env.DATABASE_URI = `file:${path.join(folder, 'reeduca.db')}`
process.env.MEDIA_DIR = path.join(folder, 'media')
process.env.GENERATED_DIR = path.join(folder, 'generated')
process.env.PAYLOAD_SECRET ||= 'save-profile-secret'
process.env.REEDUCA_DB_PUSH = '1'
process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_SKIP_RELEASE_RECOVERY = '1'

await import('../../scripts/preload-lexical.mjs')
const { getPayload, handleEndpoints } = await import('payload')
const { default: config } = await import('@payload-config')
const { seedDemo } = await import('@/cms/seed')

const saves = Number(process.env.SAVES || 20)
const payload = await getPayload({ config })
await seedDemo(payload, { password: 'reeduca-demo' })
const sanitized = await config

async function rest(method: string, url: string, body?: unknown, token?: string) {
  const request = new Request(`http://localhost${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: sanitized, request })
  if (!response) throw new Error(`No answer for ${method} ${url}`)
  const text = await response.text()
  if (response.status >= 400) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

const { token } = await rest('POST', '/api/users/login', { email: 'designer@reeduca.test', password: 'reeduca-demo' })
const sessions = await payload.find({ collection: 'sessions', limit: 2, depth: 0, sort: 'id', overrideAccess: true, draft: true })
const [few, many] = sessions.docs
// Bring the second session to the 100 kept versions (maxPerDoc) through the Local API.
for (let i = 0; i < 105; i++) {
  await payload.update({ collection: 'sessions', id: many.id, draft: true, data: { summary: `v${i}` }, overrideAccess: true, locale: 'es' })
}

// SAVE_PROFILE_SQL=1: the time each SQL statement takes during the saves, summed by statement.
const sqlTimes = new Map<string, { count: number; ms: number }>()
let measuring = false
if (process.env.SAVE_PROFILE_SQL) {
  // libsql's synchronous statements (under @libsql/client, in and out of transactions).
  const { createRequire } = await import('node:module')
  const Database = createRequire(import.meta.url)('libsql')
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (sql: string) {
    const statement = prepare.call(this, sql)
    for (const method of ['all', 'run', 'get', 'iterate']) {
      const original = statement[method].bind(statement)
      statement[method] = (...args: unknown[]) => {
        const started = performance.now()
        try {
          const result = original(...args)
          return method === 'iterate' ? [...result][Symbol.iterator]() : result
        } finally {
          if (measuring) {
            const text = sql.length > 600 ? sql.slice(0, 150) + " … " + sql.slice(-450) : sql
            const entry = sqlTimes.get(text) ?? { count: 0, ms: 0 }
            entry.count++
            entry.ms += performance.now() - started
            sqlTimes.set(text, entry)
          }
        }
      }
    }
    return statement
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
measuring = true
// SAVE_PROFILE_CPU=<file.cpuprofile>: a CPU profile of the saves alone (not the seed and set-up).
const { Session } = await import('node:inspector/promises')
const inspector = new Session()
if (process.env.SAVE_PROFILE_CPU) {
  inspector.connect()
  await inspector.post('Profiler.enable')
  await inspector.post('Profiler.start')
}
for (const [label, session] of [['few versions', few], ['100 versions', many]] as const) {
  const times: number[] = []
  for (let i = 0; i < saves; i++) {
    const started = performance.now()
    await rest('PATCH', `/api/sessions/${session.id}?draft=true&locale=es&depth=0`, { summary: `Borrador ${i} ${Date.now()}` }, token)
    times.push(performance.now() - started)
  }
  console.log(`${label}: ${saves} REST draft saves, median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`)
}
if (process.env.SAVE_PROFILE_CPU) {
  const { profile } = await inspector.post('Profiler.stop')
  fs.writeFileSync(process.env.SAVE_PROFILE_CPU, JSON.stringify(profile))
}
for (const [text, { count, ms }] of [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
  console.log(`${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(5)}x ${text}`)
}
await payload.destroy()
if (!process.env.SAVE_PROFILE_DIR) fs.rmSync(folder, { recursive: true, force: true })
process.exit(0)
