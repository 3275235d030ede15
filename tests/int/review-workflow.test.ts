/**
 * The review workflow: a designer submits a session, a reviewer approves it or requests changes
 * with a comment, only approved sessions (or an admin) are published, a change after approval
 * withdraws it, and the history of decisions stays with the session.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import type { Payload } from 'payload'

import { fullAgenda, type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
let serial = 60

beforeAll(async () => {
  // The assertions read the English refusals; Spanish ones are asked for where said.
  ;({ ctx, payload, api, f, tokens } = await startSuite({ language: 'en' }))
})
afterAll(async () => ctx?.cleanup())

/** A new draft session written by the designer, with a full agenda. */
/** The next free number of the men's track (duplicates take numbers too). */
async function nextNumber() {
  const last = await payload.find({ collection: 'sessions', where: { track: { equals: f.tracks.men } }, sort: '-number', limit: 1, depth: 0 })
  serial = Math.max(serial, (last.docs[0]?.number ?? 0) + 1)
  return serial++
}

async function draftSession(title = 'Sesión en revisión') {
  const response = await api.post(
    '/api/sessions?draft=true',
    { track: f.tracks.men, module: f.modules.men, number: await nextNumber(), title, summary: 'Resumen.', activities: fullAgenda(), _status: 'draft' },
    { token: tokens.designer },
  )
  expect(response.status, response.text).toBe(201)
  return response.body.doc.id as ID
}

const review = (id: ID, actor: Actor, body: unknown) => api.post(`/api/sessions/${id}/review`, body, { token: tokens[actor] })
const stateOf = async (id: ID) => (await payload.findByID({ collection: 'sessions', id, draft: true, depth: 0 })).reviewStatus
const publish = (id: ID, actor: Actor, data: Record<string, unknown> = {}) =>
  api.patch(`/api/sessions/${id}`, { ...data, _status: 'published' }, { token: tokens[actor] })
const history = async (id: ID) =>
  (await payload.find({ collection: 'review-decisions', where: { session: { equals: id } }, sort: 'createdAt', depth: 0, limit: 0, pagination: false })).docs

async function approved(title?: string) {
  const id = await draftSession(title)
  expect((await review(id, 'designer', { action: 'submit' })).status).toBe(200)
  expect((await review(id, 'reviewer', { action: 'approve', comment: 'Clara y segura.' })).status).toBe(200)
  return id
}

test('a new session is not submitted, and a designer cannot publish it until a reviewer approves it', async () => {
  const id = await draftSession()
  expect(await stateOf(id)).toBe('not-submitted')

  const refused = await publish(id, 'designer')
  expect(refused.status).toBe(403)
  expect(refused.body.errors[0].message).toMatch(/Only approved sessions can be published/)
  const spanish = await api.patch(`/api/sessions/${id}`, { _status: 'published' }, { token: tokens.designer, headers: { 'Accept-Language': 'es' } })
  expect(spanish.status).toBe(403)
  expect(spanish.body.errors[0].message).toBe(
    'Solo se publican sesiones aprobadas y esta no se ha enviado a revisión (o su contenido cambió después de aprobarse). Envíala a revisión y publícala cuando una persona revisora la apruebe; una persona administradora puede publicar sin revisión.',
  )
  expect((await payload.findByID({ collection: 'sessions', id, draft: true, depth: 0 }))._status).toBe('draft')

  // Nor by creating it published in one go, through REST or the Local API as the designer.
  const direct = await api.post(
    '/api/sessions',
    { track: f.tracks.men, number: await nextNumber(), title: 'Directa', activities: fullAgenda(), _status: 'published' },
    { token: tokens.designer },
  )
  expect(direct.status).toBe(403)
  await expect(
    payload.update({ collection: 'sessions', id, data: { _status: 'published' } as any, overrideAccess: false, user: f.accounts.designer.doc }),
  ).rejects.toThrow(/Solo se publican sesiones aprobadas/) // the Local API's language: Spanish
})

