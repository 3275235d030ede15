/**
 * Manual releases through the Local API and REST: version ordering, the release checks' full
 * lists, the frozen snapshot, immutability and withdrawal, and the background build on the jobs
 * queue (run here by hand), its retries, its final failure and its recovery after a crash; and
 * who may read, create, update and delete releases, per role, over REST and the Local API.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { ACTORS, loginAll, MARKERS, type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { buildBilingualTrack, readZip, type BilingualTrack } from '../helpers/releaseFixture'
import { testDatabaseKind, type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { readPdf as readPdfBytes } from '../unit/releases/pdf'
import { lexicalFromParagraphs, lexicalToPlainText } from '@/core/richtext/lexical'

/**
 * Something loaded with Payload adds an enumerable Array.prototype.random, which pdf.js refuses
 * to work with; hide it from enumeration while reading a PDF back.
 */
async function readPdf(bytes: Uint8Array) {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  try {
    return await readPdfBytes(bytes)
  } finally {
    if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', descriptor)
  }
}

// The suite drives the queue itself; builds retry at once.
process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
// The jobs cron fires once a year here: a release that becomes ready was built by the kick after
// its creation, whatever the machine's speed (a deadline before the 10 s tick failed on slow ones).
process.env.REEDUCA_JOBS_CRON = '0 0 0 1 1 *'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-generated-'))
process.env.GENERATED_DIR = generated

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let bilingual: BilingualTrack
let tokens: { admin: string; designer: string; facilitator: string }
let hooks: typeof import('@/cms/releases/buildFiles').releaseBuildHooks
let jobs: typeof import('@/cms/jobs/recovery')

type Doc = Record<string, any>

beforeAll(async () => {
  const suite = await startSuite()
  ;({ ctx, payload, api, f } = suite)
  bilingual = await buildBilingualTrack(payload, f.programme)
  tokens = { admin: suite.tokens.admin!, designer: suite.tokens.designer!, facilitator: suite.tokens.facilitator! }
  hooks = (await import('@/cms/releases/buildFiles')).releaseBuildHooks
  jobs = await import('@/cms/jobs/recovery')
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})
afterEach(() => {
  delete hooks.beforeRender
  delete hooks.afterFile
})

const release = async (id: ID): Promise<Doc> =>
  (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0, showHiddenFields: true })) as Doc
const buildJobs = async (): Promise<Doc[]> =>
  (await payload.find({ collection: 'payload-jobs' as any, where: { taskSlug: { equals: 'buildManualRelease' } }, pagination: false, depth: 0 })).docs as Doc[]
const jobFor = async (id: ID) => (await buildJobs()).find((job) => String(job.input?.releaseId) === String(id))
const message = (response: { body: any }) => String(response.body?.errors?.[0]?.message ?? '')

/** Refusals come in the request's language: these tests read the English ones (Spanish: 'release checks'). */
const createRelease = (data: Record<string, unknown>, token = tokens.designer, language = 'en') =>
  api.post('/api/manual-releases', data, { token, headers: { 'Accept-Language': language } })

