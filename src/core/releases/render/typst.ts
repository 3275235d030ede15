/**
 * One shared Typst engine for every renderer, which compiles in a child process of its own
 * (src/core/releases/render/typst-process.mjs).
 *
 * Why a child process: the native compiler keeps memory that its API never gives back (about
 * 15 MB per build of a changed manual). In the server that would grow without end, so the
 * compiler lives in a process that is ended once it has grown past `REEDUCA_TYPST_RECYCLE_MB`
 * (default 240; it first finishes the documents whose layout it holds, up to a quarter above:
 * see renderInChild) and after `REEDUCA_TYPST_IDLE_MS` without work (default 60 s); the next render
 * starts a fresh one, unless a fresh one is kept on standby (keepReady: in processes that build
 * releases). Between those points it stays warm: creating a compiler loads fonts (~0.1 s) and its
 * caches make the next manual of a track ~1.6× faster.
 *
 * Why a queue: one compiler, one workspace, so an engine's renders run one after another, in call
 * order. Several engines (TypstPool, below) render side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface TypstDocumentJob {
  /** Source of the main file. */
  main: string
  /** Other Typst modules the main file imports, by workspace path (e.g. "/lib/richtext.typ"). */
  modules?: Record<string, string>
  /** Everything the template prints, read by it with `json("/data.json")`. */
  data: unknown
  /**
   * Smaller JSON files by workspace path (e.g. "/header.json"), for parts of a page that must
   * not depend on `/data.json` (see `running-header` in templates.ts).
   */
  dataFiles?: Record<string, unknown>
  /** Images by workspace path; the data refers to them in `src` fields. */
  images?: Map<string, Uint8Array>
  /** PDF standard, e.g. "ua-1" or "a-2b" (see `PdfStandard`); default: tagged PDF 1.7. */
  pdfStandard?: string
  /** false: no tags (Typst 0.14 tags every PDF unless told not to). Only the benchmark's comparison uses it. */
  pdfTags?: boolean
  /**
   * false: the PDF as Typst writes it, its objects not packed into object streams
   * (pdfObjectStreams.mjs). Only the benchmark's comparison uses it.
   */
  objectStreams?: boolean
  /** Seconds since the epoch; recorded as the PDF's date so a release's file is reproducible. */
  timestamp?: number
  /**
   * Lay the document out and export nothing (the render resolves to no bytes): its pages stay
   * in the compiler's cache, so that the same document's next render there is incremental.
   */
  layoutOnly?: boolean
  /**
   * Which document this is across renders (e.g. a track's editions in one locale): the pool
   * sends it to the process that last laid it out, whose cache holds its pages (see TypstPool).
   */
  cacheKey?: string
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

const positiveNumber = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}
const recycleAboveMB = () => positiveNumber(process.env.REEDUCA_TYPST_RECYCLE_MB, 240)
const idleMs = () => positiveNumber(process.env.REEDUCA_TYPST_IDLE_MS, 60_000)
/** Whether processes that build releases keep their compiler processes on standby (TypstPool.keepReady). */
export const typesettingStandbyEnabled = (): boolean => process.env.REEDUCA_TYPST_STANDBY !== '0'
/**
 * How long after a process ended past its memory limit its standby replacement starts: that
 * happens in the middle of a build, whose other PDFs should not share the cores with a boot.
 */
const STANDBY_REFILL_MS = 3_000
/** How long a process past its memory limit waits for the next document of the family it holds. */
const FAMILY_GRACE_MS = 2_000
const timeoutMs = () => positiveNumber(process.env.REEDUCA_TYPST_TIMEOUT_MS, 300_000)

/**
 * The child's script on disk, looked for from this module and from the working directory. A
 * path found at run time, not an import: this module is bundled (Next, esbuild) and the script
 * must run as a file of its own.
 */
export function compilerProcessScript(): string {
  const starts = [process.cwd()]
  try {
    starts.unshift(path.dirname(fileURLToPath(import.meta.url)))
  } catch {
    // import.meta.url is not a file URL in some bundles: the working directory is enough.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      for (const candidate of [path.join(dir, 'typst-process.mjs'), path.join(dir, 'src', 'core', 'releases', 'render', 'typst-process.mjs')]) {
        if (existsSync(candidate)) return candidate
      }
      if (path.dirname(dir) === dir) break
    }
  }
  throw new Error('src/core/releases/render/typst-process.mjs was not found: PDFs cannot be built')
}