test('submit → approve: the designer publishes the approved session, and both decisions are in its history', async () => {
  const sendEmail = vi.spyOn(payload, 'sendEmail')
  const id = await draftSession('Sesión aprobada')

  const submitted = await review(id, 'designer', { action: 'submit' })
  expect(submitted.status).toBe(200)
  expect(submitted.body.reviewStatus).toBe('in-review')
  expect(await stateOf(id)).toBe('in-review')
  // The reviewers are told (Payload logs the email when no adapter is configured).
  expect(sendEmail.mock.calls.some(([message]: any[]) => [message.to].flat().includes(f.accounts.reviewer.email))).toBe(true)

  expect((await publish(id, 'designer')).status).toBe(403)

  expect(submitted.body.message).toMatch(/^Session \d+ was sent for review\.$/)

  const decided = await review(id, 'reviewer', { action: 'approve', comment: 'Bien.' })
  expect(decided.status).toBe(200)
  expect(decided.body.message).toMatch(/^Session \d+ was approved\.$/)
  expect(await stateOf(id)).toBe('approved')
  // The submitter hears about the decision.
  expect(sendEmail.mock.calls.some(([message]: any[]) => [message.to].flat().includes(f.accounts.designer.email))).toBe(true)
  sendEmail.mockRestore()

  const published = await publish(id, 'designer')
  expect(published.status, published.text).toBe(200)
  expect(published.body.doc._status).toBe('published')
  expect(published.body.doc.reviewStatus).toBe('approved')

  const decisions = await history(id)
  expect(decisions.map((d: any) => d.decision)).toEqual(['submitted', 'approved'])
  expect(String(decisions[1].by)).toBe(String(f.accounts.reviewer.id))
  expect(decisions[1].comment).toBe('Bien.')
  expect(decisions[1].sessionVersion).toBeTruthy()

  // The history shows on the session through its join field.
  const withHistory = await api.get(`/api/sessions/${id}?depth=0`, { token: tokens.reviewer })
  expect(withHistory.body.reviewHistory.docs).toHaveLength(2)
  // The approval fingerprint never leaves the server.
  expect(withHistory.body.reviewApproval).toBeUndefined()
})

test('requesting changes needs a comment; the designer resubmits after changing the session', async () => {
  const id = await draftSession()
  await review(id, 'designer', { action: 'submit' })

  const noComment = await review(id, 'reviewer', { action: 'request-changes', comment: '   ' })
  expect(noComment.status).toBe(400)
  expect(noComment.body.errors[0].message).toMatch(/comment is required/)
  // A reviewer whose admin is in Spanish reads the same refusal in Spanish.
  const inSpanish = await api.post(`/api/sessions/${id}/review`, { action: 'request-changes' }, { token: tokens.reviewer, headers: { 'Accept-Language': 'es' } })
  expect(inSpanish.status).toBe(400)
  expect(inSpanish.body.errors[0].message).toBe('Di qué debe cambiar: pedir cambios requiere un comentario.')
  expect(await stateOf(id)).toBe('in-review')

  // The reviewer whose admin is in Spanish reads what she did in Spanish, in a sentence.
  const sentBack = await api.post(`/api/sessions/${id}/review`, { action: 'request-changes', comment: 'Añade una advertencia de contenido.' }, { token: tokens.reviewer, headers: { 'Accept-Language': 'es' } })
  expect(sentBack.status).toBe(200)
  expect(sentBack.body.message).toMatch(/^Se pidieron cambios en la sesión \d+\.$/)
  expect(await stateOf(id)).toBe('changes-requested')
  expect((await publish(id, 'designer')).status).toBe(403)

  const edited = await api.patch(`/api/sessions/${id}?draft=true`, { contentNotes: 'Se habla de violencia sexual.' }, { token: tokens.designer })
  expect(edited.status).toBe(200)
  expect(await stateOf(id)).toBe('changes-requested')
  expect((await review(id, 'designer', { action: 'submit' })).status).toBe(200)
  expect((await history(id)).map((d: any) => [d.decision, d.comment ?? null])).toEqual([
    ['submitted', null],
    ['changes-requested', 'Añade una advertencia de contenido.'],
    ['submitted', null],
  ])
})