describe('creating a release', () => {
  let first: Doc

  test('a designer creates 1.0.0: it is frozen, building, queued, and answers at once', async () => {
    // The admin's form sends the notes in the locale being edited (`?locale=es`).
    const response = await api.post('/api/manual-releases?locale=es', { track: bilingual.track, version: '1.0.0', locales: ['es', 'en'], notes: lexicalFromParagraphs(['Notas de la primera edición.']) }, { token: tokens.designer })
    expect(response.status, response.text).toBe(201)
    first = response.body.doc
    expect(first.status).toBe('building')
    expect(first.publishedBy?.id ?? first.publishedBy).toEqual(f.accounts.designer.id)
    expect(first.contentHash).toMatch(/^[a-f0-9]{64}$/)
    expect(first.previousVersion).toBeNull()
    expect(first.changes).toEqual({ previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] })
    // The snapshot never goes over the API.
    expect(response.body.doc).not.toHaveProperty('snapshot')
    expect(response.text).not.toContain(MARKERS.safetyNotes)
    const stored = await release(first.id)
    expect(stored.snapshot.sessions.map((s: Doc) => s.title)).toEqual([
      { es: bilingual.titles.es[0], en: bilingual.titles.en[0] },
      { es: bilingual.titles.es[1], en: bilingual.titles.en[1] },
    ])
    expect(stored.snapshot.sessions[0].id).toBe(String(bilingual.sessions[0]))
    expect(stored.snapshot.resources[0].captionLanguages).toEqual(['es', 'en'])
    const job = await jobFor(first.id)
    expect(job).toBeTruthy()
    expect(job!.processing).toBe(false)
  })

  test('its notes are kept in the language they were written in, in the record as in the snapshot', async () => {
    expect(lexicalToPlainText(first.notes)).toBe('Notas de la primera edición.')
    const everyLocale = (await payload.findByID({ collection: 'manual-releases' as any, id: first.id, locale: 'all', depth: 0 })) as Doc
    expect(Object.keys(everyLocale.notes ?? {})).toEqual(['es'])
    expect(lexicalToPlainText(everyLocale.notes.es)).toBe('Notas de la primera edición.')
    const read = await api.get(`/api/manual-releases/${first.id}?locale=es`, { token: tokens.facilitator })
    expect(lexicalToPlainText(read.body.notes)).toBe('Notas de la primera edición.')
    expect(lexicalToPlainText((await release(first.id)).snapshot.release.notes.es)).toBe('Notas de la primera edición.')
  })

  test('the same version again, or a lower one, is refused with 400 naming both versions, and starts no typesetting', async () => {
    const { typstEngine } = await import('@/core/releases/render')
    const engine = typstEngine()
    engine.stop()
    const started = engine.stats().started
    // As on a server, where the process that takes a create builds it: its compilers boot while
    // the content is read, and only then.
    process.env.REEDUCA_JOBS_AUTORUN = '1'
    try {
      for (const version of ['1.0.0', '0.9.9', '1.0.0-rc.1']) {
        const response = await createRelease({ track: bilingual.track, version, locales: ['es', 'en'] })
        expect(response.status, response.text).toBe(400)
        expect(message(response)).toContain(`Version ${version} must be greater than 1.0.0`)
      }
      expect(engine.stats().started).toBe(started)
      // Past those checks, refused on its content (nothing changed since 1.0.0): started as it was read.
      const unchanged = await createRelease({ track: bilingual.track, version: '1.0.1', locales: ['es', 'en'] })
      expect(unchanged.status, unchanged.text).toBe(422)
      expect(engine.stats().started).toBeGreaterThan(started)
    } finally {
      process.env.REEDUCA_JOBS_AUTORUN = '0'
      engine.stop()
    }
  })

  test('a version that is not semantic is refused with 400', async () => {
    for (const version of ['1.0', 'v1.1.0', '01.2.0', '']) {
      const response = await createRelease({ track: bilingual.track, version, locales: ['es'] })
      expect(response.status, `${version}: ${response.text}`).toBe(400)
    }
  })

  test('facilitators may not create releases', async () => {
    const response = await createRelease({ track: bilingual.track, version: '9.0.0', locales: ['es'] }, tokens.facilitator)
    expect(response.status).toBe(403)
  })

  test('the build job renders every file, then marks the release ready', async () => {
    await payload.jobs.run()
    const built = await release(first.id)
    expect(built.status, built.failureReason).toBe('ready')
    const files = built.files as Doc[]
    expect(files.map((file) => `${file.edition}:${file.locale ?? '*'}`).sort()).toEqual([
      'facilitator-manual:en',
      'facilitator-manual:es',
      'offline-bundle:*',
      'participant-workbook:en',
      'participant-workbook:es',
    ])
    expect(files.find((file) => file.edition === 'facilitator-manual' && file.locale === 'es')!.filename).toBe('reeduca-prueba-1.0.0-manual-es.pdf')
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(generated, file.path))
      expect(bytes.byteLength).toBe(file.size)
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
      expect(file.path.startsWith(`releases/${built.id}/`)).toBe(true)
    }
    // No temporary file is left behind, and the finished job is gone from the queue.
    expect(fs.readdirSync(path.join(generated, 'releases', String(built.id))).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(await jobFor(first.id)).toBeUndefined()

    const manual = await readPdf(fs.readFileSync(path.join(generated, files.find((f) => f.edition === 'facilitator-manual' && f.locale === 'en')!.path)))
    expect(manual.text).toContain('Welcome to the group')
    expect(manual.text).toContain(MARKERS.safetyNotes)
    const workbook = await readPdf(fs.readFileSync(path.join(generated, files.find((f) => f.edition === 'participant-workbook' && f.locale === 'es')!.path)))
    expect(workbook.text).toContain('Bienvenida al grupo')
    for (const marker of [MARKERS.safetyNotes, MARKERS.facilitatorNotes, MARKERS.instructions]) expect(workbook.text).not.toContain(marker)

    const bundle = await readZip(fs.readFileSync(path.join(generated, files.find((f) => f.edition === 'offline-bundle')!.path)))
    const names = bundle.map((entry) => entry.name)
    expect(names).toEqual(expect.arrayContaining(['index.html', 'es/index.html', 'es/session-01.html', 'en/session-02.html', 'manifest.json', 'es/reeduca-prueba-1.0.0-manual-es.pdf', 'en/reeduca-prueba-1.0.0-workbook-en.pdf']))
    expect(names.filter((name) => name.startsWith('captions/') && name.endsWith('.vtt'))).toHaveLength(2)
    const manifest = JSON.parse(bundle.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8'))
    expect(manifest.release.version).toBe('1.0.0')
    expect(manifest.locales).toEqual(['es', 'en'])
    for (const entry of bundle.filter((e) => e.name !== 'manifest.json')) {
      const listed = manifest.files.find((file: Doc) => file.path === entry.name)
      expect(listed, entry.name).toBeTruthy()
      expect(listed.size).toBe(entry.data.byteLength)
      expect(listed.sha256).toBe(crypto.createHash('sha256').update(entry.data).digest('hex'))
      // PDFs and media are compressed already and stored; HTML, captions and the manifest deflated.
      expect(entry.method, entry.name).toBe(/\.(html|vtt|json)$/.test(entry.name) ? 'deflated' : 'stored')
    }
    const page = bundle.find((entry) => entry.name === 'en/session-01.html')!.data.toString('utf8')
    expect(page).toContain('Welcome to the group')
    expect(page).toContain('<track kind="captions"')
    expect(page).not.toMatch(/https?:\/\/(?!www\.)/) // nothing to fetch: relative links only
  })
})

