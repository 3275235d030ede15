#!/usr/bin/env node
// Benchmark: downloads of the Spanish facilitator manual of the seeded women's track through
// GET /api/manual-releases/:id/download/facilitator-manual?locale=es (a facilitator's JWT,
// 64 connections) against `npm start`'s server on the seeded database; beside it in the same
// run, Debian's nginx serving the same file from disk (one worker, as the app is one process).
// The two take turns (BENCH_ROUNDS rounds, after a warm-up of each), so that the load of the
// shared machine falls on both alike; the ratio is of the medians.
// Target: the app reaches at least 0.8× nginx's throughput.
// The client is Debian's wrk when installed (apt-get install -y wrk): autocannon, in JavaScript,
// tops out at a few dozen 650 KB responses a second on these machines and then measures itself.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'


import { startThrowawayServer } from '../scripts/lib.mjs'
import { facilitatorAuth, hasWrk, load, wrkLoad } from './lib/http.mjs'
import { median } from './lib/stats.mjs'
import { NGINX, startNginx } from './lib/nginx.mjs'

const duration = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 64)
const nginxWorkers = Number(process.env.BENCH_NGINX_WORKERS || 1)
const rounds = Number(process.env.BENCH_ROUNDS || 3)
// 64 downloads of 650 KB at once take seconds each on a busy 2-core machine: slow, not failed.
const timeout = Number(process.env.BENCH_TIMEOUT_SECONDS || 60)
const TARGET = 0.8


const client = hasWrk() ? 'wrk' : 'autocannon'
const measure = (options) => (hasWrk() ? wrkLoad(options) : load(options))

const row = (title, result, bytes) => ({
  benchmark: title,
  'req/s (mean)': Math.round(result.requests.average),
  'MB/s (mean)': +(result.throughput.average / 1024 / 1024).toFixed(1),
  'p50 ms': result.latency.p50,
  'p99 ms': result.latency.p99,
  errors: result.errors + result.non2xx,
  'bytes/response': bytes,
})

// BENCH_BASE_URL measures a server you already run (seeded with the demo content).
const server = process.env.BENCH_BASE_URL
  ? { baseURL: process.env.BENCH_BASE_URL, stop: () => {} }
  : await startThrowawayServer()
let nginx = null
const downloaded = path.join(os.tmpdir(), `reeduca-bench-manual-${process.pid}.pdf`)
try {
  const auth = await facilitatorAuth(server.baseURL)
  const releases = await fetch(`${server.baseURL}/api/manual-releases?depth=1&limit=50&select[track]=true&select[version]=true`, { headers: auth })
  const release = (await releases.json()).docs.find((doc) => doc.track?.slug === 'mujeres')
  if (!release) throw new Error("No release of the 'mujeres' track: is the database seeded?")
  const url = `${server.baseURL}/api/manual-releases/${release.id}/download/facilitator-manual?locale=es`
  const probe = await fetch(url, { headers: auth })
  if (!probe.ok) throw new Error(`Download failed: ${probe.status} ${await probe.text()}`)
  const bytes = Buffer.from(await probe.arrayBuffer())
  fs.writeFileSync(downloaded, bytes)

  const appTitle = `app: GET …/download/facilitator-manual?locale=es (release ${release.version})`
  const app = { title: 'app', url, headers: auth }
  if (fs.existsSync(NGINX)) nginx = await startNginx(downloaded)
  else console.log(`\n${NGINX} is missing: the nginx comparison is skipped. Install it with: apt-get install -y nginx`)
  const web = nginx && { title: 'nginx', url: nginx.url, headers: {} }
  // Warm-up: the app's first seconds include compiling its hot path and filling its caches.
  for (const target of [app, web].filter(Boolean)) await measure({ ...target, connections, duration: 3, timeout })

  const rows = []
  const appRates = []
  const nginxRates = []
  for (let round = 1; round <= rounds; round++) {
    const appResult = row(`${appTitle}, round ${round}`, await measure({ ...app, connections, duration, timeout }), bytes.length)
    rows.push(appResult)
    appRates.push(appResult['req/s (mean)'])
    if (web) {
      const nginxResult = row(`nginx ${nginxWorkers} worker: the same file from disk, round ${round}`, await measure({ ...web, connections, duration, timeout }), bytes.length)
      rows.push(nginxResult)
      nginxRates.push(nginxResult['req/s (mean)'])
    }
  }
  const loadAverage = os.loadavg()[0]
  console.log(`\nSpanish facilitator manual downloads, ${client}, ${connections} connections, ${duration} s each (load average ${loadAverage.toFixed(1)} on ${os.cpus().length} cores):`)
  console.table(rows)
  console.log(`app median: ${median(appRates)} req/s over ${rounds} rounds`)
  if (web) {
    const ratio = median(appRates) / median(nginxRates)
    console.log(`nginx median: ${median(nginxRates)} req/s`)
    console.log(`app / nginx throughput (medians): ${ratio.toFixed(2)}× (target ≥ ${TARGET}×) ${ratio >= TARGET ? 'ok' : 'MISSED'}`)
  }
} finally {
  nginx?.stop()
  server.stop()
  fs.rmSync(downloaded, { force: true })
}
