/**
 * The printed editions' structure, read back from the PDFs: modules as parts above their sessions
 * (in the text, the table of contents and the bookmarks); in each session its overview, materials
 * and safety box before the activities; handouts as photocopiable pages, each on a page of its
 * own and gathered again in an appendix; no heading left as the last line of a page (text
 * positions from the PDF); a running header that stays on one line; the workbook's writing lines
 * never split across pages.
 */
import { describe, expect, it } from 'vitest'

import { facilitatorManualData, participantWorkbookData, renderFacilitatorManual, renderParticipantWorkbook } from '@/core/releases/render'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { womenTrack as women } from '@/cms/seed/curriculum/women'

import { readFixtureFile, SMALL_TITLES, smallSnapshot } from './fixtures'
import { collapse, pageLines, readPdf, squash } from './pdf'
import { seedTrackSnapshot } from './seedSnapshot'
import { tocEntries } from './toc'

const manual = (snapshot: ReleaseSnapshot, locale = 'es') => renderFacilitatorManual(snapshot, locale, { readFile: readFixtureFile() })
const workbook = (snapshot: ReleaseSnapshot, locale = 'es') => renderParticipantWorkbook(toParticipantSnapshot(snapshot), locale, { readFile: readFixtureFile() })

/**
 * Every heading the manual prints for a snapshot, as it appears in the PDF's text (squashed), with
 * the line of kind and minutes under each activity's heading (a heading and its label line at the
 * foot of a page leave the reader as stranded as the heading alone).
 */
function manualHeadings(snapshot: ReleaseSnapshot, locale = 'es'): Set<string> {
  const data = facilitatorManualData(snapshot, locale)
  const ui = data.ui
  const words = [
    ui.overview, ui.objectives, ui.materials, ui.agenda, ui.activities, ui.facilitatorNotes, ui.resources,
    `⚠ ${ui.safetyNotes.toLocaleUpperCase(locale)}`,
    ui.facilitatorInstructions.toLocaleUpperCase(locale), ui.participantContent.toLocaleUpperCase(locale),
    ...data.parts.map((part) => part.heading),
    ...data.sessions.flatMap((s) => [s.heading, ...s.activities.flatMap((a) => [a.heading, a.meta])]),
  ]
  return new Set(words.map(squash))
}

