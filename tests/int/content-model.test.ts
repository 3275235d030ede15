/**
 * The content model: programme → track → module → session with timed activities of several
 * kinds; the session length inherited from the track; drafts and version history; localized text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { activity, richText, tinyPng, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let programme: ID
let track: ID
let shortTrack: ID
let module: ID
let resource: ID
let token: string
let reviewerToken: string

beforeAll(async () => {
  ;({ ctx, payload, api } = await startSuite({ fixture: false }))
  await payload.create({
    collection: 'users',
    data: { email: 'designer@model.test', password: 'model-password-1234', roles: ['curriculum-designer'] } as any,
  })
  token = await api.login('designer@model.test', 'model-password-1234')
  await payload.create({
    collection: 'users',
    data: { email: 'reviewer@model.test', password: 'model-password-1234', roles: ['reviewer'] } as any,
  })
  reviewerToken = await api.login('reviewer@model.test', 'model-password-1234')
})
afterAll(async () => ctx?.cleanup())

const idOf = (value: any): string => String(value?.id ?? value)

describe('the chain programme → track → module → session', () => {
  test('is created through the REST API and read back whole', async () => {
    const created = (path: string, data: unknown) => api.post(path, data, { token })

    const p = await created('/api/programmes', {
      title: 'Programa de reeducación para víctimas y agresores de violencia de pareja',
      institution: 'Instituto Nacional de Salud Pública',
      states: ['Colima', 'Sonora', 'Yucatán', 'Zacatecas'],
    })
    expect(p.status, p.text).toBe(201)
    programme = p.body.doc.id
    // The slug is derived from the title.
    expect(p.body.doc.slug).toBe('programa-de-reeducacion-para-victimas-y-agresores-de-violencia-de-pareja')

    const t = await created('/api/tracks', { programme, title: 'Línea de hombres', audience: 'men', plannedSessions: 24 })
    expect(t.status, t.text).toBe(201)
    track = t.body.doc.id
    expect(t.body.doc.sessionMinutes).toBe(150)

    const m = await created('/api/modules', { track, order: 1, title: 'No violencia', _status: 'published' })
    expect(m.status, m.text).toBe(201)
    module = m.body.doc.id

    const png = await tinyPng()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Viñeta' } as any,
      file: { data: png, mimetype: 'image/png', name: 'vineta.png', size: png.byteLength },
    })
    // A participant video is published with its Spanish captions, licence and credit (publish gates).
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola\n')
    const captions = await payload.create({
      collection: 'media',
      data: {} as any,
      file: { data: vtt, mimetype: 'text/vtt', name: 'vineta.es.vtt', size: vtt.byteLength },
    })
    const r = await created('/api/resources', {
      title: 'Viñeta: la discusión',
      kind: 'video',
      tracks: [track],
      file: media.id,
      captions: [{ language: 'es', file: captions.id }],
      licence: 'CC BY 4.0',
      credit: 'Reeduca',
      _status: 'published',
    })
    expect(r.status, r.text).toBe(201)
    resource = r.body.doc.id
    expect(r.body.doc.audience).toBe('participant')

    const s = await created('/api/sessions', {
      track,
      module,
      number: 1,
      title: 'No violencia',
      summary: 'Hablamos de qué es la violencia y de cómo dejarla.',
      objectives: [{ objective: 'Nombrar los tipos de violencia.' }, { objective: 'Comprometerse con un plan de acción.' }],
      contentNotes: 'Se describen episodios de violencia física.',
      activities: [
        activity('checkIn', 'Registro y plan de acción', 20),
        activity('videoVignette', 'Viñeta: la discusión', 25, { resource }),
        activity('groupDiscussion', 'Análisis de la viñeta', 30),
        activity('break', 'Receso', 10),
        activity('rolePlay', 'Juego de roles: otra salida', 25),
        activity('reflection', 'Bitácora de control', 15),
        activity('homework', 'Tarea: registrar una situación', 10),
        activity('closing', 'Cierre', 15),
      ],
      facilitatorNotes: richText('Observar la minimización.'),
      safetyNotes: richText('Si alguien relata un riesgo inminente, detener y derivar.'),
      handouts: [{ title: 'Bitácora de control', body: richText('Acciones, intenciones, minimización.') }],
      resources: [resource],
      _status: 'draft',
    })
    expect(s.status, s.text).toBe(201)
    // A designer publishes a session once a reviewer has approved it (review-workflow.test.ts).
    expect((await api.post(`/api/sessions/${s.body.doc.id}/review`, { action: 'submit' }, { token })).status).toBe(200)
    expect((await api.post(`/api/sessions/${s.body.doc.id}/review`, { action: 'approve' }, { token: reviewerToken })).status).toBe(200)
    const published = await api.patch(`/api/sessions/${s.body.doc.id}`, { _status: 'published' }, { token })
    expect(published.status, published.text).toBe(200)

    const read = await api.get(`/api/sessions/${s.body.doc.id}?depth=2`, { token })
    expect(read.status).toBe(200)
    const session = read.body
    expect(session.track.programme.title).toBe('Programa de reeducación para víctimas y agresores de violencia de pareja')
    expect(idOf(session.module.track)).toBe(String(track))
    expect(session.activities.map((a: any) => a.blockType)).toEqual([
      'checkIn',
      'videoVignette',
      'groupDiscussion',
      'break',
      'rolePlay',
      'reflection',
      'homework',
      'closing',
    ])
    expect(session.activities.map((a: any) => a.minutes)).toEqual([20, 25, 30, 10, 25, 15, 10, 15])
    expect(session.activities[1].resource.title).toBe('Viñeta: la discusión')
    expect(session.activities[1].resource.file.alt).toBe('Viñeta')
    expect(session.objectives.map((o: any) => o.objective)).toHaveLength(2)
    expect(session.handouts[0].title).toBe('Bitácora de control')
    expect(session.resources.map(idOf)).toEqual([String(resource)])
    expect(session._status).toBe('published')

    // The resource knows where it is used, and the module is listed under its track.
    const usedIn = await api.get(`/api/resources/${resource}?depth=0`, { token })
    expect(usedIn.body.usedIn.docs.map(idOf)).toEqual([String(s.body.doc.id)])
  })

  test('a session is listed in its track in number order', async () => {
    for (const number of [3, 2]) {
      await payload.create({
        collection: 'sessions',
        data: { track, module, number, title: `Sesión ${number}`, _status: 'draft' } as any,
        draft: true,
      })
    }
    const list = await payload.find({ collection: 'sessions', where: { track: { equals: track } }, draft: true })
    expect(list.docs.map((doc: any) => doc.number)).toEqual([1, 2, 3])
  })
})

describe('session length', () => {
  test('defaults to the track’s sessionMinutes (150) when omitted', async () => {
    const session = await payload.create({
      collection: 'sessions',
      data: { track, number: 10, title: 'Sin duración', _status: 'draft' } as any,
      draft: true,
    })
    expect(session.duration).toBe(150)
  })

  test('follows a track with another session length', async () => {
    const t = await payload.create({
      collection: 'tracks',
      data: { programme, title: 'Línea en línea (sesiones cortas)', audience: 'women', plannedSessions: 12, sessionMinutes: 90 } as any,
    })
    shortTrack = t.id
    const session = await payload.create({
      collection: 'sessions',
      data: { track: shortTrack, number: 1, title: 'Sesión corta', _status: 'draft' } as any,
      draft: true,
    })
    expect(session.duration).toBe(90)
  })

  test('a duration given explicitly is kept, and an update without one keeps it', async () => {
    const session = await payload.create({
      collection: 'sessions',
      data: { track, number: 11, title: 'Sesión larga', duration: 180, _status: 'draft' } as any,
      draft: true,
    })
    expect(session.duration).toBe(180)
    const updated = await payload.update({ collection: 'sessions', id: session.id, data: { summary: 'Otra' } as any, draft: true })
    expect(updated.duration).toBe(180)
  })
})

describe('drafts and version history', () => {
  test.each(['sessions', 'modules', 'resources'] as const)('%s keep every save as a version, drafts and publications', async (slug) => {
    const base: Record<string, Record<string, unknown>> = {
      sessions: { track, number: 20, title: 'Versión 1' },
      modules: { track, order: 5, title: 'Versión 1' },
      resources: { title: 'Versión 1', kind: 'document', tracks: [track] },
    }
    const doc = await payload.create({ collection: slug, data: { ...base[slug], _status: 'draft' } as any, draft: true })
    expect(doc._status).toBe('draft')
    await payload.update({ collection: slug, id: doc.id, data: { title: 'Versión 2' } as any, draft: true })
    const publishData: Record<string, unknown> = { title: 'Versión 3', _status: 'published' }
    if (slug === 'sessions') publishData.activities = [activity('themeWork', 'Todo', 150)]
    await payload.update({ collection: slug, id: doc.id, data: publishData as any })

    const versions = await payload.findVersions({ collection: slug, where: { parent: { equals: doc.id } }, sort: 'createdAt', limit: 50 })
    expect(versions.docs.map((v: any) => v.version.title)).toEqual(['Versión 1', 'Versión 2', 'Versión 3'])
    expect(versions.docs.map((v: any) => v.version._status)).toEqual(['draft', 'draft', 'published'])

    // A draft over the published version: readers of published content still get "Versión 3".
    await payload.update({ collection: slug, id: doc.id, data: { title: 'Versión 4', _status: 'draft' } as any, draft: true })
    expect(((await payload.findByID({ collection: slug, id: doc.id })) as any).title).toBe('Versión 3')
    expect(((await payload.findByID({ collection: slug, id: doc.id, draft: true })) as any).title).toBe('Versión 4')

    // Version history through REST, for a designer.
    const rest = await api.get(`/api/${slug}/versions?where[parent][equals]=${doc.id}&limit=50`, { token })
    expect(rest.status).toBe(200)
    expect(rest.body.totalDocs).toBe(4)
  })

  test('restoring an earlier version brings its content back', async () => {
    const doc = await payload.create({ collection: 'modules', data: { track, order: 7, title: 'Original', _status: 'published' } as any })
    await payload.update({ collection: 'modules', id: doc.id, data: { title: 'Cambiado', _status: 'published' } as any })
    const versions = await payload.findVersions({ collection: 'modules', where: { parent: { equals: doc.id } }, sort: 'createdAt' })
    await payload.restoreVersion({ collection: 'modules', id: versions.docs[0].id })
    expect(((await payload.findByID({ collection: 'modules', id: doc.id })) as any).title).toBe('Original')
  })
})

describe('localized text', () => {
  test('a session’s title in es and en', async () => {
    const session = await payload.create({
      collection: 'sessions',
      locale: 'es',
      data: { track, number: 30, title: 'Mis derechos', summary: 'Resumen', _status: 'draft' } as any,
      draft: true,
    })
    await payload.update({ collection: 'sessions', id: session.id, locale: 'en', data: { title: 'My rights', summary: 'Summary' } as any, draft: true })

    const es = await payload.findByID({ collection: 'sessions', id: session.id, locale: 'es', draft: true })
    const en = await payload.findByID({ collection: 'sessions', id: session.id, locale: 'en', draft: true })
    expect([es.title, es.summary]).toEqual(['Mis derechos', 'Resumen'])
    expect([en.title, en.summary]).toEqual(['My rights', 'Summary'])
    // Numbers and relations are shared by the languages.
    expect(en.number).toBe(30)
    expect(idOf(en.track)).toBe(String(track))

    const rest = await api.get(`/api/sessions/${session.id}?locale=en&draft=true`, { token })
    expect(rest.body.title).toBe('My rights')
  })

  test('localized activity titles and participant content, shared minutes', async () => {
    const session = await payload.create({
      collection: 'sessions',
      locale: 'es',
      data: { track, number: 31, title: 'Respeto', activities: [activity('checkIn', 'Registro', 150)], _status: 'published' } as any,
    })
    const blockId = (session.activities as any[])[0].id
    await payload.update({
      collection: 'sessions',
      id: session.id,
      locale: 'en',
      data: { title: 'Respect', activities: [{ ...activity('checkIn', 'Check-in', 150), id: blockId }] } as any,
    })
    const all = (await payload.findByID({ collection: 'sessions', id: session.id, locale: 'all' })) as any
    expect(all.title).toEqual({ es: 'Respeto', en: 'Respect' })
    expect(all.activities[0].title).toEqual({ es: 'Registro', en: 'Check-in' })
    expect(all.activities[0].minutes).toBe(150)
  })
})
