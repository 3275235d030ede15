#!/usr/bin/env node
// Benchmark: mixed load in one run against `npm start` on the seeded database, then reads alone;
// one app process against several, side by side (BENCH_PROCESSES, default "1,2": each count a
// throwaway `npm start` with REEDUCA_PROCESSES=N on a fresh PostgreSQL database, since several
// processes need a database server; without PostgreSQL, one process on SQLite only, said so).
//
// 1. Mixed, side by side for BENCH_SECONDS:
//    - 50 facilitators (50 accounts this bench creates, each connection its own JWT) downloading
//      the Spanish facilitator manual of the women's track;
//    - 5 designers (5 accounts), each saving a draft of a session of its own every 2 s
//      (REST PATCH ?draft=true);
//    - anonymous readers on /servicios (BENCH_READERS connections);
//    - a probe designer saving, in turns, a session with 1 version (a new draft each time) and one
//      kept at its 100 versions: the medians of those saves, under that load.
//    p50/p99 and errors (non-2xx, socket errors and time-outs) of each.
// 2. Reads alone, 32 connections as 32 different facilitators: a published session over REST at
//    depth 1; then anonymous /servicios at 32 connections.
// The load tools: autocannon (a dev dependency) for the steady streams, with each connection
// given its own account's token (setupClient), each stream of the mixed load in a process of its
// own (in one event loop, parsing the downloads' PDFs delayed the /servicios answers and the
// latency measured was the load generator's); a bounded fetch loop for the timed saves.
// Loopback only: the server is the throwaway one, or BENCH_BASE_URL (a server you run, seeded).
// BENCH_ROUNDS picks rounds (app, nginx, reads); BENCH_DOWNLOADS_PER_TURN="2,0" sets servers
// whose downloads take turns (the default) beside servers whose downloads do not.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { hasWrk, jsonOf, loadAsAccounts, loadInProcess, seededAuth, wrkLoadAsAccounts } from './lib/http.mjs'
import { hasNginx, startNginx } from './lib/nginx.mjs'
import { median, quantile } from './lib/stats.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 20)
const facilitatorCount = Number(process.env.BENCH_FACILITATORS || 50)
const designerCount = Number(process.env.BENCH_DESIGNERS || 5)
const readers = Number(process.env.BENCH_READERS || 8)
const readConnections = Number(process.env.BENCH_READ_CONNECTIONS || 32)
// BENCH_ROUNDS: which rounds to run, of app (mixed, downloads from the app), nginx (mixed, downloads
// from nginx) and reads (reads alone); default all three.
const rounds = new Set((process.env.BENCH_ROUNDS || 'app,nginx,reads').split(',').map((name) => name.trim()))
const PASSWORD = 'bench-mixed-password-2026'
const round = (value) => (value == null ? null : Math.round(value))

const cannonRow = (title, result) => ({
  load: title,
  requests: result.requests.total,
  'req/s': Math.round(result.requests.average),
  'p50 ms': result.latency.p50,
  'p99 ms': result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
})


const processCounts = (process.env.BENCH_PROCESSES || '1,2').split(',').map(Number).filter((n) => n > 0)
const postgresUrl = process.env.BENCH_POSTGRES_URL || process.env.REEDUCA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

