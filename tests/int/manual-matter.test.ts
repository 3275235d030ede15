/**
 * The manual's front matter (manual-chapters) and glossary (glossary-terms): who may read and
 * write them, and that a release freezes the published ones — the programme's and its track's,
 * in the designers' order — into its snapshot and its PDFs, so a later edit changes no release.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { buildBilingualTrack, type BilingualTrack } from '../helpers/releaseFixture'
import { type Suite, startSuite } from '../helpers/suite'
import { type TestPayload } from '../helpers/testPayload'
import { readPdf as readPdfBytes } from '../unit/releases/pdf'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import { releaseMatterFor } from '@/portal/releaseMatter'
import { clearSnapshotCache } from '@/portal/releaseSessions'

/** pdf.js refuses an enumerable Array.prototype.random (added by something Payload loads). */
async function readPdf(bytes: Uint8Array) {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  try {
    return await readPdfBytes(bytes)
  } finally {
    if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', descriptor)
  }
}
const collapse = (text: string) => text.replace(/\s+/g, ' ')

process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-generated-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Suite['tokens']
let bilingual: BilingualTrack
const ids: Record<string, ID> = {}

/** Creates a document in Spanish, then writes its English text. */
async function bilingualDoc(collection: 'manual-chapters' | 'glossary-terms', es: Doc, en: Doc): Promise<ID> {
  const created = await payload.create({ collection, locale: 'es', data: es as never })
  await payload.update({ collection, id: created.id, locale: 'en', data: en as never })
  return created.id
}

const chapter = (data: { track?: ID; order: number; kind: string; es: [string, string]; en: [string, string]; published?: boolean }) =>
  bilingualDoc(
    'manual-chapters',
    {
      programme: f.programme,
      ...(data.track ? { track: data.track } : {}),
      order: data.order,
      kind: data.kind,
      title: data.es[0],
      body: lexicalFromParagraphs([data.es[1]]),
      _status: data.published === false ? 'draft' : 'published',
    },
    { title: data.en[0], body: lexicalFromParagraphs([data.en[1]]), _status: data.published === false ? 'draft' : 'published' },
  )