/**
 * The compiler's memory from transparent huge pages, its heap grown 256 MiB at a time (glibc's
 * allocator: the native compiler allocates with it). Typst's layout builds and hashes a few
 * hundred MB of small objects; in 4 KiB pages that was 35,000–49,000 page faults and a third
 * of its CPU time in the kernel. Measured on the seeded 170-page manual, one process from start
 * to PDF, 11 runs each way in turns (EPYC, 2 cores): median 0.63 s instead of 1.04 s, CPU
 * 0.86 s instead of 1.51 s, about 3,300 page faults, the same peak memory (220–250 MB). Huge
 * pages alone gave 0.74 s, the larger heap steps alone nothing. Where the kernel has them
 * turned off (`/sys/kernel/mm/transparent_hugepage/enabled`: never) or glibc is older than
 * 2.35, the settings are ignored.
 *
 * Off unless REEDUCA_TYPST_HUGE_PAGES=1: the gain depends on the machine's kernel. On the machine
 * above a release by the API took 0.83–0.94× the time with them; on another EPYC machine of the
 * same kind (kernel 6.18, THP `madvise`, 2026-12-08) 1.21× and 1.27× (API, status asked every 50
 * and every 250 ms; 6 releases each way in turns, `npm run bench -- release` with
 * BENCH_SERVERS=two-processes,huge-pages), typesetting CPU 2.9 core-s per release instead of
 * 2.35, and the manual's compiler process 0.69 s instead of 0.57. The system's allocator is the
 * default that never costs; where the bench shows a gain, turn them on.
 */
const COMPILER_MALLOC_TUNABLES = 'glibc.malloc.hugetlb=1:glibc.malloc.top_pad=268435456'

/** Whether the compiler process asks for huge pages (REEDUCA_TYPST_HUGE_PAGES=1; see above). */
export const typesettingHugePages = (): boolean => process.env.REEDUCA_TYPST_HUGE_PAGES === '1'

/**
 * The compiler process's environment: this one's, without extra CA certificates, and with the
 * allocator's settings above where they are turned on. No inherited Node flags reach it either (the script is plain
 * JavaScript). The compiler never goes online, and loading a CA bundle (NODE_EXTRA_CA_CERTS)
 * costs Node 0.07–0.2 s at start-up on our machines.
 */
export function compilerProcessEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.NODE_EXTRA_CA_CERTS
  if (typesettingHugePages()) env.GLIBC_TUNABLES = [process.env.GLIBC_TUNABLES, COMPILER_MALLOC_TUNABLES].filter(Boolean).join(':')
  return env
}

/** Node flags of the compiler process: it collects its garbage after each document (typst-process.mjs). */
export const COMPILER_NODE_FLAGS = ['--expose-gc']

/** The message that asks the compiler process for a document (its protocol: typst-process.mjs). */
export function compilerRequest(job: TypstDocumentJob, id: number) {
  return {
    type: 'render' as const,
    id,
    job: {
      main: job.main,
      modules: job.modules ?? {},
      dataJson: printableJson(job.data),
      dataFiles: Object.entries(job.dataFiles ?? {}).map(([file, value]) => [file, printableJson(value)]),
      images: [...(job.images ?? new Map())],
      pdfStandard: job.pdfStandard,
      pdfTags: job.pdfTags,
      objectStreams: job.objectStreams,
      timestamp: job.timestamp,
      layoutOnly: job.layoutOnly,
    },
  }
}

interface ProcessReply {
  id: number
  pdf?: Uint8Array
  error?: { message: string; diagnostics: TypstDiagnostic[] | null }
  warnings: string[]
  rssMB: number
  peakRssMB: number
  /** CPU time the process has used since it started (all threads). */
  cpuMs: number
}