test('changing the content after approval withdraws it: approve, change, publish is refused', async () => {
  const id = await approved()

  // In Spanish (the default locale) …
  const changed = await api.patch(`/api/sessions/${id}?draft=true`, { summary: 'Otro resumen.' }, { token: tokens.designer })
  expect(changed.status).toBe(200)
  expect(await stateOf(id)).toBe('not-submitted')
  const refused = await publish(id, 'designer')
  expect(refused.status).toBe(403)
  expect(refused.body.errors[0].message).toMatch(/content changed after approval/)
  expect((await history(id)).map((d: any) => d.decision)).toEqual(['submitted', 'approved', 'approval-withdrawn'])

  // … and in English, or with the change sent along with the publish itself.
  const second = await approved()
  expect((await api.patch(`/api/sessions/${second}?draft=true&locale=en`, { title: 'Changed' }, { token: tokens.designer })).status).toBe(200)
  expect(await stateOf(second)).toBe('not-submitted')

  const third = await approved()
  const sneaky = await publish(third, 'designer', { title: 'Cambiada al publicar' })
  expect(sneaky.status).toBe(403)
  const stored = await payload.findByID({ collection: 'sessions', id: third, draft: true, depth: 0 })
  expect(stored._status).toBe('draft')
  expect(stored.title).not.toBe('Cambiada al publicar')
})

test('saving an approved session unchanged, or publishing it with the same content, keeps the approval', async () => {
  const id = await approved()
  const doc = await payload.findByID({ collection: 'sessions', id, draft: true, depth: 0 })
  // What the admin's form sends back: the whole document.
  const { id: _id, createdAt, updatedAt, reviewHistory, reviewStatus, ...form } = doc as any
  const published = await publish(id, 'designer', { ...form, reviewStatus: 'not-submitted' })
  expect(published.status, published.text).toBe(200)
  expect(await stateOf(id)).toBe('approved')
})

test('an admin may publish without review; the seed and other system operations too', async () => {
  const id = await draftSession()
  expect((await publish(id, 'admin')).status).toBe(200)
  const system = await payload.create({ collection: 'sessions', data: { track: f.tracks.men, number: await nextNumber(), title: 'Sistema', activities: fullAgenda(), _status: 'published' } as any })
  expect(system._status).toBe('published')
})

test('a scheduled publish fires for an approved session and is refused for one changed since', async () => {
  const ok = await approved()
  const changed = await approved()
  await api.patch(`/api/sessions/${changed}?draft=true`, { summary: 'Cambio tardío.' }, { token: tokens.designer })
  for (const id of [ok, changed]) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
      input: { type: 'publish', doc: { relationTo: 'sessions', value: String(id) }, user: { relationTo: 'users', value: f.accounts.designer.id } },
    } as any)
  }
  await payload.jobs.run({ queue: 'default' })
  expect((await payload.findByID({ collection: 'sessions', id: ok, depth: 0 }))._status).toBe('published')
  expect((await payload.findByID({ collection: 'sessions', id: changed, draft: true, depth: 0 }))._status).toBe('draft')
})

test('who may do what: roles, states and bad input get clear 4xx answers', async () => {
  const id = await draftSession()
  // Only designers and admins submit; reviewers cannot approve what was not submitted.
  expect((await review(id, 'reviewer', { action: 'submit' })).status).toBe(403)
  expect((await review(id, 'reviewer', { action: 'approve' })).status).toBe(409)
  for (const actor of ['facilitator', 'trainer', 'noRole'] as Actor[]) {
    expect((await review(id, actor, { action: 'submit' })).status).toBe(403)
  }
  expect((await review(id, 'anonymous', { action: 'submit' })).status).toBe(401)

  expect((await review(id, 'designer', { action: 'submit' })).status).toBe(200)
  // A designer does not approve, and nothing is submitted twice.
  expect((await review(id, 'designer', { action: 'approve' })).status).toBe(403)
  const twice = await review(id, 'designer', { action: 'submit' })
  expect(twice.status).toBe(409)
  expect(twice.body.errors[0].message).toMatch(/already waiting/)
  // A reviewer cannot edit or publish the session itself.
  expect((await api.patch(`/api/sessions/${id}`, { _status: 'published' }, { token: tokens.reviewer })).status).toBe(403)

  const bad = await review(id, 'reviewer', { action: 'publish' })
  expect(bad.status).toBe(400)
  expect(bad.body.errors[0].message).toMatch(/submit, approve, request-changes/)
  expect((await review(id, 'reviewer', { action: 'approve', comment: 42 })).status).toBe(400)
  expect((await review(id, 'reviewer', 'approve')).status).toBe(400)
  expect((await review(typeof id === 'number' ? 999999 : '00000000-0000-4000-8000-000000000000', 'reviewer', { action: 'approve' })).status).toBe(404)
  // The refused attempts left nothing behind.
  expect(await stateOf(id)).toBe('in-review')
  expect((await history(id)).map((d: any) => d.decision)).toEqual(['submitted'])

  // An admin decides too.
  expect((await review(id, 'admin', { action: 'approve' })).status).toBe(200)
})

