#!/usr/bin/env node
// Benchmark: reads alone of published content, as issue 18 sets them, with the kept answers
// (src/server/publishedAnswers.ts) off and on, side by side in one run, on the seeded SQLite
// database of a throwaway `npm start`:
//   - a published session over REST at depth 1, 32 connections as 32 different facilitators
//     (accounts this bench creates; target p99 ≤ 30 ms);
//   - the anonymous public directory, /servicios, 32 connections (target p99 ≤ 100 ms);
//   - cold: the first read of each of 20 sessions (nothing kept yet), one at a time, median.
// The servers take turns (off, on, off, on…: BENCH_ROUNDS, default 3) so that a drift of the
// machine falls on both; the table gives each round, then the medians and the ratio on/off.

import { startThrowawayServer } from '../scripts/lib.mjs'
import { jsonOf, loadAsAccounts, seededAuth } from './lib/http.mjs'
import { median } from './lib/stats.mjs'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const rounds = Number(process.env.BENCH_ROUNDS || 3)
const PASSWORD = 'bench-reads-password-2026'


/** A server with the kept answers on or off, its 32 facilitator accounts, and what is read. */
async function prepare(kept) {
  const server = await startThrowawayServer({ env: { REEDUCA_KEPT_ANSWERS: kept ? '1' : '0' } })
  const base = server.baseURL
  const admin = await seededAuth(base, 'admin')
  const post = (path, body, headers) => fetch(`${base}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(jsonOf)
  const tokens = []
  for (let i = 0; i < connections; i++) {
    const email = `bench-reader-${i}@reeduca.test`
    await post('/api/users', { email, password: PASSWORD, name: `Bench reader ${i}`, roles: ['facilitator'] }, admin)
    tokens.push((await post('/api/users/login', { email, password: PASSWORD })).token)
  }
  const auth = { authorization: `JWT ${tokens[0]}` }
  const sessions = (await fetch(`${base}/api/sessions?limit=30&depth=0&sort=number&select[number]=true`, { headers: auth }).then(jsonOf)).docs
  return { server, base, tokens, sessions, auth }
}

async function measure({ base, tokens, sessions, auth }) {
  // Cold: sessions 5 to 24, each read once (depth 1), one after the other; an address no round
  // asked before, so nothing is kept for it yet.
  const cold = []
  const fresh = Date.now().toString(36)
  for (const session of sessions.slice(4, 24)) {
    const started = performance.now()
    await (await fetch(`${base}/api/sessions/${session.id}?depth=1&locale=es&cold=${fresh}`, { headers: auth })).arrayBuffer()
    cold.push(performance.now() - started)
  }
  const session = await loadAsAccounts({ url: `${base}/api/sessions/${sessions[2].id}?depth=1&locale=es`, connections, duration: seconds, tokens })
  const directory = await loadAsAccounts({ url: `${base}/servicios`, connections, duration: seconds })
  return { cold: median(cold), session, directory }
}

const row = (label, result) => ({
  'req/s': Math.round(result.requests.average),
  'p50 ms': result.latency.p50,
  'p99 ms': result.latency.p99,
  errors: result.errors + result.timeouts + result.non2xx,
  label,
})

const servers = { off: await prepare(false), on: await prepare(true) }
try {
  const results = { off: [], on: [] }
  for (let round = 1; round <= rounds; round++) {
    for (const mode of ['off', 'on']) results[mode].push(await measure(servers[mode]))
  }
  const table = []
  for (const mode of ['off', 'on']) {
    results[mode].forEach((result, index) => {
      table.push({ kept: mode, round: index + 1, what: `session, ${connections} facilitators`, ...row('', result.session) })
      table.push({ kept: mode, round: index + 1, what: '/servicios, anonymous', ...row('', result.directory) })
    })
  }
  console.log(`\nReads alone, kept answers off and on, ${connections} connections, ${seconds} s each, ${rounds} rounds in turns:`)
  console.table(table.map(({ label, ...rest }) => rest))
  const summary = (mode) => ({
    'session p99 ms': median(results[mode].map((r) => r.session.latency.p99)),
    'session req/s': Math.round(median(results[mode].map((r) => r.session.requests.average))),
    '/servicios p99 ms': median(results[mode].map((r) => r.directory.latency.p99)),
    '/servicios req/s': Math.round(median(results[mode].map((r) => r.directory.requests.average))),
    'cold session read ms (median of 20)': Math.round(median(results[mode].map((r) => r.cold)) * 10) / 10,
  })
  const off = summary('off')
  const on = summary('on')
  const ratio = Object.fromEntries(Object.keys(off).map((key) => [key, Math.round((on[key] / off[key]) * 1000) / 1000]))
  console.log('\nMedians over the rounds, and on/off (targets: session p99 ≤ 30 ms, /servicios p99 ≤ 100 ms):')
  console.table({ off, on, 'on / off': ratio })
} finally {
  servers.off.server.stop()
  servers.on.server.stop()
}