beforeAll(async () => {
  const suite = await startSuite()
  ;({ ctx, payload, api, f, tokens } = suite)
  bilingual = await buildBilingualTrack(payload, f.programme, 'materia')

  // The programme's chapter (every track) and the track's own, ordered across both.
  ids.encuadre = await chapter({ order: 2, kind: 'ground-rules', es: ['Encuadre del grupo', 'Confidencialidad, puntualidad y respeto.'], en: ['Group ground rules', 'Confidentiality, punctuality and respect.'] })
  ids.intro = await chapter({ track: bilingual.track, order: 1, kind: 'introduction', es: ['Introducción a la línea', 'Este manual acompaña a quien facilita.'], en: ['Introduction to the track', 'This manual accompanies whoever facilitates.'] })
  ids.risk = await chapter({ track: bilingual.track, order: 3, kind: 'risk-referral', es: ['Valoración de riesgo y canalización', 'Ante riesgo alto, detén la sesión.'], en: ['Risk assessment and referral', 'At high risk, stop the session.'] })
  // Neither a draft nor another track's chapter goes into this track's manual.
  ids.draft = await chapter({ track: bilingual.track, order: 4, kind: 'other', published: false, es: ['Capítulo en borrador', 'Borrador.'], en: ['Draft chapter', 'Draft.'] })
  ids.men = await chapter({ track: f.tracks.men, order: 1, kind: 'partner-safety', es: ['Contacto con la pareja (hombres)', 'Solo línea de hombres.'], en: ['Partner contact (men)', 'Men only.'] })

  ids.term = await bilingualDoc(
    'glossary-terms',
    { programme: f.programme, term: 'Encuadre', definition: 'Acuerdos explícitos que enmarcan el trabajo del grupo.', participantDefinition: 'Las reglas que acordamos en el grupo.', _status: 'published' },
    { term: 'Ground rules', definition: 'Explicit agreements that frame the group’s work.', participantDefinition: 'The rules we agree on as a group.', _status: 'published' },
  )
  ids.facilitatorTerm = await bilingualDoc(
    'glossary-terms',
    { programme: f.programme, track: bilingual.track, term: 'Minimización', definition: 'Restar gravedad a la violencia ejercida.', _status: 'published' },
    { term: 'Minimisation', definition: 'Playing down the violence used.', _status: 'published' },
  )
  ids.draftTerm = await bilingualDoc(
    'glossary-terms',
    { programme: f.programme, term: 'Término en borrador', definition: 'Borrador.', _status: 'draft' },
    { term: 'Draft term', definition: 'Draft.', _status: 'draft' },
  )
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

describe('who reads and writes front matter and glossary', () => {
  test('anonymous readers and accounts without a role read nothing', async () => {
    for (const slug of ['manual-chapters', 'glossary-terms']) {
      const anonymous = await api.get(`/api/${slug}?limit=100`)
      expect([401, 403], `${slug} ${anonymous.status}`).toContain(anonymous.status)
      const noRole = await api.get(`/api/${slug}?limit=100`, { token: tokens.noRole! })
      expect([401, 403], `${slug} ${noRole.status}`).toContain(noRole.status)
    }
  })

  test('facilitators read published ones only; scoped facilitators the programme’s and their tracks’', async () => {
    const titles = async (token: string) =>
      ((await api.get('/api/manual-chapters?limit=100&locale=es&draft=true', { token })).body.docs as Doc[]).map((doc) => doc.title).sort()
    expect(await titles(tokens.facilitator!)).toEqual(['Contacto con la pareja (hombres)', 'Encuadre del grupo', 'Introducción a la línea', 'Valoración de riesgo y canalización'])
    expect(await titles(tokens.scopedFacilitator!)).toEqual(['Contacto con la pareja (hombres)', 'Encuadre del grupo'])
    expect(await titles(tokens.designer!)).toContain('Capítulo en borrador')
    const terms = ((await api.get('/api/glossary-terms?limit=100&locale=es', { token: tokens.facilitator! })).body.docs as Doc[]).map((doc) => doc.term)
    expect(terms.sort()).toEqual(['Encuadre', 'Minimización'])
  })

  test('designers write them; facilitators, trainers and reviewers do not', async () => {
    const data = { programme: f.programme, order: 9, kind: 'record-keeping', title: 'Registros' }
    for (const actor of ['facilitator', 'trainer', 'reviewer'] as const) {
      const refused = await api.post('/api/manual-chapters', data, { token: tokens[actor]! })
      expect(refused.status, actor).toBe(403)
    }
    const created = await api.post('/api/manual-chapters?locale=es', data, { token: tokens.designer! })
    expect(created.status, created.text).toBe(201)
    await payload.delete({ collection: 'manual-chapters', id: created.body.doc.id })
  })
})

/** The first release of the suite's track (made in "a release freezes them"). */
let releaseId: ID

describe('a release freezes them', () => {
  let before: Doc

  const stored = async (id: ID) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0, showHiddenFields: true })) as Doc
  const fileText = async (doc: Doc, edition: string, locale: string) => {
    const file = (doc.files as Doc[]).find((entry) => entry.edition === edition && entry.locale === locale)!
    return collapse((await readPdf(fs.readFileSync(path.join(generated, file.path)))).text)
  }

  test('the snapshot holds the published chapters in order and the glossary in both locales', async () => {
    const response = await api.post('/api/manual-releases', { track: bilingual.track, version: '1.0.0', locales: ['es', 'en'] }, { token: tokens.designer! })
    expect(response.status, response.text).toBe(201)
    releaseId = response.body.doc.id
    await payload.jobs.run()
    before = await stored(releaseId)
    expect(before.status, before.failureReason).toBe('ready')

    expect(before.snapshot.chapters.map((c: Doc) => c.title)).toEqual([
      { es: 'Introducción a la línea', en: 'Introduction to the track' },
      { es: 'Encuadre del grupo', en: 'Group ground rules' },
      { es: 'Valoración de riesgo y canalización', en: 'Risk assessment and referral' },
    ])
    expect(before.snapshot.chapters.map((c: Doc) => c.kind)).toEqual(['introduction', 'ground-rules', 'risk-referral'])
    const byTerm = (locale: string) =>
      [...before.snapshot.glossary[locale]].sort((a: Doc, b: Doc) => a.term.localeCompare(b.term)).map(({ id: _id, ...entry }: Doc) => entry)
    expect(byTerm('es')).toEqual([
      { term: 'Encuadre', definition: 'Acuerdos explícitos que enmarcan el trabajo del grupo.', participantDefinition: 'Las reglas que acordamos en el grupo.' },
      { term: 'Minimización', definition: 'Restar gravedad a la violencia ejercida.' },
    ])
    expect(byTerm('en').map((entry: Doc) => entry.term)).toEqual(['Ground rules', 'Minimisation'])
  })

  test('the manual prints the chapters before the sessions and the glossary at the back; the workbook only plain words', async () => {
    const manual = await fileText(before, 'facilitator-manual', 'es')
    const intro = manual.lastIndexOf('Introducción a la línea')
    const encuadre = manual.indexOf('Confidencialidad, puntualidad y respeto.')
    const firstSession = manual.lastIndexOf(`Sesión 1. ${bilingual.titles.es[0]}`)
    expect(intro).toBeGreaterThan(0)
    expect(encuadre).toBeGreaterThan(intro)
    expect(firstSession).toBeGreaterThan(encuadre)
    expect(manual.lastIndexOf('Minimización: Restar gravedad a la violencia ejercida.')).toBeGreaterThan(firstSession)
    expect(manual).not.toContain('Capítulo en borrador')
    expect(manual).not.toContain('Contacto con la pareja (hombres)')
    expect(manual).not.toContain('Término en borrador')

    const english = await fileText(before, 'facilitator-manual', 'en')
    expect(english).toContain('Risk assessment and referral')
    expect(english).toContain('Ground rules: Explicit agreements that frame the group’s work.')

    const workbook = await fileText(before, 'participant-workbook', 'es')
    expect(workbook).toContain('Encuadre: Las reglas que acordamos en el grupo.')
    expect(workbook).not.toContain('Acuerdos explícitos')
    expect(workbook).not.toContain('Minimización')
    expect(workbook).not.toContain('Valoración de riesgo')
  })

  test('a later edit of a chapter or a term changes neither the release nor its files', async () => {
    await payload.update({ collection: 'manual-chapters', id: ids.encuadre, locale: 'es', data: { title: 'Encuadre reescrito', _status: 'published' } as never })
    await payload.update({ collection: 'glossary-terms', id: ids.term, locale: 'es', data: { definition: 'Definición cambiada después.', _status: 'published' } as never })
    await payload.delete({ collection: 'manual-chapters', id: ids.risk })
    await chapter({ track: bilingual.track, order: 5, kind: 'record-keeping', es: ['Registros añadidos', 'Nuevo.'], en: ['Records added', 'New.'] })

    const after = await stored(releaseId)
    expect(after.snapshot).toEqual(before.snapshot)
    expect(after.files).toEqual(before.files)
    const manual = await fileText(after, 'facilitator-manual', 'es')
    expect(manual).toContain('Encuadre del grupo')
    expect(manual).toContain('Valoración de riesgo y canalización')
    expect(manual).not.toContain('Encuadre reescrito')
    expect(manual).not.toContain('Definición cambiada después.')
    expect(manual).not.toContain('Registros añadidos')

    // The next release takes the new text.
    const next = await api.post('/api/manual-releases', { track: bilingual.track, version: '1.1.0', locales: ['es', 'en'] }, { token: tokens.designer! })
    expect(next.status, next.text).toBe(201)
    const nextDoc = await stored(next.body.doc.id)
    expect(nextDoc.snapshot.chapters.map((c: Doc) => c.title.es)).toEqual(['Introducción a la línea', 'Encuadre reescrito', 'Registros añadidos'])
    expect(nextDoc.snapshot.glossary.es.find((entry: Doc) => entry.term === 'Encuadre').definition).toBe('Definición cambiada después.')
  })
})

