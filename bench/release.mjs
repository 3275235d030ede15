#!/usr/bin/env node
// Benchmark: a release of the seeded women's track ('mujeres', 25 sessions, its chapters and
// glossary) from the admin's `POST /api/manual-releases` (both locales: facilitator manuals and
// participant workbooks in Spanish and English, PDF/UA-1, and the offline bundle) to `ready`,
// against `npm start`'s server on the seeded SQLite database (a throwaway one, or BENCH_BASE_URL).
// What a designer waits for after pressing Create. The first release after the server starts
// meets a cold renderer (the Typst compiler process starts with it): shown apart from the
// median of the next ones. Target: ≤ 2 s. One typesetting process against two, side by side
// (REEDUCA_TYPST_PROCESSES: the release's Spanish and English PDFs typeset at once).
import os from 'node:os'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { seededAuth } from './lib/http.mjs'
import { median } from './lib/stats.mjs'

const runs = Number(process.env.BENCH_RUNS || 6)
const TARGET_SECONDS = 2

// Side by side: one server per count of typesetting processes (BENCH_TYPST_PROCESSES, default
// "1,2"), all up at once, their releases taken in turns so that the machine's load falls on each alike.
const counts = process.env.BENCH_BASE_URL ? [null] : (process.env.BENCH_TYPST_PROCESSES || '1,2').split(',').map(Number).filter((n) => n > 0)
const servers = []
try {
  for (const count of counts) {
    const server = count === null ? null : await startThrowawayServer({ env: { REEDUCA_TYPST_PROCESSES: String(count) } })
    const baseURL = process.env.BENCH_BASE_URL || server.baseURL
    const auth = await seededAuth(baseURL, 'admin')
    const headers = { ...auth, 'content-type': 'application/json' }
    const tracks = await (await fetch(`${baseURL}/api/tracks?where[slug][equals]=mujeres&depth=0`, { headers })).json()
    const track = tracks.docs?.[0]
    if (!track) throw new Error('No seeded track «mujeres»')
    servers.push({ count, server, baseURL, headers, track, results: [] })
  }
  // Let the seed's own release builds finish first (each server builds them in the background).
  for (const { baseURL, headers } of servers) {
    for (const deadline = Date.now() + 10 * 60_000; ; ) {
      const pending = await (await fetch(`${baseURL}/api/manual-releases?where[status][equals]=building&limit=1&depth=0`, { headers })).json()
      if (!pending.totalDocs) break
      if (Date.now() > deadline) throw new Error('The seed’s releases are still building after 10 minutes')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }

  for (let i = 0; i < runs; i++) {
    for (const { baseURL, headers, track, results } of servers) {
      const load = os.loadavg()[0]
      const started = performance.now()
      const created = await fetch(`${baseURL}/api/manual-releases`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ track: track.id, version: `${50 + i}.0.0`, locales: ['es', 'en'], confirmNoChanges: true }),
      })
      const body = await created.json()
      if (created.status !== 201) throw new Error(`Create refused: ${created.status} ${JSON.stringify(body).slice(0, 400)}`)
      const answeredMs = performance.now() - started
      // Asked every 50 ms for its status alone (`select`): a full read parses the release's
      // snapshot (about 1 MB of JSON), and forty of those a second took a core from the build it
      // measures (the admin asks every 3 s).
      let release
      for (;;) {
        release = await (await fetch(`${baseURL}/api/manual-releases/${body.doc.id}?depth=0&select[status]=true&select[failureReason]=true`, { headers })).json()
        if (release.status === 'ready' || release.status === 'failed') break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const readyMs = performance.now() - started
      if (release.status === 'ready') release = await (await fetch(`${baseURL}/api/manual-releases/${body.doc.id}?depth=0&select[files]=true&select[status]=true`, { headers })).json()
      if (release.status !== 'ready') throw new Error(`Release ${body.doc.id} failed: ${release.failureReason}`)
      const bytes = (release.files ?? []).reduce((sum, file) => sum + (file.size ?? 0), 0)
      results.push({ ms: readyMs, answeredMs, files: release.files.length, bytes, load })
    }
  }

  const first = servers[0].results[0]
  console.log(`\nRelease of 'mujeres' (es + en, ${first.files} files, ${(first.bytes / 1024 / 1024).toFixed(1)} MiB), POST to ready, ${runs} releases per server, in turns:`)
  const mark = (seconds) => (seconds <= TARGET_SECONDS ? 'ok' : 'MISSED')
  console.table(
    servers.map(({ count, results }) => {
      const [cold, ...warm] = results
      const warmMedian = median(warm.map((r) => r.ms)) / 1000
      return {
        server: count === null ? 'BENCH_BASE_URL' : `${count} typesetting process${count > 1 ? 'es' : ''}`,
        'first (cold renderer) s': `${(cold.ms / 1000).toFixed(2)} ${mark(cold.ms / 1000)}`,
        [`next, median of ${warm.length} s`]: `${warmMedian.toFixed(2)} ${mark(warmMedian)}`,
        'POST answered, median s': (median(results.map((r) => r.answeredMs)) / 1000).toFixed(2),
      }
    }),
  )
  if (servers.length === 2) {
    const warmOf = (entry) => median(entry.results.slice(1).map((r) => r.ms))
    console.log(`ratio ${servers[1].count} / ${servers[0].count} processes (median of the next releases): ${(warmOf(servers[1]) / warmOf(servers[0])).toFixed(2)}×; target ≤ ${TARGET_SECONDS} s`)
  }
  for (const { count, results } of servers) console.log(`Runs, ${count ?? 'BENCH_BASE_URL'}: ${results.map((r) => `${(r.ms / 1000).toFixed(2)} s (load ${r.load.toFixed(1)})`).join(', ')}`)
} finally {
  for (const { server } of servers) server?.stop()
}
