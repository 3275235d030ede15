/**
 * Adapted tracks (issue 20): a designer adapts a track from one of its releases; the source
 * changes and publishes newer releases; the adaptation sees exactly the sessions whose source
 * changed, with what changed in a facilitator's words; the designer takes one change into the
 * draft and sets another aside with a reason; the adaptation's own release stays as it was until
 * it is released again. Facilitators and reviewers cannot adapt.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { MARKERS, richText, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { buildBilingualTrack, type BilingualTrack } from '../helpers/releaseFixture'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { lexicalToPlainText } from '@/core/richtext/lexical'

// Releases are frozen at creation; nothing here needs their files built.
process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-generated-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let source: BilingualTrack
let tokens: Record<'designer' | 'admin' | 'reviewer' | 'facilitator', string>

beforeAll(async () => {
  const suite = await startSuite()
  ;({ ctx, payload, api, f } = suite)
  source = await buildBilingualTrack(payload, f.programme, 'origen')
  tokens = { designer: suite.tokens.designer!, admin: suite.tokens.admin!, reviewer: suite.tokens.reviewer!, facilitator: suite.tokens.facilitator! }
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

const message = (response: { body: any }) => String(response.body?.errors?.[0]?.message ?? '')
const plain = (state: unknown) => lexicalToPlainText(state as never)

async function createRelease(track: ID, version: string) {
  const response = await api.post('/api/manual-releases', { track, version, locales: ['es', 'en'], confirmNoChanges: true }, { token: tokens.designer, headers: { 'Accept-Language': 'en' } })
  expect(response.status, response.text).toBe(201)
  return response.body.doc as Doc
}
const releaseDoc = async (id: ID) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0, showHiddenFields: true })) as Doc
const adaptedSessions = async (track: ID) =>
  (await payload.find({ collection: 'sessions', where: { track: { equals: track } }, sort: 'number', draft: true, depth: 0, locale: 'all', pagination: false, limit: 0 })).docs as Doc[]

/** Changes a published source session in both languages and publishes it. */
async function changeSource(id: ID, es: Record<string, unknown>, en: Record<string, unknown>) {
  await payload.update({ collection: 'sessions', id, locale: 'es', data: { ...es, _status: 'published' } as any })
  await payload.update({ collection: 'sessions', id, locale: 'en', data: { ...en, _status: 'published' } as any })
}

