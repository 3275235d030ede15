/**
 * One shared Typst compiler for every renderer.
 *
 * Why shared: creating a `NodeCompiler` loads fonts and warms caches (~0.2 s); reusing it makes
 * a warm manual ~4× faster. Why a queue: the compiler keeps one virtual workspace and is not
 * safe to use from two renders at once, so renders run one after another, in call order.
 *
 * The workspace is virtual: sources, the data JSON and images are mapped into it in memory
 * (`addSource`, `mapShadow`) under a root that does not exist on disk, so a template can never
 * read a real file from the server.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { NodeCompiler, NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler'

/** Virtual root of the workspace. Nothing exists there on disk: see the note above. */
const WORKSPACE = '/__reeduca_typst_workspace__'

const nodeRequire = createRequire(import.meta.url)

/**
 * The folder of an installed package, found on disk by walking up from this module and from the
 * working directory. Not `require.resolve`: Next/Turbopack replaces a resolve of a computed name
 * with a stub that always throws, and PDFs built in the server process would silently lose
 * their fonts.
 */
function installedPackageFolder(pkg: string): string {
  const starts = [process.cwd()]
  try {
    starts.unshift(path.dirname(fileURLToPath(import.meta.url)))
  } catch {
    // import.meta.url is not a file URL in some bundles: the working directory is enough.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', pkg)
      if (existsSync(path.join(candidate, 'package.json'))) return candidate
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error(`Package ${pkg} is not installed`)
}

export interface TypstDocumentJob {
  /** Source of the main file. */
  main: string
  /** Other Typst modules the main file imports, by workspace path (e.g. "/lib/richtext.typ"). */
  modules?: Record<string, string>
  /** Everything the template prints, read by it with `json("/data.json")`. */
  data: unknown
  /** Images by workspace path; the data refers to them in `src` fields. */
  images?: Map<string, Uint8Array>
  /** PDF standard, e.g. "ua-1" or "a-2b" (see `PdfStandard`); default: tagged PDF 1.7. */
  pdfStandard?: string
  /** Seconds since the epoch; recorded as the PDF's date so a release's file is reproducible. */
  timestamp?: number
  onWarning?: (message: string) => void
}

export interface TypstDiagnostic {
  message: string
  path?: string
  severity?: number
}

export class TypstRenderError extends Error {
  constructor(
    message: string,
    readonly diagnostics: TypstDiagnostic[],
  ) {
    super(message)
    this.name = 'TypstRenderError'
  }
}

export interface FontSource {
  family: string
  file: string
}

/**
 * Fonts shipped by npm packages, loaded as blobs so the output does not depend on what a
 * machine has installed. Typst itself embeds Libertinus Serif, New Computer Modern and DejaVu
 * Sans Mono. DejaVu Sans covers Latin (Spanish accents, ñ), Arabic and Hebrew; Noto Emoji
 * (monochrome, prints well) covers emoji.
 */
function bundledFontFiles(): string[] {
  const files: string[] = []
  const tryPackage = (pkg: string, relative: string[]) => {
    try {
      const root = installedPackageFolder(pkg)
      for (const file of relative) files.push(path.join(root, file))
    } catch {
      // Resolved lazily and leniently: a missing font package degrades the output (fallback
      // fonts), it must not stop a release from rendering.
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

function loadFontBlobs(warn: (message: string) => void): Buffer[] {
  const blobs: Buffer[] = []
  for (const file of bundledFontFiles()) {
    try {
      blobs.push(readFileSync(file))
    } catch {
      warn(`Font file not readable: ${file}`)
    }
  }
  if (blobs.length < 5) warn('Bundled fonts missing (dejavu-fonts-ttf, @expo-google-fonts/noto-emoji): falling back to Typst and system fonts.')
  return blobs
}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

function diagnosticsOf(error: { shortDiagnostics?: unknown } | null): TypstDiagnostic[] {
  const list = (error?.shortDiagnostics ?? []) as Array<Record<string, unknown>>
  return list.map((d) => ({
    message: String(d.message ?? 'unknown Typst error'),
    path: typeof d.path === 'string' ? d.path.replace(WORKSPACE, '') : undefined,
    severity: typeof d.severity === 'number' ? d.severity : undefined,
  }))
}

/**
 * Strings as Typst's JSON reader and fonts can take them: lone UTF-16 surrogates (which serde
 * rejects) become U+FFFD, control characters other than tab and newline are dropped.
 */
export function printableString(value: string): string {
  return value
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}

const printableJson = (data: unknown) =>
  JSON.stringify(data, (_key, value) => (typeof value === 'string' ? printableString(value) : value))

/** Nulls the `src` of images Typst could not decode, wherever they sit in the data. */
function dropImages(value: unknown, bad: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => dropImages(item, bad))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      out[key] = key === 'src' && typeof child === 'string' && bad.has(child) ? null : dropImages(child, bad)
    }
    return out
  }
  return value
}

class TypstEngine {
  private compiler: NodeCompiler | null = null
  private tail: Promise<unknown> = Promise.resolve()
  private warnings: string[] = []

  /** Compiles a document to PDF bytes. Calls are serialised. */
  renderPdf(job: TypstDocumentJob): Promise<Uint8Array> {
    return this.enqueue(() =>
      this.renderNow(job, (compiler, document) => {
        const pdf = compiler.pdf(document, {
          ...(job.pdfStandard ? { pdfStandard: job.pdfStandard } : {}),
          ...(job.timestamp !== undefined ? { creationTimestamp: job.timestamp } : {}),
        })
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      }),
    )
  }

  /** Warnings raised while setting the compiler up (e.g. fonts missing). */
  setupWarnings(): readonly string[] {
    return this.warnings
  }

  private enqueue<T>(task: () => T): Promise<T> {
    const run = this.tail.then(task)
    // The next render waits for this one whether it succeeds or fails.
    this.tail = run.catch(() => undefined)
    return run
  }

  private get(): NodeCompiler {
    if (!this.compiler) {
      // Loaded lazily: the native module (~50 MB) only when something is rendered.
      const { NodeCompiler } = nodeRequire('@myriaddreamin/typst-ts-node-compiler') as typeof import('@myriaddreamin/typst-ts-node-compiler')
      const blobs = loadFontBlobs((message) => this.warnings.push(message))
      this.compiler = NodeCompiler.create({
        workspace: WORKSPACE,
        fontArgs: blobs.length ? [{ fontBlobs: blobs }] : [],
      })
    }
    return this.compiler
  }

  private mount(compiler: NodeCompiler, job: TypstDocumentJob, data: unknown) {
    compiler.resetShadow()
    for (const [file, source] of Object.entries(job.modules ?? {})) compiler.addSource(WORKSPACE + file, source)
    compiler.addSource(`${WORKSPACE}/main.typ`, job.main)
    compiler.mapShadow(`${WORKSPACE}/data.json`, Buffer.from(printableJson(data), 'utf8'))
    for (const [file, bytes] of job.images ?? []) compiler.mapShadow(WORKSPACE + file, toBuffer(bytes))
  }

  /** The images Typst cannot decode, tried one at a time. */
  private undecodableImages(compiler: NodeCompiler, images: Map<string, Uint8Array>): Set<string> {
    const bad = new Set<string>()
    for (const file of images.keys()) {
      const probe = compiler.compile({ mainFileContent: `#image(${JSON.stringify(file)})` })
      if (probe.hasError()) bad.add(file)
    }
    return bad
  }

  private renderNow<T>(job: TypstDocumentJob, output: (compiler: NodeCompiler, document: NodeTypstDocument) => T): T {
    const compiler = this.get()
    for (const message of this.warnings.splice(0)) job.onWarning?.(message)
    let data = job.data
    try {
      this.mount(compiler, job, data)
      let result = compiler.compile({ mainFilePath: `${WORKSPACE}/main.typ` })
      if (result.hasError() && job.images?.size) {
        // A corrupt or unsupported image must not sink the whole manual: find the culprits,
        // print their alt text instead, and compile again.
        const bad = this.undecodableImages(compiler, job.images)
        if (bad.size) {
          for (const file of bad) job.onWarning?.(`Image could not be decoded and was left out: ${file}`)
          data = dropImages(data, bad)
          const images = new Map([...job.images].filter(([file]) => !bad.has(file)))
          this.mount(compiler, { ...job, images }, data)
          result = compiler.compile({ mainFilePath: `${WORKSPACE}/main.typ` })
        }
      }
      if (result.hasError() || !result.result) {
        const diagnostics = diagnosticsOf(result.takeError())
        throw new TypstRenderError(
          `Typst could not compile the document: ${diagnostics.map((d) => d.message).join('; ') || 'unknown error'}`,
          diagnostics,
        )
      }
      const warnings = diagnosticsOf(result.takeWarnings())
      for (const warning of warnings) job.onWarning?.(warning.message)
      return output(compiler, result.result)
    } finally {
      // Free this render's images and data; keep memoised layout that later renders can reuse.
      compiler.resetShadow()
      compiler.evictCache(10)
    }
  }
}

let engine: TypstEngine | null = null

/** The process-wide Typst engine, created on first use. */
export function typstEngine(): TypstEngine {
  engine ??= new TypstEngine()
  return engine
}

export type { TypstEngine }
