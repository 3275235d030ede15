/**
 * The printed editions' small objects go into compressed object streams
 * (src/core/releases/render/pdfObjectStreams.mjs): a tagged manual about half the size, read back
 * the same by a PDF reader, tags and all; a file laid out otherwise is left as it came.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { packObjectStreams } from '@/core/releases/render/pdfObjectStreams.mjs'
import { renderFacilitatorManual, renderParticipantWorkbook } from '@/core/releases/render'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'

import { readFixtureFile, smallSnapshot } from './fixtures'
import { accessibilityOf, pdfObjectsText, readPdf } from './pdf'

/** A small PDF laid out as Typst lays one out (classic cross-reference table), from object bodies. */
function classicPdf(objects: string[], { version = '1.7', trailerExtra = '' } = {}): Uint8Array {
  let text = `%PDF-${version}\n%\u00e2\u00e3\u00cf\u00d3\n`
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(text.length)
    text += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xrefAt = text.length
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n\r\n`
  text += `trailer\n<<\n  /Size ${objects.length + 1}\n  /Root 1 0 R\n  /Info 5 0 R\n  /ID [(abc) (def)]${trailerExtra}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

/** One page whose text, title and a dictionary string all hold the words the packer must not cut at. */
function trickyPdf(options?: Parameters<typeof classicPdf>[1]) {
  const content = 'BT /F1 18 Tf 72 700 Td (Quedan endobj y endstream en el texto) Tj ET'
  return classicPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> /Annots [7 0 R] >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Title (Manual endobj 1.0 \\(endstream\\)) /Producer (test) >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      '<< /Type /Annot /Subtype /Link /Rect [72 690 300 720] /A << /S /URI /URI (https://example.org/endobj) >> >>',
    ],
    options,
  )
}

/**
 * Every cross-reference entry of a packed file, checked against what it points to: a top-level
 * object's offset lands on "N 0 obj"; a packed object's (object stream, index) lands on that
 * number in the stream's own list. Readers differ in how much of this they forgive: the file
 * must not need forgiving. Returns the number of packed objects.
 */
function checkCrossReferences(bytes: Uint8Array): number {
  const raw = Buffer.from(bytes).toString('latin1')
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(raw)?.[1])
  const head = /^(\d+) 0 obj\s*<<([^]*?)>>\s*stream\r?\n/.exec(raw.slice(xrefAt))
  expect(head?.[2]).toContain('/Type /XRef')
  const widths = /\/W \[(\d+) (\d+) (\d+)\]/.exec(head![2])!.slice(1).map(Number)
  expect(widths).toEqual([1, 4, 2])
  const length = Number(/\/Length (\d+)/.exec(head![2])![1])
  const rows = inflateSync(Buffer.from(bytes.subarray(xrefAt + head![0].length, xrefAt + head![0].length + length)))
  const size = Number(/\/Size (\d+)/.exec(head![2])![1])
  expect(rows.length).toBe(size * 7)
  const streamList = new Map<number, number[]>()
  const listOf = (number: number, offset: number) => {
    if (!streamList.has(number)) {
      const dict = /^\d+ 0 obj\s*<<([^]*?)>>\s*stream\r?\n/.exec(raw.slice(offset))!
      expect(dict[1]).toContain('/Type /ObjStm')
      const data = inflateSync(Buffer.from(bytes.subarray(offset + dict[0].length, offset + dict[0].length + Number(/\/Length (\d+)/.exec(dict[1])![1]))))
      const first = Number(/\/First (\d+)/.exec(dict[1])![1])
      const pairs = data.subarray(0, first).toString('latin1').trim().split(/\s+/).map(Number)
      streamList.set(number, pairs.filter((_, i) => i % 2 === 0))
    }
    return streamList.get(number)!
  }
  const offsets = new Map<number, number>()
  for (let n = 0; n < size; n++) if (rows[n * 7] === 1) offsets.set(n, rows.readUInt32BE(n * 7 + 1))
  let packed = 0
  for (let n = 0; n < size; n++) {
    const type = rows[n * 7]
    const second = rows.readUInt32BE(n * 7 + 1)
    const third = rows.readUInt16BE(n * 7 + 5)
    if (type === 1) expect(raw.startsWith(`${n} 0 obj`, second), `object ${n} at ${second}`).toBe(true)
    if (type === 2) {
      expect(listOf(second, offsets.get(second)!)[third], `object ${n} in stream ${second}`).toBe(n)
      packed++
    }
  }
  return packed
}

