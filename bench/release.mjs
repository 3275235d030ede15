#!/usr/bin/env node
// Benchmark: a release of the seeded women's track ('mujeres', 25 sessions, its chapters and
// glossary) from the admin's `POST /api/manual-releases` (both locales: facilitator manuals and
// participant workbooks in Spanish and English, PDF/UA-1, and the offline bundle) to `ready`,
// against `npm start`'s server on the seeded SQLite database (a throwaway one, or BENCH_BASE_URL).
// What a designer waits for after pressing Create (with release notes in both languages, as the
// form asks). Target: ≤ 2 s.
// Two ways of creating it, in turns, each release minutes apart as a designer's are (a compiler
// process that typeset is ended after REEDUCA_TYPST_IDLE_MS without work: 4 s here, 60 s by
// default, and the bench waits past it, so that every release meets what she meets: fresh
// processes kept on standby, booted and prepared, or, where REEDUCA_TYPST_STANDBY=0, none):
// - "form": as the admin's create form does it: the release checks (`POST …/check`) once she has
//   chosen the track and locales, BENCH_FORM_MS (3 s) to write the version and notes, then Create;
//   the check has the editions laid out meanwhile (src/cms/releases/warmTypesetting.ts);
// - "API": the `POST` alone, as a script would.
// Side by side (BENCH_SERVERS, default two-processes,no-standby): two typesetting processes
// (REEDUCA_TYPST_PROCESSES: the release's Spanish and English PDFs typeset at once) kept on
// standby, as shipped; no-standby, the same but its processes started by each release
// (REEDUCA_TYPST_STANDBY=0); huge-pages, the compiler's memory in huge pages
// (REEDUCA_TYPST_HUGE_PAGES=1, off by default: src/core/releases/render/typst.ts); one-process, one typesetting process; no-locale-indexes, as
// shipped but with the `…_locales` tables' `_parent_id` indexes dropped from its database.
// Each server's typesetting processes' memory while they wait between releases is printed too.
// Below the table, each server's build timeline from its log (median per way): when each file was ready, from the
// build job's start; and the CPU a release took from the POST to ready, in the server and in the
// compiler processes (Linux' /proc), against the cores: the least time that work can take.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '@libsql/client'
import { tsImport } from 'tsx/esm/api'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { seededAuth } from './lib/http.mjs'
import { commandLine, cpuMeter, descendants, memoryMB } from './lib/processes.mjs'
import { median } from './lib/stats.mjs'