/** What the engine's child processes used: for the benchmarks and the logs. */
export interface TypstProcessStats {
  /** Child processes started so far. */
  started: number
  /** Largest resident memory any of them reached, in MB. */
  peakRssMB: number
  /** CPU time they used (user + system, all threads), in ms, as of their last answers. */
  cpuMs: number
  /** Documents they answered for (rendered, laid out or failed). */
  rendered: number
  /** Resident memory after the last answer, in MB (the largest of them, for several processes). */
  rssMB: number
}

class TypstEngine {
  private child: ChildProcess | null = null
  private tail: Promise<unknown> = Promise.resolve()
  private nextId = 1
  private idleTimer: NodeJS.Timeout | null = null
  /** Past the memory limit: to end before a document of another family (renderInChild). */
  private recycleDue = false
  /** The cacheKey of the document this process rendered last: its cache holds that document's pages. */
  private held: string | undefined = undefined
  /** Renders under way (0 or 1: they are queued). The idle timer never ends a busy process. */
  private busy = 0
  private readonly usage: TypstProcessStats = { started: 0, peakRssMB: 0, cpuMs: 0, rendered: 0, rssMB: 0 }
  /** CPU time the current child had reported, so each answer adds only its own share. */
  private childCpuMs = 0
  /** Documents the current child answered for: one that has none is a fresh standby, kept however long it idles. */
  private childRenders = 0
  /** Keep a prepared process between renders (keepReady). */
  private standby = false
  private refillTimer: NodeJS.Timeout | null = null

  /** Compiles a document to PDF bytes. Calls are serialised. */
  renderPdf(job: TypstDocumentJob): Promise<Uint8Array> {
    return this.enqueue(() => this.renderInChild(job))
  }

  stats(): TypstProcessStats {
    return { ...this.usage }
  }

  /** The cacheKey of the document its running process rendered last (TypstPool sends that family here). */
  get heldCacheKey(): string | undefined {
    return this.held
  }

  /** The compiler process's id while it runs, else null. */
  get pid(): number | null {
    return this.child?.pid ?? null
  }

  /** Ends the child process now, and keeps none on standby (the next render starts a new one). */
  stop(): void {
    this.standby = false
    this.end()
  }

  /**
   * From now on, keeps a compiler process booted and prepared while no render needs one: one is
   * started now if none runs, and another each time a process is ended (after its idle time, or
   * past its memory limit). A fresh prepared process holds about 90 MB, a third of it its own
   * (the rest is the Node binary and the compiler's library, shared); booting one costs 0.2 s of
   * CPU, which the next release's build then does not spend (see TypstPool.keepReady).
   */
  keepReady(): void {
    this.standby = true
    if (!this.child) this.prepareStandby()
  }

  /** Whether a process is kept on standby (keepReady, until stop). */
  get keepsReady(): boolean {
    return this.standby
  }

  private prepareStandby() {
    const child = this.start()
    child.send({ type: 'prepare' }, () => {})
  }

  private cancelRefill() {
    if (this.refillTimer) clearTimeout(this.refillTimer)
    this.refillTimer = null
  }

  /** Ends the child process, and starts its standby replacement after `refillAfterMs` if one is kept. */
  private retire(refillAfterMs: number) {
    this.end()
    if (!this.standby) return
    this.refillTimer = setTimeout(() => {
      this.refillTimer = null
      // A render may have started a process meanwhile.
      if (this.standby && !this.child) this.prepareStandby()
    }, refillAfterMs).unref()
  }

