/**
 * The safety property, generated and followed through the database (issue 16, item 13):
 *
 *   facilitator-only material never reaches a participant output, nor anyone below facilitator
 *   level (anonymous readers, an account without a role) through REST, GraphQL, the search
 *   endpoint or the portal's and public pages' reads.
 *
 * fast-check (seeded: REEDUCA_LEAK_SEED, default below) generates tracks of random sessions and
 * resources. Every facilitator-only place gets a unique marker, in each content locale:
 * facilitator notes, safety notes, each activity's facilitator instructions, content notes,
 * materials, objectives, facilitator-audience resources (title, description, their file's alt
 * text), a videoVignette activity and a session's resource list pointing at them, a glossary
 * term's facilitator definition and a front-matter chapter (title and body). The rich text
 * fields hold every Lexical node type the editor makes: paragraph, heading, bullet, numbered,
 * check and nested lists, quote, link (a marker in its URL and another in its text), upload
 * node (a marker in the image's alt text), relationship node (to a facilitator resource), a
 * marker split over runs of different inline formats (bold, italic, underline, strikethrough,
 * code, sub/superscript), line breaks and tabs. Participant texts also hold a relationship node
 * to the facilitator resource, as a designer might write by mistake.
 *
 * Each track is released in Spanish and English through the real release job. Then no marker —
 * compared with hyphens, soft hyphens and all whitespace removed, case-folded, so a line or a
 * hyphen break in a PDF cannot hide one — may appear in a participant workbook (each locale, text,
 * links, outline and metadata, as downloaded and as found inside the offline bundle), nor in any
 * answer to anonymous or no-role requests. As a guard against passing vacuously, every marker
 * must appear in what facilitators get (the manual of its locale, or facilitator-level REST,
 * GraphQL and portal reads), and every text marker in the manual PDF of its locale.
 *
 * Runtime: CASES tracks (default 3, REEDUCA_LEAK_CASES), each two or three sessions, so about
 * 8 sessions, 10 facilitator fields each, in two locales: ~400 markers, 3 releases (12 PDFs and
 * 3 bundles); about a minute and a half on these machines.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { FACILITATOR_ONLY_MARKERS, tinyPng, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { readZip } from '../helpers/releaseFixture'
import { startSuite } from '../helpers/suite'
import { type TestPayload } from '../helpers/testPayload'
import { readPdf as readPdfBytes } from '../unit/releases/pdf'
import { lexicalToPlainText } from '@/core/richtext/lexical'
import { ACTIVITY_KINDS, type ActivityKind } from '@/core/vocabulary'

process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-leak-'))
process.env.GENERATED_DIR = generated

const SEED = Number(process.env.REEDUCA_LEAK_SEED ?? 20261206)
const CASES = Number(process.env.REEDUCA_LEAK_CASES ?? 3)
const LOCALES = ['es', 'en'] as const
type Locale = (typeof LOCALES)[number]

/** See releases.test.ts: an enumerable Array.prototype.random upsets pdf.js. */
async function readPdf(bytes: Uint8Array) {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  try {
    return await readPdfBytes(bytes)
  } finally {
    if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', descriptor)
  }
}

/** The comparison form: no hyphens (any kind), soft hyphens, zero-width spaces or whitespace; case-folded. */
const fold = (text: string) => text.replace(/[\s\u00ad\u200b\u2010\u2011\u2012\u2013\u2014\u2212-]+/g, '').toLowerCase()

// --- markers -------------------------------------------------------------------------------------

interface Marker {
  text: string
  /** Where it was planted, for the failure message. */
  where: string
  locale: Locale | null
  /** Printed as text in the manual (not an image's alt text, a link's URL or a related document). */
  printed: boolean
}

const markers: Marker[] = []
let markerCount = 0
/** A unique marker: fixed-length after folding (so none is a part of another), hyphenated like words a layout may break. */
function marker(where: string, locale: Locale | null, printed = true, random = 'x'): string {
  markerCount++
  const serial = String(markerCount).padStart(4, '0')
  const text = `Leak-${serial}-${random.padEnd(4, 'q').slice(0, 4)}`
  markers.push({ text, where, locale, printed })
  return text
}

