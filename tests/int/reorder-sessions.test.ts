/** Reordering the sessions of a track: numbers 1..n, unique, all or nothing, drafts untouched. */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { MARKERS, type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>

beforeAll(async () => {
  ;({ ctx, payload, api, f, tokens } = await startSuite({ language: 'en' }))
})
afterAll(async () => ctx?.cleanup())

const reorder = (track: ID, sessions: unknown, actor: Actor = 'designer') =>
  api.post(`/api/tracks/${track}/reorder-sessions`, { sessions }, { token: tokens[actor] })

/** The track's sessions as readers see them (the published document) and as the editor shows them (newest version). */
async function numbers(track: ID) {
  const read = async (draft: boolean) =>
    (await payload.find({ collection: 'sessions', where: { track: { equals: track } }, draft, depth: 0, limit: 0, pagination: false, sort: 'number' })).docs
  const published = await read(false)
  const newest = await read(true)
  return {
    published: Object.fromEntries(published.map((s) => [String(s.id), s.number])),
    newest: Object.fromEntries(newest.map((s) => [String(s.id), s.number])),
    statuses: Object.fromEntries(newest.map((s) => [String(s.id), s._status])),
  }
}

test('a designer reverses the men’s track: numbered 1..n in the new order, drafts stay drafts, a pending draft stays pending', async () => {
  const { menPublished, menDraft, menPendingDraft } = f.sessions
  const before = await numbers(f.tracks.men)
  const pendingBefore = await payload.findByID({ collection: 'sessions', id: menPendingDraft, draft: true, depth: 0, locale: 'all' })
  const publishedBefore = await payload.findByID({ collection: 'sessions', id: menPendingDraft, depth: 0, locale: 'all' })
  const versionsBefore = (await payload.countVersions({ collection: 'sessions' })).totalDocs

  const response = await reorder(f.tracks.men, [menPendingDraft, menDraft, menPublished])
  expect(response.status, response.text).toBe(200)

  const after = await numbers(f.tracks.men)
  const expected = { [String(menPendingDraft)]: 1, [String(menDraft)]: 2, [String(menPublished)]: 3 }
  expect(after.published).toEqual(expected)
  expect(after.newest).toEqual(expected)
  expect(after.statuses).toEqual(before.statuses)

  // The pending draft is still unpublished, with its content, and readers still see the published text.
  const pendingAfter = await payload.findByID({ collection: 'sessions', id: menPendingDraft, draft: true, depth: 0, locale: 'all' })
  const publishedAfter = await payload.findByID({ collection: 'sessions', id: menPendingDraft, depth: 0, locale: 'all' })
  expect(pendingAfter._status).toBe('draft')
  expect(pendingAfter.title).toEqual(pendingBefore.title)
  expect(String((pendingAfter.title as any).es)).toContain(MARKERS.pendingDraft)
  expect(String((publishedAfter.title as any).es)).not.toContain(MARKERS.pendingDraft)
  const { number: _a, updatedAt: _b, ...restBefore } = publishedBefore as any
  const { number: _c, updatedAt: _d, ...restAfter } = publishedAfter as any
  expect(restAfter).toEqual(restBefore)
  expect((pendingAfter.activities as any[]).map((a) => a.minutes)).toEqual((pendingBefore.activities as any[]).map((a) => a.minutes))
  // No version was added: reordering is not an edit.
  expect((await payload.countVersions({ collection: 'sessions' })).totalDocs).toBe(versionsBefore)

  // Publishing the pending draft later keeps the new number.
  await payload.update({ collection: 'sessions', id: menPendingDraft, data: { _status: 'published' } as any })
  expect((await payload.findByID({ collection: 'sessions', id: menPendingDraft, depth: 0 })).number).toBe(1)

  // The other track was not touched.
  expect(Object.values((await numbers(f.tracks.women)).published)).toEqual([1, 2])
})

test('a new session after reordering takes a free number, and the unique rule still holds', async () => {
  const clash = await api.post(
    '/api/sessions?draft=true',
    { track: f.tracks.men, number: 1, title: 'Choque', _status: 'draft' },
    { token: tokens.designer },
  )
  expect(clash.status).toBe(400)
  expect(clash.body.errors[0].message).toContain('Session number 1 is already used in this track')
})

test('bad lists are refused with 400 naming the problem, and nothing changes', async () => {
  const { menPublished, menDraft, menPendingDraft, womenPublished } = f.sessions
  const before = await numbers(f.tracks.men)
  const cases: Array<[unknown, RegExp]> = [
    [[menPublished, menDraft], new RegExp(`missing sessions of this track: ${menPendingDraft}`)],
    [[menPublished, menDraft, menPendingDraft, womenPublished], new RegExp(`not sessions of this track: ${womenPublished}`)],
    [[menPublished, menDraft, menPendingDraft, 'no-such-id'], /not sessions of this track: no-such-id/],
    [[menPublished, menPublished, menDraft, menPendingDraft], new RegExp(`listed more than once: ${menPublished}`)],
    [[menPublished, null, menDraft], /must be numbers or text/],
    ['1,2,3', /Send \{"sessions"/],
  ]
  for (const [list, message] of cases) {
    const response = await reorder(f.tracks.men, list)
    expect(response.status, JSON.stringify(list)).toBe(400)
    expect(response.body.errors[0].message).toMatch(message)
  }
  expect((await api.post(`/api/tracks/${f.tracks.men}/reorder-sessions`, [1, 2], { token: tokens.designer })).status).toBe(400)
  expect(await numbers(f.tracks.men)).toEqual(before)
})

test('in the Spanish admin the refusals and the answer are in Spanish', async () => {
  const es = { headers: { 'Accept-Language': 'es' } }
  const { menPublished, menDraft } = f.sessions
  const missing = await api.post(`/api/tracks/${f.tracks.men}/reorder-sessions`, { sessions: [menPublished, menDraft] }, { token: tokens.designer, ...es })
  expect(missing.status).toBe(400)
  expect(missing.body.errors[0].message).toMatch(/^El nuevo orden debe incluir cada sesión de la línea exactamente una vez \(faltan sesiones de esta línea: /)
  const facilitator = await api.post(`/api/tracks/${f.tracks.men}/reorder-sessions`, { sessions: [] }, { token: tokens.facilitator, ...es })
  expect(facilitator.status).toBe(403)
  expect(facilitator.body.errors[0].message).toBe('Solo quienes diseñan el currículo y quienes administran reordenan las sesiones.')
  const anonymous = await api.post(`/api/tracks/${f.tracks.men}/reorder-sessions`, { sessions: [] }, { ...es })
  expect(anonymous.body.errors[0].message).toBe('Inicia sesión para reordenar las sesiones.')
  const notList = await api.post(`/api/tracks/${f.tracks.men}/reorder-sessions`, [1, 2], { token: tokens.designer, ...es })
  expect(notList.body.errors[0].message).toMatch(/^Envía \{"sessions"/)
})

test('only curriculum editors reorder: facilitators, reviewers and trainers get 403, anonymous 401, an unknown track 404', async () => {
  const order = [f.sessions.womenDraft, f.sessions.womenPublished]
  const before = await numbers(f.tracks.women)
  for (const actor of ['facilitator', 'reviewer', 'trainer', 'noRole'] as Actor[]) {
    const response = await reorder(f.tracks.women, order, actor)
    expect(response.status, actor).toBe(403)
    expect(response.body.errors[0].message).toMatch(/designers and admins/)
  }
  expect((await reorder(f.tracks.women, order, 'anonymous')).status).toBe(401)
  expect(await numbers(f.tracks.women)).toEqual(before)
  const unknown = typeof f.tracks.women === 'number' ? 999999 : '00000000-0000-4000-8000-000000000000'
  expect((await reorder(unknown, order)).status).toBe(404)

  // An admin may, and the same order again changes nothing.
  expect((await reorder(f.tracks.women, order, 'admin')).status).toBe(200)
  const swapped = await numbers(f.tracks.women)
  expect(swapped.newest).toEqual({ [String(f.sessions.womenDraft)]: 1, [String(f.sessions.womenPublished)]: 2 })
  const again = await reorder(f.tracks.women, order, 'admin')
  expect(again.body.message).toBe('Renumbered 0 of 2 sessions.')
})

test('reordering keeps an approved session approved (the number is not reviewed content)', async () => {
  const id = f.sessions.womenDraft
  expect((await api.post(`/api/sessions/${id}/review`, { action: 'submit' }, { token: tokens.designer })).status).toBe(200)
  expect((await api.post(`/api/sessions/${id}/review`, { action: 'approve' }, { token: tokens.reviewer })).status).toBe(200)
  expect((await reorder(f.tracks.women, [f.sessions.womenPublished, id])).status).toBe(200)
  const published = await api.patch(`/api/sessions/${id}`, { _status: 'published' }, { token: tokens.designer })
  expect(published.status, published.text).toBe(200)
  expect(published.body.doc.number).toBe(2)
})
