import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readFromMediaFolder, TypstRenderError, typstEngine } from '@/releases/render'
import { sniffImageFormat } from '@/releases/render/images'

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