  private end(): void {
    this.cancelIdleStop()
    this.cancelRefill()
    this.recycleDue = false
    this.held = undefined
    const child = this.child
    this.child = null
    if (child && child.exitCode === null && child.signalCode === null) child.kill()
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task)
    // The next render waits for this one whether it succeeds or fails.
    this.tail = run.catch(() => undefined)
    return run
  }

  private start(): ChildProcess {
    this.cancelIdleStop()
    this.cancelRefill()
    if (this.child) return this.child
    // spawn with an IPC channel rather than fork: Turbopack takes fork's argument for a module to
    // bundle and fails the build (vercel/next.js#97952).
    const child = spawn(process.execPath, [...COMPILER_NODE_FLAGS, compilerProcessScript()], { env: compilerProcessEnv(), serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.on('exit', () => {
      if (this.child === child) this.child = null
    })
    // An error here (spawn failure) also ends in 'exit' or fails the pending send.
    child.on('error', () => {})
    this.usage.started++
    this.childCpuMs = 0
    this.childRenders = 0
    this.child = child
    this.holdOpen(child, false)
    return child
  }

  /** Whether the child keeps this process alive: only while a render is under way. */
  private holdOpen(child: ChildProcess, hold: boolean) {
    const channel = child.channel as { ref?: () => void; unref?: () => void } | undefined
    if (hold) {
      child.ref()
      channel?.ref?.()
    } else {
      child.unref()
      channel?.unref?.()
    }
  }

  /**
   * Starts the compiler process and has it load the compiler and fonts, so that this happens
   * while the caller still reads the snapshot and images. Optional: a render starts it anyway.
   */
  prepare(): void {
    const child = this.start()
    child.send({ type: 'prepare' }, () => {})
    this.stopWhenIdle()
  }

  private cancelIdleStop() {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }

  private stopWhenIdle(afterMs = idleMs()) {
    this.cancelIdleStop()
    this.idleTimer = setTimeout(() => {
      // A standby that has rendered nothing is as small as a process gets: it stays.
      if (this.busy === 0 && !(this.standby && this.childRenders === 0)) this.retire(this.recycleDue ? STANDBY_REFILL_MS : 0)
    }, afterMs).unref()
  }

  private async renderInChild(job: TypstDocumentJob): Promise<Uint8Array> {
    // A process past the memory limit finishes only the documents it holds laid out (below).
    if (this.recycleDue && (job.cacheKey === undefined || job.cacheKey !== this.held)) this.end()
    this.held = job.cacheKey
    const child = this.start()
    const id = this.nextId++
    const request = compilerRequest(job, id)
    const limitMs = timeoutMs()
    // While a render is under way the child keeps this process alive (a script awaiting a PDF
    // must not exit); when idle it does not.
    this.holdOpen(child, true)
    this.busy++
    let reply: ProcessReply
    try {
      reply = await new Promise<ProcessReply>((resolve, reject) => {
        const timer = setTimeout(() => {
          done()
          this.retire(STANDBY_REFILL_MS)
          reject(new Error(`Typst did not finish the document within ${Math.round(limitMs / 1000)} s and was stopped`))
        }, limitMs)
        const onMessage = (message: ProcessReply) => {
          if (message?.id !== id) return
          done()
          resolve(message)
        }
        const onExit = (code: number | null, signal: string | null) => {
          done()
          reject(new Error(`The Typst process stopped (${signal ?? `exit code ${code}`}) before finishing the document`))
        }
        const done = () => {
          clearTimeout(timer)
          child.off('message', onMessage)
          child.off('exit', onExit)
        }
        child.on('message', onMessage)
        child.on('exit', onExit)
        child.send(request, (error) => {
          if (!error) return
          done()
          reject(new Error(`The Typst process could not be reached: ${error.message}`))
        })
      })
    } finally {
      this.busy--
      this.holdOpen(child, false)
    }

    this.usage.rendered++
    this.childRenders++
    this.usage.rssMB = reply.rssMB
    this.usage.peakRssMB = Math.max(this.usage.peakRssMB, reply.peakRssMB)
    this.usage.cpuMs += reply.cpuMs - this.childCpuMs
    this.childCpuMs = reply.cpuMs
    // Past the limit, a process is ended, unless it holds the layout of a document family whose
    // next render is on its way (a locale's workbook after its manual, a release after the create
    // form laid it out: cacheKey): then it is ended before any other document, or after
    // FAMILY_GRACE_MS without one, and at once past a quarter above the limit. Measured on the
    // seeded track, a locale laid out ahead and then printed (manual, workbook) ends at 245–284 MB,
    // its workbook in 0.10–0.13 s; recycled at 240 after the manual, that workbook met a fresh
    // process and was ready 0.7 s after the manual (npm run bench -- release).
    const limit = recycleAboveMB()
    if (reply.rssMB > limit * 1.25 || (reply.rssMB > limit && job.cacheKey === undefined)) this.retire(STANDBY_REFILL_MS)
    else if (reply.rssMB > limit) {
      this.recycleDue = true
      this.stopWhenIdle(FAMILY_GRACE_MS)
    } else this.stopWhenIdle()

    for (const warning of reply.warnings) job.onWarning?.(warning)
    if (reply.error) {
      if (reply.error.diagnostics) throw new TypstRenderError(reply.error.message, reply.error.diagnostics)
      throw new Error(reply.error.message)
    }
    return reply.pdf ?? new Uint8Array(0)
  }
}

/**
 * Several engines, each with its compiler process, so that documents can render side by side on
 * a machine with more than one core (a release's Spanish and English editions: about 40 % off
 * its build on two cores). Each render goes to the engine with the fewest renders waiting (the
 * first on a tie): a caller that renders one document at a time always uses the first, and warm
 * caches with it. REEDUCA_TYPST_PROCESSES sets how many (default: 2, or 1 on a single core);
 * each is held to the memory limit above.
 */
class TypstPool {
  private readonly engines: TypstEngine[]
  private readonly waiting: number[]

  constructor(size: number) {
    this.engines = Array.from({ length: size }, () => new TypstEngine())
    this.waiting = this.engines.map(() => 0)
  }

  /** Which compiler processes run now: changes whenever one ends or starts (and its cache with it). */
  get processes(): string {
    return this.engines.map((engine) => engine.pid ?? '-').join(',')
  }

  /** Whether no render is under way or waiting. */
  get idle(): boolean {
    return this.waiting.every((count) => count === 0)
  }

  /** How many documents can render at once. */
  get size(): number {
    return this.engines.length
  }

  /**
   * Compiles a document to PDF bytes, on the least busy engine: the one that last had the job's
   * `cacheKey` if it is among the least busy (its cache holds the document's pages), else the
   * first of them.
   */
  async renderPdf(job: TypstDocumentJob): Promise<Uint8Array> {
    const least = Math.min(...this.waiting)
    const affine = job.cacheKey === undefined ? -1 : this.engines.findIndex((engine) => engine.heldCacheKey === job.cacheKey)
    const lane = affine !== -1 && this.waiting[affine] === least ? affine : this.waiting.indexOf(least)
    this.waiting[lane]++
    try {
      return await this.engines[lane].renderPdf(job)
    } finally {
      this.waiting[lane]--
    }
  }

  /** Starts the first `count` compiler processes ahead of their renders (see TypstEngine.prepare). */
  prepare(count = 1): void {
    for (const engine of this.engines.slice(0, Math.max(1, count))) engine.prepare()
  }

  /**
   * Keeps every engine's compiler process booted and prepared between renders (TypstEngine.keepReady),
   * in a process that builds releases (src/cms/releases/buildFiles.ts): a release then meets
   * processes that need no start-up, however long since the last one. Measured with the seeded
   * women's track by the API alone, on two cores: see `npm run bench -- release`, server
   * `no-standby`. Until stop().
   */
  keepReady(): void {
    for (const engine of this.engines) engine.keepReady()
  }

  /** Whether the engines keep processes on standby (keepReady). */
  get keepsReady(): boolean {
    return this.engines.every((engine) => engine.keepsReady)
  }

  /** Summed over the engines; the peak is the largest single process's. */
  stats(): TypstProcessStats {
    const all = this.engines.map((engine) => engine.stats())
    return {
      started: all.reduce((sum, each) => sum + each.started, 0),
      peakRssMB: Math.max(...all.map((each) => each.peakRssMB)),
      cpuMs: all.reduce((sum, each) => sum + each.cpuMs, 0),
      rendered: all.reduce((sum, each) => sum + each.rendered, 0),
      rssMB: Math.max(...all.map((each) => each.rssMB)),
    }
  }

  /** Each engine's own figures, in order. */
  statsPerProcess(): TypstProcessStats[] {
    return this.engines.map((engine) => engine.stats())
  }

  /** Ends every compiler process now, and keeps none on standby. */
  stop(): void {
    for (const engine of this.engines) engine.stop()
  }
}

let pool: TypstPool | null = null

/** The process-wide Typst engines, created on first use. */
export function typstEngine(): TypstPool {
  pool ??= new TypstPool(Math.floor(positiveNumber(process.env.REEDUCA_TYPST_PROCESSES, Math.min(2, availableParallelism()))))
  return pool
}

export type { TypstPool as TypstEngine }
