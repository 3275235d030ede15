/**
 * Child process of bench/manual-pdf.mjs, bundled by esbuild to plain JavaScript so neither tsx
 * nor a loader thread counts in the build's time or memory. One build per process:
 *   pdf  <snapshot.json> <mediaDir> <out.pdf>   renders the Spanish facilitator manual, prints
 *                                              {ms, cpuMs, maxRssMB, callerRssMB, bytes} as JSON;
 *                                              PDF/UA-1 and packed unless BENCH_PDF=untagged or
 *                                              BENCH_PDF=unpacked
 *   warm <snapshot.json> <mediaDir> <out.pdf> <n>  the release worker's case: one process builds
 *                                              the snapshot once (the track's previous release),
 *                                              then n revisions of it, each with every session
 *                                              title and the version changed (no identical
 *                                              rebuild); prints {runs: [ms…], maxRssMB,
 *                                              callerRssMB, processes}
 *   html <snapshot.json> <mediaDir> <out.html>  writes the offline bundle's static HTML of the
 *                                              same snapshot, concatenated into one page
 *   job  <snapshot.json> <mediaDir> <out.bin>   writes the message the renderer sends its compiler
 *                                              process for the same manual, PDF/UA-1 (v8-serialised,
 *                                              as the IPC channel carries it); prints the process's
 *                                              script, Node flags and environment, and
 *                                              that environment with huge pages on
 * The compiler runs in a child process of the engine (src/core/releases/render/typst.ts): maxRssMB is
 * that process's peak, callerRssMB this one's (snapshot, images, the PDF bytes), cpuMs both.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { renderHtmlEdition } from '@/core/releases/bundle/html'
import v8 from 'node:v8'

import {
  COMPILER_NODE_FLAGS,
  compilerProcessEnv,
  compilerProcessScript,
  compilerRequest,
  readFromMediaFolder,
  renderFacilitatorManual,
  typstEngine,
} from '@/core/releases/render'
import type { ReleaseSnapshot, SnapshotFile } from '@/core/releases/snapshot'

const [mode, snapshotFile, mediaDir, output] = process.argv.slice(2)
const locale = 'es'

if (mode === 'pdf') {
  const started = performance.now()
  // As the release build job does: the compiler starts while the snapshot is read.
  typstEngine().prepare()
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as ReleaseSnapshot
  const warnings: string[] = []
  // BENCH_PDF=untagged: no PDF standard and no tags (what Typst 0.13 / compiler 0.6.0 wrote);
  // BENCH_PDF=unpacked: PDF/UA-1 as Typst writes it, its objects not packed (pdfObjectStreams.mjs).
  const variant =
    process.env.BENCH_PDF === 'untagged' ? { pdfStandard: '', pdfTags: false } : process.env.BENCH_PDF === 'unpacked' ? { objectStreams: false } : {}
  const pdf = await renderFacilitatorManual(snapshot, locale, { readFile: readFromMediaFolder(mediaDir), onWarning: (w) => warnings.push(w), ...variant })
  fs.writeFileSync(output, pdf)
  const ms = performance.now() - started
  const usage = process.resourceUsage()
  const typst = typstEngine().stats()
  // CPU time (user + system, all threads) next to wall time: on a busy machine wall time mostly
  // measures waiting for a core.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 + typst.cpuMs
  console.log(JSON.stringify({ ms, cpuMs, maxRssMB: typst.peakRssMB, callerRssMB: usage.maxRSS / 1024, bytes: pdf.byteLength, warnings: warnings.length }))
  typstEngine().stop()
} else if (mode === 'warm') {
  const previous = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as ReleaseSnapshot
  const options = { readFile: readFromMediaFolder(mediaDir) }
  await renderFacilitatorManual(previous, locale, options)
  const runs: number[] = []
  for (let i = 1; i <= Number(process.argv[6] || 5); i++) {
    // A new release as a designer makes one: same template and images, different text.
    const revision = structuredClone(previous)
    revision.release.version = `1.${i}.0`
    for (const session of revision.sessions) {
      for (const code of Object.keys(session.title ?? {})) session.title[code] = `${session.title[code]} (rev. ${i})`
    }
    const started = performance.now()
    const pdf = await renderFacilitatorManual(revision, locale, options)
    fs.writeFileSync(output, pdf)
    runs.push(performance.now() - started)
  }
  const typst = typstEngine().stats()
  console.log(JSON.stringify({ runs, maxRssMB: typst.peakRssMB, callerRssMB: process.resourceUsage().maxRSS / 1024, processes: typst.started }))
  typstEngine().stop()
} else if (mode === 'html') {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as ReleaseSnapshot
  // Images as the bundle has them (low-bandwidth rendition when there is one), from disk.
  const href = (file: SnapshotFile | null | undefined) => {
    if (!file) return null
    const relative = file.renditions?.lowBandwidth?.path ?? file.path
    return pathToFileURL(path.join(mediaDir, relative)).href
  }
  const pages = renderHtmlEdition(snapshot, locale, { href, captions: () => [] })
  const head = pages[0].html.slice(0, pages[0].html.indexOf('<body>'))
  const bodies = pages.map((page) => page.html.slice(page.html.indexOf('<body>') + 6, page.html.lastIndexOf('</body>')))
  // Each former page starts on a new sheet, as each session does in the manual.
  fs.writeFileSync(output, `${head}<body>${bodies.map((body) => `<section style="break-before: page">${body}</section>`).join('\n')}</body></html>`)
  console.log(JSON.stringify({ pages: pages.length }))
} else if (mode === 'job') {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as ReleaseSnapshot
  // The renderer's own job, caught where it would go to the compiler process.
  const engine = typstEngine()
  engine.prepare = () => {}
  engine.renderPdf = async (job) => {
    fs.writeFileSync(output, v8.serialize(compilerRequest(job, 1)))
    return new Uint8Array()
  }
  await renderFacilitatorManual(snapshot, locale, { readFile: readFromMediaFolder(mediaDir) })
  // The environment the engine gives its compiler process, and the same with huge pages on.
  const env = compilerProcessEnv()
  process.env.REEDUCA_TYPST_HUGE_PAGES = '1'
  const envWithHugePages = compilerProcessEnv()
  console.log(JSON.stringify({ script: compilerProcessScript(), flags: COMPILER_NODE_FLAGS, env, envWithHugePages }))
} else {
  console.error('usage: manual-pdf-worker pdf|warm|html|job <snapshot.json> <mediaDir> <out>')
  process.exit(2)
}