describe('release checks', () => {
  // Written past the hooks, as old data would be: raw SQL, or the collection's model on MongoDB.
  const setDuration = async (minutes: number) => {
    if (payload.db.name === 'mongoose') {
      await (payload.db as any).collections.sessions.updateOne({ _id: f.sessions.menPublished }, { $set: { duration: minutes } })
    } else {
      await (payload.db as any).execute({ drizzle: (payload.db as any).drizzle, raw: `UPDATE sessions SET duration = ${minutes} WHERE id = '${f.sessions.menPublished}'` })
    }
  }

  beforeAll(async () => {
    // A published session whose agenda no longer fills its duration.
    await setDuration(160)
  })

  test('refuse with 422 and the full list: timing, every missing translation, captions, fewer sessions', async () => {
    const response = await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es', 'en'] })
    expect(response.status, response.text).toBe(422)
    const error = response.body.errors[0]
    const problems = error.data.problems as Doc[]
    const has = (where: Partial<Doc>) => problems.some((p) => Object.entries(where).every(([k, v]) => p[k] === v))

    expect(has({ code: 'timing', sessionNumber: 1, field: 'activities' })).toBe(true)
    expect(has({ code: 'timing', sessionNumber: 3 })).toBe(false)
    for (const number of [1, 3]) {
      for (const field of ['title', 'summary', 'objectives', 'contentNotes', 'facilitatorNotes', 'safetyNotes', 'activities.title', 'activities.participantContent', 'activities.facilitatorInstructions']) {
        expect(has({ code: 'missing-translation', sessionNumber: number, field, locale: 'en' }), `session ${number} ${field}`).toBe(true)
      }
      // Every activity is listed, not just the first.
      expect(problems.filter((p) => p.sessionNumber === number && p.field === 'activities.title').map((p) => p.item)).toEqual([1, 2, 3, 4, 5])
    }
    expect(has({ code: 'missing-translation', sessionNumber: 1, locale: 'es' })).toBe(false)
    expect(has({ code: 'missing-translation', field: 'track.title', locale: 'en' })).toBe(true)
    expect(has({ code: 'missing-captions', locale: 'es', resourceId: String(f.resources.menParticipant) })).toBe(true)
    expect(has({ code: 'missing-captions', locale: 'en', resourceId: String(f.resources.menParticipant) })).toBe(true)
    expect(has({ code: 'fewer-sessions', severity: 'warning' })).toBe(true)
    // The facilitator-only document needs no captions, and the draft session is not looked at.
    expect(has({ resourceId: String(f.resources.menFacilitator) })).toBe(false)
    expect(has({ sessionNumber: 2 })).toBe(false)
    // The message lists them all too.
    expect(error.message).toContain(`cannot be built: ${problems.length} problems`)
    expect(error.message).toContain('Session 1 «No violencia»: activities add up to 150 of 160 minutes (10 missing).')
    expect(error.message).toContain('Session 3 «Apoyo y confianza»: title is missing in English (written in Spanish).')
    expect(error.message).toContain('has no captions in Spanish')
    expect(error.message.split('\n')).toHaveLength(problems.length + 1)
    // The same list in Spanish, for a Spanish admin (and for clients that state no language).
    for (const spanish of [await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es', 'en'] }, tokens.designer, 'es-MX'), await api.post('/api/manual-releases', { track: f.tracks.men, version: '1.0.0', locales: ['es', 'en'] }, { token: tokens.designer })]) {
      expect(spanish.status).toBe(422)
      expect(message(spanish)).toContain(`no puede generarse: ${problems.length} problemas`)
      expect(message(spanish)).toContain('Sesión 1 «No violencia»: las actividades suman 150 de 160 minutos (faltan 10).')
      expect(message(spanish)).toContain('Sesión 3 «Apoyo y confianza»: título — falta en inglés (escrito en español).')
      expect(message(spanish)).toContain('no tiene subtítulos en español')
      // Each problem names its session's id, for the admin's links.
      expect((spanish.body.errors[0].data.problems as Doc[]).filter((p) => p.sessionNumber === 1).every((p) => String(p.sessionId) === String(f.sessions.menPublished))).toBe(true)
    }
    // Nothing was created or queued.
    expect((await payload.count({ collection: 'manual-releases' as any, where: { track: { equals: f.tracks.men } } })).totalDocs).toBe(0)
  })

  test('a Spanish-only release lists only what concerns Spanish; confirming fewer sessions lifts only that warning', async () => {
    const unconfirmed = await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es'] })
    expect(unconfirmed.status).toBe(422)
    expect((unconfirmed.body.errors[0].data.problems as Doc[]).map((p) => p.code).sort()).toEqual(['fewer-sessions', 'missing-captions', 'timing'])
    const confirmed = await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es'], confirmFewerSessions: true })
    expect(confirmed.status).toBe(422)
    expect((confirmed.body.errors[0].data.problems as Doc[]).map((p) => p.code).sort()).toEqual(['missing-captions', 'timing'])
  })

  test('once fixed, the release goes through; without the confirmation the warning alone blocks it', async () => {
    await setDuration(150)
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola\n')
    const caption = await payload.create({ collection: 'media', data: {}, file: { data: vtt, mimetype: 'text/vtt', name: 'men-es.vtt', size: vtt.byteLength } })
    await payload.update({ collection: 'resources', id: f.resources.menParticipant, data: { captions: [{ language: 'es', file: caption.id }], _status: 'published' } as any })

    const warning = await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es'] })
    expect(warning.status).toBe(422)
    expect(warning.body.errors[0].data.problems).toEqual([expect.objectContaining({ code: 'fewer-sessions', blocking: true, confirmWith: 'confirmFewerSessions' })])
    expect(message(warning)).toContain('plans 24 sessions but only 2 are published')
    const ok = await createRelease({ track: f.tracks.men, version: '1.0.0', locales: ['es'], confirmFewerSessions: true })
    expect(ok.status, ok.text).toBe(201)
  })
})

describe('the frozen snapshot', () => {
  let v100: Doc
  let v110: Doc

  test('later edits to the curriculum do not change a release', async () => {
    v100 = (await payload.find({ collection: 'manual-releases' as any, where: { and: [{ track: { equals: bilingual.track } }, { version: { equals: '1.0.0' } }] }, showHiddenFields: true, depth: 0 })).docs[0] as Doc
    expect(v100.status).toBe('ready')
    const before = structuredClone(v100)

    await payload.update({ collection: 'sessions', id: bilingual.sessions[0], locale: 'es', data: { title: 'Bienvenida renovada', _status: 'published' } as any })
    const extra = await payload.create({
      collection: 'sessions',
      locale: 'es',
      data: { track: bilingual.track, number: 3, title: 'Sesión añadida', summary: 'Resumen.', activities: [{ blockType: 'themeWork', title: 'Tema', minutes: 150 }], _status: 'published' } as any,
    })
    await payload.update({ collection: 'sessions', id: extra.id, locale: 'en', data: { title: 'Added session', summary: 'Summary.', activities: [{ ...(await payload.findByID({ collection: 'sessions', id: extra.id, depth: 0 })).activities![0], title: 'Theme' }], _status: 'published' } as any })

    const after = await release(v100.id)
    expect(after.snapshot).toEqual(before.snapshot)
    expect(after.contentHash).toBe(before.contentHash)
    expect(after.files).toEqual(before.files)
    const manual = after.files.find((file: Doc) => file.edition === 'facilitator-manual' && file.locale === 'es')
    const bytes = fs.readFileSync(path.join(generated, manual.path))
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(manual.sha256)
    const text = (await readPdf(bytes)).text
    expect(text).toContain('Bienvenida al grupo')
    expect(text).not.toContain('Bienvenida renovada')
  })

  test('the next release holds the new content and what changed since 1.0.0', async () => {
    const response = await createRelease({ track: bilingual.track, version: '1.1.0', locales: ['es', 'en'] })
    expect(response.status, response.text).toBe(201)
    v110 = response.body.doc
    expect(v110.previousVersion).toBe('1.0.0')
    expect(v110.changes.previousVersion).toBe('1.0.0')
    expect(v110.changes.sessionsAdded.map((s: Doc) => s.number)).toEqual([3])
    expect(v110.changes.sessionsRemoved).toEqual([])
    expect(v110.changes.sessionsChanged).toEqual([
      expect.objectContaining({ id: String(bilingual.sessions[0]), number: 1, fields: [{ field: 'title', locales: ['es'] }] }),
    ])
    const changes = await api.get(`/api/manual-releases/${v110.id}/changes`, { token: tokens.facilitator })
    expect(changes.status).toBe(200)
    expect(changes.body).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', changes: v110.changes })
    expect((await api.get(`/api/manual-releases/${v110.id}/changes`)).status).toBe(403)
    expect((await api.get('/api/manual-releases/nope/changes', { token: tokens.facilitator })).status).toBe(404)
    expect((await api.get('/api/manual-releases/999999/changes', { token: tokens.facilitator })).status).toBe(404)

    await payload.jobs.run()
    const built = await release(v110.id)
    expect(built.status).toBe('ready')
    const manual = built.files.find((file: Doc) => file.edition === 'facilitator-manual' && file.locale === 'es')
    const text = (await readPdf(fs.readFileSync(path.join(generated, manual.path)))).text
    expect(text).toContain('Bienvenida renovada')
    expect(text).toContain('Qué cambió desde la versión 1.0.0')
    expect(text).toContain('Sesión añadida')
  })

  test('lists and reads that leave hidden fields out never take a snapshot from the database, and those that ask still get it', async () => {
    // What each read asked the database for (the ~1 MB snapshot of every release listed, before).
    const asked: Array<{ method: string; select: Record<string, unknown> | undefined }> = []
    const db = payload.db as any
    const original = { find: db.find, findOne: db.findOne }
    for (const method of ['find', 'findOne'] as const) {
      db[method] = function (args: any) {
        if (args?.collection === 'manual-releases') asked.push({ method, select: args.select })
        return original[method].call(this, args)
      }
    }
    try {
      const listed = await api.get(`/api/manual-releases?depth=0&where[track][equals]=${bilingual.track}`, { token: tokens.designer })
      expect(listed.status).toBe(200)
      expect(listed.body.docs.length).toBeGreaterThan(0)
      expect(listed.body.docs.every((doc: Doc) => doc.version && doc.status && !('snapshot' in doc))).toBe(true)
      const first = listed.body.docs.at(-1) as Doc
      const excluding = await api.get(`/api/manual-releases/${first.id}?depth=0&select[files]=false`, { token: tokens.admin })
      expect(excluding.status).toBe(200)
      expect(excluding.body).toMatchObject({ version: first.version, status: first.status })
      expect(excluding.body).not.toHaveProperty('files')
      const one = await api.get(`/api/manual-releases/${first.id}?depth=0`, { token: tokens.designer })
      expect(one.body.changes).toEqual(first.changes)
      expect(asked.length).toBeGreaterThanOrEqual(3)
      for (const each of asked) expect(each.select, each.method).toMatchObject({ snapshot: false })

      asked.length = 0
      expect((await release(first.id)).snapshot.release.version).toBe(first.version)
      expect(asked.map((each) => each.select?.snapshot)).toEqual([undefined])
    } finally {
      Object.assign(db, original)
    }
  })

  // On MongoDB the same config index is made by Payload; the SQL databases need the migration.
  test.skipIf(testDatabaseKind() === 'mongodb')('a list of releases in its default order (newest first) is read in that order from an index, not sorted after reading every row', async () => {
    const db = payload.db as any
    const rows = async (raw: string) => ((await db.execute({ drizzle: db.drizzle, raw })).rows ?? []) as Array<Record<string, unknown>>
    if (testDatabaseKind() === 'postgres') {
      const definitions = (await rows(`SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'manual_releases'`)).map((row) => String(row.indexdef))
      expect(definitions.some((definition) => /\(published_at, created_at\)/.test(definition))).toBe(true)
      return
    }
    // The order Payload asks for: -publishedAt, then its createdAt tie-break.
    const plan = (await rows(`EXPLAIN QUERY PLAN SELECT id FROM manual_releases ORDER BY published_at DESC, created_at DESC LIMIT 10`)).map((row) => String(row.detail)).join(' · ')
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })
})

describe('immutability and withdrawal', () => {
  let ready: Doc

  beforeAll(async () => {
    ready = (await payload.find({ collection: 'manual-releases' as any, where: { and: [{ track: { equals: bilingual.track } }, { version: { equals: '1.0.0' } }] }, depth: 0 })).docs[0] as Doc
  })

  test('a ready release cannot be edited: 409 with a message, over REST and the Local API', async () => {
    for (const change of [{ version: '1.0.1' }, { locales: ['es'] }, { status: 'building' }, { notes: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }] } } }]) {
      const response = await api.patch(`/api/manual-releases/${ready.id}`, change, { token: tokens.admin })
      expect(response.status, JSON.stringify(change)).toBe(409)
      expect(message(response)).toContain('Release 1.0.0 is published and cannot be edited')
    }
    await expect(payload.update({ collection: 'manual-releases' as any, id: ready.id, data: { version: '2.0.0' } as any })).rejects.toMatchObject({ status: 409 })
    expect((await release(ready.id)).version).toBe('1.0.0')
  })

  test('only an admin withdraws it; it is then hidden from facilitators, kept with its files, never deleted', async () => {
    expect((await api.patch(`/api/manual-releases/${ready.id}`, { archived: true }, { token: tokens.designer })).status).toBe(403)
    expect((await api.patch(`/api/manual-releases/${ready.id}`, { archived: true }, { token: tokens.facilitator })).status).toBe(403)
    for (const token of [tokens.admin, tokens.designer]) expect((await api.delete(`/api/manual-releases/${ready.id}`, { token })).status).toBe(403)

    // The admin's edit form sends the whole document back: unchanged values are no change.
    const asRead = (await api.get(`/api/manual-releases/${ready.id}`, { token: tokens.admin })).body
    const withdrawn = await api.patch(`/api/manual-releases/${ready.id}`, { ...asRead, archived: true }, { token: tokens.admin })
    expect(withdrawn.status, withdrawn.text).toBe(200)
    expect(withdrawn.body.doc.archived).toBe(true)
    expect(withdrawn.body.doc.status).toBe('ready')

    expect((await api.get(`/api/manual-releases/${ready.id}`, { token: tokens.facilitator })).status).toBe(404)
    const list = await api.get('/api/manual-releases?limit=100', { token: tokens.facilitator })
    expect(list.body.docs.map((doc: Doc) => doc.id)).not.toContain(ready.id)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect((await api.get(`/api/manual-releases/${ready.id}`, { token: tokens.designer })).status).toBe(200)
    const kept = await release(ready.id)
    for (const file of kept.files) expect(fs.existsSync(path.join(generated, file.path))).toBe(true)
    expect(kept.snapshot.sessions).toHaveLength(2)

    const restored = await api.patch(`/api/manual-releases/${ready.id}`, { archived: false }, { token: tokens.admin })
    expect(restored.status).toBe(200)
    expect((await api.get(`/api/manual-releases/${ready.id}`, { token: tokens.facilitator })).status).toBe(200)
  })
})

