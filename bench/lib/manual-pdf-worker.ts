/**
 * Child process of bench/manual-pdf.mjs, bundled by esbuild to plain JavaScript so neither tsx
 * nor a loader thread counts in the build's time or memory. One build per process:
 *   pdf  <snapshot.json> <mediaDir> <out.pdf>   renders the Spanish facilitator manual, prints
 *                                              {ms, cpuMs, maxRssMB, bytes} as JSON
 *   html <snapshot.json> <mediaDir> <out.html>  writes the offline bundle's static HTML of the
 *                                              same snapshot, concatenated into one page
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { renderHtmlEdition } from '@/releases/bundle/html'
import { readFromMediaFolder, renderFacilitatorManual } from '@/releases/render'
import type { ReleaseSnapshot, SnapshotFile } from '@/releases/snapshot'

const [mode, snapshotFile, mediaDir, output] = process.argv.slice(2)
const locale = 'es'

if (mode === 'pdf') {
  const started = performance.now()
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as ReleaseSnapshot
  const warnings: string[] = []
  const pdf = await renderFacilitatorManual(snapshot, locale, { readFile: readFromMediaFolder(mediaDir), onWarning: (w) => warnings.push(w) })
  fs.writeFileSync(output, pdf)
  const ms = performance.now() - started
  const usage = process.resourceUsage()
  // CPU time (user + system, all threads) next to wall time: on a busy machine wall time mostly
  // measures waiting for a core.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
  console.log(JSON.stringify({ ms, cpuMs, maxRssMB: usage.maxRSS / 1024, bytes: pdf.byteLength, warnings: warnings.length }))
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
} else {
  console.error('usage: manual-pdf-worker pdf|html <snapshot.json> <mediaDir> <out>')
  process.exit(2)
}