describe('the portal shows a release’s chapters and glossary', () => {
  const user = (actor: keyof CurriculumFixture['accounts']) => f.accounts[actor].doc as never

  test('a facilitator reads the chapters and the glossary as the release froze them, in her language', async () => {
    clearSnapshotCache()
    const spanish = (await releaseMatterFor(payload, user('facilitator'), releaseId, 'es'))!
    expect(spanish).not.toBeNull()
    // The release's text, not the later edits (the chapter renamed, deleted, added after it).
    expect(spanish.chapters.map((c) => c.title)).toEqual(['Introducción a la línea', 'Encuadre del grupo', 'Valoración de riesgo y canalización'])
    expect(spanish.chapters.map((c) => c.kind)).toEqual(['Introducción', 'Encuadre y reglas del grupo', 'Valoración de riesgo y canalización'])
    expect(JSON.stringify(spanish.chapters[1].body)).toContain('Confidencialidad, puntualidad y respeto.')
    expect(spanish.glossary).toEqual([
      { term: 'Encuadre', definition: 'Acuerdos explícitos que enmarcan el trabajo del grupo.', participantDefinition: 'Las reglas que acordamos en el grupo.', locale: 'es' },
      { term: 'Minimización', definition: 'Restar gravedad a la violencia ejercida.', participantDefinition: null, locale: 'es' },
    ])
    const english = (await releaseMatterFor(payload, user('facilitator'), releaseId, 'en'))!
    expect(english.chapters.map((c) => [c.title, c.titleLocale])).toEqual([
      ['Introduction to the track', 'en'],
      ['Group ground rules', 'en'],
      ['Risk assessment and referral', 'en'],
    ])
    expect(english.glossary.map((entry) => entry.term)).toEqual(['Ground rules', 'Minimisation'])
  })

  test('nobody without the release reads them: a facilitator of another track, an account without a role', async () => {
    expect(await releaseMatterFor(payload, user('scopedFacilitator'), releaseId, 'es')).toBeNull()
    expect(await releaseMatterFor(payload, user('noRole'), releaseId, 'es')).toBeNull()
    expect(await releaseMatterFor(payload, null, releaseId, 'es')).toBeNull()
  })
})