describe('the build job', () => {
  // The same content again, without notes: confirmed, as the designer would.
  const create = async (version: string) => {
    const response = await createRelease({ track: bilingual.track, version, locales: ['es', 'en'], confirmNoChanges: true })
    expect(response.status, response.text).toBe(201)
    return response.body.doc as Doc
  }

  test('a build that fails is retried, and succeeds on the retry', async () => {
    const doc = await create('1.2.0')
    const attempts: number[] = []
    hooks.beforeRender = ({ releaseId, attempt }) => {
      if (releaseId !== String(doc.id)) return
      attempts.push(attempt)
      if (attempt === 1) throw new Error('disk full (simulated)')
    }
    await payload.jobs.run()
    expect((await release(doc.id)).status).toBe('building')
    const job = await jobFor(doc.id)
    expect(job).toMatchObject({ totalTried: 1, hasError: false, processing: false })
    expect(job!.log.at(-1)).toMatchObject({ state: 'failed', error: expect.objectContaining({ message: 'disk full (simulated)' }) })

    await payload.jobs.run()
    expect(attempts).toEqual([1, 2])
    const built = await release(doc.id)
    expect(built.status).toBe('ready')
    expect(built.files).toHaveLength(5)
    expect(await jobFor(doc.id)).toBeUndefined()
  })

  test('after the last retry the release is failed, with the reason', async () => {
    const doc = await create('1.3.0')
    hooks.beforeRender = ({ releaseId }) => {
      if (releaseId === String(doc.id)) throw new Error('renderer exploded (simulated)')
    }
    for (let run = 1; run <= 4; run++) {
      await payload.jobs.run()
      expect((await release(doc.id)).status, `after run ${run}`).toBe(run < 4 ? 'building' : 'failed')
    }
    const failed = await release(doc.id)
    expect(failed.failureReason).toContain('renderer exploded (simulated)')
    expect(failed.failureReason).toContain('after 4 attempts')
    expect(failed.files).toEqual([])
    expect(await jobFor(doc.id)).toMatchObject({ hasError: true, totalTried: 4 })
    // Nothing more happens to it, and its version stays taken.
    await payload.jobs.run()
    expect((await release(doc.id)).status).toBe('failed')
    expect((await createRelease({ track: bilingual.track, version: '1.3.0', locales: ['es'] })).status).toBe(400)
  })

  test('a build interrupted by a killed process is resumed and ends ready, with whole files', async () => {
    const doc = await create('1.4.0')
    const job = (await jobFor(doc.id))!
    // What a process killed mid-build leaves: the job marked processing (by runJobs), a stray
    // temporary file and a truncated file in the release folder, the release still building.
    const folder = path.join(generated, 'releases', String(doc.id))
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, '.reeduca-prueba-1.4.0-manual-es.pdf.999.abcd.tmp'), 'half')
    fs.writeFileSync(path.join(folder, 'reeduca-prueba-1.4.0-manual-es.pdf'), '%PDF-1.7 trunc')
    const longAgo = new Date(Date.now() - 10 * 60_000).toISOString()
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true, updatedAt: longAgo }, returning: false } as any)
    expect(await jobFor(doc.id)).toMatchObject({ processing: true })

    // Nobody picks up a job that is processing.
    await payload.jobs.run()
    expect((await release(doc.id)).status).toBe('building')

    // A job processing with a recent heartbeat is left alone; a stale one is queued again.
    expect((await jobs.recoverInterruptedBuilds(payload, { staleMs: 60 * 60_000 })).requeuedJobs).toEqual([])
    const report = await jobs.recoverInterruptedBuilds(payload)
    expect(report.requeuedJobs).toEqual([String(job.id)])
    await payload.jobs.run()
    const built = await release(doc.id)
    expect(built.status).toBe('ready')
    for (const file of built.files) {
      const bytes = fs.readFileSync(path.join(generated, file.path))
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    }
    expect(fs.statSync(path.join(folder, 'reeduca-prueba-1.4.0-manual-es.pdf')).size).toBeGreaterThan(1000)
  })

  test('a release left building without any job gets a new one', async () => {
    const doc = await create('1.5.0')
    await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { equals: (await jobFor(doc.id))!.id } } } as any)
    await payload.jobs.run()
    expect((await release(doc.id)).status).toBe('building')
    const report = await jobs.recoverInterruptedBuilds(payload, { staleMs: 0 })
    expect(report.newJobs).toEqual([String(doc.id)])
    await payload.jobs.run()
    expect((await release(doc.id)).status).toBe('ready')
  })

  test('with autorun on, creating a release kicks the queue: it becomes ready without anyone running jobs', async () => {
    process.env.REEDUCA_JOBS_AUTORUN = '1'
    try {
      const doc = await create('1.6.0')
      expect(doc.status).toBe('building')
      await expect.poll(async () => (await release(doc.id)).status, { timeout: 50_000, interval: 200 }).toBe('ready')
    } finally {
      process.env.REEDUCA_JOBS_AUTORUN = '0'
    }
  })

  test('a process whose job queue runs by itself keeps its typesetting processes ready between releases, unless REEDUCA_TYPST_STANDBY=0', async () => {
    const { typstEngine } = await import('@/core/releases/render')
    const engine = typstEngine()
    const tick = () => (payload.config.jobs as { shouldAutoRun: (payload: Payload) => Promise<boolean> }).shouldAutoRun(payload)
    engine.stop()
    try {
      // Queue left to workers: nothing kept here.
      expect(await tick()).toBe(false)
      expect(engine.keepsReady).toBe(false)
      process.env.REEDUCA_JOBS_AUTORUN = '1'
      process.env.REEDUCA_TYPST_STANDBY = '0'
      expect(await tick()).toBe(true)
      expect(engine.keepsReady).toBe(false)
      expect(engine.processes.split(',').every((pid) => pid === '-')).toBe(true)
      delete process.env.REEDUCA_TYPST_STANDBY
      expect(await tick()).toBe(true)
      expect(engine.keepsReady).toBe(true)
      expect(engine.processes.split(',')).not.toContain('-')
    } finally {
      process.env.REEDUCA_JOBS_AUTORUN = '0'
      delete process.env.REEDUCA_TYPST_STANDBY
      engine.stop()
    }
  })
})

