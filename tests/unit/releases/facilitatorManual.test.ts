import { describe, expect, it } from 'vitest'

import { facilitatorManualData, renderFacilitatorManual } from '@/core/releases/render'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'

import { IMAGES, randomRelease, readFixtureFile, richTextShowcase, SMALL_MARKERS, SMALL_TITLES, smallSnapshot } from './fixtures'
import { collapse, fontEmbedding, imageCount, pagesOf, readPdf, squash } from './pdf'
import { tocEntries } from './toc'

const render = (snapshot: ReleaseSnapshot, locale = 'es', warnings: string[] = []) =>
  renderFacilitatorManual(snapshot, locale, {
    readFile: readFixtureFile(),
    baseUrl: 'https://reeduca.example',
    onWarning: (message) => warnings.push(message),
  })

// Rendering is CPU-bound and slow on a busy CI machine: generous per-test time.
describe('facilitator manual (PDF)', { timeout: 60_000 }, () => {
  it('prints the cover, a table of contents with true page numbers, and the sessions in order', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))

    expect(pdf.pages[0]).toContain('Manual para facilitación')
    expect(pdf.pages[0]).toContain('Línea de mujeres')
    expect(pdf.pages[0]).toContain('1.1.0')
    expect(pdf.pages[0]).toContain('8 de marzo de 2026')
    expect(pdf.pages[0]).toContain('español (es)')

    const { tocPage, entries } = tocEntries(pdf.pages, 'Índice')
    expect(tocPage).toBe(1)
    const headings = SMALL_TITLES.es.map((title, i) => `Sesión ${i + 1}. ${title}`)
    expect(entries.map((entry) => entry.title)).toEqual([
      'Notas de la versión 1.1.0',
      'Introducción al programa',
      'Encuadre del grupo',
      'Valoración de riesgo y canalización',
      'Módulo 1. Encuadre',
      headings[0],
      'Módulo 2. Reconocer la violencia',
      headings[1],
      headings[2],
      'Apéndice A. Hojas para fotocopiar',
      'Hoja: mitos y realidades',
      'Hoja: derechos',
      'Apéndice B. Glosario',
      'Apéndice C. Directorio de servicios',
    ])
    // Each entry's number is the page its heading is on (pages are numbered from the cover).
    // (A module's title page lists its sessions: a session's own page comes after it.)
    let from = tocPage + 1
    const bodyPages = entries.map((entry) => {
      const [page] = pagesOf(pdf.pages, [entry.title], entry.title.startsWith('Sesión ') ? from + 1 : from)
      from = page
      return page
    })
    expect(entries.map((entry) => entry.page)).toEqual(bodyPages.map((index) => index + 1))

    // Sessions in order, each starting a page of its own.
    const sessionPages = entries.map((entry, i) => (entry.title.startsWith('Sesión ') ? bodyPages[i] : -1)).filter((page) => page >= 0)
    expect(sessionPages).toHaveLength(headings.length)
    expect(sessionPages.every((page, i) => page > (sessionPages[i - 1] ?? tocPage))).toBe(true)

    // Every page after the cover: running header with track and version (not on the handouts,
    // pages to photocopy for the group), footer "n / total".
    pdf.pages.forEach((page, i) => {
      if (i === 0) return
      if (!page.includes('Hoja para fotocopiar')) expect(page).toContain('Línea de mujeres · Versión 1.1.0')
      expect(page).toContain(`${i + 1} / ${pdf.numPages}`)
    })
    expect(pdf.numPages).toBeGreaterThanOrEqual(8)
    expect(pdf.numPages).toBeLessThanOrEqual(30)
  })

  it('has PDF bookmarks for sections, sessions, their agenda, activities and safety notes', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))
    const top = pdf.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title)
    expect(top).toEqual([
      'Notas de la versión 1.1.0',
      'Introducción al programa',
      'Encuadre del grupo',
      'Valoración de riesgo y canalización',
      'Módulo 1. Encuadre',
      'Módulo 2. Reconocer la violencia',
      'Apéndice A. Hojas para fotocopiar',
      'Apéndice B. Glosario',
      'Apéndice C. Directorio de servicios',
    ])
    // Sessions one level below their module.
    expect(pdf.outline.filter((entry) => entry.depth === 1 && entry.title.startsWith('Sesión')).map((entry) => entry.title)).toEqual(
      SMALL_TITLES.es.map((title, i) => `Sesión ${i + 1}. ${title}`),
    )
    const titles = pdf.outline.map((entry) => entry.title)
    expect(titles.filter((title) => title === 'Notas de seguridad')).toHaveLength(3)
    expect(titles).toContain('0:15 · Viñeta en video')
    expect(pdf.info.Title).toBe('Línea de mujeres — Manual para facilitación 1.1.0')
    // The document language (Typst 0.6 writes the language without the region).
    expect(pdf.info.Language).toMatch(/^es(-MX)?$/)
  })

  it('prints the new version everywhere when the same compiler builds the next release of the track', async () => {
    // The compiler stays warm between releases and reuses unchanged pages: nothing of 1.1.0 may
    // survive into 1.2.0 (header, footer count, cover, notes, title, a changed session).
    await render(smallSnapshot())
    const next = smallSnapshot()
    next.release.version = '1.2.0'
    next.sessions[1].title.es = 'Título revisado para 1.2.0'
    const pdf = await readPdf(await render(next))

    expect(pdf.info.Title).toBe('Línea de mujeres — Manual para facilitación 1.2.0')
    expect(pdf.pages[0]).toContain('1.2.0')
    expect(pdf.text).not.toContain('1.1.0')
    pdf.pages.forEach((page, i) => {
      if (i > 0 && !page.includes('Hoja para fotocopiar')) expect(page).toContain('Línea de mujeres · Versión 1.2.0')
    })
    const sessions = pdf.outline.filter((entry) => entry.depth === 1 && entry.title.startsWith('Sesión'))
    expect(sessions.map((entry) => entry.title)).toEqual([
      `Sesión 1. ${SMALL_TITLES.es[0]}`,
      'Sesión 2. Título revisado para 1.2.0',
      `Sesión 3. ${SMALL_TITLES.es[2]}`,
    ])
    expect(pdf.text).toContain('Sesión 2. Título revisado para 1.2.0')
  })

  it('prints each session: duration, objectives, content notes, agenda with start times, instructions, notes, safety notes', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))
    const text = collapse(pdf.text)
    expect(text).toContain('Duración: 150 min · Módulo 1: Encuadre')
    expect(text).toContain('Conocer el encuadre del grupo.')
    expect(text).toContain('AVISO DE CONTENIDO')
    expect(text).toContain('Se habla de violencia física y sexual.')
    expect(text).toContain('Rotafolio, plumones')
    // Agenda table rows: start, title, kind, minutes.
    expect(text).toMatch(/Inicio Actividad Tipo Minutos/)
    expect(text).toMatch(/0:00 Registro de entrada Registro de entrada 20/)
    expect(text).toMatch(/0:20 Encuadre del grupo Trabajo temático 60/)
    expect(text).toMatch(/1:35 Reflexión personal Reflexión 35/)
    expect(text).toMatch(/Total 150/)
    expect(text).toContain('INSTRUCCIONES PARA FACILITACIÓN')
    expect(text).toContain('Construye las reglas con el grupo.')
    expect(text).toContain('CONTENIDO PARA PARTICIPANTES')
    expect(text).toContain(SMALL_MARKERS.facilitatorNote)
    // Safety notes: labelled and present for every session.
    expect(text.match(/⚠ NOTAS DE SEGURIDAD/g)).toHaveLength(3)
    expect(text.split(SMALL_MARKERS.safety)).toHaveLength(4)
  })

  it('prints release notes and what changed since the previous release', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))
    const text = collapse(pdf.text)
    expect(text).toContain('Versión revisada tras el piloto en Yucatán.')
    expect(text).toContain('Qué cambió desde la versión 1.0.0')
    expect(text).toContain('Sesión 3. Mis derechos')
    expect(text).toContain('SESIONES RETIRADAS')
    expect(text).toContain('Sesión 2 «Mitos y realidades de la violencia»: notas de seguridad, título (solo en inglés)')
  })

  it('prints handouts, resources with caption languages and short links, services and glossary', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))
    const text = collapse(pdf.text)
    expect(text).toContain('Hoja: mitos y realidades')
    expect(text).toContain('Archivo adjunto: hoja-derechos.pdf')
    expect(text).toContain('Subtítulos: español, inglés, maya yucateco')
    expect(text).toContain('Video · 3:20')
    expect(text).toContain('reeduca.example/r/r1')
    expect(text).toContain('Documento · solo facilitación')
    expect(pdf.links).toContain('https://reeduca.example/r/r1')
    // Services: national first, then states in Spanish order, with phone links.
    const directory = text.slice(text.lastIndexOf('Apéndice C. Directorio de servicios'))
    expect(directory.indexOf('Nacional')).toBeLessThan(directory.indexOf('Querétaro'))
    expect(directory.indexOf('Querétaro')).toBeLessThan(directory.indexOf('Yucatán'))
    expect(directory).toContain('Teléfono: 800 108 4053')
    expect(directory).toContain('Idiomas: español, maya yucateco')
    expect(pdf.links).toContain('tel:8001084053')
    // Glossary sorted the Spanish way: Ñ after N, before V.
    const glossary = text.slice(text.lastIndexOf('Apéndice B. Glosario'), text.lastIndexOf('Apéndice C. Directorio de servicios'))
    expect(glossary.indexOf('Encuadre')).toBeLessThan(glossary.indexOf('Ñañaras'))
    expect(glossary.indexOf('Ñañaras')).toBeLessThan(glossary.indexOf('Violencia económica'))
  })

  it('prints the front matter before the sessions and the glossary at the back, in order, in the text and the outline', async () => {
    const pdf = await readPdf(await render(smallSnapshot()))
    const text = collapse(pdf.text)
    const order = [
      'Introducción al programa',
      'Este manual acompaña a quien facilita los grupos de mujeres.',
      'Encuadre del grupo',
      'Confidencialidad, puntualidad y respeto.',
      'Valoración de riesgo y canalización',
      'Ante riesgo alto, detén la sesión y canaliza el mismo día.',
      `Sesión 1. ${SMALL_TITLES.es[0]}`,
      `Sesión 3. ${SMALL_TITLES.es[2]}`,
      'Apéndice A. Hojas para fotocopiar',
      'Apéndice B. Glosario',
      'Encuadre: Acuerdos del grupo para trabajar con seguridad.',
      'Violencia económica: Controlar el dinero o los bienes de la pareja.',
      'Apéndice C. Directorio de servicios',
    ]
    // Searched after the table of contents, each after the one before.
    let from = text.indexOf('Notas de la versión 1.1.0', text.indexOf('Notas de la versión 1.1.0') + 1)
    for (const phrase of order) {
      const at = text.indexOf(phrase, from)
      expect(at, phrase).toBeGreaterThan(from)
      from = at
    }
    // The manual gives facilitators the definition for facilitators, not the participants' one.
    expect(text).not.toContain('Cuando alguien te quita o controla tu dinero.')
    const top = pdf.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title)
    expect(top.slice(0, 4)).toEqual(['Notas de la versión 1.1.0', 'Introducción al programa', 'Encuadre del grupo', 'Valoración de riesgo y canalización'])
    expect(top.slice(-2)).toEqual(['Apéndice B. Glosario', 'Apéndice C. Directorio de servicios'])
  })

  it('renders in English with English words around the content', async () => {
    const pdf = await readPdf(await render(smallSnapshot(), 'en'))
    const text = collapse(pdf.text)
    expect(tocEntries(pdf.pages, 'Table of contents').entries.map((entry) => entry.title)).toEqual([
      'Release notes 1.1.0',
      'Introduction to the programme',
      'Group ground rules',
      'Risk assessment and referral',
      'Module 1. Ground rules',
      'Session 1. Welcome and ground rules',
      'Module 2. Recognising violence',
      'Session 2. Myths and realities about violence',
      'Session 3. My rights',
      'Appendix A. Handouts to photocopy',
      'Handout: myths and realities',
      'Handout: rights',
      'Appendix B. Glossary',
      'Appendix C. Directory of services',
    ])
    expect(text).toContain("Session 1. Welcome and ground rules")
    expect(text).toContain('⚠ SAFETY NOTES')
    expect(text).toContain('Start Activity Kind Minutes')
    expect(text).toContain('Appendix C. Directory of services')
    expect(pdf.info.Language).toBe('en')
  })

  it('embeds every font and prints Spanish accents and ñ', async () => {
    const bytes = await render(smallSnapshot())
    const { descriptors, embedded } = fontEmbedding(bytes)
    expect(descriptors).toBeGreaterThan(0)
    expect(embedded).toBe(descriptors)
    const text = (await readPdf(bytes)).text
    for (const word of ['Índice', 'Sesión', 'Ñañaras', 'física', 'Yucatán', 'Querétaro', 'Mérida']) {
      expect(text).toContain(word)
    }
  })

  it('prints rich text whole: headings, formats, nested lists, links, quotes, tables, images with captions, line breaks', async () => {
    const snapshot = smallSnapshot()
    snapshot.sessions[0].activities[1].facilitatorInstructions.es = richTextShowcase()
    const bytes = await render(snapshot)
    const pdf = await readPdf(bytes)
    const text = collapse(pdf.text)
    for (const piece of [
      'Encabezado del taller',
      'negrita',
      'cursiva',
      'subrayado',
      'tachado',
      'todoJunto',
      'Viñeta uno',
      'Anidado numerado A',
      'Tercer nivel',
      'Paso dos',
      '☑ Tarea hecha',
      '☐ Tarea pendiente',
      'el sitio de Inmujeres',
      'Cita textual: nadie merece violencia.',
      'Conducta Alternativa',
      'Controlar el dinero Decidir juntos',
      'Pie: la rueda de la igualdad',
      'Subencabezado final',
    ]) {
      expect(text).toContain(piece)
    }
    // The line break really breaks the line.
    expect(pdf.text).toMatch(/Primera línea\s*\n\s*Segunda línea tras salto/)
    // Only the safe link is a link; the javascript: one is plain text.
    expect(pdf.links).toContain('https://www.gob.mx/inmujeres')
    expect(pdf.links.some((url) => url.startsWith('javascript'))).toBe(false)
    expect(text).toContain('enlace inseguro')
    // Author headings never enter the TOC or the bookmarks.
    expect(pdf.outline.map((entry) => entry.title)).not.toContain('Encabezado del taller')
    expect(imageCount(bytes)).toBeGreaterThanOrEqual(1)
  })

  it('does not crash on a missing or corrupt image: prints its alt text instead', async () => {
    const snapshot = smallSnapshot()
    const showcase = richTextShowcase()
    showcase.root.children.push(
      { type: 'upload', version: 3, relationTo: 'media', value: IMAGES.missing, fields: null },
      { type: 'upload', version: 3, relationTo: 'media', value: IMAGES.corrupt, fields: null },
      { type: 'upload', version: 3, relationTo: 'media', value: 42, fields: null },
    )
    snapshot.sessions[0].facilitatorNotes.es = showcase
    const warnings: string[] = []
    const pdf = await readPdf(await render(snapshot, 'es', warnings))
    const text = collapse(pdf.text)
    expect(text).toContain('Imagen no disponible: Imagen que ya no está')
    expect(text).toContain('Pie de una imagen perdida')
    expect(text).toContain('Imagen no disponible: Imagen dañada')
    expect(warnings.some((w) => w.includes('images/no-existe.png'))).toBe(true)
    expect(warnings.some((w) => w.includes('could not be decoded'))).toBe(true)

    // And without any readFile at all.
    const bare = await readPdf(await renderFacilitatorManual(smallSnapshot(), 'es'))
    expect(collapse(bare.text)).toContain('Imagen no disponible: Rueda de la igualdad')
  })

  it('is reproducible: the same release renders to the same bytes', async () => {
    const [a, b] = await Promise.all([render(smallSnapshot()), render(smallSnapshot())])
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('refuses a locale the release does not cover', async () => {
    await expect(renderFacilitatorManual(smallSnapshot(), 'fr')).rejects.toThrow(/not covered/)
  })

  it('falls back to English words for a locale without its own, and to the release text', async () => {
    const snapshot = smallSnapshot()
    snapshot.release.locales = ['es', 'en', 'yua']
    snapshot.sessions[0].title.yua = "Ki'imak óolal"
    const data = facilitatorManualData(snapshot, 'yua')
    expect(data.ui.toc).toBe('Table of contents')
    expect(data.lang).toBe('yua')
    expect(data.sessions[0].title).toBe("Ki'imak óolal")
    expect(data.sessions[1].title).toBe(SMALL_TITLES.es[1])
    const pdf = await readPdf(await renderFacilitatorManual(snapshot, 'yua'))
    expect(squash(pdf.text)).toContain(squash("Session 1. Ki'imak óolal"))
  })

  it('prints every facilitator-only text of a random 25-session release, in its own locale only', async () => {
    const { snapshot, markers } = randomRelease(21, 25)
    const pdf = await readPdf(await render(snapshot))
    expect(pdf.numPages).toBeGreaterThanOrEqual(25 + 3)
    const text = squash(pdf.text)
    const printed = markers.filter((m) => m.locale === 'es' && ['FN', 'SN', 'FI', 'CN', 'MT', 'OB', 'RT', 'PC'].includes(m.place))
    expect(printed.filter((m) => !text.includes(m.value)).map((m) => m.value)).toEqual([])
    // English text stays out of the Spanish manual; keys the snapshot type does not know never print.
    const absent = markers.filter((m) => m.locale === 'en' || m.place === 'XA' || m.place === 'XS')
    expect(absent.filter((m) => text.includes(m.value)).map((m) => m.value)).toEqual([])
    const sessions = snapshot.sessions.map((s) => `Sesión ${s.number}. ${s.title.es}`)
    // Sessions without a module: one part of their own, the sessions below it.
    const top = pdf.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title)
    expect(top.slice(0, 2)).toEqual(['Notas de la versión 2.1.0', 'Sesiones'])
    expect(top.slice(-2)).toEqual(['Apéndice B. Glosario', 'Apéndice C. Directorio de servicios'])
    expect(pdf.outline.filter((entry) => entry.depth === 1 && entry.title.startsWith('Sesión ')).map((entry) => entry.title)).toEqual(sessions)
  })
})