const runs = Number(process.env.BENCH_RUNS || 6)
// Release notes as the create form's editors send them (a Lexical state per locale), built by the
// project's own Lexical builder.
const { lexicalFromParagraphs } = await tsImport(path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/core/richtext/lexical.ts'), import.meta.url)
const lexical = (text) => lexicalFromParagraphs([text])
const NOTES = {
  es: lexical('Revisión de las notas de seguridad y del directorio de servicios; corrige erratas del manual impreso.'),
  en: lexical('Safety notes and the services directory reviewed; fixes misprints in the printed manual.'),
}
const TARGET_SECONDS = 2
const FORM_MS = Number(process.env.BENCH_FORM_MS || 3000)
const IDLE_MS = 4000
// How often the bench asks for the release's status while it builds: every 50 ms, and, in a way
// of its own, every 250 ms. Each ask costs the server about 6 ms of CPU (auth, access, a query):
// at 50 ms that is about a quarter of a core-second per release, taken from the build it times;
// at 250 ms a fifth of that, for up to 0.25 s later sight of "ready" (the admin asks every second).
const POLL_MS = { form: 50, API: 50, 'API-250': 250 }
const WAYS = Object.keys(POLL_MS)
/** The compiler processes under a server as it waits for the next release, and their memory (Linux' /proc), noted on its last result. */
function typesettersWaiting(server, results) {
  const memory = descendants(server.pid).filter((pid) => commandLine(pid).includes('typst-process')).map(memoryMB)
  results.at(-1).waiting = {
    count: memory.length,
    rssMB: memory.reduce((sum, each) => sum + each.rss, 0),
    anonMB: memory.reduce((sum, each) => sum + each.own, 0),
  }
}
/** CPU used since `before`, per kind (cpuMeter's totals). */
const sinceThen = (now, before) => Object.fromEntries(Object.entries(now).map(([kind, ms]) => [kind, ms - (before[kind] ?? 0)]))

// BENCH_SERVERS picks among them by name (default: two-processes,no-standby): e.g. "two-processes,one-process".
const CONFIGS = [
  { name: 'two-processes', label: '2 typesetting processes', env: { REEDUCA_TYPST_PROCESSES: '2', REEDUCA_TYPST_IDLE_MS: String(IDLE_MS) } },
  // None kept on standby between releases (src/core/releases/render/typst.ts, keepReady), as before.
  { name: 'no-standby', label: '2 processes, none on standby', env: { REEDUCA_TYPST_PROCESSES: '2', REEDUCA_TYPST_IDLE_MS: String(IDLE_MS), REEDUCA_TYPST_STANDBY: '0' } },
  { name: 'one-process', label: '1 typesetting process', env: { REEDUCA_TYPST_PROCESSES: '1', REEDUCA_TYPST_IDLE_MS: String(IDLE_MS) } },
  // The compiler's memory in huge pages (src/core/releases/render/typst.ts: off by default, its gain depends on the kernel).
  { name: 'huge-pages', label: '2 processes, huge pages', env: { REEDUCA_TYPST_PROCESSES: '2', REEDUCA_TYPST_IDLE_MS: String(IDLE_MS), REEDUCA_TYPST_HUGE_PAGES: '1' } },
  // Without the index on `_parent_id` of the `…_locales` tables (src/cms/db/localeIndexes.ts),
  // dropped from its database once it is up, as before.
  { name: 'no-locale-indexes', label: '2 processes, no locale indexes', env: { REEDUCA_TYPST_PROCESSES: '2', REEDUCA_TYPST_IDLE_MS: String(IDLE_MS) }, dropLocaleIndexes: true },
]
const chosen = (process.env.BENCH_SERVERS || 'two-processes,no-standby').split(',')
// All up at once, their releases taken in turns so that the machine's load falls on each alike.
const configs = process.env.BENCH_BASE_URL ? [{ name: 'base-url', label: 'BENCH_BASE_URL', env: null }] : CONFIGS.filter((config) => chosen.includes(config.name))
const servers = []
try {
  for (const config of configs) {
    const server = config.env === null ? null : await startThrowawayServer({ env: config.env })
    if (config.dropLocaleIndexes) {
      const db = createClient({ url: `file:${path.join(server.folder, 'reeduca.db')}` })
      const { rows } = await db.execute("select name from sqlite_master where type = 'index' and name like '%\\_locales\\_parent\\_idx' escape '\\'")
      for (const row of rows) await db.execute(`drop index "${row.name}"`)
      db.close()
      if (!rows.length) throw new Error('No locale index to drop: the bench needs the SQLite default')
    }
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

  let version = 50
  for (let i = 0; i < runs; i++) {
    for (const way of WAYS) {
      for (const { server, baseURL, headers, track, results } of servers) {
        const load = os.loadavg()[0]
        // The CPU the release took, in the server and in its compiler processes (Linux' /proc),
        // before the POST (the form's check and wait) and from the POST to ready. /proc is walked
        // for new processes at those points only (about 2 ms of CPU each, on the cores being
        // measured); at each status ask, the processes already seen are read again, so that a
        // compiler ended past its memory limit before ready is counted to its end.
        const meter = server ? cpuMeter(server.pid, (command) => (command.includes('typst-process') ? 'typesetting' : 'server')) : null
        // With notes in both languages, as the create form asks for them.
        const input = { track: track.id, locales: ['es', 'en'], notes_es: NOTES.es, notes_en: NOTES.en }
        let checkMs = null
        if (way === 'form') {
          const checkStarted = performance.now()
          const check = await fetch(`${baseURL}/api/manual-releases/check`, { method: 'POST', headers, body: JSON.stringify(input) })
          if (check.status !== 200) throw new Error(`Check refused: ${check.status} ${(await check.text()).slice(0, 400)}`)
          await check.json()
          checkMs = performance.now() - checkStarted
          await new Promise((resolve) => setTimeout(resolve, FORM_MS))
        }
        meter?.sample()
        const beforePost = meter?.used() ?? {}
        const started = performance.now()
        const created = await fetch(`${baseURL}/api/manual-releases`, { method: 'POST', headers, body: JSON.stringify({ ...input, version: `${version++}.0.0` }) })
        const body = await created.json()
        if (created.status !== 201) throw new Error(`Create refused: ${created.status} ${JSON.stringify(body).slice(0, 400)}`)
        const answeredMs = performance.now() - started
        // Asked every POLL_MS for its status alone (`select`): a full read parses the release's
        // snapshot (about 1 MB of JSON), and forty of those a second took a core from the build it
        // measures (the admin asks every second).
        let release
        for (;;) {
          release = await (await fetch(`${baseURL}/api/manual-releases/${body.doc.id}?depth=0&select[status]=true&select[failureReason]=true`, { headers })).json()
          meter?.refresh()
          if (release.status === 'ready' || release.status === 'failed') break
          await new Promise((resolve) => setTimeout(resolve, POLL_MS[way]))
        }
        const readyMs = performance.now() - started
        meter?.sample()
        if (release.status === 'ready') release = await (await fetch(`${baseURL}/api/manual-releases/${body.doc.id}?depth=0&select[files]=true&select[status]=true`, { headers })).json()
        if (release.status !== 'ready') throw new Error(`Release ${body.doc.id} failed: ${release.failureReason}`)
        const bytes = (release.files ?? []).reduce((sum, file) => sum + (file.size ?? 0), 0)
        results.push({ way, id: body.doc.id, ms: readyMs, answeredMs, checkMs, files: release.files.length, bytes, load, cpu: meter ? sinceThen(meter.used(), beforePost) : null, cpuBefore: beforePost })
        // Minutes apart, as a designer's releases are: past the compilers' idle stop, and past the
        // standby processes' boot (3 s after one is ended past its memory limit, or at the idle stop).
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 2500))
        if (server) typesettersWaiting(server, results)
      }
    }
  }

  const first = servers[0].results[0]
  console.log(`\nRelease of 'mujeres' (es + en, ${first.files} files, ${(first.bytes / 1024 / 1024).toFixed(1)} MiB), POST to ready, ${runs} releases per way and server, in turns, each meeting stopped compiler processes:`)
  const mark = (seconds) => (seconds <= TARGET_SECONDS ? 'ok' : 'MISSED')
  const seconds = (ms) => (ms / 1000).toFixed(2)
  console.table(
    servers.flatMap(({ config, results }) =>
      WAYS.map((way) => {
        const mine = results.filter((r) => r.way === way)
        const ready = median(mine.map((r) => r.ms))
        return {
          server: config.label,
          way: way === 'form' ? `after the form's check (${seconds(FORM_MS)} s before)` : `API, POST alone, status every ${POLL_MS[way]} ms`,
          'POST to ready, median s': `${seconds(ready)} ${mark(ready / 1000)}`,
          'min–max s': `${seconds(Math.min(...mine.map((r) => r.ms)))}–${seconds(Math.max(...mine.map((r) => r.ms)))}`,
          'POST answered, median s': seconds(median(mine.map((r) => r.answeredMs))),
          'check answered, median s': way === 'form' ? seconds(median(mine.map((r) => r.checkMs))) : '',
        }
      }),
    ),
  )
  const byName = Object.fromEntries(servers.map((entry) => [entry.config.name, entry]))
  const medianOf = (entry, way) => median(entry.results.filter((r) => r.way === way).map((r) => r.ms))
  for (const entry of servers) console.log(`ratio after the form / API, ${entry.config.label}: ${(medianOf(entry, 'form') / medianOf(entry, 'API')).toFixed(2)}×`)
  if (byName['two-processes'] && byName['one-process']) {
    for (const way of WAYS) console.log(`ratio 2 / 1 typesetting processes, ${way}: ${(medianOf(byName['two-processes'], way) / medianOf(byName['one-process'], way)).toFixed(2)}×`)
  }
  if (byName['two-processes'] && byName['no-standby']) {
    for (const way of WAYS) console.log(`ratio on standby / started by each release, ${way}: ${(medianOf(byName['two-processes'], way) / medianOf(byName['no-standby'], way)).toFixed(2)}×`)
  }
  if (byName['two-processes'] && byName['huge-pages']) {
    for (const way of WAYS) console.log(`ratio huge pages / without, ${way}: ${(medianOf(byName['huge-pages'], way) / medianOf(byName['two-processes'], way)).toFixed(2)}×`)
  }
  // CPU from the POST to ready against what the cores can give: work bound by CPU cannot end
  // sooner than its core-seconds over the cores, whatever runs in parallel.
  const cores = os.availableParallelism()
  const coreSeconds = (cpu) => ((cpu.server ?? 0) + (cpu.typesetting ?? 0)) / 1000
  for (const { config, results } of servers) {
    for (const way of WAYS) {
      const mine = results.filter((r) => r.way === way && r.cpu)
      if (!mine.length) continue
      const part = (kind) => median(mine.map((r) => (r.cpu[kind] ?? 0) / 1000)).toFixed(2)
      const total = median(mine.map((r) => coreSeconds(r.cpu)))
      const before = median(mine.map((r) => coreSeconds(r.cpuBefore)))
      console.log(
        `CPU from POST to ready, ${config.label}, ${way} (median core-seconds): server ${part('server')}, typesetting ${part('typesetting')}, total ${total.toFixed(2)}: on ${cores} cores no less than ${(total / cores).toFixed(2)} s` +
          (way === 'form' ? ` (and ${before.toFixed(2)} before the POST, in the check and the form)` : ''),
      )
    }
  }
  for (const { config, results } of servers) {
    const waiting = results.map((r) => r.waiting).filter(Boolean)
    if (!waiting.length) continue
    const of = (pick) => median(waiting.map(pick)).toFixed(0)
    console.log(
      `Typesetting processes waiting between releases, ${config.label} (median of ${waiting.length}): ${of((w) => w.count)}, resident ${of((w) => w.rssMB)} MB in all, ${of((w) => w.anonMB)} MB of it their own (the rest is the Node binary and the compiler's library, shared)`,
    )
  }
  for (const { config, results } of servers) {
    for (const way of WAYS) console.log(`Runs, ${config.label}, ${way}: ${results.filter((r) => r.way === way).map((r) => `${seconds(r.ms)} s (load ${r.load.toFixed(1)})`).join(', ')}`)
  }
  // "Release 12: built 5 files in vm:… (release read 0.01 s, facilitator-manual es 1.05 s, …)" (src/cms/jobs/buildManualRelease.ts).
  for (const { config, server, results } of servers) {
    if (!server) continue
    const log = fs.readFileSync(path.join(server.folder, 'server.log'), 'utf8')
    for (const way of WAYS) {
      const ids = new Set(results.filter((r) => r.way === way).map((r) => String(r.id)))
      const steps = new Map()
      for (const [, id, list] of log.matchAll(/Release (\S+): built \d+ files in \S+ \(([^)]*)\)/g)) {
        if (!ids.has(id)) continue
        for (const [, step, value] of list.matchAll(/([^,]+?) (-?[\d.]+) s(?:,|$)/g)) {
          if (!steps.has(step.trim())) steps.set(step.trim(), [])
          steps.get(step.trim()).push(Number(value))
        }
      }
      if (steps.size) console.log(`Build timeline, ${config.label}, ${way} (median of ${ids.size}, s from the job's start): ${[...steps].map(([step, values]) => `${step} ${median(values).toFixed(2)}`).join(', ')}`)
    }
  }
} finally {
  for (const { server } of servers) server?.stop()
}
