#!/usr/bin/env node
// Benchmark: the Spanish facilitator manual of the seeded 25-session women's track ('mujeres'),
// printed by Typst (the release renderer, PDF/UA-1 tagged, packed into object streams) and,
// beside it in the same run, the same manual not packed, untagged with the same compiler and
// with compiler 0.6.0 (Typst 0.13, before tagged PDF), and the same content printed by headless
// Chromium from the offline bundle's static HTML (all pages in one), tagged and not.
//
// The snapshot is the one the seed's release 1.0.0 stored: a throwaway SQLite database is
// seeded by scripts/seed.ts (15 s to 2 minutes) unless BENCH_SEEDED_DB and BENCH_MEDIA_DIR name
// an already seeded one. Each Typst build runs in a fresh child process (plain Node on an
// esbuild bundle of the renderer), cold start included. The compiler itself runs in a process
// of its own (src/core/releases/render/typst.ts): its peak RSS is the one held to the target; the
// caller's (snapshot, images, PDF bytes) is printed beside it.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'

import { createClient } from '@libsql/client'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

import { root } from '../scripts/lib.mjs'
import { seededDatabase } from './lib/seeded.mjs'
import { median } from './lib/stats.mjs'

const runs = Number(process.env.BENCH_RUNS || 5)
const TARGET = { seconds: 1, rssMB: 300, ratio: 0.2 }

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-bench-pdf-'))
try {
  // 1. The seeded release's snapshot.
  const { dbFile, mediaDir } = seededDatabase(folder)
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
  const child = (mode, output, env = {}) => {
    const started = performance.now()
    const result = spawnSync(process.execPath, [worker, mode, snapshotFile, mediaDir, output, String(runs)], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } })
    if (result.status !== 0) throw new Error(`${mode} build failed: ${result.stderr}`)
    return { ...JSON.parse(result.stdout.trim().split('\n').pop()), processMs: performance.now() - started }
  }

  // The compiler the project used before tagged PDFs (0.6.0, Typst 0.13), installed once beside
  // the bench's cache from the npm registry, to set the cost of tagging side by side.
  const oldCompiler = path.join(cacheDir, 'typst-0.6.0', 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler')
  if (!fs.existsSync(oldCompiler) && process.env.BENCH_SKIP_OLD_TYPST !== '1') {
    console.log('Installing @myriaddreamin/typst-ts-node-compiler 0.6.0 beside the bench (once) for the side-by-side…')
    spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', path.join(cacheDir, 'typst-0.6.0'), '@myriaddreamin/typst-ts-node-compiler@0.6.0'], { stdio: 'inherit' })
  }
  const hasOld = fs.existsSync(oldCompiler)

  // 3. Typst: one cold build per process, PDF/UA-1 as releases are; beside each, in turn, the
  // same build untagged with the current compiler and with 0.6.0, so all three share the load.
  const typst = []
  const unpacked = []
  const untagged = []
  const old = []
  for (let i = 0; i < runs; i++) {
    typst.push(child('pdf', path.join(folder, `manual-${i}.pdf`)))
    unpacked.push(child('pdf', path.join(folder, `manual-unpacked-${i}.pdf`), { BENCH_PDF: 'unpacked' }))
    untagged.push(child('pdf', path.join(folder, `manual-untagged-${i}.pdf`), { BENCH_PDF: 'untagged' }))
    if (hasOld) old.push(child('pdf', path.join(folder, `manual-old-${i}.pdf`), { BENCH_PDF: 'untagged', REEDUCA_TYPST_COMPILER: oldCompiler }))
  }
  const pdfBytes = typst[0].bytes
  // The release worker's case: the server process keeps one compiler (src/core/releases/render/typst.ts)
  // that has already built this track's previous release.
  const warm = child('warm', path.join(folder, 'manual-warm.pdf'))

  // 4. Like for like: each printer a fresh process, driven from this one, given its input ready
  // on disk, timed from its start to the PDF on disk. Typst: the release renderer's own compiler
  // process (src/core/releases/render/typst-process.mjs, started as the engine starts it) given
  // the message the renderer sends it for this manual (and, in turns with it, the same process
  // with the allocator's huge pages, off by default: typst.ts). Chromium: launched, given the same
  // content as the offline bundle's HTML. Both tagged, with bookmarks (Typst: PDF/UA-1; Chromium:
  // `tagged` and `outline`); Chromium untagged beside it, as it was measured before.
  const htmlFile = path.join(folder, 'manual.html')
  child('html', htmlFile)
  const requestFile = path.join(folder, 'typst-request.bin')
  const compiler = child('job', requestFile)
  const compilerProcess = async (output, env = compiler.env) => {
    const started = performance.now()
    const proc = spawn(process.execPath, [...compiler.flags, compiler.script], { env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const exited = new Promise((resolve) => proc.once('exit', resolve))
    const reply = await new Promise((resolve, reject) => {
      proc.once('message', resolve)
      proc.once('exit', (code) => reject(new Error(`The compiler process ended (exit ${code}) without a PDF`)))
      proc.send(v8.deserialize(fs.readFileSync(requestFile)))
    })
    if (reply.error) throw new Error(`Typst: ${reply.error.message}`)
    fs.writeFileSync(output, reply.pdf)
    proc.disconnect()
    await exited
    return { ms: performance.now() - started, bytes: reply.pdf.byteLength }
  }
  const chromiumPrint = async (options) => {
    const started = performance.now()
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    let bytes = 0
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
      bytes = (await page.pdf({ format: 'Letter', printBackground: true, ...options })).byteLength
    } finally {
      await browser.close()
    }
    return { ms: performance.now() - started, bytes }
  }
  // In turns, so that the machine's load falls on each alike.
  const typstProcess = []
  const typstHugePages = []
  const chrome = []
  const chromeUntagged = []
  for (let i = 0; i < runs; i++) {
    typstProcess.push(await compilerProcess(path.join(folder, `manual-process-${i}.pdf`)))
    typstHugePages.push(await compilerProcess(path.join(folder, `manual-huge-pages-${i}.pdf`), compiler.envWithHugePages))
    chrome.push(await chromiumPrint({ tagged: true, outline: true }))
    chromeUntagged.push(await chromiumPrint({}))
  }

  const typstSeconds = median(typst.map((r) => r.ms)) / 1000
  const typstProcessSeconds = median(typst.map((r) => r.processMs)) / 1000
  const typstCpuSeconds = median(typst.map((r) => r.cpuMs)) / 1000
  const rss = median(typst.map((r) => r.maxRssMB))
  const callerRss = median(typst.map((r) => r.callerRssMB))
  const warmSeconds = median(warm.runs) / 1000
  const chromeSeconds = median(chrome.map((r) => r.ms)) / 1000
  const chromeUntaggedSeconds = median(chromeUntagged.map((r) => r.ms)) / 1000
  const compilerSeconds = median(typstProcess.map((r) => r.ms)) / 1000
  // Like for like (step 4): a fresh Typst compiler process from spawn to exit against Chromium
  // from launch to PDF, each given its input ready, both tagged.
  const ratio = compilerSeconds / chromeSeconds
  const mark = (ok) => (ok ? 'ok' : 'MISSED')
  const load = os.loadavg()[0]
  if (load > os.cpus().length) console.log(`\nNote: load average ${load.toFixed(1)} on ${os.cpus().length} cores: wall times include waiting for a core; CPU time is the steadier figure.`)
  console.log(`\nSpanish facilitator manual, 'mujeres' release (${sessions} sessions), median of ${runs} builds:`)
  console.table([
    { measure: 'Typst build, cold (read snapshot → PDF on disk)', value: `${typstSeconds.toFixed(2)} s`, target: `≤ ${TARGET.seconds} s`, '': mark(typstSeconds <= TARGET.seconds) },
    { measure: 'Typst build, warm (server worker, next release of the track)', value: `${warmSeconds.toFixed(2)} s`, target: `≤ ${TARGET.seconds} s`, '': mark(warmSeconds <= TARGET.seconds) },
    { measure: `Typst compiler process peak RSS, warm worker (6 builds, ${warm.processes} process(es))`, value: `${warm.maxRssMB.toFixed(0)} MB`, target: `≤ ${TARGET.rssMB} MB`, '': mark(warm.maxRssMB <= TARGET.rssMB) },
    { measure: 'caller process peak RSS, warm worker (snapshots, images, PDFs)', value: `${warm.callerRssMB.toFixed(0)} MB`, target: '', '': '' },
    { measure: 'renderer process, spawn to exit (reads the snapshot, lays out the data, runs a compiler process)', value: `${typstProcessSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst CPU time, caller and compiler processes (all threads)', value: `${typstCpuSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst compiler process peak RSS, cold build', value: `${rss.toFixed(0)} MB`, target: `≤ ${TARGET.rssMB} MB`, '': mark(rss <= TARGET.rssMB) },
    { measure: 'caller process peak RSS, cold build', value: `${callerRss.toFixed(0)} MB`, target: '', '': '' },
    { measure: 'Typst build, cold, PDF/UA-1 not packed into object streams', value: `${(median(unpacked.map((r) => r.ms)) / 1000).toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst build, cold, untagged (compiler 0.7.0, pdfTags off)', value: `${(median(untagged.map((r) => r.ms)) / 1000).toFixed(2)} s`, target: '', '': '' },
    ...(old.length
      ? [{ measure: 'Typst build, cold, compiler 0.6.0 (Typst 0.13, untagged)', value: `${(median(old.map((r) => r.ms)) / 1000).toFixed(2)} s`, target: '', '': '' }]
      : []),
    { measure: 'Typst CPU time: PDF/UA-1 / not packed / untagged 0.7.0 / 0.6.0', value: [typst, unpacked, untagged, old].filter((r) => r.length).map((r) => `${(median(r.map((x) => x.cpuMs)) / 1000).toFixed(2)} s`).join(' / '), target: '', '': '' },
    { measure: 'PDF size: PDF/UA-1 / not packed / untagged 0.7.0 / 0.6.0 (all but "not packed" packed)', value: [typst, unpacked, untagged, old].filter((r) => r.length).map((r) => `${(r[0].bytes / 1024).toFixed(0)} KiB`).join(' / '), target: '', '': '' },
    { measure: 'cost of PDF/UA-1 tagging vs untagged 0.7.0 (median build)', value: `${((typstSeconds / (median(untagged.map((r) => r.ms)) / 1000) - 1) * 100).toFixed(0)} %`, target: '', '': '' },
    { measure: 'Typst compiler process, spawn to exit (input ready, PDF/UA-1)', value: `${compilerSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Typst compiler process, spawn to exit, with huge pages (REEDUCA_TYPST_HUGE_PAGES=1)', value: `${(median(typstHugePages.map((r) => r.ms)) / 1000).toFixed(2)} s`, target: '', '': '' },
    { measure: 'Chromium, launch to PDF (same content as HTML, tagged, outline)', value: `${chromeSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'Chromium, launch to PDF, untagged (as measured before)', value: `${chromeUntaggedSeconds.toFixed(2)} s`, target: '', '': '' },
    { measure: 'ratio Typst compiler process / Chromium, both tagged', value: `${ratio.toFixed(2)}×`, target: `≤ ${TARGET.ratio}×`, '': mark(ratio <= TARGET.ratio) },
    { measure: 'ratio renderer process / Chromium untagged (the measure before)', value: `${(typstProcessSeconds / chromeUntaggedSeconds).toFixed(2)}×`, target: '', '': '' },
  ])
  console.log(`Typst PDF ${(pdfBytes / 1024).toFixed(0)} KiB; Chromium PDF ${(chrome[0].bytes / 1024).toFixed(0)} KiB tagged, ${(chromeUntagged[0].bytes / 1024).toFixed(0)} KiB untagged.`)
  console.log(`Typst runs (time/compiler RSS): ${typst.map((r) => `${(r.ms / 1000).toFixed(2)} s/${r.maxRssMB.toFixed(0)} MB`).join(', ')}`)
  console.log(`Typst untagged runs: ${untagged.map((r) => `${(r.ms / 1000).toFixed(2)} s/${r.maxRssMB.toFixed(0)} MB/${(r.bytes / 1024).toFixed(0)} KiB`).join(', ')}`)
  if (old.length) console.log(`Typst 0.6.0 runs: ${old.map((r) => `${(r.ms / 1000).toFixed(2)} s/${r.maxRssMB.toFixed(0)} MB/${(r.bytes / 1024).toFixed(0)} KiB`).join(', ')}`)
  console.log(`Typst warm runs: ${warm.runs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`)
  console.log(`Typst compiler process runs: ${typstProcess.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}; with huge pages: ${typstHugePages.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}`)
  console.log(`Chromium runs, tagged: ${chrome.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}; untagged: ${chromeUntagged.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}`)
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
}