// --- Lexical nodes ------------------------------------------------------------------------------

const FORMAT_BITS = [1, 2, 4, 8, 16, 32, 64] // bold, italic, strikethrough, underline, code, subscript, superscript
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})
const paragraph = (children: unknown[]) => block('paragraph', children, { textFormat: 0, textStyle: '' })
const root = (children: unknown[]) => ({ root: block('root', children) })
const listOf = (listType: 'bullet' | 'number' | 'check', items: unknown[][]) =>
  block('list', items.map((children, index) => block('listitem', children, { value: index + 1, ...(listType === 'check' ? { checked: index % 2 === 0 } : {}) })), {
    listType,
    tag: listType === 'number' ? 'ol' : 'ul',
    start: 1,
  })

type NodeKind = 'paragraph' | 'heading' | 'bullet' | 'number' | 'check' | 'nested' | 'quote' | 'link' | 'formats' | 'breaks' | 'upload' | 'relationship'
const NODE_KINDS: NodeKind[] = ['paragraph', 'heading', 'bullet', 'number', 'check', 'nested', 'quote', 'link', 'formats', 'breaks', 'upload', 'relationship']

interface Refs {
  /** A media document per upload node, its alt text a marker. */
  uploadMedia: (alt: string) => Promise<ID>
  facilitatorResource: ID
}