describe('adapting a track and following its source', () => {
  let adapted: ID
  let sessions: Doc[]
  let adaptedRelease: Doc
  const bySource = (sourceId: ID) => sessions.find((session) => session.adaptation?.sourceSession === String(sourceId))!

  test('a facilitator, a reviewer and an anonymous reader cannot adapt; a track without releases cannot be adapted', async () => {
    const asFacilitator = await api.post(`/api/tracks/${source.track}/adapt`, {}, { token: tokens.facilitator })
    expect(asFacilitator.status).toBe(403)
    expect(message(asFacilitator)).toContain('Solo el equipo de diseño curricular')
    const asReviewer = await api.post(`/api/tracks/${source.track}/adapt`, {}, { token: tokens.reviewer, headers: { 'Accept-Language': 'en' } })
    expect(asReviewer.status).toBe(403)
    expect(message(asReviewer)).toContain('Only curriculum designers and admins adapt tracks')
    expect((await api.post(`/api/tracks/${source.track}/adapt`, {})).status).toBe(401)

    const noRelease = await api.post(`/api/tracks/${source.track}/adapt`, {}, { token: tokens.designer })
    expect(noRelease.status).toBe(409)
    expect(message(noRelease)).toContain('no tiene ninguna versión publicada')
    const tracks = await payload.count({ collection: 'tracks', where: { 'adaptedFrom.track': { exists: true } } })
    expect(tracks.totalDocs).toBe(0)
  })

  test('a designer adapts release 1.0.0: a new track with the same sessions as drafts, each following its source', async () => {
    await payload.update({ collection: 'tracks', id: source.track, locale: 'es', data: { discreetTitle: 'Cuaderno de trabajo · Taller de bienestar' } as any })
    const first = await createRelease(source.track, '1.0.0')
    const response = await api.post(`/api/tracks/${source.track}/adapt`, { title: { es: 'Mujeres — Yucatán rural', en: 'Women — rural Yucatán' } }, { token: tokens.designer })
    expect(response.status, response.text).toBe(201)
    expect(response.body.version).toBe('1.0.0')
    adapted = response.body.track.id
    const track = (await payload.findByID({ collection: 'tracks', id: adapted, depth: 0, locale: 'all' })) as Doc
    expect(track.title).toEqual({ es: 'Mujeres — Yucatán rural', en: 'Women — rural Yucatán' })
    expect(track.audience).toBe('women')
    expect(String(track.adaptedFrom.track)).toBe(String(source.track))
    expect(String(track.adaptedFrom.release)).toBe(String(first.id))
    expect(track.adaptedFrom.version).toBe('1.0.0')
    // The participants' workbook stays as discreet as the source's.
    expect(track.discreetTitle?.es).toBe('Cuaderno de trabajo · Taller de bienestar')

    sessions = await adaptedSessions(adapted)
    expect(sessions.map((s) => s.title)).toEqual([
      { es: source.titles.es[0], en: source.titles.en[0] },
      { es: source.titles.es[1], en: source.titles.en[1] },
    ])
    expect(sessions.every((s) => s._status === 'draft')).toBe(true)
    expect(sessions.map((s) => s.adaptation.sourceSession)).toEqual(source.sessions.map(String))
    expect(sessions.map((s) => s.adaptation.followsVersion)).toEqual(['1.0.0', '1.0.0'])
    // The activities, in both languages, in their own rows.
    expect(sessions[0].activities.map((a: Doc) => [a.blockType, a.minutes, a.title.es, a.title.en])).toEqual([
      ['checkIn', 20, 'Registro 1', 'Check-in 1'],
      ['videoVignette', 60, 'Viñeta 1', 'Vignette 1'],
      ['break', 10, 'Receso', 'Break'],
      ['homework', 40, 'Tarea 1', 'Homework 1'],
      ['closing', 20, 'Cierre', 'Closing'],
    ])
    expect(plain(sessions[1].safetyNotes.en)).toContain(`${MARKERS.safetyNotes} session 2`)
    expect(String(sessions[0].activities[1].resource)).toBe(String(source.video))

    // Nothing is behind right after adapting.
    const status = await api.get(`/api/tracks/${adapted}/adaptation`, { token: tokens.designer })
    expect(status.status, status.text).toBe(200)
    expect(status.body.behind).toBe(0)
    expect(status.body.sessions.map((s: Doc) => s.state)).toEqual(['current', 'current'])
  })

  test("the adaptation publishes its own release, whose manual says what it adapts and from which release", async () => {
    // The designers change what they need: a Maya term in session 1's title.
    await payload.update({ collection: 'sessions', id: sessions[0].id, locale: 'es', data: { title: 'Bienvenida al grupo (Ki’imak in wóol)', _status: 'published' } as any })
    await payload.update({ collection: 'sessions', id: sessions[1].id, locale: 'es', data: { _status: 'published' } as any })
    await payload.update({ collection: 'modules', id: (await payload.find({ collection: 'modules', where: { track: { equals: adapted } }, depth: 0 })).docs[0].id, data: { _status: 'published' } as any })
    adaptedRelease = await releaseDoc((await createRelease(adapted, '1.0.0')).id)
    expect(adaptedRelease.snapshot.track.adaptedFrom).toEqual({ title: { es: 'Línea origen', en: 'Track origen' }, version: '1.0.0' })
    expect(adaptedRelease.snapshot.sessions.map((s: Doc) => s.title.es)).toEqual(['Bienvenida al grupo (Ki’imak in wóol)', source.titles.es[1]])
  })

  test('the source changes one session and releases 1.1.0: the adaptation sees exactly that session, with what changed', async () => {
    await changeSource(
      source.sessions[1],
      { safetyNotes: richText('Si alguien revela violencia reciente, detén la actividad y canaliza.') },
      { safetyNotes: richText('If someone discloses recent violence, stop the activity and refer.') },
    )
    await createRelease(source.track, '1.1.0')

    const status = await api.get(`/api/tracks/${adapted}/adaptation?locale=es`, { token: tokens.designer })
    expect(status.body.newestVersion).toBe('1.1.0')
    expect(status.body.behind).toBe(1)
    expect(status.body.sessions.map((s: Doc) => [s.number, s.state])).toEqual([[1, 'current'], [2, 'behind']])
    expect(status.body.sessions[1].change).toBe('Sesión 2 «Mis derechos»: notas de seguridad')

    // The coverage dashboard's figures: the adaptation, the release it follows, how many sessions behind.
    const { readCoverageReport } = await import('@/cms/reads/curriculum')
    const coverage = await readCoverageReport(payload, { ...f.accounts.designer.doc, collection: 'users' })
    expect(coverage.adaptations.map((row) => [row.trackTitle, row.sourceTitle, row.followsVersion, row.newestVersion, row.behind])).toEqual([
      ['Mujeres — Yucatán rural', 'Línea origen', '1.0.0', '1.1.0', 1],
    ])

    const one = await api.get(`/api/sessions/${bySource(source.sessions[1]).id}/adaptation?locale=en`, { token: tokens.designer })
    expect(one.status, one.text).toBe(200)
    expect(one.body.updateAvailable).toBe(true)
    expect(one.body.change).toBe('Session 2 “My rights”: safety notes')
    const unchanged = await api.get(`/api/sessions/${bySource(source.sessions[0]).id}/adaptation`, { token: tokens.designer })
    expect(unchanged.body.updateAvailable).toBe(false)
  })

  test('1.2.0 changes the other session too; the designer takes one change and sets the other aside, with a reason', async () => {
    await changeSource(source.sessions[0], { summary: 'Nos conocemos y acordamos cómo trabajar.' }, { summary: 'We meet and agree how to work.' })
    await createRelease(source.track, '1.2.0')
    let status = await api.get(`/api/tracks/${adapted}/adaptation`, { token: tokens.designer })
    expect(status.body.sessions.map((s: Doc) => s.state)).toEqual(['behind', 'behind'])
    expect(status.body.behind).toBe(2)

    // Take session 2's change: the source's safety notes land in the draft; nothing is published.
    const second = bySource(source.sessions[1])
    const take = await api.post(`/api/sessions/${second.id}/adaptation`, { action: 'take' }, { token: tokens.designer })
    expect(take.status, take.text).toBe(200)
    expect(take.body.state).toBe('current')
    expect(take.body.followsVersion).toBe('1.2.0')
    const draft = (await payload.findByID({ collection: 'sessions', id: second.id, draft: true, depth: 0, locale: 'all' })) as Doc
    expect(plain(draft.safetyNotes.es)).toBe('Si alguien revela violencia reciente, detén la actividad y canaliza.')
    expect(plain(draft.safetyNotes.en)).toBe('If someone discloses recent violence, stop the activity and refer.')
    expect(draft.title).toEqual({ es: source.titles.es[1], en: source.titles.en[1] })
    const published = (await payload.findByID({ collection: 'sessions', id: second.id, depth: 0, locale: 'en', draft: false })) as Doc
    expect(plain(published.safetyNotes)).toContain(MARKERS.safetyNotes)

    // Set session 1's change aside: without a reason it is refused, naming the problem.
    const first = bySource(source.sessions[0])
    const noReason = await api.post(`/api/sessions/${first.id}/adaptation`, { action: 'set-aside', reason: '  ' }, { token: tokens.designer })
    expect(noReason.status).toBe(400)
    expect(message(noReason)).toContain('escribe el motivo')
    const noReasonEn = await api.post(`/api/sessions/${first.id}/adaptation`, { action: 'set-aside' }, { token: tokens.designer, headers: { 'Accept-Language': 'en' } })
    expect(message(noReasonEn)).toContain('write the reason')
    const asReviewer = await api.post(`/api/sessions/${first.id}/adaptation`, { action: 'take' }, { token: tokens.reviewer })
    expect(asReviewer.status).toBe(403)

    const reason = 'El resumen local ya explica el acuerdo en maya y español.'
    const aside = await api.post(`/api/sessions/${first.id}/adaptation`, { action: 'set-aside', reason }, { token: tokens.designer })
    expect(aside.status, aside.text).toBe(200)
    expect(aside.body.state).toBe('set-aside')
    expect(aside.body.setAside).toEqual({ version: '1.2.0', reason })
    const kept = (await payload.findByID({ collection: 'sessions', id: first.id, draft: true, depth: 0, locale: 'es' })) as Doc
    expect(kept.summary).toBe('Resumen sencillo de la sesión 1.')
    expect(kept.title).toBe('Bienvenida al grupo (Ki’imak in wóol)')

    status = await api.get(`/api/tracks/${adapted}/adaptation`, { token: tokens.designer })
    expect(status.body.sessions.map((s: Doc) => s.state)).toEqual(['set-aside', 'current'])
    expect(status.body.behind).toBe(0)
    expect(status.body.followsVersion).toBe('1.2.0')
  })

  test("the adaptation's release is unchanged until it is released again", async () => {
    const before = await releaseDoc(adaptedRelease.id)
    expect(before.contentHash).toBe(adaptedRelease.contentHash)
    expect(before.snapshot).toEqual(adaptedRelease.snapshot)
    expect(plain(before.snapshot.sessions[1].safetyNotes.es)).toContain(MARKERS.safetyNotes)

    // Re-released once the taken change is published: the new release carries it.
    await payload.update({ collection: 'sessions', id: bySource(source.sessions[1]).id, data: { _status: 'published' } as any })
    const next = await releaseDoc((await createRelease(adapted, '1.1.0')).id)
    expect(plain(next.snapshot.sessions[1].safetyNotes.es)).toBe('Si alguien revela violencia reciente, detén la actividad y canaliza.')
    expect(next.changes.sessionsChanged.map((s: Doc) => [s.number, s.fields.map((c: Doc) => c.field)])).toEqual([[2, ['safetyNotes']]])
    expect(next.snapshot.track.adaptedFrom).toEqual({ title: { es: 'Línea origen', en: 'Track origen' }, version: '1.2.0' })
  })

  test('a session the source adds is reported on the adapted track, and one it removes on the session that followed it', async () => {
    const added = (await payload.duplicate({ collection: 'sessions', id: source.sessions[1], draft: false } as any)) as Doc
    await payload.update({ collection: 'sessions', id: added.id, locale: 'es', data: { number: 3, title: 'Mi red de apoyo', _status: 'published' } as any })
    await payload.update({ collection: 'tracks', id: source.track, data: { plannedSessions: 3 } as any })
    await createRelease(source.track, '1.3.0')
    let status = await api.get(`/api/tracks/${adapted}/adaptation?locale=es`, { token: tokens.designer })
    expect(status.body.sessionsAddedInSource.map((s: Doc) => s.name)).toEqual(['Sesión 3 «Mi red de apoyo»'])
    expect(status.body.behind).toBe(1)

    await payload.update({ collection: 'sessions', id: source.sessions[1], data: { _status: 'draft' } as any })
    await payload.update({ collection: 'tracks', id: source.track, data: { plannedSessions: 2 } as any })
    await createRelease(source.track, '2.0.0')
    status = await api.get(`/api/tracks/${adapted}/adaptation?locale=es`, { token: tokens.designer })
    expect(status.body.sessions.map((s: Doc) => [s.number, s.state])).toEqual([[1, 'set-aside'], [2, 'removed-in-source']])
    const removed = await api.get(`/api/sessions/${bySource(source.sessions[1]).id}/adaptation`, { token: tokens.designer })
    expect(removed.body.updateAvailable).toBe(true)
    const take = await api.post(`/api/sessions/${bySource(source.sessions[1]).id}/adaptation`, { action: 'take' }, { token: tokens.designer })
    expect(take.status).toBe(409)
    expect(message(take)).toContain('ya no está en la versión más reciente')
  })

  test('a duplicate of an adapted session is the adaptation’s own: it follows no source session', async () => {
    const copy = await api.post(`/api/sessions/${bySource(source.sessions[0]).id}/duplicate`, {}, { token: tokens.designer })
    expect(copy.status, copy.text).toBe(200)
    const stored = (await payload.findByID({ collection: 'sessions', id: copy.body.doc.id, draft: true, depth: 0 })) as Doc
    expect(stored.adaptation?.sourceSession ?? null).toBeNull()
    const status = await api.get(`/api/tracks/${adapted}/adaptation`, { token: tokens.designer })
    expect(status.body.sessions.map((s: Doc) => s.state)).toEqual(['set-aside', 'removed-in-source', 'own'])
  })

  test('withdrawing the source release a decision was made at changes nothing for the adaptation', async () => {
    const release = (await payload.find({ collection: 'manual-releases' as any, where: { and: [{ track: { equals: source.track } }, { version: { equals: '1.2.0' } }] }, depth: 0 })).docs[0] as Doc
    const withdrawn = await api.patch(`/api/manual-releases/${release.id}`, { archived: true }, { token: tokens.admin })
    expect(withdrawn.status, withdrawn.text).toBe(200)
    const status = await api.get(`/api/tracks/${adapted}/adaptation`, { token: tokens.designer })
    expect(status.body.newestVersion).toBe('2.0.0')
    expect(status.body.sessions.map((s: Doc) => s.state)).toEqual(['set-aside', 'removed-in-source', 'own'])
  })
})
