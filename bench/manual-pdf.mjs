#!/usr/bin/env node
// Benchmark: the Spanish facilitator manual of the seeded 25-session women's track ('mujeres'),
// printed by Typst (the release renderer) and, beside it in the same run, the same content
// printed by headless Chromium from the offline bundle's static HTML (all pages in one).
//
// The snapshot is the one the seed's release 1.0.0 stored: a throwaway SQLite database is
// seeded by scripts/seed.ts (15 s to 2 minutes) unless BENCH_SEEDED_DB and BENCH_MEDIA_DIR name
// an already seeded one. Each Typst build runs in a fresh child process (plain Node on an
// esbuild bundle of the renderer), cold start included. The compiler itself runs in a process
// of its own (src/core/releases/render/typst.ts): its peak RSS is the one held to the target; the
// caller's (snapshot, images, PDF bytes) is printed beside it.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createClient } from '@libsql/client'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

import { bin, root } from '../scripts/lib.mjs'

const runs = Number(process.env.BENCH_RUNS || 5)
const TARGET = { seconds: 1, rssMB: 300, ratio: 0.25 }
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-bench-pdf-'))
try {
  // 1. The seeded release's snapshot.
  let dbFile = process.env.BENCH_SEEDED_DB
  let mediaDir = process.env.BENCH_MEDIA_DIR
  if (!dbFile || !mediaDir) {
    dbFile = path.join(folder, 'seed.db')
    mediaDir = path.join(folder, 'media')
    console.log('Seeding a throwaway database (15 s to 2 minutes, depending on the machine)…')
    const seeded = spawnSync(bin('tsx'), ['scripts/seed.ts', '--if-empty'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URI: `file:${dbFile}`, MEDIA_DIR: mediaDir, PAYLOAD_SECRET: 'bench', NODE_ENV: 'development' },
    })
    if (seeded.status !== 0) throw new Error(`Seeding failed (exit ${seeded.status})`)
  }
  const db = createClient({ url: `file:${dbFile}` })
  const { rows } = await db.execute(
    "select r.snapshot from manual_releases r join tracks t on t.id = r.track_id where t.slug = 'mujeres' and r.status = 'ready' order by r.id desc limit 1",
  )
  db.close()
  if (!rows.length) throw new Error(`No ready release of the 'mujeres' track in ${dbFile}`)
  const snapshotFile = path.join(folder, 'snapshot.json')
  fs.writeFileSync(snapshotFile, String(rows[0].snapshot))
  const sessions = JSON.parse(String(rows[0].snapshot)).sessions.length

  // 2. The renderer as one plain-JavaScript file, next to node_modules so the native compiler resolves.
  const cacheDir = path.join(root, 'node_modules', '.cache', 'reeduca-bench')
  fs.mkdirSync(cacheDir, { recursive: true })
  const worker = path.join(cacheDir, 'manual-pdf-worker.mjs')
  await build({
    entryPoints: [path.join(root, 'bench/lib/manual-pdf-worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': path.join(root, 'src') },
    logLevel: 'warning',
  })
  const child = (mode, output) => {
    const started = performance.now()
    const result = spawnSync(process.execPath, [worker, mode, snapshotFile, mediaDir, output, String(runs)], { cwd: root, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${mode} build failed: ${result.stderr}`)
    return { ...JSON.parse(result.stdout.trim().split('\n').pop()), processMs: performance.now() - started }
  }

  // 3. Typst: one cold build per process.
  const typst = []
  for (let i = 0; i < runs; i++) typst.push(child('pdf', path.join(folder, `manual-${i}.pdf`)))
  const pdfBytes = typst[0].bytes
  // The release worker's case: the server process keeps one compiler (src/core/releases/render/typst.ts)
  // that has already built this track's previous release.
  const warm = child('warm', path.join(folder, 'manual-warm.pdf'))

  // 4. Chromium: launch, open the one-page HTML from disk, print, close.
  const htmlFile = path.join(folder, 'manual.html')
  child('html', htmlFile)
  const chrome = []
  let chromePdfBytes = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
      const pdf = await page.pdf({ format: 'Letter', printBackground: true })
      chromePdfBytes = pdf.byteLength
    } finally {
      await browser.close()
    }
    chrome.push(performance.now() - started)
  }

  const typstSeconds = median(typst.map((r) => r.ms)) / 1000
  const typstProcessSeconds = median(typst.map((r) => r.processMs)) / 1000
  const typstCpuSeconds = median(typst.map((r) => r.cpuMs)) / 1000
  const rss = median(typst.map((r) => r.maxRssMB))
  const callerRss = median(typst.map((r) => r.callerRssMB))
  const warmSeconds = median(warm.runs) / 1000
  const chromeSeconds = median(chrome) / 1000
  const ratio = typstSeconds / chromeSeconds
  const mark = (ok) => (ok ? 'ok' : 'MISSED')
  const load = os.loadavg()[0]
  if (load > os.cpus().length) console.log(`\nNote: load average ${load.toFixed(1)} on ${os.cpus().length} cores: wall times include waiting for a core; CPU time is the steadier figure.`)
  console.log(`\nSpanish facilitator manual, 'mujeres' release (${sessions} sessions), median of ${runs} builds:`)
  console.table([
    { measure: 'Typst build, cold (read snapshot → PDF on disk)', value: `${typstSeconds.toFixed(2)} s`, target: `≤ ${TARGET.seconds} s`, '': mark(typstSeconds <= TARGET.seconds) },
    { measure: 'Typst build, warm (server worker, next release of the track)', value: `${warmSeconds.toFixed(2)} s`, target: `≤ ${TARGET.seconds} s`, '': mark(warmSeconds <= TARGET.seconds) },
    { measure: `Typst compiler process peak RSS, warm worker (6 builds, ${warm.processes} process(es))`, value: `${warm.maxRssMB.toFixed(0)} MB`, target: `≤ ${TARGET.rssMB} MB`, '': mark(warm.maxRssMB <= TARGET.rssMB) },
    { measure: 'caller process peak RSS, warm worker (snapshots, images, PDFs)', value: `${warm.callerRssMB.toFixed(0)} MB`, target: '', '': '' },
    { measure: 'Typst child process, spawn to exit', value: `${typstProcessSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst CPU time, caller and compiler processes (all threads)', value: `${typstCpuSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst compiler process peak RSS, cold build', value: `${rss.toFixed(0)} MB`, target: `≤ ${TARGET.rssMB} MB`, '': mark(rss <= TARGET.rssMB) },
    { measure: 'caller process peak RSS, cold build', value: `${callerRss.toFixed(0)} MB`, target: '', '': '' },
    { measure: 'Chromium print incl. launch (same HTML content)', value: `${chromeSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'ratio Typst / Chromium', value: `${ratio.toFixed(2)}×`, target: `≤ ${TARGET.ratio}×`, '': mark(ratio <= TARGET.ratio) },
  ])
  console.log(`Typst PDF ${(pdfBytes / 1024).toFixed(0)} KiB; Chromium PDF ${(chromePdfBytes / 1024).toFixed(0)} KiB.`)
  console.log(`Typst runs (time/compiler RSS): ${typst.map((r) => `${(r.ms / 1000).toFixed(2)} s/${r.maxRssMB.toFixed(0)} MB`).join(', ')}`)
  console.log(`Typst warm runs: ${warm.runs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
  console.log(`Chromium runs: ${chrome.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
}
