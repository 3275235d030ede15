import { describe, expect, it } from 'vitest'

import { toParticipantSnapshot, type ParticipantSnapshot } from '@/core/releases/participantProjection'
import { participantWorkbookData, renderParticipantWorkbook } from '@/core/releases/render'

import { FACILITATOR_MARKER_PATTERN, randomRelease, readFixtureFile, richTextShowcase, SMALL_MARKERS, SMALL_TITLES, smallSnapshot } from './fixtures'
import { collapse, fontEmbedding, imageCount, pagesOf, readPdf, smallestBodyFontSize, squash } from './pdf'
import { tocEntries } from './toc'

// Rendering is CPU-bound and slow on a busy CI machine: generous per-test time.
describe('participant workbook (PDF)', { timeout: 60_000 }, () => {
  it('prints session titles in order, summaries, participant content, homework with room to write, and a TOC', async () => {
    const bytes = await renderParticipantWorkbook(toParticipantSnapshot(smallSnapshot()), 'es', { readFile: readFixtureFile() })
    const pdf = await readPdf(bytes)
    const text = collapse(pdf.text)

    expect(pdf.pages[0]).toContain('Cuaderno de trabajo')
    const headings = SMALL_TITLES.es.map((title, i) => `Sesión ${i + 1}. ${title}`)
    const { tocPage, entries } = tocEntries(pdf.pages, 'Índice')
    // Modules as parts, as in the manual: each with a title page, its sessions one level below.
    const modules = ['Módulo 1. Encuadre', 'Módulo 2. Reconocer la violencia']
    expect(entries.map((entry) => entry.title)).toEqual([modules[0], headings[0], modules[1], headings[1], headings[2], 'Dónde pedir ayuda', 'Glosario'])
    // (A module's title page lists its sessions: a session's own page comes after it.)
    let from = tocPage + 1
    const pages = entries.map((entry) => {
      const [page] = pagesOf(pdf.pages, [entry.title], entry.title.startsWith('Sesión ') ? from + 1 : from)
      from = page
      return page
    })
    expect(entries.map((entry) => entry.page)).toEqual(pages.map((index) => index + 1))
    expect(pdf.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title)).toEqual([...modules, 'Dónde pedir ayuda', 'Glosario'])
    expect(pdf.outline.filter((entry) => entry.depth === 1 && entry.title.startsWith('Sesión')).map((entry) => entry.title)).toEqual(headings)
    // Every page after the cover: header with track and version, footer "n / total"; metadata too.
    pdf.pages.forEach((page, i) => {
      if (i === 0) return
      expect(squash(page)).toContain(squash('Línea de mujeres · Versión 1.1.0 Cuaderno de trabajo'))
      expect(page).toContain(`${i + 1} / ${pdf.numPages}`)
    })
    expect(pdf.info.Title).toContain('1.1.0')

    expect(text).toContain('En esta sesión')
    expect(text).toContain('Resumen sencillo de la sesión 1')
    expect(text).toContain('¿Cómo llegas hoy?')
    expect(text).toContain(SMALL_MARKERS.participant)
    expect(text).toContain('Escribe aquí')
    expect(text).toContain('Hoja: mitos y realidades')
    expect(text).toContain('Subtítulos: español, inglés, maya yucateco')
    expect(text).toContain('Línea Mujeres')
    // The glossary in plain words: only terms with a participant definition, never the manual's.
    const glossary = text.slice(text.lastIndexOf('Glosario'))
    expect(glossary).toContain('Encuadre: Las reglas que acordamos en el grupo.')
    expect(glossary).toContain('Violencia económica: Cuando alguien te quita o controla tu dinero.')
    expect(text).not.toContain('Controlar el dinero o los bienes de la pareja.')
    expect(text).not.toContain('Ñañaras')
    // No front-matter chapter (facilitator material).
    expect(text).not.toContain('Valoración de riesgo y canalización')
    // Nothing for facilitators.
    expect(text).not.toContain(SMALL_MARKERS.safety)
    expect(text).not.toContain(SMALL_MARKERS.facilitatorNote)
    expect(text).not.toContain('NOTAS DE SEGURIDAD')
    expect(text).not.toContain('Protocolo de riesgo')
    expect(text).not.toContain('Se habla de violencia física y sexual.')
    expect(text).not.toContain('Construye las reglas con el grupo.')
    // Breaks with nothing for participants are left out.
    expect(text).not.toContain('Receso')

    expect(fontEmbedding(bytes).descriptors).toBeGreaterThan(0)
    expect(fontEmbedding(bytes).embedded).toBe(fontEmbedding(bytes).descriptors)
    expect(imageCount(bytes)).toBeGreaterThanOrEqual(2)
    expect(pdf.numPages).toBeGreaterThanOrEqual(6)
    expect(pdf.numPages).toBeLessThanOrEqual(20)
  })

  it('uses large type (13 pt and up) and leaves ruled lines after reflection and homework', async () => {
    const snapshot = smallSnapshot()
    snapshot.sessions[0].activities[1].participantContent.es = richTextShowcase()
    const bytes = await renderParticipantWorkbook(toParticipantSnapshot(snapshot), 'es', { readFile: readFixtureFile() })
    // Sub- and superscripts are the only smaller glyphs allowed (the showcase has H₂O and x²).
    expect(await smallestBodyFontSize(bytes)).toBeGreaterThanOrEqual(13 * 0.6)
    expect(await smallestBodyFontSize(await renderParticipantWorkbook(toParticipantSnapshot(smallSnapshot()), 'es'))).toBeGreaterThanOrEqual(13)

    const data = participantWorkbookData(toParticipantSnapshot(smallSnapshot()), 'es')
    const activities = data.sessions.flatMap((session) => session.activities)
    expect(activities.find((a) => a.heading === '¿Qué esperas de este grupo?')).toBeUndefined()
    expect(activities.filter((a) => a.lines > 0).map((a) => a.heading)).toEqual(['Reflexión personal', 'Tarea', 'Tarea'])
  })

  it('refuses a full snapshot at run time', async () => {
    await expect(renderParticipantWorkbook(smallSnapshot() as unknown as ParticipantSnapshot, 'es')).rejects.toThrow(/participant projection/)
  })

  // Four seeds × 50 random sessions: every facilitator-only marker checked in the printed text.
  it.each([11, 12, 13, 14])(
    'random release (seed %i, 50 sessions): the workbook holds no facilitator marker and all participant ones',
    async (seed) => {
      const { snapshot, facilitatorMarkers, participantMarkers } = randomRelease(seed, 50)
      const pdf = await readPdf(await renderParticipantWorkbook(toParticipantSnapshot(snapshot), 'es'))
      const text = squash(pdf.text)
      // Whitespace and hyphens squashed out, so a marker broken across lines would still match.
      expect(text.match(FACILITATOR_MARKER_PATTERN)).toBeNull()
      expect(facilitatorMarkers.length).toBeGreaterThan(500)
      const missing = participantMarkers.filter((marker) => !text.includes(marker))
      expect(missing).toEqual([])
      const titles = snapshot.sessions.map((session) => `Sesión ${session.number}. ${session.title.es}`)
      const { tocPage } = tocEntries(pdf.pages, 'Índice')
      const pages = pagesOf(pdf.pages, titles, tocPage + 1)
      expect(pages.every((page, i) => page > (pages[i - 1] ?? tocPage))).toBe(true)
    },
  )
})
