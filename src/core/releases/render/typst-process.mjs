/**
 * The Typst compiler's own process, started by src/core/releases/render/typst.ts.
 *
 * Why a process of its own: the native compiler keeps memory that nothing in its API gives back
 * (measured: about 15 MB more resident memory after every build of a changed manual, with its
 * cache evicted and the JavaScript heap collected). In the server process that would grow
 * without end; here the parent ends this process once it has grown past a limit, and the
 * operating system takes everything back.
 *
 * Plain JavaScript (not TypeScript) so that Node runs it as it is, from the server, the seed,
 * the tests and the benchmarks alike.
 *
 * Protocol (IPC, structured clone): the parent may send {type: 'prepare'} (load the compiler
 * and fonts now, and compile a warm-up page: WARM_UP), then {type: 'render', id, job}; this process answers
 * {id, pdf, warnings, rssMB, peakRssMB, cpuMs} or {id, error: {message, diagnostics}, ...}.
 * job: {main, modules, dataJson, dataFiles: [[workspacePath, json]], images: [[workspacePath, bytes]],
 * pdfStandard, pdfTags, objectStreams, timestamp, layoutOnly}. With layoutOnly the document is laid out
 * and nothing is exported: the answer's pdf is null, and the layout stays in the compiler's cache
 * for the next render of the same document (the release create form's warm-up: src/cms/releases/warmTypesetting.ts).
 *
 * The workspace is virtual: sources, the data JSON and images are mapped into it in memory
 * (`addSource`, `mapShadow`) under a root that does not exist on disk, so a template can never
 * read a real file from the server.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { packObjectStreams } from './pdfObjectStreams.mjs'

/** Virtual root of the workspace. Nothing exists there on disk: see the note above. */
const WORKSPACE = '/__reeduca_typst_workspace__'

const here = path.dirname(fileURLToPath(import.meta.url))
const nodeRequire = createRequire(import.meta.url)

/** The folder of an installed package, found by walking up from this file and the working directory. */
function installedPackageFolder(pkg) {
  for (const start of [here, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', pkg)
      if (existsSync(path.join(candidate, 'package.json'))) return candidate
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(`Package ${pkg} is not installed`)
}

/**
 * Fonts shipped by npm packages, loaded as blobs so the output does not depend on what a
 * machine has installed. Typst itself embeds Libertinus Serif, New Computer Modern and DejaVu
 * Sans Mono. DejaVu Sans covers Latin (Spanish accents, ñ), Arabic and Hebrew; Noto Emoji
 * (monochrome, prints well) covers emoji.
 */
function bundledFontFiles() {
  const files = []
  const tryPackage = (pkg, relative) => {
    try {
      const root = installedPackageFolder(pkg)
      for (const file of relative) files.push(path.join(root, file))
    } catch {
      // A missing font package degrades the output (fallback fonts); it must not stop a release.
    }
  }
  tryPackage('dejavu-fonts-ttf', [
    'ttf/DejaVuSans.ttf',
    'ttf/DejaVuSans-Bold.ttf',
    'ttf/DejaVuSans-Oblique.ttf',
    'ttf/DejaVuSans-BoldOblique.ttf',
  ])
  tryPackage('@expo-google-fonts/noto-emoji', ['400Regular/NotoEmoji_400Regular.ttf'])
  return files
}

/** Warnings from setting the compiler up, passed on with the first answer. */
const setupWarnings = []

function loadFontBlobs() {
  const blobs = []
  for (const file of bundledFontFiles()) {
    try {
      blobs.push(readFileSync(file))
    } catch {
      setupWarnings.push(`Font file not readable: ${file}`)
    }
  }
  if (blobs.length < 5) setupWarnings.push('Bundled fonts missing (dejavu-fonts-ttf, @expo-google-fonts/noto-emoji): falling back to Typst and system fonts.')
  return blobs
}

let compiler = null
function getCompiler() {
  if (!compiler) {
    // REEDUCA_TYPST_COMPILER: another build of the compiler package (a path), for the benchmark
    // that sets an older version beside the current one (bench/manual-pdf.mjs).
    const { NodeCompiler } = nodeRequire(process.env.REEDUCA_TYPST_COMPILER || '@myriaddreamin/typst-ts-node-compiler')
    const blobs = loadFontBlobs()
    compiler = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: blobs.length ? [{ fontBlobs: blobs }] : [] })
  }
  return compiler
}

const toBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

function diagnosticsOf(error) {
  const list = error?.shortDiagnostics ?? []
  return list.map((d) => ({
    message: String(d.message ?? 'unknown Typst error'),
    path: typeof d.path === 'string' ? d.path.replace(WORKSPACE, '') : undefined,
    severity: typeof d.severity === 'number' ? d.severity : undefined,
  }))
}

/** Nulls the `src` of images Typst could not decode, wherever they sit in the data. */
function dropImages(value, bad) {
  if (Array.isArray(value)) return value.map((item) => dropImages(item, bad))
  if (value && typeof value === 'object') {
    const out = {}
    for (const [key, child] of Object.entries(value)) {
      out[key] = key === 'src' && typeof child === 'string' && bad.has(child) ? null : dropImages(child, bad)
    }
    return out
  }
  return value
}

function mount(typst, job, dataJson, images) {
  typst.resetShadow()
  for (const [file, source] of Object.entries(job.modules ?? {})) typst.addSource(WORKSPACE + file, source)
  typst.addSource(`${WORKSPACE}/main.typ`, job.main)
  typst.mapShadow(`${WORKSPACE}/data.json`, Buffer.from(dataJson, 'utf8'))
  for (const [file, json] of job.dataFiles ?? []) typst.mapShadow(WORKSPACE + file, Buffer.from(json, 'utf8'))
  for (const [file, bytes] of images) typst.mapShadow(WORKSPACE + file, toBuffer(bytes))
}

/** The images Typst cannot decode, tried one at a time. */
function undecodableImages(typst, images) {
  const bad = new Set()
  for (const [file] of images) {
    const probe = typst.compile({ mainFileContent: `#image(${JSON.stringify(file)})` })
    if (probe.hasError()) bad.add(file)
  }
  return bad
}

class RenderFailure extends Error {
  constructor(message, diagnostics) {
    super(message)
    this.diagnostics = diagnostics
  }
}

/** Whether this process compiled WARM_UP or a document: a process kept on standby is prepared again by each build. */
let warmedUp = false

function renderPdf(job, warnings) {
  const typst = getCompiler()
  // A real document warms the compiler as well as WARM_UP does.
  warmedUp = true
  warnings.push(...setupWarnings.splice(0))
  let images = job.images ?? []
  let dataJson = job.dataJson
  try {
    mount(typst, job, dataJson, images)
    let result = typst.compile({ mainFilePath: `${WORKSPACE}/main.typ` })
    if (result.hasError() && images.length) {
      // A corrupt or unsupported image must not sink the whole manual: find the culprits,
      // print their alt text instead, and compile again.
      const bad = undecodableImages(typst, images)
      if (bad.size) {
        for (const file of bad) warnings.push(`Image could not be decoded and was left out: ${file}`)
        dataJson = JSON.stringify(dropImages(JSON.parse(dataJson), bad))
        images = images.filter(([file]) => !bad.has(file))
        mount(typst, job, dataJson, images)
        result = typst.compile({ mainFilePath: `${WORKSPACE}/main.typ` })
      }
    }
    if (result.hasError() || !result.result) {
      const diagnostics = diagnosticsOf(result.takeError())
      throw new RenderFailure(
        `Typst could not compile the document: ${diagnostics.map((d) => d.message).join('; ') || 'unknown error'}`,
        diagnostics,
      )
    }
    for (const warning of diagnosticsOf(result.takeWarnings())) warnings.push(warning.message)
    if (job.layoutOnly) return null
    const pdf = typst.pdf(result.result, {
      ...(job.pdfStandard ? { pdfStandard: job.pdfStandard } : {}),
      ...(job.pdfTags === false ? { pdfTags: false } : {}),
      ...(job.timestamp !== undefined ? { creationTimestamp: job.timestamp } : {}),
    })
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    // Half the bytes of a tagged PDF (pdfObjectStreams.mjs), here rather than in the server: it is CPU work.
    return job.objectStreams === false ? bytes : packObjectStreams(bytes)
  } finally {
    // Free this render's images and data; keep memoised layout that the next render can reuse.
    typst.resetShadow()
    typst.evictCache(10)
  }
}