describe('the manual’s structure', { timeout: 120_000 }, () => {
  it('has its parts in order in the text and the outline: front matter, modules with their sessions, handouts appendix, glossary, directory', async () => {
    const pdf = await readPdf(await manual(smallSnapshot()))
    const s = SMALL_TITLES.es.map((title, i) => `Sesión ${i + 1}. ${title}`)
    const top = [
      'Notas de la versión 1.1.0',
      'Introducción al programa',
      'Encuadre del grupo',
      'Valoración de riesgo y canalización',
      'Módulo 1. Encuadre',
      'Módulo 2. Reconocer la violencia',
      'Apéndice A. Hojas para fotocopiar',
      'Apéndice B. Glosario',
      'Apéndice C. Directorio de servicios',
    ]
    // Outline: modules at the top level, their sessions one level below.
    const outline = pdf.outline.filter((entry) => entry.depth <= 1).map((entry) => `${entry.depth}:${entry.title}`)
    expect(outline.filter((entry) => entry.startsWith('0:'))).toEqual(top.map((title) => `0:${title}`))
    const module1 = outline.indexOf('0:Módulo 1. Encuadre')
    const module2 = outline.indexOf('0:Módulo 2. Reconocer la violencia')
    expect(outline.slice(module1 + 1, module2)).toEqual([`1:${s[0]}`])
    expect(outline.slice(module2 + 1, module2 + 3)).toEqual([`1:${s[1]}`, `1:${s[2]}`])

    // Table of contents: the same order, parts above sessions.
    const toc = tocEntries(pdf.pages, 'Índice').entries.map((entry) => entry.title)
    expect(toc.filter((title) => !title.startsWith('Sesión ') && !title.startsWith('Hoja'))).toEqual(top)
    expect(toc.indexOf(s[0])).toBe(toc.indexOf('Módulo 1. Encuadre') + 1)
    expect(toc.indexOf(s[1])).toBe(toc.indexOf('Módulo 2. Reconocer la violencia') + 1)

    // Text: each in turn after the contents.
    const text = collapse(pdf.text)
    let from = text.indexOf('Notas de la versión 1.1.0', text.indexOf('Notas de la versión 1.1.0') + 1)
    for (const phrase of ['Introducción al programa', 'Encuadre del grupo', 'Módulo 1. Encuadre', s[0], 'Módulo 2. Reconocer la violencia', s[1], s[2], 'Apéndice A. Hojas para fotocopiar', 'Apéndice B. Glosario', 'Apéndice C. Directorio de servicios']) {
      const at = text.indexOf(phrase, from)
      expect(at, phrase).toBeGreaterThan(from)
      from = at
    }
  })

  it('gives each module a title page of its own, listing its sessions', async () => {
    const pdf = await readPdf(await manual(smallSnapshot()))
    const page = pdf.pages.findIndex((p, i) => i > 2 && collapse(p).includes('Módulo 2. Reconocer la violencia'))
    const lines = collapse(pdf.pages[page])
    expect(lines).toContain(`Sesión 2. ${SMALL_TITLES.es[1]}`)
    expect(lines).toContain(`Sesión 3. ${SMALL_TITLES.es[2]}`)
    // Nothing of the sessions themselves: the next page starts the first session.
    expect(lines).not.toContain('Agenda')
    expect(collapse(pdf.pages[page + 1])).toContain(`Sesión 2. ${SMALL_TITLES.es[1]}`)
  })

  it('prints each session’s overview (with what participants read of it), materials and safety box before its agenda and activities', async () => {
    const pdf = await readPdf(await manual(smallSnapshot()))
    const text = collapse(pdf.text)
    const session = text.slice(text.lastIndexOf(`Sesión 1. ${SMALL_TITLES.es[0]}`), text.lastIndexOf(`Sesión 2. ${SMALL_TITLES.es[1]}`))
    // The summary is what "what changed" names as "resumen para participantes": the manual prints it too.
    const order = ['Panorama de la sesión', 'Duración: 150 min', 'Conocer el encuadre del grupo.', 'RESUMEN PARA PARTICIPANTES (EN SU CUADERNO)', 'Resumen sencillo de la sesión 1: hablamos con respeto y aprendemos juntas.', 'Materiales', 'Rotafolio, plumones', '⚠ NOTAS DE SEGURIDAD', 'Agenda', 'Actividades', 'INSTRUCCIONES PARA FACILITACIÓN']
    let from = -1
    for (const phrase of order) {
      const at = session.indexOf(phrase, from + 1)
      expect(at, phrase).toBeGreaterThan(from)
      from = at
    }
  })

  it('prints every handout on a page of its own in its session, and again in the handouts appendix', async () => {
    const snapshot = smallSnapshot()
    const pdf = await readPdf(await manual(snapshot))
    const titles = snapshot.sessions.flatMap((s) => s.handouts.map((h) => h.title.es))
    expect(titles.length).toBeGreaterThan(0)
    const appendix = pdf.pages.findIndex((p) => collapse(p).includes('Apéndice A. Hojas para fotocopiar') && !collapse(p).includes('Índice'))
    for (const title of titles) {
      const pages = pdf.pages.map((p, i) => (squash(p).includes(squash(title)) ? i : -1)).filter((i) => i > 2)
      const inSession = pages.filter((i) => i < appendix)
      const inAppendix = pages.filter((i) => i > appendix)
      expect(inSession.length, title).toBe(1)
      expect(inAppendix.length, title).toBe(1)
      // Alone on its page: no other session text, no running header that says "manual".
      for (const i of [...inSession, ...inAppendix]) {
        expect(pdf.pages[i]).not.toContain('Agenda')
        expect(pdf.pages[i]).not.toContain('Manual para facilitación')
      }
    }
  })

  it('leaves no heading as the last line of a page, on the seeded women’s track (text positions from the PDF)', async () => {
    const snapshot = seedTrackSnapshot(women)
    const bytes = await manual(snapshot)
    const headings = manualHeadings(snapshot)
    const stranded = (await pageLines(bytes))
      .map((page, i) => ({ page: i + 1, last: page.body.at(-1)?.text ?? '' }))
      .filter(({ last }) => headings.has(squash(last)))
    expect(stranded).toEqual([])
  })

  it('keeps the running header on one line, even for a long track title and version', async () => {
    const snapshot = smallSnapshot()
    snapshot.release.version = '1.1.58501'
    snapshot.track.title.es = 'Línea de mujeres que vivieron violencia de pareja en zonas rurales y urbanas de Yucatán, Campeche y Quintana Roo'
    for (const [name, bytes] of [['manual', await manual(snapshot)], ['workbook', await workbook(snapshot)]] as const) {
      const pages = await pageLines(bytes)
      pages.forEach((page, i) => {
        if (i === 0 || !page.header.length) return
        expect(page.header.map((line) => line.text), `${name} p. ${i + 1}`).toHaveLength(1)
        // The version is never cut: it is what a facilitator checks.
        expect(page.header[0].text, `${name} p. ${i + 1}`).toContain('1.1.58501')
      })
      expect(pages.filter((page) => page.header.length).length, name).toBeGreaterThan(3)
    }
  })
})