describe('release checks: front matter and glossary in every locale the release prints', () => {
  const check = (locales: string[], language: 'es' | 'en') =>
    api.post('/api/manual-releases/check', { track: bilingual.track, locales, notes: 'Notas' }, { token: tokens.designer!, headers: { 'Accept-Language': language } })
  // The last block of the file, on a database of its own: what it creates needs no clean-up (a
  // delete here would also fail on the MongoDB test server, which has no findAndModify-remove).

  test('a chapter or a term written in Spanish only is a problem line naming it and the locale, in the request’s language', async () => {
    const spanishOnly = await payload.create({
      collection: 'manual-chapters',
      locale: 'es',
      data: { programme: f.programme, track: bilingual.track, order: 9, kind: 'record-keeping', title: 'Registro de asistencia', body: lexicalFromParagraphs(['Solo en español.']), _status: 'published' } as never,
    })
    const term = await payload.create({
      collection: 'glossary-terms',
      locale: 'es',
      data: { programme: f.programme, term: 'Canalización', definition: 'Enviar a una persona al servicio que la atiende.', _status: 'published' } as never,
    })
    // Term and definition in both languages, the plain-language definition in Spanish only.
    await bilingualDoc(
      'glossary-terms',
      { programme: f.programme, term: 'Violencia económica', definition: 'Control del dinero como forma de dominio.', participantDefinition: 'Cuando alguien controla tu dinero.', _status: 'published' },
      { term: 'Economic violence', definition: 'Control of money as a form of domination.', _status: 'published' },
    )

    const spanish = await check(['es', 'en'], 'es')
    expect(spanish.status, spanish.text).toBe(200)
    const lines = spanish.body.message.split('\n')
    expect(lines).toContain('- Capítulo «Registro de asistencia»: título — falta en inglés (escrito en español).')
    expect(lines).toContain('- Capítulo «Registro de asistencia»: texto — falta en inglés (escrito en español).')
    expect(lines).toContain('- Glosario, término «Canalización»: el término y su definición faltan en inglés (escritos en español).')
    expect(lines).toContain(
      '- Glosario, término «Violencia económica»: la definición en lenguaje sencillo falta en inglés (escrita en español); sin ella el término no va en el cuaderno.',
    )
    const matter = spanish.body.problems.filter((p: Doc) => /^(chapters|glossary)\./.test(p.field))
    expect(matter.map((p: Doc) => [p.field, p.locale, p.blocking])).toEqual([
      ['chapters.title', 'en', true],
      ['chapters.body', 'en', true],
      ['glossary.term', 'en', true],
      ['glossary.participantDefinition', 'en', true],
    ])
    expect(matter[0].chapterId).toBe(String(spanishOnly.id))
    expect(matter[2].termId).toBe(String(term.id))

    const english = await check(['es', 'en'], 'en')
    expect(english.body.message.split('\n')).toEqual(
      expect.arrayContaining([
        '- Chapter «Registro de asistencia»: title is missing in English (written in Spanish).',
        '- Glossary term «Canalización»: the term and its definition are missing in English (written in Spanish).',
      ]),
    )
    // The chapters and terms complete in both languages raise nothing.
    expect(spanish.body.message).not.toMatch(/Encuadre|Minimización|Introducción a la línea/)

    // A release in Spanish only prints nothing missing.
    const onlySpanish = await check(['es'], 'es')
    expect(onlySpanish.body.problems.filter((p: Doc) => /^(chapters|glossary)\./.test(p.field))).toEqual([])

    // Creating the release is refused with the same lines, and nothing is made.
    const refused = await api.post('/api/manual-releases', { track: bilingual.track, version: '3.0.0', locales: ['es', 'en'], notes: 'Notas' }, { token: tokens.designer!, headers: { 'Accept-Language': 'es' } })
    expect(refused.status, refused.text).toBe(422)
    expect(refused.text).toContain('Glosario, término «Canalización»: el término y su definición faltan en inglés')
    expect((await payload.count({ collection: 'manual-releases' as any, where: { version: { equals: '3.0.0' } } })).totalDocs).toBe(0)
  })
})