const memory = () => {
  const usage = process.resourceUsage()
  return {
    rssMB: process.memoryUsage.rss() / 1048576,
    peakRssMB: usage.maxRSS / 1024,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  }
}

/**
 * A page in the fonts, weights and styles the editions print with, with the parts the
 * templates use (contents, running header and footer, headings, list, table, boxes), exported as
 * PDF/UA-1. Compiled once when the parent prepares this process (usually while a release is
 * being created), so that the first real document does not pay for reading the font files'
 * tables and for the compiler's first pass over its own code. Measured on the seeded 170-page
 * manual (EPYC, 2 cores, 12 fresh processes each way, prepared 0.7 s ahead): 0.66 s instead of
 * 0.71 s (median), for a warm-up of about 0.02 s done ahead of it. Fixed text, not the parent's:
 * nothing of a release is laid out before it is asked for. (The PDF packing, pdfObjectStreams.mjs,
 * is warmed by the first real document: it is plain JavaScript.)
 */
const WARM_UP = `#set document(title: "Reeduca")
#set text(lang: "es", font: ("Libertinus Serif", "DejaVu Sans", "Noto Emoji"), size: 10.5pt)
#set page(paper: "us-letter",
  header: context text(font: "DejaVu Sans", size: 8pt)[Reeduca · #here().page()],
  footer: context text(font: "DejaVu Sans", size: 8pt)[#counter(page).display("1") / #counter(page).final().first()])
#outline()
= Sesión 1
#block(sticky: true, text(font: "DejaVu Sans", size: 12pt, weight: "bold")[Objetivos · Goals])
Reconocer señales de riesgo: ¿qué sentimos? ¡Confiamos! “Citas” — ñ á é í ó ú ü … ⚠ ☐ ☑ 🙂
#emph[Énfasis] #strong[fuerte] #text(font: "DejaVu Sans", style: "oblique")[oblicua] #text(font: "DejaVu Sans", weight: "bold", style: "oblique")[0123456789]
- uno
- dos
+ tres
#table(columns: (auto, 1fr, auto), table.header([Inicio], [Actividad], [Min.]), [0:00], [Bienvenida], [10])
#block(width: 100%, fill: rgb("#fdecea"), inset: 9pt, radius: 3pt, stroke: (left: 3pt + rgb("#a4161a")))[Notas de seguridad]
#terms(terms.item(strong[Término], [Definición]))
`


function warmUp() {
  if (warmedUp) return
  warmedUp = true
  const typst = getCompiler()
  try {
    typst.resetShadow()
    typst.addSource(`${WORKSPACE}/main.typ`, WARM_UP)
    const result = typst.compile({ mainFilePath: `${WORKSPACE}/main.typ` })
    if (!result.hasError() && result.result) typst.pdf(result.result, { pdfStandard: 'ua-1' })
  } catch {
    // Only a head start: the real document reports its own errors.
  } finally {
    typst.resetShadow()
  }
}

process.on('message', (message) => {
  if (message?.type === 'prepare') {
    warmUp()
    return
  }
  if (!message || typeof message !== 'object' || message.type !== 'render') return
  const warnings = []
  try {
    const pdf = renderPdf(message.job, warnings)
    process.send({ id: message.id, pdf, warnings, ...memory() })
    // The PDF as Typst wrote it and its packed copy are garbage now: collected while this
    // process waits for the next document rather than whenever V8 gets to them. Measured over 6
    // builds of the seeded manual: 310–325 MB instead of 336–344 MB. (The parent starts this
    // process with --expose-gc: COMPILER_NODE_FLAGS in typst.ts.)
    globalThis.gc?.()
  } catch (error) {
    process.send({
      id: message.id,
      error: { message: error instanceof Error ? error.message : String(error), diagnostics: error?.diagnostics ?? null },
      warnings,
      ...memory(),
    })
  }
})

// The parent is gone (ended, crashed or killed): nothing else will come.
process.on('disconnect', () => process.exit(0))