describe('the create form lays the release out ahead', () => {
  test('with autorun on, its check has the editions laid out; the release then created prints exactly what a fresh compiler prints', async () => {
    const { typstEngine, renderFacilitatorManual, renderParticipantWorkbook } = await import('@/core/releases/render')
    const { toParticipantSnapshot } = await import('@/core/releases/participantProjection')
    const { readMediaFile } = await import('@/cms/storage/objectStore')
    const engine = typstEngine()
    let id: ID = ''
    process.env.REEDUCA_JOBS_AUTORUN = '1'
    try {
      engine.stop()
      const before = engine.stats().rendered
      const input = { track: bilingual.track, locales: ['es', 'en'], confirmNoChanges: true }
      const check = await api.post('/api/manual-releases/check', input, { token: tokens.designer })
      expect(check.status, check.text).toBe(200)
      // Laid out in the background after the answer: both manuals and both workbooks.
      await expect.poll(() => engine.stats().rendered - before, { timeout: 50_000, interval: 100 }).toBe(4)
      const response = await createRelease({ ...input, version: '1.7.0' })
      expect(response.status, response.text).toBe(201)
      id = response.body.doc.id
      await expect.poll(async () => (await release(id)).status, { timeout: 50_000, interval: 200 }).toBe('ready')
    } finally {
      process.env.REEDUCA_JOBS_AUTORUN = '0'
    }
    const built = await release(id)
    engine.stop()
    const participant = toParticipantSnapshot(built.snapshot)
    for (const file of built.files.filter((each: Doc) => each.contentType === 'application/pdf')) {
      const fresh =
        file.edition === 'facilitator-manual'
          ? await renderFacilitatorManual(built.snapshot, file.locale, { readFile: readMediaFile, baseUrl: process.env.SERVER_URL || undefined })
          : await renderParticipantWorkbook(participant, file.locale, { readFile: readMediaFile })
      expect(crypto.createHash('sha256').update(fresh).digest('hex'), file.path).toBe(file.sha256)
    }
  })
})

