#!/usr/bin/env node
// Benchmark: a release of the seeded women's track ('mujeres', 25 sessions, its chapters and
// glossary) from the admin's `POST /api/manual-releases` (both locales: facilitator manuals and
// participant workbooks in Spanish and English, PDF/UA-1, and the offline bundle) to `ready`,
// against `npm start`'s server on the seeded SQLite database (a throwaway one, or BENCH_BASE_URL).
// What a designer waits for after pressing Create. The first release after the server starts
// meets a cold renderer (the Typst compiler process starts with it): shown apart from the
// median of the next ones. Target: ≤ 2 s. One typesetting process against two, side by side
// (REEDUCA_TYPST_PROCESSES: the release's Spanish and English PDFs typeset at once). Below the
// table, each server's build timeline from its log (median over the next releases): when each
// file was ready, from the build job's start.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { seededAuth } from './lib/http.mjs'
import { median } from './lib/stats.mjs'

const runs = Number(process.env.BENCH_RUNS || 6)
const TARGET_SECONDS = 2

// BENCH_SERVERS picks among them by name (default: both): e.g. "two-processes".
const CONFIGS = [
  { name: 'two-processes', label: '2 typesetting processes', env: { REEDUCA_TYPST_PROCESSES: '2' } },
  { name: 'one-process', label: '1 typesetting process', env: { REEDUCA_TYPST_PROCESSES: '1' } },
]
const chosen = (process.env.BENCH_SERVERS || CONFIGS.map((config) => config.name).join(',')).split(',')
// All up at once, their releases taken in turns so that the machine's load falls on each alike.
const configs = process.env.BENCH_BASE_URL ? [{ name: 'base-url', label: 'BENCH_BASE_URL', env: null }] : CONFIGS.filter((config) => chosen.includes(config.name))
const servers = []
try {
  for (const config of configs) {
    const server = config.env === null ? null : await startThrowawayServer({ env: config.env })
    const baseURL = process.env.BENCH_BASE_URL || server.baseURL
    const auth = await seededAuth(baseURL, 'admin')
    const headers = { ...auth, 'content-type': 'application/json' }
    const tracks = await (await fetch(`${baseURL}/api/tracks?where[slug][equals]=mujeres&depth=0`, { headers })).json()
    const track = tracks.docs?.[0]
    if (!track) throw new Error('No seeded track «mujeres»')
    servers.push({ config, server, baseURL, headers, track, results: [] })
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
      results.push({ id: body.doc.id, ms: readyMs, answeredMs, files: release.files.length, bytes, load })
    }
  }

  const first = servers[0].results[0]
  console.log(`\nRelease of 'mujeres' (es + en, ${first.files} files, ${(first.bytes / 1024 / 1024).toFixed(1)} MiB), POST to ready, ${runs} releases per server, in turns:`)
  const mark = (seconds) => (seconds <= TARGET_SECONDS ? 'ok' : 'MISSED')
  console.table(
    servers.map(({ config, results }) => {
      const [cold, ...warm] = results
      const warmMedian = median(warm.map((r) => r.ms)) / 1000
      return {
        server: config.label,
        'first (cold renderer) s': `${(cold.ms / 1000).toFixed(2)} ${mark(cold.ms / 1000)}`,
        [`next, median of ${warm.length} s`]: `${warmMedian.toFixed(2)} ${mark(warmMedian)}`,
        'POST answered, median s': (median(results.map((r) => r.answeredMs)) / 1000).toFixed(2),
      }
    }),
  )
  const byName = Object.fromEntries(servers.map((entry) => [entry.config.name, entry]))
  const warmOf = (entry) => median(entry.results.slice(1).map((r) => r.ms))
  const ratio = (a, b) => byName[a] && byName[b] && console.log(`ratio ${byName[a].config.label} / ${byName[b].config.label} (median of the next releases): ${(warmOf(byName[a]) / warmOf(byName[b])).toFixed(2)}×`)
  ratio('two-processes', 'one-process')
  for (const { config, results } of servers) console.log(`Runs, ${config.label}: ${results.map((r) => `${(r.ms / 1000).toFixed(2)} s (load ${r.load.toFixed(1)})`).join(', ')}`)
  // "Release 12: built 5 files in vm:… (release read 0.01 s, facilitator-manual es 1.05 s, …)" (src/cms/jobs/buildManualRelease.ts).
  for (const { config, server, results } of servers) {
    if (!server) continue
    const log = fs.readFileSync(path.join(server.folder, 'server.log'), 'utf8')
    const ids = new Set(results.slice(1).map((r) => String(r.id)))
    const steps = new Map()
    for (const [, id, list] of log.matchAll(/Release (\S+): built \d+ files in \S+ \(([^)]*)\)/g)) {
      if (!ids.has(id)) continue
      for (const [, step, seconds] of list.matchAll(/([^,]+?) (-?[\d.]+) s(?:,|$)/g)) {
        if (!steps.has(step.trim())) steps.set(step.trim(), [])
        steps.get(step.trim()).push(Number(seconds))
      }
    }
    if (steps.size) console.log(`Build timeline, ${config.label} (median of ${ids.size}, s from the job's start): ${[...steps].map(([step, values]) => `${step} ${median(values).toFixed(2)}`).join(', ')}`)
  }
} finally {
  for (const { server } of servers) server?.stop()
}