describe('PDF object streams', { timeout: 60_000 }, () => {
  it('halves a tagged manual and a reader finds the same pages, text, bookmarks, links, title and tags', async () => {
    const options = { readFile: readFixtureFile() }
    const packed = await renderFacilitatorManual(smallSnapshot(), 'es', options)
    const asWritten = await renderFacilitatorManual(smallSnapshot(), 'es', { ...options, objectStreams: false })
    expect(pdfObjectsText(asWritten).objectStreams).toBe(0)
    expect(pdfObjectsText(packed).objectStreams).toBeGreaterThan(0)
    expect(packed.byteLength).toBeLessThan(asWritten.byteLength * 0.7)
    expect(checkCrossReferences(packed)).toBeGreaterThan(100)

    const [before, after] = [await readPdf(asWritten), await readPdf(packed)]
    expect(after.numPages).toBe(before.numPages)
    expect(after.pages).toEqual(before.pages)
    expect(after.outline).toEqual(before.outline)
    expect(after.links).toEqual(before.links)
    expect(after.info.Title).toBe(before.info.Title)

    const [tagsBefore, tagsAfter] = [await accessibilityOf(asWritten), await accessibilityOf(packed)]
    expect(tagsAfter.tagged).toBe(true)
    expect(tagsAfter.structPages).toBe(tagsAfter.numPages)
    expect([...tagsAfter.roles].sort()).toEqual([...tagsBefore.roles].sort())
    expect(tagsAfter.figures.map((figure) => figure.alt)).toEqual(tagsBefore.figures.map((figure) => figure.alt))
    expect(tagsAfter.language).toBe(tagsBefore.language)
    expect(String(tagsAfter.pdfUaPart)).toBe('1')
  })

  it('passes qpdf’s structural check, manual and workbook (qpdf is installed in CI)', async (context) => {
    const qpdf = spawnSync('qpdf', ['--version'])
    if (qpdf.error) {
      // CI installs qpdf (.ci/run): there this check must run, not be skipped.
      if (process.env.CI) throw new Error('qpdf is not installed: .ci/run installs it from Debian')
      context.skip()
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-objstm-'))
    try {
      const files = {
        manual: await renderFacilitatorManual(smallSnapshot(), 'en', { readFile: readFixtureFile() }),
        workbook: await renderParticipantWorkbook(toParticipantSnapshot(smallSnapshot()), 'es', { readFile: readFixtureFile() }),
      }
      for (const [name, bytes] of Object.entries(files)) {
        expect(pdfObjectsText(bytes).objectStreams, name).toBeGreaterThan(0)
        const file = path.join(folder, `${name}.pdf`)
        fs.writeFileSync(file, bytes)
        const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' })
        expect(check.status, `${name}: ${check.stdout}${check.stderr}`).toBe(0)
        expect(check.stdout).toContain('No syntax or stream encoding errors found')
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })

  it('cuts objects where the cross-reference table says, not at an "endobj" inside a string', async () => {
    const input = trickyPdf()
    const packed = packObjectStreams(input)
    expect(packed).not.toBe(input)
    expect(pdfObjectsText(packed).objectStreams).toBe(1)
    expect(checkCrossReferences(packed)).toBe(6)
    const pdf = await readPdf(packed)
    expect(pdf.numPages).toBe(1)
    expect(pdf.text).toContain('Quedan endobj y endstream en el texto')
    expect(pdf.info.Title).toBe('Manual endobj 1.0 (endstream)')
    expect(pdf.links).toEqual(['https://example.org/endobj'])
  })

  it('leaves a file laid out otherwise as it came: older version, encrypted, cut short, already packed', () => {
    for (const input of [
      trickyPdf({ version: '1.4' }),
      trickyPdf({ trailerExtra: '\n  /Encrypt 8 0 R' }),
      trickyPdf().subarray(0, 400),
      packObjectStreams(trickyPdf()),
      new Uint8Array(Buffer.from('not a PDF at all')),
    ]) {
      expect(packObjectStreams(input)).toBe(input)
    }
  })
})