describe('publishing from server code (the seed)', () => {
  test('publishManualRelease creates and builds a release at once, leaving no job behind', async () => {
    const { publishManualRelease } = await import('@/cms/releases/publish')
    const other = await buildBilingualTrack(payload, f.programme, 'seed-track')
    const published = await publishManualRelease(payload, {
      track: other.track,
      version: '1.0.0',
      locales: ['es', 'en'],
      notes: { es: lexicalFromParagraphs(['Primera edición.']), en: lexicalFromParagraphs(['First edition.']) },
      user: { id: f.accounts.admin.id },
    })
    expect(published.status).toBe('ready')
    const inEnglish = await payload.findByID({ collection: 'manual-releases', id: published.id, locale: 'en', depth: 0, overrideAccess: true })
    expect(lexicalToPlainText(inEnglish.notes)).toBe('First edition.')
    const inSpanish = await payload.findByID({ collection: 'manual-releases', id: published.id, locale: 'es', depth: 0, overrideAccess: true })
    expect(lexicalToPlainText(inSpanish.notes)).toBe('Primera edición.')
    expect(published.files).toHaveLength(5)
    expect(String(published.publishedBy)).toBe(String(f.accounts.admin.id))
    expect(await jobFor(published.id)).toBeUndefined()
    for (const file of published.files) expect(fs.existsSync(path.join(generated, file.path))).toBe(true)
    await expect(publishManualRelease(payload, { track: other.track, version: '1.0.0', locales: ['es'] })).rejects.toMatchObject({ status: 400 })
  })
})

/**
 * Who may do what with releases, per role (DESIGN.md "Roles"). Not in access-matrix.test.ts:
 * its table has one create/update/delete column per collection, while releases are created by
 * designers, updated (withdrawn) by admins only and deleted by nobody, and need a track that
 * passes the release checks.
 */
