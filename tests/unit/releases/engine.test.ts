import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { createHash } from 'node:crypto'

import { compilerProcessEnv, readFromMediaFolder, renderFacilitatorManual, TypstRenderError, typstEngine } from '@/core/releases/render'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { paragraphs } from './lexical'
import { sniffImageFormat } from '@/core/releases/render/images'

import { readFixtureFile, smallSnapshot } from './fixtures'
import { makePng } from './png'
import { readPdf } from './pdf'

const doc = (body: string) => ({ main: `#let data = json("/data.json")\n${body}`, data: { text: 'hola' } })

describe('shared Typst engine', { timeout: 60_000 }, () => {
  it('serialises renders, and a failed render neither blocks the queue nor leaks into the next', async () => {
    const engine = typstEngine()
    const results = await Promise.allSettled([
      engine.renderPdf(doc('= Uno\n#data.text')),
      engine.renderPdf(doc('#panic("falla a propósito")')),
      engine.renderPdf({ main: '#let data = json("/data.json")\n= Tres\n#data.text', data: { text: 'adiós' } }),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const failure = (results[1] as PromiseRejectedResult).reason
    expect(failure).toBeInstanceOf(TypstRenderError)
    expect((failure as TypstRenderError).diagnostics[0].message).toContain('falla a propósito')
    const third = await readPdf((results[2] as PromiseFulfilledResult<Uint8Array>).value)
    expect(third.text).toContain('adiós')
    expect(third.text).not.toContain('hola')
  })

  it('renders two documents side by side on two compiler processes, and one at a time on the first only', async () => {
    const engine = typstEngine()
    if (engine.size < 2) return // a single-core machine has one compiler process (REEDUCA_TYPST_PROCESSES)
    engine.stop()
    const before = engine.stats().started
    const [uno, dos] = await Promise.all([engine.renderPdf(doc('= Uno\n#data.text')), engine.renderPdf({ main: '#let data = json("/data.json")\n= Dos\n#data.text', data: { text: 'dos' } })])
    expect((await readPdf(uno)).text).toContain('hola')
    expect((await readPdf(dos)).text).toContain('dos')
    expect(engine.stats().started - before).toBe(2)
    engine.stop()
    const again = engine.stats().started
    for (const text of ['tres', 'cuatro']) expect((await readPdf(await engine.renderPdf({ main: '#let data = json("/data.json")\n#data.text', data: { text } }))).text).toContain(text)
    expect(engine.stats().started - again).toBe(1)
  })

  it('ends its compiler process once it has grown past the memory limit, and the next render starts a fresh one', async () => {
    const engine = typstEngine()
    process.env.REEDUCA_TYPST_RECYCLE_MB = '1'
    try {
      const first = await readPdf(await engine.renderPdf(doc('= Uno\n#data.text')))
      const afterFirst = engine.stats().started
      const second = await readPdf(await engine.renderPdf({ main: '#let data = json("/data.json")\n= Dos\n#data.text', data: { text: 'otra vez' } }))
      const third = await readPdf(await engine.renderPdf(doc('= Tres\n#data.text')))
      expect(first.text).toContain('hola')
      expect(second.text).toContain('otra vez')
      expect(third.text).toContain('Tres')
      // Every render went over 1 MB, so the process was ended after each and the next began anew.
      expect(engine.stats().started - afterFirst).toBe(2)
      expect(engine.stats().peakRssMB).toBeGreaterThan(1)
    } finally {
      delete process.env.REEDUCA_TYPST_RECYCLE_MB
    }
  })

  it('past the memory limit, finishes the documents whose layout it holds first, then is ended before any other', async () => {
    const engine = typstEngine()
    engine.stop()
    const family = (body: string) => ({ ...doc(body), cacheKey: 'pista/es' })
    await engine.renderPdf(family('= Manual'))
    const own = engine.statsPerProcess().find((each) => each.rssMB > 0 && each.rendered > 0)!
    // A limit this process is past by about a tenth: under a quarter above it.
    process.env.REEDUCA_TYPST_RECYCLE_MB = String(Math.floor(own.rssMB / 1.1))
    try {
      const started = engine.stats().started
      await engine.renderPdf(family('= Manual, otra vez'))
      await engine.renderPdf(family('= Cuaderno'))
      expect(engine.stats().started).toBe(started)
      // Another document: a fresh process, the one past its limit ended.
      expect((await readPdf(await engine.renderPdf(doc('= Otro\n#data.text')))).text).toContain('hola')
      expect(engine.stats().started).toBe(started + 1)
    } finally {
      delete process.env.REEDUCA_TYPST_RECYCLE_MB
    }
  })

  it('stops a render that runs past the time limit, says so, and renders the next document', async () => {
    const engine = typstEngine()
    process.env.REEDUCA_TYPST_TIMEOUT_MS = '300'
    let failure: unknown
    try {
      // 400 million steps: minutes of work on any machine. (Not `while true`: Typst refuses that
      // one itself, at once, when the compiler is warm.)
      const endless = '#let n = 0\n#for i in range(20000) { for j in range(20000) { n = n + 1 } }\n#n'
      await engine.renderPdf(doc(endless)).catch((error) => (failure = error))
    } finally {
      delete process.env.REEDUCA_TYPST_TIMEOUT_MS
    }
    expect(String(failure)).toMatch(/did not finish the document within 0 s/)
    const next = await readPdf(await engine.renderPdf(doc('= Después\n#data.text')))
    expect(next.text).toContain('hola')
  })

  it('cannot read files from the server: the workspace is virtual', async () => {
    // Even a template that tried could not: paths resolve inside a root that exists only in memory.
    await expect(typstEngine().renderPdf(doc('#read("/etc/passwd")'))).rejects.toThrow(TypstRenderError)
    await expect(typstEngine().renderPdf(doc('#read("../../../../etc/passwd")'))).rejects.toThrow(TypstRenderError)
  })
})

describe('media files', () => {
  it('recognises printable image formats by their bytes', () => {
    expect(sniffImageFormat(makePng(2, 2))).toBe('png')
    expect(sniffImageFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg')
    expect(sniffImageFormat(new TextEncoder().encode('GIF89a....'))).toBe('gif')
    expect(sniffImageFormat(new TextEncoder().encode('RIFF0000WEBPVP8 '))).toBe('webp')
    expect(sniffImageFormat(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
  })

  it('reads only inside the media folder', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'reeduca-media-'))
    const root = path.join(parent, 'media')
    mkdirSync(path.join(root, 'images'), { recursive: true })
    writeFileSync(path.join(root, 'images', 'a.png'), makePng(2, 2))
    writeFileSync(path.join(parent, 'media-secret.txt'), 'secret')
    const read = readFromMediaFolder(root)
    expect(read('images/a.png')).toBeInstanceOf(Uint8Array)
    expect(read('images/none.png')).toBeUndefined()
    expect(read('../media-secret.txt')).toBeUndefined()
    expect(read('/etc/passwd')).toBeUndefined()
    expect(read('')).toBeUndefined()
    rmSync(parent, { recursive: true, force: true })
  })
})

describe('the compiler’s memory in huge pages', { timeout: 120_000 }, () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
  /** Memory of a process backed by transparent huge pages, in kB (Linux). */
  const hugePagesKB = (pid: string) => Number(/AnonHugePages:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0)
  const kernelOffersThem = (() => {
    try {
      return !/\[never\]/.test(readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8'))
    } catch {
      return false
    }
  })()

  it('asks glibc for them in the compiler process only where turned on, keeping settings of its own; by default not', () => {
    const saved = { tunables: process.env.GLIBC_TUNABLES, off: process.env.REEDUCA_TYPST_HUGE_PAGES }
    try {
      process.env.REEDUCA_TYPST_HUGE_PAGES = '1'
      process.env.GLIBC_TUNABLES = 'glibc.malloc.arena_max=2'
      expect(compilerProcessEnv().GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1:glibc.malloc.top_pad=268435456')
      expect(process.env.GLIBC_TUNABLES).toBe('glibc.malloc.arena_max=2')
      delete process.env.GLIBC_TUNABLES
      expect(compilerProcessEnv().GLIBC_TUNABLES).toBe('glibc.malloc.hugetlb=1:glibc.malloc.top_pad=268435456')
      process.env.REEDUCA_TYPST_HUGE_PAGES = '0'
      expect(compilerProcessEnv().GLIBC_TUNABLES).toBeUndefined()
      delete process.env.REEDUCA_TYPST_HUGE_PAGES
      expect(compilerProcessEnv().GLIBC_TUNABLES).toBeUndefined()
    } finally {
      for (const [key, value] of [['GLIBC_TUNABLES', saved.tunables], ['REEDUCA_TYPST_HUGE_PAGES', saved.off]] as const) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
  })

  it('typesets in them where turned on and the kernel offers them, and prints the same bytes as without', async () => {
    const engine = typstEngine()
    const readFile = readFixtureFile()
    engine.stop()
    process.env.REEDUCA_TYPST_HUGE_PAGES = '1'
    const inHugePages = await renderFacilitatorManual(smallSnapshot(), 'es', { readFile })
    const pid = engine.processes.split(',').find((each) => each !== '-')!
    if (kernelOffersThem) expect(hugePagesKB(pid)).toBeGreaterThan(0)
    engine.stop()
    delete process.env.REEDUCA_TYPST_HUGE_PAGES
    try {
      const without = await renderFacilitatorManual(smallSnapshot(), 'es', { readFile })
      expect(sha256(without)).toBe(sha256(inHugePages))
      expect((await readPdf(inHugePages)).text).toContain(smallSnapshot().sessions[0].title.es)
    } finally {
      delete process.env.REEDUCA_TYPST_HUGE_PAGES
      engine.stop()
    }
  })
})

describe('laying a release out ahead of its create (the create form’s warm-up)', { timeout: 120_000 }, () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
  /** The release she will create: the dry run's snapshot with the version and notes she then typed. */
  const created = (): ReleaseSnapshot => {
    const snapshot = smallSnapshot()
    snapshot.release.version = '2.4.0'
    snapshot.release.publishedAt = '2026-12-07T10:30:00.000Z'
    snapshot.release.notes = { es: paragraphs('Corrige la sesión 2.') }
    return snapshot
  }

  it('prints the same bytes as a compiler process that never saw it, in the process that laid it out', async () => {
    const engine = typstEngine()
    engine.stop()
    const readFile = readFixtureFile()
    const fresh = await renderFacilitatorManual(created(), 'es', { readFile })
    engine.stop()
    // The form's dry run: no version yet, no notes, another date.
    const dryRun = smallSnapshot()
    const laidOut = await renderFacilitatorManual(dryRun, 'es', { readFile, layoutOnly: true, cacheKey: 'pequeña/es' })
    expect(laidOut.byteLength).toBe(0)
    const processes = engine.processes
    // Another document in between, as another locale's build would send.
    await engine.renderPdf(doc('= Otro\n#data.text'))
    const warm = await renderFacilitatorManual(created(), 'es', { readFile, cacheKey: 'pequeña/es' })
    expect(engine.processes).toBe(processes)
    expect(sha256(warm)).toBe(sha256(fresh))
    expect((await readPdf(warm)).text).toContain('Corrige la sesión 2.')
  })

  it('sends a document to the compiler process that laid it out, when that one is free', async () => {
    const engine = typstEngine()
    if (engine.size < 2) return // one compiler process: nothing to choose
    engine.stop()
    const layOut = (key: string, body: string) => engine.renderPdf({ ...doc(body), cacheKey: key, layoutOnly: true })
    const before = engine.statsPerProcess().map((each) => each.rendered)
    const rendered = () => engine.statsPerProcess().map((each, index) => each.rendered - before[index])
    // Laid out side by side, as the form's warm-up does: Spanish on the first process, English on the second.
    await Promise.all([layOut('pista/es', '= Sesión'), layOut('pista/en', '= Session')])
    expect(rendered()).toEqual([1, 1])
    // The build asks for English alone first: it goes back to the second process, not to the first free one.
    await layOut('pista/en', '= Session 2')
    expect(rendered()).toEqual([1, 2])
    await layOut('pista/es', '= Sesión 2')
    expect(rendered()).toEqual([2, 2])
    // A document no process has laid out goes to the first free one.
    await engine.renderPdf(doc('= Nuevo'))
    expect(rendered()).toEqual([3, 2])
  })
})

describe('compiler processes kept on standby, in a process that builds releases', { timeout: 60_000 }, () => {
  const running = (engine: ReturnType<typeof typstEngine>) => engine.processes.split(',')
  const until = async (what: string, check: () => boolean, withinMs = 10_000) => {
    for (const deadline = Date.now() + withinMs; !check(); ) {
      if (Date.now() > deadline) throw new Error(`Not within ${withinMs} ms: ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  it('boots every compiler process at once, and a release’s editions then start none', async () => {
    const engine = typstEngine()
    engine.stop()
    const before = engine.stats().started
    engine.keepReady()
    try {
      expect(running(engine)).not.toContain('-')
      expect(engine.stats().started - before).toBe(engine.size)
      const standing = engine.processes
      const readFile = readFixtureFile()
      const [es, en] = await Promise.all([renderFacilitatorManual(smallSnapshot(), 'es', { readFile }), renderFacilitatorManual(smallSnapshot(), 'en', { readFile })])
      expect((await readPdf(es)).text).toContain(smallSnapshot().sessions[0].title.es)
      expect((await readPdf(en)).text).toContain(smallSnapshot().sessions[0].title.en)
      expect(engine.processes).toBe(standing)
      expect(engine.stats().started - before).toBe(engine.size)
    } finally {
      engine.stop()
    }
  })

  it('after the idle time, replaces a process that typeset with a fresh one, and keeps one that did not', async () => {
    const engine = typstEngine()
    engine.stop()
    process.env.REEDUCA_TYPST_IDLE_MS = '300'
    try {
      engine.keepReady()
      const [used, unused] = running(engine)
      expect((await readPdf(await engine.renderPdf(doc('= Uno\n#data.text')))).text).toContain('hola')
      await until('a fresh process in place of the one that typeset', () => !['-', used].includes(running(engine)[0]))
      // Well past the idle time: the one that typeset nothing is the same process.
      await new Promise((resolve) => setTimeout(resolve, 600))
      if (engine.size > 1) expect(running(engine)[1]).toBe(unused)
      expect(running(engine)).not.toContain('-')
    } finally {
      delete process.env.REEDUCA_TYPST_IDLE_MS
      engine.stop()
    }
  })

  it('replaces a process ended past its memory limit a few seconds later, not in the middle of a build', async () => {
    const engine = typstEngine()
    engine.stop()
    engine.keepReady()
    const [first] = running(engine)
    process.env.REEDUCA_TYPST_RECYCLE_MB = '1'
    try {
      await engine.renderPdf(doc('= Uno\n#data.text'))
    } finally {
      delete process.env.REEDUCA_TYPST_RECYCLE_MB
    }
    try {
      expect(running(engine)[0]).toBe('-')
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(running(engine)[0]).toBe('-')
      await until('a standby process again', () => !['-', first].includes(running(engine)[0]))
    } finally {
      engine.stop()
    }
  })

  it('keeps none once stopped', async () => {
    const engine = typstEngine()
    engine.keepReady()
    expect(engine.keepsReady).toBe(true)
    process.env.REEDUCA_TYPST_IDLE_MS = '200'
    try {
      await engine.renderPdf(doc('= Uno\n#data.text'))
      engine.stop()
      expect(engine.keepsReady).toBe(false)
      await new Promise((resolve) => setTimeout(resolve, 800))
      expect(running(engine).every((each) => each === '-')).toBe(true)
    } finally {
      delete process.env.REEDUCA_TYPST_IDLE_MS
    }
  })
})