/** A facilitator-only rich text in `locale`: one node of each kind asked for, each carrying its own markers. */
async function facilitatorRichText(where: string, locale: Locale, kinds: NodeKind[], words: string[], refs: Refs, random: string) {
  const children: unknown[] = []
  const m = (what: string, printed = true) => marker(`${where} ${what}`, locale, printed, random)
  const filler = words.join(' ')
  for (const kind of kinds) {
    switch (kind) {
      case 'paragraph':
        children.push(paragraph([text(`${filler} ${m('paragraph')} ${filler}.`)]))
        break
      case 'heading':
        children.push(block('heading', [text(m('heading'))], { tag: `h${2 + (words.length % 3)}` }))
        break
      case 'bullet':
      case 'number':
      case 'check':
        children.push(listOf(kind, [[text(m(`${kind} list item`))], [text(filler)]]))
        break
      case 'nested': {
        const inner = listOf('bullet', [[text(m('nested list item'))]])
        children.push(block('list', [block('listitem', [text(filler)], { value: 1 }), block('listitem', [inner], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }))
        break
      }
      case 'quote':
        children.push(block('quote', [text(m('quote'))]))
        break
      case 'link':
        children.push(
          paragraph([
            text(`${filler} `),
            block('link', [text(m('link text'))], {
              version: 3,
              fields: { url: `https://example.org/${m('link URL', false)}`, newTab: false, linkType: 'custom' },
            }),
          ]),
        )
        break
      case 'formats': {
        // One marker over runs of different formats: the renderer prints each run on its own.
        const whole = m('formatted runs')
        const cut = 5 + (words.length % 5)
        const format = FORMAT_BITS[words.length % FORMAT_BITS.length] | FORMAT_BITS[(words.length + 3) % FORMAT_BITS.length]
        children.push(paragraph([text(whole.slice(0, cut), format), text(whole.slice(cut), FORMAT_BITS[(words.length + 1) % FORMAT_BITS.length])]))
        break
      }
      case 'breaks':
        children.push(paragraph([text(filler), { type: 'linebreak', version: 1 }, text(m('after a line break')), { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 }, text(filler)]))
        break
      case 'upload':
        children.push({ type: 'upload', relationTo: 'media', value: await refs.uploadMedia(m('upload alt text', false)), fields: null, format: '', version: 3 })
        break
      case 'relationship':
        children.push({ type: 'relationship', relationTo: 'resources', value: refs.facilitatorResource, format: '', version: 2 })
        break
    }
  }
  return root(children)
}

// --- the generated curriculum ----------------------------------------------------------------------

const WORDS = ['respeto', 'acuerdo', 'grupo', 'confianza', 'derechos', 'calma', 'escucha', 'equidad', 'apoyo', 'cuidado', 'voz', 'camino']

const nodeKindsArb = fc.shuffledSubarray(NODE_KINDS, { minLength: 3 })
const activityArb = fc.record({
  kind: fc.constantFrom(...(ACTIVITY_KINDS.map((kind) => kind.value) as ActivityKind[])),
  instructionKinds: nodeKindsArb,
  participantLinksFacilitatorResource: fc.boolean(),
})
const sessionArb = fc.record({
  activities: fc.array(activityArb, { minLength: 2, maxLength: 5 }),
  notesKinds: nodeKindsArb,
  safetyKinds: nodeKindsArb,
  objectives: fc.integer({ min: 1, max: 3 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
  random: fc.string({ unit: fc.constantFrom(...'abcdefghjkmnpqrstuvwxyz'), minLength: 4, maxLength: 4 }),
  handout: fc.boolean(),
})
const caseArb = fc.record({
  audience: fc.constantFrom('women', 'men'),
  sessions: fc.array(sessionArb, { minLength: 2, maxLength: 3 }),
  chapterKinds: nodeKindsArb,
})
type GeneratedCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

/** The first case holds every node kind in its first session's notes, whatever the generator drew. */
const cases: GeneratedCase[] = fc.sample(caseArb, { seed: SEED, numRuns: CASES })
cases[0].sessions[0].notesKinds = [...NODE_KINDS]

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<string, string | null>
const releases: { id: ID; track: ID; sessions: ID[] }[] = []
const built: { id: ID; files: Record<string, any>[] }[] = []

type Doc = Record<string, any>

async function buildCase(c: GeneratedCase, index: number): Promise<void> {
  const random = c.sessions[0].random
  const slug = `leak-${index + 1}`
  const track = (await payload.create({
    collection: 'tracks',
    locale: 'es',
    data: { programme: f.programme, title: `Línea generada ${index + 1}`, slug, audience: c.audience, plannedSessions: c.sessions.length, sessionMinutes: 150 } as any,
  })).id as ID
  await payload.update({ collection: 'tracks', id: track, locale: 'en', data: { title: `Generated track ${index + 1}` } as any })
  const module = (await payload.create({ collection: 'modules', locale: 'es', data: { track, order: 1, title: 'Módulo', _status: 'published' } as any })).id as ID
  await payload.update({ collection: 'modules', id: module, locale: 'en', data: { title: 'Module', _status: 'published' } as any })

  const png = await tinyPng()
  let uploads = 0
  const uploadMedia = async (alt: string, locale: Locale = 'es') =>
    (await payload.create({ collection: 'media', locale, data: { alt } as any, file: { data: png, mimetype: 'image/png', name: `${slug}-${++uploads}.png`, size: png.byteLength } })).id as ID

  // The facilitator-audience resource: its title, description and file's alt text are markers.
  const facilitatorFile = await uploadMedia(marker(`${slug} facilitator resource file alt`, 'es', false, random))
  const facilitatorResource = (await payload.create({
    collection: 'resources',
    locale: 'es',
    data: {
      title: marker(`${slug} facilitator resource title`, 'es', true, random),
      description: marker(`${slug} facilitator resource description`, 'es', true, random),
      kind: 'document',
      audience: 'facilitator',
      tracks: [track],
      file: facilitatorFile,
      _status: 'published',
    } as any,
  })).id as ID
  await payload.update({
    collection: 'resources',
    id: facilitatorResource,
    locale: 'en',
    data: { title: marker(`${slug} facilitator resource title`, 'en', true, random), description: marker(`${slug} facilitator resource description`, 'en', true, random), _status: 'published' } as any,
  })
  const participantResource = (await payload.create({
    collection: 'resources',
    locale: 'es',
    data: { title: 'Hoja de derechos', description: 'Para llevar a casa.', kind: 'image', audience: 'participant', tracks: [track], file: await uploadMedia('Una hoja'), _status: 'published' } as any,
  })).id as ID
  await payload.update({ collection: 'resources', id: participantResource, locale: 'en', data: { title: 'Rights sheet', description: 'To take home.', _status: 'published' } as any })

  const refs: Refs = { uploadMedia, facilitatorResource }
  const sessions: ID[] = []
  for (const [n, s] of c.sessions.entries()) {
    const number = n + 1
    const where = (locale: Locale, field: string) => `${slug} session ${number} (${locale}) ${field}`
    // Minutes add up to 150: every activity 10, the first takes the rest.
    const minutes = s.activities.map((_, i) => (i === 0 ? 150 - 10 * (s.activities.length - 1) : 10))
    const localized = async (locale: Locale) => ({
      title: locale === 'es' ? `Sesión ${number}: ${s.words[0]}` : `Session ${number}: ${s.words[0]}`,
      summary: `${s.words.join(' ')} (${locale}).`,
      objectives: Array.from({ length: s.objectives }, (_, i) => marker(where(locale, `objective ${i + 1}`), locale, true, s.random)),
      contentNotes: marker(where(locale, 'content notes'), locale, true, s.random),
      materials: `${s.words.join(', ')} ${marker(where(locale, 'materials'), locale, true, s.random)}`,
      facilitatorNotes: await facilitatorRichText(where(locale, 'facilitator notes'), locale, s.notesKinds, s.words, refs, s.random),
      safetyNotes: await facilitatorRichText(where(locale, 'safety notes'), locale, s.safetyKinds, s.words, refs, s.random),
      activities: await Promise.all(
        s.activities.map(async (a, i) => ({
          title: `${locale === 'es' ? 'Actividad' : 'Activity'} ${i + 1}`,
          facilitatorInstructions: await facilitatorRichText(where(locale, `activity ${i + 1} (${a.kind}) instructions`), locale, a.instructionKinds, s.words, refs, s.random),
          participantContent: root([
            paragraph([text(`${s.words.join(' ')} (${locale} ${i + 1}).`)]),
            // A designer's slip: a participant text pointing at the facilitator resource.
            ...(a.participantLinksFacilitatorResource ? [{ type: 'relationship', relationTo: 'resources', value: facilitatorResource, format: '', version: 2 }] : []),
          ]),
        })),
      ),
      // A handout to print for participants; its body, by mistake too, points at the facilitator resource.
      handouts: s.handout
        ? [{ title: locale === 'es' ? 'Hoja' : 'Handout', body: root([paragraph([text(s.words.join(' '))]), { type: 'relationship', relationTo: 'resources', value: facilitatorResource, format: '', version: 2 }]) }]
        : [],
    })
    const es = await localized('es')
    const created = (await payload.create({
      collection: 'sessions',
      locale: 'es',
      data: {
        track,
        module,
        number,
        title: es.title,
        summary: es.summary,
        objectives: es.objectives.map((objective) => ({ objective })),
        contentNotes: es.contentNotes,
        materials: es.materials,
        facilitatorNotes: es.facilitatorNotes,
        safetyNotes: es.safetyNotes,
        activities: s.activities.map((a, i) => ({
          blockType: a.kind,
          title: es.activities[i].title,
          minutes: minutes[i],
          ...(a.kind === 'videoVignette' ? { resource: facilitatorResource } : {}),
          facilitatorInstructions: es.activities[i].facilitatorInstructions,
          participantContent: es.activities[i].participantContent,
        })),
        handouts: es.handouts,
        resources: [facilitatorResource, participantResource],
        _status: 'published',
      } as any,
    })) as Doc
    const stored = (await payload.findByID({ collection: 'sessions', id: created.id, locale: 'es', depth: 0 })) as Doc
    const en = await localized('en')
    await payload.update({
      collection: 'sessions',
      id: created.id,
      locale: 'en',
      data: {
        title: en.title,
        summary: en.summary,
        objectives: stored.objectives.map((row: Doc, i: number) => ({ id: row.id, objective: en.objectives[i] })),
        contentNotes: en.contentNotes,
        materials: en.materials,
        facilitatorNotes: en.facilitatorNotes,
        safetyNotes: en.safetyNotes,
        activities: stored.activities.map((row: Doc, i: number) => ({
          ...row,
          title: en.activities[i].title,
          facilitatorInstructions: en.activities[i].facilitatorInstructions,
          participantContent: en.activities[i].participantContent,
        })),
        handouts: stored.handouts.map((row: Doc, i: number) => ({ ...row, ...en.handouts[i] })),
        _status: 'published',
      } as any,
    })
    sessions.push(created.id)
  }

  // The manual's front matter and glossary of this track: facilitator material.
  const chapter = (await payload.create({
    collection: 'manual-chapters' as any,
    locale: 'es',
    data: {
      programme: f.programme,
      track,
      kind: 'other',
      order: 1,
      title: marker(`${slug} chapter title`, 'es', true, random),
      body: await facilitatorRichText(`${slug} chapter body`, 'es', c.chapterKinds, ['encuadre'], refs, random),
      _status: 'published',
    } as any,
  })).id as ID
  await payload.update({
    collection: 'manual-chapters' as any,
    id: chapter,
    locale: 'en',
    data: { title: marker(`${slug} chapter title`, 'en', true, random), body: await facilitatorRichText(`${slug} chapter body`, 'en', c.chapterKinds, ['framing'], refs, random), _status: 'published' } as any,
  })
  const term = (await payload.create({
    collection: 'glossary-terms' as any,
    locale: 'es',
    data: { programme: f.programme, track, term: `Término ${index + 1}`, definition: marker(`${slug} glossary facilitator definition`, 'es', true, random), participantDefinition: 'Palabras sencillas.', _status: 'published' } as any,
  })).id as ID
  await payload.update({
    collection: 'glossary-terms' as any,
    id: term,
    locale: 'en',
    data: { term: `Term ${index + 1}`, definition: marker(`${slug} glossary facilitator definition`, 'en', true, random), participantDefinition: 'Plain words.', _status: 'published' } as any,
  })

  const response = await api.post('/api/manual-releases', { track, version: '1.0.0', locales: [...LOCALES], confirmFewerSessions: true }, { token: tokens.designer, headers: { 'Accept-Language': 'en' } })
  expect(response.status, response.text).toBe(201)
  releases.push({ id: response.body.doc.id, track, sessions })
}

beforeAll(async () => {
  const suite = await startSuite()
  ;({ ctx, payload, api, f, tokens } = suite)
  for (const [index, c] of cases.entries()) await buildCase(c, index)
  // The real release job, as the server's queue runs it.
  for (let round = 0; round < 10; round++) {
    await payload.jobs.run({ limit: 20 } as any)
    const docs = await Promise.all(releases.map((r) => payload.findByID({ collection: 'manual-releases' as any, id: r.id, depth: 0, showHiddenFields: true }) as Promise<Doc>))
    if (docs.every((doc) => doc.status !== 'building')) {
      for (const doc of docs) {
        expect(doc.status, doc.failureReason).toBe('ready')
        built.push({ id: doc.id, files: doc.files })
      }
      break
    }
  }
  expect(built).toHaveLength(releases.length)
}, 600_000)

afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

/** Every marker found in `text` (folded), for the failure message. */
const bannedMarkers = () => [...markers.map((m) => m.text), ...FACILITATOR_ONLY_MARKERS]
/**
 * What a client reads in an answer: the raw text, and for JSON also the plain text of every
 * Lexical document in it, where a marker split over runs of different formats is whole again.
 */
function readable(text: string): string {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return text
  }
  const texts: string[] = [text]
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return
    if ('root' in (value as object)) texts.push(lexicalToPlainText(value))
    for (const child of Object.values(value as object)) walk(child)
  }
  walk(json)
  return texts.join('\n')
}
function leaksIn(text: string): string[] {
  const folded = fold(readable(text))
  return bannedMarkers().filter((m) => folded.includes(fold(m)))
}
const describeLeaks = (found: string[]) => found.map((text) => `${text} (${markers.find((m) => m.text === text)?.where ?? 'fixture'})`)

const fileOf = (release: { files: Doc[] }, edition: string, locale?: string) =>
  release.files.find((file) => file.edition === edition && (locale === undefined || file.locale === locale))!
const readGenerated = (file: Doc) => fs.readFileSync(path.join(generated, file.path))
const pdfCorpus = async (bytes: Uint8Array) => {
  const pdf = await readPdf(bytes)
  return [pdf.text, ...pdf.links, ...pdf.outline.map((entry) => entry.title), JSON.stringify(pdf.info)].join('\n')
}

describe('the generated curriculum', () => {
  test(`${CASES} generated tracks (seed ${SEED}) hold ${'>'}100 markers, every node kind, every activity kind; each released ready in es and en`, () => {
    expect(markers.length).toBeGreaterThan(100)
    for (const what of ['paragraph', 'heading', 'bullet list', 'number list', 'check list', 'nested list', 'quote', 'link text', 'link URL', 'formatted runs', 'after a line break', 'upload alt text', 'objective', 'content notes', 'materials', 'instructions', 'facilitator resource title', 'facilitator resource description', 'facilitator resource file alt', 'chapter title', 'chapter body', 'glossary facilitator definition']) {
      expect(markers.some((m) => m.where.includes(what)), what).toBe(true)
    }
    for (const locale of LOCALES) expect(markers.some((m) => m.locale === locale)).toBe(true)
    expect(built).toHaveLength(CASES)
  })
})

describe('participant outputs', () => {
  test('no marker in any participant workbook, as downloaded, in either locale', async () => {
    for (const release of built) {
      for (const locale of LOCALES) {
        const corpus = await pdfCorpus(readGenerated(fileOf(release, 'participant-workbook', locale)))
        expect(describeLeaks(leaksIn(corpus)), `workbook ${locale} of release ${release.id}`).toEqual([])
        // The workbook has content: a participant text of each session is in it.
        expect(fold(corpus)).toContain(fold(locale === 'es' ? 'Sesión 1' : 'Session 1'))
      }
    }
  })

  test('no marker in any participant file inside the offline bundle (workbooks, images, captions)', async () => {
    for (const release of built) {
      const entries = await readZip(readGenerated(fileOf(release, 'offline-bundle')))
      const workbooks = entries.filter((entry) => entry.name.endsWith('.pdf') && entry.name.includes('-workbook-'))
      expect(workbooks).toHaveLength(LOCALES.length)
      for (const entry of workbooks) expect(describeLeaks(leaksIn(await pdfCorpus(entry.data))), entry.name).toEqual([])
      // Files a participant may be handed (everything but the manual and the facilitator pages).
      for (const entry of entries.filter((e) => !e.name.endsWith('.pdf') && !e.name.endsWith('.html') && e.name !== 'manifest.json')) {
        expect(describeLeaks(leaksIn(entry.data.toString('latin1'))), entry.name).toEqual([])
      }
    }
  })
})

const activityFragments = ACTIVITY_KINDS.map((kind) => `... on ${kind.interfaceName} { title facilitatorInstructions participantContent }`).join(' ')
const graphqlQueries = (releaseId: ID, sessionId: ID) =>
  LOCALES.flatMap((locale) => [
    `{ Sessions(locale: ${locale}, limit: 50, draft: true) { docs { id title contentNotes materials objectives { objective } facilitatorNotes safetyNotes activities { ${activityFragments} } resources { id title description } } } }`,
    `{ Session(id: ${JSON.stringify(sessionId)}, locale: ${locale}) { title contentNotes materials facilitatorNotes safetyNotes objectives { objective } } }`,
    `{ Resources(locale: ${locale}, limit: 50) { docs { id title description audience file { alt } } } }`,
    `{ GlossaryTerms(locale: ${locale}, limit: 50) { docs { term definition } } ManualChapters(locale: ${locale}, limit: 50) { docs { title body } } }`,
    `{ ManualRelease(id: ${JSON.stringify(releaseId)}) { id version status } }`,
    `mutation { updateSession(id: ${JSON.stringify(sessionId)}, locale: ${locale}, data: { title: "x" }) { facilitatorNotes safetyNotes contentNotes materials } }`,
    `mutation { createSession(data: { title: "x", number: 99, track: ${JSON.stringify(releases[0].track)} }) { id facilitatorNotes } }`,
  ])

describe('what a facilitator prints for participants', () => {
  test('the portal\'s print view of a release session\'s handouts holds no marker', async () => {
    const React = await import('react')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { HandoutsPrint } = await import('@/ui/portal/SessionRun')
    const { STRINGS } = await import('@/ui/strings')
    const { releaseSessionFor } = await import('@/portal/releaseSessions')
    let handouts = 0
    for (const r of releases) {
      for (const lang of LOCALES) {
        for (let number = 1; number <= r.sessions.length; number++) {
          const found = await releaseSessionFor(payload, f.accounts.facilitator.doc as any, r.id, number, lang)
          expect(found, `release ${r.id} session ${number}`).toBeTruthy()
          handouts += found!.view.handouts.length
          const html = renderToStaticMarkup(React.createElement(HandoutsPrint, { view: found!.view, lang, t: STRINGS[lang] }))
          expect(describeLeaks(leaksIn(html)), `handouts of release ${r.id} session ${number} (${lang})`).toEqual([])
        }
      }
    }
    expect(handouts).toBeGreaterThan(0)
  })
})

describe('answers to anyone below facilitator level', () => {
  const who = ['anonymous', 'noRole'] as const
  const collections = ['sessions', 'resources', 'media', 'glossary-terms', 'manual-chapters', 'manual-releases', 'tracks', 'modules', 'themes', 'programmes', 'services', 'review-decisions']

  /** Every answer a client below facilitator level gets, concatenated per request. */
  async function restAnswers(token: string | null): Promise<Array<[string, string, number]>> {
    const answers: Array<[string, string, number]> = []
    const get = async (url: string) => {
      const response = await api.get(url, { token })
      answers.push([url, response.text, response.status])
    }
    for (const slug of collections) {
      for (const query of ['?depth=3&locale=all&limit=200', '?depth=2&locale=en&draft=true&limit=200']) await get(`/api/${slug}${query}`)
      await get(`/api/${slug}/versions?depth=2&locale=all&limit=200`)
    }
    for (const r of releases) {
      await get(`/api/manual-releases/${r.id}?depth=3&locale=all`)
      for (const edition of ['facilitator-manual', 'participant-workbook', 'offline-bundle']) {
        for (const locale of LOCALES) await get(`/api/manual-releases/${r.id}/download/${edition}?locale=${locale}`)
      }
      for (const id of r.sessions) {
        await get(`/api/sessions/${id}?depth=3&locale=all`)
        await get(`/api/sessions/${id}?depth=3&locale=all&draft=true`)
      }
    }
    // Query operators as an oracle: a where on a facilitator-only field must not tell anything either.
    const first = markers.find((m) => m.where.includes('safety notes paragraph'))!.text
    await get(`/api/sessions?where[safetyNotes][like]=${encodeURIComponent(first)}&depth=0`)
    await get(`/api/sessions?where[contentNotes][like]=${encodeURIComponent(markers.find((m) => m.where.includes('content notes'))!.text)}&depth=0`)
    for (const q of [first, 'Leak', markers[markers.length - 1].text]) await get(`/api/search?q=${encodeURIComponent(q)}`)
    await get('/api/users/me')
    return answers
  }

  for (const actor of who) {
    test(`REST and the search endpoint answer no marker to ${actor}`, async () => {
      const answers = await restAnswers(tokens[actor])
      expect(answers.length).toBeGreaterThan(50)
      for (const [url, body] of answers) expect(describeLeaks(leaksIn(body)), `${actor} ${url}`).toEqual([])
      // A refusal, not a crash: a 500 tells nothing, but it is no answer either.
      expect(answers.filter(([, , status]) => status >= 500).map(([url, , status]) => `${status} ${url}`)).toEqual([])
    })

    test(`GraphQL reads and mutations answer no marker to ${actor}`, async () => {
      for (const r of releases) {
        for (const query of graphqlQueries(r.id, r.sessions[0])) {
          const response = await api.graphql(query, { token: tokens[actor] })
          expect(describeLeaks(leaksIn(response.text)), `${actor} ${query.slice(0, 60)}`).toEqual([])
        }
      }
      // Nothing was changed by the refused mutations.
      const session = (await payload.findByID({ collection: 'sessions', id: releases[0].sessions[0], depth: 0 })) as Doc
      expect(session.title).not.toBe('x')
    })

    test(`the portal's and public pages' reads give ${actor} no marker`, async () => {
      const data = await import('@/portal/data')
      const releaseSessions = await import('@/portal/releaseSessions')
      const help = await import('@/portal/publicHelp')
      const user = actor === 'anonymous' ? null : (f.accounts.noRole.doc as any)
      const seen: unknown[] = []
      // A refusal (Payload's Forbidden) is no leak: what counts is what comes back.
      const read = async (load: () => Promise<unknown>) => seen.push(await load().catch((error: Error) => `refused: ${error.name}`))
      for (const lang of LOCALES) {
        await read(() => help.helpLines(payload, lang))
        await read(() => help.howToJoin(payload, lang))
        for (const r of releases) {
          await read(() => releaseSessions.releaseSessionsFor(payload, user, r.id, lang))
          for (const number of [1, 2, 3]) await read(() => releaseSessions.releaseSessionFor(payload, user, r.id, number, lang))
          if (user) {
            await read(() => data.tracksFor(payload, user, lang))
            await read(() => data.releasesOf(payload, user, lang, r.track))
            await read(() => data.sessionsOf(payload, user, lang, r.track))
            for (const id of r.sessions) await read(() => data.liveSessionFor(payload, user, id, lang))
          }
        }
      }
      expect(describeLeaks(leaksIn(JSON.stringify(seen)))).toEqual([])
      // Below facilitator level the portal shows nothing of the curriculum at all.
      expect(seen.filter((answer) => answer !== null && !String(answer).startsWith('refused') && !(Array.isArray(answer) && answer.length === 0)).length).toBeLessThanOrEqual(LOCALES.length * 2)
    })
  }
})

describe('not vacuous: facilitators do get every marker', () => {
  test('every text marker is printed in the facilitator manual of its locale', async () => {
    const missing: string[] = []
    for (const [index, release] of built.entries()) {
      const slug = `leak-${index + 1} `
      for (const locale of LOCALES) {
        const manual = fold(await pdfCorpus(readGenerated(fileOf(release, 'facilitator-manual', locale))))
        for (const m of markers.filter((m) => m.where.startsWith(slug) && m.locale === locale && (m.printed || m.where.includes('link URL')))) {
          // An upload node's image is printed; its alt text is in the structure tree, not the text.
          if (!manual.includes(fold(m.text))) missing.push(`${m.text} (${m.where})`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  test('every marker reaches a facilitator through REST, GraphQL or the portal', async () => {
    const facilitator = f.accounts.facilitator.doc as any
    const corpus: string[] = []
    for (const slug of ['sessions', 'resources', 'media', 'glossary-terms', 'manual-chapters']) {
      corpus.push((await api.get(`/api/${slug}?depth=2&locale=all&limit=500`, { token: tokens.facilitator })).text)
    }
    for (const r of releases) {
      for (const query of graphqlQueries(r.id, r.sessions[0]).filter((q) => !q.startsWith('mutation'))) {
        const response = await api.graphql(query, { token: tokens.facilitator })
        expect(response.body?.errors, `${query.slice(0, 60)}: ${response.text.slice(0, 300)}`).toBeUndefined()
        corpus.push(response.text)
      }
      const { releaseSessionFor } = await import('@/portal/releaseSessions')
      for (const lang of LOCALES) for (const number of [1, 2, 3]) corpus.push(JSON.stringify(await releaseSessionFor(payload, facilitator, r.id, number, lang)))
    }
    const all = fold(corpus.map(readable).join('\n'))
    expect(markers.filter((m) => !all.includes(fold(m.text))).map((m) => `${m.text} (${m.where})`)).toEqual([])
  })
})