describe('who may do what, per role', () => {
  // prettier-ignore
  //                    admin designer trainer reviewer facilitator scoped noRole anonymous
  const READS        = [true, true,    true,   true,    true,       false, false,  false]
  const SEES_WITHDRAWN = [true, true,  false,  false,   false,      false, false,  false]
  const CREATES      = [true, true,    false,  false,   false,      false, false,  false]
  const UPDATES      = [true, false,   false,  false,   false,      false, false,  false]
  const cell = (row: boolean[], actor: Actor) => row[ACTORS.indexOf(actor)]

  let everyone: Record<Actor, string | null>
  let track: BilingualTrack
  let current: Doc
  let withdrawn: Doc
  let nextMinor = 0
  const asUser = (actor: Actor) => (actor === 'anonymous' ? undefined : f.accounts[actor].doc)
  const ids = (docs: Doc[]) => docs.map((doc) => String(doc.id))
  const count = async () => (await payload.count({ collection: 'manual-releases' as any, where: { track: { equals: track.track } } })).totalDocs

  beforeAll(async () => {
    everyone = await loginAll(api, f)
    const { publishManualRelease } = await import('@/cms/releases/publish')
    track = await buildBilingualTrack(payload, f.programme, 'matriz')
    withdrawn = await publishManualRelease(payload, { track: track.track, version: '1.0.0', locales: ['es'], user: { id: f.accounts.admin.id } })
    await payload.update({ collection: 'manual-releases' as any, id: withdrawn.id, data: { archived: true } as any })
    current = await publishManualRelease(payload, { track: track.track, version: '1.1.0', locales: ['es'], confirmNoChanges: true, user: { id: f.accounts.admin.id } })
  })

  test.each(ACTORS)('read as %s: REST list and by ID, Local API', async (actor) => {
    const expected = [...(cell(READS, actor) ? [String(current.id)] : []), ...(cell(SEES_WITHDRAWN, actor) ? [String(withdrawn.id)] : [])].sort()
    const list = await api.get(`/api/manual-releases?where[track][equals]=${track.track}&limit=100&depth=0`, { token: everyone[actor] })
    const local = payload.find({ collection: 'manual-releases' as any, where: { track: { equals: track.track } }, depth: 0, overrideAccess: false, user: asUser(actor) })
    if (actor === 'noRole' || actor === 'anonymous') {
      expect(list.status).toBe(403)
      await expect(local).rejects.toMatchObject({ status: 403 })
    } else {
      expect(list.status, list.text).toBe(200)
      expect(ids(list.body.docs).sort()).toEqual(expected)
      expect(ids((await local).docs as Doc[]).sort()).toEqual(expected)
    }
    for (const doc of [current, withdrawn]) {
      const one = await api.get(`/api/manual-releases/${doc.id}?depth=0`, { token: everyone[actor] })
      if (expected.includes(String(doc.id))) expect(one.status, `${actor} ${doc.version}`).toBe(200)
      else {
        expect([403, 404], `${actor} ${doc.version}: ${one.status}`).toContain(one.status)
        expect(one.body?.id).toBeUndefined()
      }
    }
  })

  test.each(ACTORS)('create as %s: REST and Local API', async (actor) => {
    const allowed = cell(CREATES, actor)
    for (const via of ['rest', 'local'] as const) {
      const before = await count()
      const data = { track: track.track, version: `1.${2 + nextMinor++}.0`, locales: ['es'], confirmNoChanges: true }
      if (via === 'rest') {
        const response = await createRelease(data, everyone[actor] as string)
        expect(response.status, `${actor}: ${response.text}`).toBe(allowed ? 201 : 403)
      } else {
        const created = payload.create({ collection: 'manual-releases' as any, data: data as any, overrideAccess: false, user: asUser(actor) })
        if (allowed) expect((await created).version).toBe(data.version)
        else await expect(created).rejects.toMatchObject({ status: 403 })
      }
      expect(await count(), `${actor} via ${via}`).toBe(before + (allowed ? 1 : 0))
    }
  })

  test.each(ACTORS)('withdraw (update) and delete as %s: REST and Local API', async (actor) => {
    const allowed = cell(UPDATES, actor)
    const patched = await api.patch(`/api/manual-releases/${current.id}`, { archived: true }, { token: everyone[actor] })
    if (allowed) {
      expect(patched.status, patched.text).toBe(200)
      expect((await release(current.id)).archived).toBe(true)
      await payload.update({ collection: 'manual-releases' as any, id: current.id, data: { archived: false } as any, overrideAccess: false, user: asUser(actor) })
      expect((await release(current.id)).archived).toBe(false)
    } else {
      expect([403, 404], `${actor}: ${patched.text}`).toContain(patched.status)
      await expect(
        payload.update({ collection: 'manual-releases' as any, id: current.id, data: { archived: true } as any, overrideAccess: false, user: asUser(actor) }),
      ).rejects.toMatchObject({ status: 403 })
      expect((await release(current.id)).archived).toBe(false)
    }
    // Nobody deletes a release, the admin included.
    const deleted = await api.delete(`/api/manual-releases/${current.id}`, { token: everyone[actor] })
    expect([403, 404], `${actor}: ${deleted.text}`).toContain(deleted.status)
    await expect(payload.delete({ collection: 'manual-releases' as any, id: current.id, overrideAccess: false, user: asUser(actor) })).rejects.toMatchObject({
      status: 403,
    })
    expect(await release(current.id)).toMatchObject({ id: current.id, status: 'ready' })
  })
})

/** A release's stored notes in one locale, as plain text. */
const storedNotes = async (id: ID, locale: 'es' | 'en') =>
  lexicalToPlainText(((await payload.findByID({ collection: 'manual-releases' as any, id, locale, depth: 0, fallbackLocale: false as never })) as Doc).notes)