test('the history is not editable, and only an admin may delete a decision', async () => {
  const id = await approved()
  const [decision] = await history(id)
  for (const actor of ['designer', 'reviewer'] as Actor[]) {
    expect((await api.patch(`/api/review-decisions/${decision.id}`, { comment: 'reescrito' }, { token: tokens[actor] })).status).toBe(403)
    expect((await api.delete(`/api/review-decisions/${decision.id}`, { token: tokens[actor] })).status).toBe(403)
    expect((await api.post('/api/review-decisions', { session: id, decision: 'approved' }, { token: tokens[actor] })).status).toBe(403)
  }
  expect((await api.get(`/api/review-decisions/${decision.id}`, { token: tokens.facilitator })).status).toBe(403)
  expect((await api.delete(`/api/review-decisions/${decision.id}`, { token: tokens.admin })).status).toBe(200)
})

test('the review state cannot be set by saving the session, and a duplicate of an approved session starts unreviewed', async () => {
  const id = await draftSession()
  const forged = await api.patch(`/api/sessions/${id}?draft=true`, { reviewStatus: 'approved', reviewApproval: { fingerprints: {} } }, { token: tokens.designer })
  expect(forged.status).toBe(200)
  expect(await stateOf(id)).toBe('not-submitted')
  expect((await publish(id, 'designer')).status).toBe(403)

  const original = await approved()
  const copy = await api.post(`/api/sessions/${original}/duplicate`, {}, { token: tokens.designer })
  expect(copy.status, copy.text).toBe(200)
  expect(await stateOf(copy.body.doc.id)).toBe('not-submitted')
  expect((await publish(copy.body.doc.id, 'designer')).status).toBe(403)
  expect(await history(copy.body.doc.id)).toEqual([])
})

test('restoring an older published version does not publish unreviewed content either', async () => {
  const id = await draftSession('Versión sin revisar')
  // Published once by an admin without review …
  expect((await publish(id, 'admin')).status).toBe(200)
  const unreviewed = (await payload.findVersions({ collection: 'sessions', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0 })).docs[0]
  expect(unreviewed.version._status).toBe('published')
  // … then revised, reviewed and published by the designer.
  await api.patch(`/api/sessions/${id}?draft=true`, { title: 'Versión aprobada' }, { token: tokens.designer })
  await review(id, 'designer', { action: 'submit' })
  await review(id, 'reviewer', { action: 'approve' })
  expect((await publish(id, 'designer')).status).toBe(200)

  const restored = await api.post(`/api/sessions/versions/${unreviewed.id}`, {}, { token: tokens.designer })
  expect(restored.status).toBe(403)
  expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).title).toBe('Versión aprobada')
})

test('facilitators reading a published session see none of its review history', async () => {
  const id = await approved('Publicada y revisada')
  await review(id, 'reviewer', { action: 'request-changes', comment: 'COMENTARIO-INTERNO-71c3' })
  await review(id, 'designer', { action: 'submit' })
  await review(id, 'reviewer', { action: 'approve' })
  expect((await publish(id, 'designer')).status).toBe(200)
  const response = await api.get(`/api/sessions/${id}?depth=1`, { token: tokens.facilitator })
  expect(response.status).toBe(200)
  expect(response.text).not.toContain('COMENTARIO-INTERNO-71c3')
  expect(response.body.reviewHistory?.docs ?? []).toEqual([])
  expect(response.body.reviewApproval).toBeUndefined()
})