describe('the workbook’s structure', { timeout: 120_000 }, () => {
  it('leaves no heading as the last line of a page, on the seeded women’s track', async () => {
    const snapshot = seedTrackSnapshot(women)
    const data = participantWorkbookData(toParticipantSnapshot(snapshot), 'es')
    const headings = new Set(
      [...data.parts.map((part) => part.heading), ...data.sessions.flatMap((s) => [s.heading, data.ui.inThisSession, ...s.activities.map((a) => a.heading), ...s.handouts.map((h) => h.title)])].map(squash),
    )
    const stranded = (await pageLines(await workbook(snapshot)))
      .map((page, i) => ({ page: i + 1, last: page.body.at(-1)?.text ?? '' }))
      .filter(({ last }) => headings.has(squash(last)))
    expect(stranded).toEqual([])
  })

  it('never splits a block of writing lines across pages, on the seeded women’s track', async () => {
    const snapshot = seedTrackSnapshot(women)
    const data = participantWorkbookData(toParticipantSnapshot(snapshot), 'es')
    const blocks = data.sessions.flatMap((s) => s.activities).filter((a) => a.lines > 0)
    expect(blocks.length).toBeGreaterThan(10)
    const pages = await pageLines(await workbook(snapshot))
    // The ruled lines carry no text: find each block by its label, in reading order, and check
    // that the page holds all its lines below it (2.1 em of 13 pt each, above the 2.4 cm margin).
    const labels = new Set(blocks.map((a) => squash(a.linesLabel)))
    const found = pages.flatMap((page, i) => page.body.filter((line) => labels.has(squash(line.text))).map((line) => ({ page: i + 1, y: line.y, text: line.text })))
    expect(found.map((f) => f.text)).toEqual(blocks.map((a) => a.linesLabel))
    const bottom = (2.4 / 2.54) * 72
    const split = found.map((f, i) => ({ ...f, lines: blocks[i].lines, roomBelow: Math.round(f.y - bottom) })).filter((f) => f.roomBelow < f.lines * 2.1 * 13 - 2)
    expect(split).toEqual([])
  })
})

describe('the services directory of both editions', { timeout: 120_000 }, () => {
  // A service's lines (phone, hours, address…) as far apart as the lines of a paragraph, not
  // squeezed together: baseline to baseline at least 1.2 times the type size (9.5 pt in the
  // manual, 13 pt in the workbook).
  it('sets each service’s lines as far apart as a paragraph’s, on the seeded women’s track', async () => {
    const snapshot = seedTrackSnapshot(women)
    const row = /^(Teléfono|Horario|Dirección|Atiende a|Idiomas) ?:/
    for (const [name, bytes, size] of [['manual', await manual(snapshot), 9.5], ['workbook', await workbook(snapshot), 13]] as const) {
      const gaps = (await pageLines(bytes)).flatMap((page) =>
        page.body.flatMap((line, i) => {
          const next = page.body[i + 1]
          return next && row.test(line.text) && row.test(next.text) ? [{ line: line.text, gap: Math.round((line.y - next.y) * 10) / 10 }] : []
        }),
      )
      expect(gaps.length, name).toBeGreaterThan(20)
      expect(gaps.filter(({ gap }) => gap < 1.2 * size), name).toEqual([])
    }
  })
})

describe('the table of contents of both editions', { timeout: 120_000 }, () => {
  // A module's entry is kept on the page of its first session's entry: never the last line of a
  // contents page with its sessions overleaf.
  it('never leaves a module’s entry at the foot of a contents page, on the seeded women’s track', async () => {
    const snapshot = seedTrackSnapshot(women)
    for (const locale of ['es', 'en'] as const) {
      const modules = new Set(facilitatorManualData(snapshot, locale).parts.filter((part) => part.module).map((part) => part.heading))
      expect(modules.size).toBeGreaterThan(3)
      const toc = locale === 'es' ? 'Índice' : 'Table of contents'
      for (const [name, bytes] of [['manual', await manual(snapshot, locale)], ['workbook', await workbook(snapshot, locale)]] as const) {
        const pages = (await readPdf(bytes)).pages
        const { tocPage } = tocEntries(pages, toc)
        // Each contents page's entries, in order.
        const tocPages: string[][] = []
        for (let i = tocPage; i < pages.length; i++) {
          const entries = tocEntries([toc, pages[i]], toc).entries
          if (!entries.length) break
          tocPages.push(entries.map((entry) => entry.title))
        }
        expect(tocPages.length, `${name} ${locale}`).toBeGreaterThan(1)
        const stranded = tocPages.slice(0, -1).map((titles) => titles.at(-1)!).filter((title) => modules.has(title))
        expect(stranded, `${name} ${locale}`).toEqual([])
        expect(tocPages.flat().filter((title) => modules.has(title)), `${name} ${locale}`).toEqual([...modules])
      }
    }
  })
})