describe('a release that changes nothing, and notes in every locale', () => {
  test('no session changed and no notes: a warning (422) the designer confirms, in her language', async () => {
    const english = await createRelease({ track: bilingual.track, version: '2.0.0', locales: ['es', 'en'] })
    expect(english.status, english.text).toBe(422)
    expect(english.body.errors[0].data.problems).toEqual([expect.objectContaining({ code: 'no-changes', severity: 'warning', blocking: true, confirmWith: 'confirmNoChanges' })])
    expect(message(english)).toMatch(/No session changed since release \d+\.\d+\.\d+ and the release has no notes/)
    const spanish = await createRelease({ track: bilingual.track, version: '2.0.0', locales: ['es', 'en'] }, tokens.designer, 'es')
    expect(message(spanish)).toMatch(/Ninguna sesión cambió desde la versión \d+\.\d+\.\d+ y la versión no tiene notas/)
    // The dry run the create form shows lists the same warning, and writes nothing.
    const check = await api.post('/api/manual-releases/check', { track: bilingual.track, locales: ['es', 'en'] }, { token: tokens.designer, headers: { 'Accept-Language': 'es' } })
    expect(check.status, check.text).toBe(200)
    expect(check.body.problems.map((p: Doc) => p.code)).toEqual(['no-changes'])
    expect(check.body.problems[0].messages.es).toContain('Ninguna sesión cambió')
    expect((await api.post('/api/manual-releases/check', { track: bilingual.track, locales: ['es'] }, { token: tokens.facilitator })).status).toBe(403)
    expect((await payload.count({ collection: 'manual-releases' as any, where: { version: { equals: '2.0.0' } } })).totalDocs).toBe(0)
  })

  test('notes written for each locale at creation are kept in that locale, and lift the warning', async () => {
    const response = await createRelease({
      track: bilingual.track,
      version: '2.0.0',
      locales: ['es', 'en'],
      notes_es: lexicalFromParagraphs(['Corrige erratas del manual impreso.']),
      notes_en: lexicalFromParagraphs(['Fixes misprints in the printed manual.']),
    })
    expect(response.status, response.text).toBe(201)
    const id = response.body.doc.id
    const inEnglish = await payload.findByID({ collection: 'manual-releases' as any, id, locale: 'en', depth: 0, fallbackLocale: false as never })
    expect(lexicalToPlainText((inEnglish as Doc).notes)).toBe('Fixes misprints in the printed manual.')
    expect(await storedNotes(id, 'es')).toBe('Corrige erratas del manual impreso.')
    const snapshot = (await release(id)).snapshot
    expect(lexicalToPlainText(snapshot.release.notes.en)).toBe('Fixes misprints in the printed manual.')
    expect(lexicalToPlainText(snapshot.release.notes.es)).toBe('Corrige erratas del manual impreso.')
    // The per-locale fields of the form are not stored under their own names.
    expect(inEnglish).not.toHaveProperty('notes_en')
  })

  test('notes sent as plain text, as a script would, are kept as paragraphs and printed; a number is refused by name', async () => {
    const refused = await createRelease({ track: bilingual.track, version: '2.1.0', locales: ['es', 'en'], notes_es: 42 }, tokens.designer, 'es')
    expect(refused.status, refused.text).toBe(400)
    expect(message(refused)).toContain('Las notas de la versión (notes_es) son texto o un documento de texto enriquecido (Lexical), no un número.')
    const english = await createRelease({ track: bilingual.track, version: '2.1.0', locales: ['es', 'en'], notes: ['a'] })
    expect(english.status).toBe(400)
    expect(message(english)).toContain('Release notes (notes) are text or a rich-text (Lexical) document, not a list')

    const response = await createRelease({
      track: bilingual.track,
      version: '2.1.0',
      locales: ['es', 'en'],
      notes_es: 'Sesión 3 revisada.\n- Nuevo ejercicio de respiración',
      notes_en: 'Session 3 revised.',
    })
    expect(response.status, response.text).toBe(201)
    const id = response.body.doc.id
    expect(await storedNotes(id, 'es')).toBe('Sesión 3 revisada.\n\nNuevo ejercicio de respiración')
    expect(await storedNotes(id, 'en')).toBe('Session 3 revised.')

    await payload.jobs.run()
    const built = await release(id)
    expect(built.status).toBe('ready')
    const manual = built.files.find((file: Doc) => file.edition === 'facilitator-manual' && file.locale === 'es')
    const text = (await readPdf(fs.readFileSync(path.join(generated, manual.path)))).text.replace(/\s+/g, ' ')
    expect(text).toContain('Sesión 3 revisada.')
    expect(text).toContain('Nuevo ejercicio de respiración')
  })
})

describe('what changed, in the words a facilitator reads', () => {
  test('a release after editing a session’s safety notes says "Sesión 2 «Mis derechos»: notas de seguridad", in the manual of each language', async () => {
    // A track of its own: the other suites' releases of the shared track keep their versions.
    const track = await buildBilingualTrack(payload, f.programme, 'cambios')
    const first = await createRelease({ track: track.track, version: '1.0.0', locales: ['es', 'en'] })
    expect(first.status, first.text).toBe(201)
    await payload.jobs.run()

    const id = track.sessions[1]
    await payload.update({ collection: 'sessions', id, locale: 'es', data: { safetyNotes: lexicalFromParagraphs(['Si alguien llega con lesiones, canaliza ese mismo día.']), _status: 'published' } as any })
    await payload.update({ collection: 'sessions', id, locale: 'en', data: { safetyNotes: lexicalFromParagraphs(['If someone arrives injured, refer them that same day.']), _status: 'published' } as any })
    const response = await createRelease({ track: track.track, version: '1.1.0', locales: ['es', 'en'] })
    expect(response.status, response.text).toBe(201)
    const next = response.body.doc
    expect(next.changes.sessionsChanged).toEqual([expect.objectContaining({ number: 2, fields: [{ field: 'safetyNotes', locales: expect.arrayContaining(['es', 'en']) }] })])

    await payload.jobs.run()
    const built = await release(next.id)
    expect(built.status).toBe('ready')
    const manualText = async (locale: string) => {
      const manual = built.files.find((file: Doc) => file.edition === 'facilitator-manual' && file.locale === locale)
      return (await readPdf(fs.readFileSync(path.join(generated, manual.path)))).text.replace(/\s+/g, ' ')
    }
    const es = await manualText('es')
    expect(es).toContain('Qué cambió desde la versión 1.0.0')
    expect(es).toContain('Sesión 2 «Mis derechos»: notas de seguridad')
    expect(es).not.toContain('safetyNotes')
    expect(await manualText('en')).toContain('Session 2 “My rights”: safety notes')
  })
})
