/**
 * Both printed editions are accessible PDFs (PDF/UA-1): tagged (MarkInfo /Marked true and a
 * structure tree on every page), with the document title and language set, headings and figures
 * tagged, every figure with alt text, and the PDF/UA-1 identifier in the XMP metadata. No PDF/UA
 * validator (veraPDF is Java, not in Debian) runs here: Typst refuses to write a PDF/UA-1 file that
 * breaks the rules it checks (no title, skipped heading levels…), and this reads back what it wrote.
 */
import { getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { renderFacilitatorManual, renderParticipantWorkbook } from '@/core/releases/render'

import { IMAGES, readFixtureFile, richTextShowcase, smallSnapshot } from './fixtures'
import { list, doc, p } from './lexical'
import { accessibilityOf } from './pdf'

describe('accessible PDFs (PDF/UA-1)', { timeout: 60_000 }, () => {
  it.each([
    ['facilitator manual', 'es', () => renderFacilitatorManual(smallSnapshot(), 'es', { readFile: readFixtureFile() }), 'Línea de mujeres — Manual para facilitación 1.1.0'],
    ['facilitator manual', 'en', () => renderFacilitatorManual(smallSnapshot(), 'en', { readFile: readFixtureFile() }), "Women's track — Facilitator manual 1.1.0"],
    ['participant workbook', 'es', () => renderParticipantWorkbook(toParticipantSnapshot(smallSnapshot()), 'es', { readFile: readFixtureFile() }), 'Línea de mujeres — Cuaderno de trabajo 1.1.0'],
    ['participant workbook', 'en', () => renderParticipantWorkbook(toParticipantSnapshot(smallSnapshot()), 'en', { readFile: readFixtureFile() }), "Women's track — Participant workbook 1.1.0"],
  ] as const)('the %s (%s) is tagged, with title, language, headings and alt text', async (_edition, locale, render, title) => {
    const pdf = await accessibilityOf(await render())
    expect(pdf.tagged).toBe(true)
    expect(pdf.structPages).toBe(pdf.numPages)
    expect(pdf.title).toBe(title)
    expect(pdf.language).toMatch(new RegExp(`^${locale}(-[A-Z]{2})?$`))
    expect(String(pdf.pdfUaPart)).toBe('1')
    for (const role of ['H1', 'H2', 'P']) expect([...pdf.roles], role).toContain(role)
    expect(pdf.figures.length).toBeGreaterThan(0)
    for (const figure of pdf.figures) expect(figure.alt?.trim(), JSON.stringify(figure).slice(0, 200)).toBeTruthy()
  })

  it('tags the author’s rich text too: headings nested without gaps, images with their alt text', async () => {
    // Author headings h1, h3, h6 and an underlined strike-through: what PDF/UA-1 would refuse raw.
    const snapshot = smallSnapshot()
    snapshot.sessions[0].activities[1].facilitatorInstructions.es = richTextShowcase()
    snapshot.sessions[0].safetyNotes.es = richTextShowcase()
    const pdf = await accessibilityOf(await renderFacilitatorManual(snapshot, 'es', { readFile: readFixtureFile() }))
    expect(pdf.tagged).toBe(true)
    expect(String(pdf.pdfUaPart)).toBe('1')
    for (const role of ['H4', 'H5', 'Table', 'Figure']) expect([...pdf.roles], role).toContain(role)
    for (const figure of pdf.figures) expect(figure.alt?.trim()).toBeTruthy()
  })

  it('gives an image its author left without alt text words of its own, rather than failing the release', async () => {
    const snapshot = smallSnapshot()
    const strip = (value: any) => {
      if (!value || typeof value !== 'object') return
      if (value.path === IMAGES.wheel.path) {
        value.alt = {}
        value.caption = {}
      }
      for (const key in value) strip(value[key])
    }
    strip(snapshot)
    for (const resource of snapshot.resources) resource.title = { es: '', en: '' }
    const pdf = await accessibilityOf(await renderFacilitatorManual(snapshot, 'es', { readFile: readFixtureFile() }))
    expect(pdf.figures.map((figure) => figure.alt)).toContain('Imagen sin descripción')
  })
})

describe('consecutiveHeadings', () => {
  it('renumbers an author’s heading levels in reading order so none is skipped, keeping their nesting', async () => {
    const { consecutiveHeadings } = await import('@/core/releases/render/common')
    const h = (level: number) => ({ type: 'heading' as const, level, children: [] })
    const levels = (blocks: any[]): number[] =>
      blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : block.type === 'quote' ? levels(block.blocks) : []))
    expect(levels(consecutiveHeadings([h(3), h(6), h(2), h(3), h(5), { type: 'quote', blocks: [h(6)] }, h(1)] as any))).toEqual([1, 2, 1, 2, 3, 4, 1])
  })

  it('tags the author’s lists as lists (L with one LI per item), not as a grid of markers and cells', async () => {
    // The workbook prints no list of its own here: every L in it comes from this rich text.
    const snapshot = smallSnapshot()
    snapshot.sessions[0].activities[0].participantContent.es = doc(
      p('Antes de empezar:'),
      list({ items: ['Respira', 'Mira a tu alrededor', 'Elige dónde sentarte'] }),
      list({ ordered: true, items: ['Paso uno', 'Paso dos'] }),
    ) as never
    const bytes = await renderParticipantWorkbook(toParticipantSnapshot(snapshot), 'es', { readFile: readFixtureFile() })
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const lists: string[][] = []
    const walk = (node: any) => {
      if (!node || typeof node !== 'object') return
      if (node.role === 'L') lists.push((node.children ?? []).filter((child: any) => child.role === 'LI').map(() => 'LI'))
      for (const child of node.children ?? []) walk(child)
    }
    for (let n = 1; n <= pdf.numPages; n++) walk(await (await pdf.getPage(n)).getStructTree())
    await pdf.destroy()
    expect(lists.map((items) => items.length)).toEqual(expect.arrayContaining([3, 2]))
  })
})
