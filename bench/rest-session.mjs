#!/usr/bin/env node
// Benchmark: reads of a published session over REST (depth 1), as a facilitator would fetch it,
// against `next start` on the seeded database, with autocannon as the HTTP load tool.
// Beside it in the same run: the anonymous, public services list, for comparison.
import { startThrowawayServer } from '../scripts/lib.mjs'
import { facilitatorAuth, latencyRow, load } from './lib/http.mjs'

const duration = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 16)

// BENCH_BASE_URL measures a server you already run (seeded with the demo content).
const server = process.env.BENCH_BASE_URL
  ? { baseURL: process.env.BENCH_BASE_URL, stop: () => {} }
  : await startThrowawayServer()
try {
  const auth = await facilitatorAuth(server.baseURL)
  const list = await fetch(`${server.baseURL}/api/sessions?where[number][equals]=3&limit=1&depth=0`, { headers: auth })
  const session = (await list.json()).docs[0]
  const sessionURL = `${server.baseURL}/api/sessions/${session.id}?depth=1&locale=es`
  const probe = await fetch(sessionURL, { headers: auth })
  const bytes = (await probe.arrayBuffer()).byteLength

  const rows = []
  for (const [title, url, headers] of [
    ['GET /api/sessions/:id?depth=1 (facilitator)', sessionURL, auth],
    ['GET /api/services (anonymous)', `${server.baseURL}/api/services?limit=50&depth=0`, {}],
  ]) {
    const result = await load({ title, url, headers, connections, duration })
    rows.push(latencyRow(title, result))
  }
  console.log(`\nREST reads, ${connections} connections, ${duration} s each, session response ${bytes} bytes:`)
  console.table(rows)
} finally {
  server.stop()
}