async function postgres(sql) {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The whole measurement against one server; what it prints, and a summary row for the side-by-side table. */
async function measure(base, label) {
  const admin = await seededAuth(base, 'admin')
  const post = (path, body, headers) => fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(jsonOf)
  const patch = (path, body, headers) => fetch(`${base}${path}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })

  // Accounts: created by the admin over REST (once: a second run against BENCH_BASE_URL reuses them).
  const run = Date.now().toString(36)
  async function accounts(role, count, prefix) {
    const tokens = []
    for (let i = 0; i < count; i++) {
      const email = `bench-${prefix}-${run}-${i}@reeduca.test`
      await post('/api/users', { email, password: PASSWORD, name: `Bench ${prefix} ${i}`, roles: [role] }, admin)
      const { token } = await post('/api/users/login', { email, password: PASSWORD })
      tokens.push(token)
    }
    return tokens
  }
  const facilitators = await accounts('facilitator', facilitatorCount, 'facilitator')
  const designers = await accounts('curriculum-designer', designerCount + 1, 'designer')
  const [probeToken, ...designerTokens] = designers
  const auth = (token) => ({ authorization: `JWT ${token}` })

  const releases = await fetch(`${base}/api/manual-releases?depth=1&limit=50&select[track]=true&select[version]=true`, { headers: auth(facilitators[0]) }).then(jsonOf)
  const release = releases.docs.find((doc) => doc.track?.slug === 'mujeres')
  if (!release) throw new Error("No release of the 'mujeres' track: is the database seeded?")
  const downloadURL = `${base}/api/manual-releases/${release.id}/download/facilitator-manual?locale=es`
  const sessions = await fetch(`${base}/api/sessions?limit=60&depth=0&draft=true&sort=number&select[track]=true&select[number]=true&select[_status]=true`, { headers: auth(probeToken) }).then(jsonOf)
  const track = sessions.docs[0].track
  const published = sessions.docs.find((doc) => doc._status === 'published')
  const saveTargets = sessions.docs.slice(0, designerCount + 1)
  const [hundred, ...designerSessions] = saveTargets

  // The probe's 100-version session: 100 REST draft saves before the load (pruning keeps 100).
  const saveOnce = async (id, token, text) => {
    const started = performance.now()
    const response = await patch(`/api/sessions/${id}?draft=true&locale=es&depth=0`, { summary: text }, auth(token))
    await response.arrayBuffer()
    return { ms: performance.now() - started, ok: response.ok, status: response.status }
  }
  for (let i = 0; i < 100; i++) await saveOnce(hundred.id, probeToken, `Preparación ${i}`)
  const versionCount = (await fetch(`${base}/api/sessions/versions?where[parent][equals]=${hundred.id}&limit=1&depth=0`, { headers: auth(probeToken) }).then(jsonOf)).totalDocs

  // 1. Mixed load: the downloads from the app, then (when nginx is installed) the same file from
  // nginx under the same saves and readers, for the ratio the target is set in.
  async function mixedRound(from, url, tokens) {
    console.log(`\nMixed load, ${seconds} s, ${label}, downloads from ${from}: ${facilitatorCount} facilitators downloading (${facilitatorCount} accounts), ${designerCount} designers saving every 2 s, ${readers} anonymous readers of /servicios, one probe designer (load average ${os.loadavg()[0].toFixed(1)} before)`)
    const stopAt = Date.now() + seconds * 1000
    const designerSaves = []
    let designerErrors = 0
    const designerLoops = designerSessions.map(async (session, index) => {
      let n = 0
      while (Date.now() < stopAt) {
        const next = Date.now() + 2000
        const result = await saveOnce(session.id, designerTokens[index], `Borrador ${n++}`).catch(() => ({ ms: NaN, ok: false }))
        if (result.ok) designerSaves.push(result.ms)
        else designerErrors++
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())))
      }
    })
    const probe = { one: [], hundred: [], errors: 0, firstError: null }
    // New sessions take numbers after the track's highest (a second run against BENCH_BASE_URL
    // would otherwise meet its first run's numbers, and be refused as duplicates).
    const highest = (await fetch(`${base}/api/sessions?where[track][equals]=${track}&sort=-number&limit=1&depth=0&draft=true&select[number]=true`, { headers: auth(probeToken) }).then(jsonOf)).docs[0]?.number ?? 0
    const probeLoop = (async () => {
      let n = 0
      while (Date.now() < stopAt) {
        // A new draft session (its first version), then one save of it: a save on a session with 1 version.
        const created = await fetch(`${base}/api/sessions?draft=true&locale=es&depth=0`, {
          method: 'POST',
          headers: { ...auth(probeToken), 'content-type': 'application/json' },
          body: JSON.stringify({ track, number: highest + 1 + n, title: `Bench ${run} ${n}`, _status: 'draft' }),
        })
        const body = await created.json().catch(() => null)
        n++
        if (!created.ok || !body?.doc?.id) {
          probe.errors++
          probe.firstError ??= `${created.status} ${JSON.stringify(body?.errors?.[0]?.message ?? body).slice(0, 200)}`
          continue
        }
        const one = await saveOnce(body.doc.id, probeToken, `Uno ${n}`)
        if (one.ok) probe.one.push(one.ms)
        else (probe.errors++, (probe.firstError ??= `save ${one.status}`))
        const many = await saveOnce(hundred.id, probeToken, `Cien ${n}`)
        if (many.ok) probe.hundred.push(many.ms)
        else (probe.errors++, (probe.firstError ??= `save ${many.status}`))
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    })()
    const [downloads, servicios] = await Promise.all([
      // wrk (C) when installed: autocannon, in JavaScript, spends a core parsing the 1.7 MB PDFs and
      // then measures itself (bench/downloads.mjs says the same).
      hasWrk()
        ? wrkLoadAsAccounts({ url, connections: facilitatorCount, duration: seconds, tokens })
        : loadInProcess({ url, connections: facilitatorCount, duration: seconds, tokens }),
      loadInProcess({ url: `${base}/servicios`, connections: readers, duration: seconds }),
    ])
    await Promise.all([...designerLoops, probeLoop])
    console.table([
      cannonRow(`downloads, facilitator manual from ${from} (${facilitatorCount} connections, ${hasWrk() ? 'wrk' : 'autocannon'})`, downloads),
      cannonRow(`GET /servicios (anonymous, ${readers} connections)`, servicios),
      {
        load: `draft saves (${designerCount} designers, every 2 s)`,
        requests: designerSaves.length + designerErrors,
        'req/s': +((designerSaves.length + designerErrors) / seconds).toFixed(1),
        'p50 ms': round(median(designerSaves)),
        'p99 ms': round(quantile(designerSaves, 0.99)),
        errors: designerErrors,
      },
    ])
    console.log(
      `session draft save over REST under that load, median: 1 version ${round(median(probe.one))} ms (${probe.one.length} saves), ` +
        `100 versions ${round(median(probe.hundred))} ms (${probe.hundred.length} saves; the session holds ${versionCount} versions); probe errors ${probe.errors}${probe.firstError ? ` (first: ${probe.firstError})` : ''} (target ≤ 300 ms both)`,
    )
    return { downloads, servicios, probe, designerErrors }
  }
  const mixed = rounds.has('app') ? await mixedRound('the app', downloadURL, facilitators) : null
  let nginxMixed = null
  if (hasNginx() && rounds.has('nginx')) {
    const file = path.join(os.tmpdir(), `reeduca-bench-mixed-${process.pid}.pdf`)
    fs.writeFileSync(file, Buffer.from(await (await fetch(downloadURL, { headers: auth(facilitators[0]) })).arrayBuffer()))
    const nginx = await startNginx(file)
    try {
      nginxMixed = await mixedRound('nginx (the same file, 1 worker)', nginx.url, [])
    } finally {
      nginx.stop()
      fs.rmSync(file, { force: true })
    }
  }
  // 2. Reads alone.
  let reads = null
  let anonymous = null
  if (rounds.has('reads')) {
    const facilitatorsForReads = facilitators.slice(0, readConnections)
    reads = await loadAsAccounts({ url: `${base}/api/sessions/${published.id}?depth=1&locale=es`, connections: readConnections, duration: seconds, tokens: facilitatorsForReads })
    anonymous = await loadAsAccounts({ url: `${base}/servicios`, connections: readConnections, duration: seconds })
    console.log(`\nReads alone, ${label}, ${readConnections} connections, ${seconds} s each (load average ${os.loadavg()[0].toFixed(1)}):`)
    console.table([
      cannonRow(`GET /api/sessions/:id?depth=1 (${facilitatorsForReads.length} facilitators) — target p99 ≤ 30 ms`, reads),
      cannonRow('GET /servicios (anonymous) — target p99 ≤ 100 ms', anonymous),
    ])
  }
  if (!mixed) return { server: label, 'session read p99 ms (alone)': reads?.latency.p99 ?? null, '/servicios p99 ms (alone)': anonymous?.latency.p99 ?? null }
  const { downloads, servicios, probe, designerErrors } = mixed
  return {
    server: label,
    'downloads req/s': Math.round(downloads.requests.average),
    'app / nginx downloads (same load)': nginxMixed ? +(downloads.requests.average / nginxMixed.downloads.requests.average).toFixed(2) : 'no nginx',
    'downloads p99 ms': downloads.latency.p99,
    '/servicios p99 ms (mixed)': servicios.latency.p99,
    'save p50 ms (1 / 100 versions)': `${round(median(probe.one))} / ${round(median(probe.hundred))}`,
    'errors (mixed)': downloads.errors + downloads.timeouts + downloads.non2xx + servicios.errors + servicios.timeouts + servicios.non2xx + designerErrors + probe.errors,
    'session read p99 ms (alone)': reads?.latency.p99 ?? null,
    '/servicios p99 ms (alone)': anonymous?.latency.p99 ?? null,
  }
}

const summary = []
if (process.env.BENCH_BASE_URL) {
  summary.push(await measure(process.env.BENCH_BASE_URL, 'the server at BENCH_BASE_URL'))
} else {
  const postgresAnswers = await postgres('SELECT 1').then(() => true, () => false)
  if (!postgresAnswers) console.log(`PostgreSQL does not answer at ${postgresUrl}: one app process on SQLite only (several processes need a database server).`)
  const runs = postgresAnswers ? processCounts : [0]
  // BENCH_DOWNLOADS_PER_TURN="2,0": one server per setting of REEDUCA_DOWNLOADS_PER_TURN
  // (src/server/downloadTurns.ts), side by side; unset, the server's default.
  const turnSettings = (process.env.BENCH_DOWNLOADS_PER_TURN || '').split(',').map((value) => value.trim()).filter(Boolean)
  const turnLabel = (setting) => (setting === undefined ? '' : setting === '0' ? ', downloads not taking turns' : `, ${setting} download${setting === '1' ? '' : 's'} a turn`)
  for (const [count, setting] of runs.flatMap((count) => (turnSettings.length ? turnSettings : [undefined]).map((setting) => [count, setting]))) {
    const database = `reeduca_bench_${Date.now().toString(36)}_${count}`
    const env = setting === undefined ? {} : { REEDUCA_DOWNLOADS_PER_TURN: setting }
    if (count > 0) {
      await postgres(`CREATE DATABASE ${database}`)
      const url = new URL(postgresUrl)
      url.pathname = `/${database}`
      Object.assign(env, { DATABASE_URI: url.toString(), REEDUCA_PROCESSES: String(count) })
    }
    const server = await startThrowawayServer({ env })
    try {
      summary.push(await measure(server.baseURL, `${count > 0 ? `${count} app process${count > 1 ? 'es' : ''}, PostgreSQL` : 'one app process, SQLite'}${turnLabel(setting)}`))
    } finally {
      server.stop()
      if (count > 0) await new Promise((resolve) => setTimeout(resolve, 2000)).then(() => postgres(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
    }
  }
}
console.log('\nSide by side (targets: public pages p99 ≤ 300 ms under the mixed load, 0 errors, saves ≤ 300 ms):')
console.table(summary)
