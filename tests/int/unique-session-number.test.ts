/** A session's number is unique within its track (and only within it). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { fullAgenda, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let token: string

beforeAll(async () => {
  // Sessions are published here by an admin, who may publish without review: these rules hold for
  // every publisher, and review-workflow.test.ts covers what a designer may publish.
  const suite = await startSuite({ fixture: { accounts: ['admin'] }, language: 'en' })
  ;({ ctx, payload, api, f } = suite)
  token = suite.tokens.admin!
})
afterAll(async () => ctx?.cleanup())

const counts = async () => ({
  sessions: (await payload.count({ collection: 'sessions' })).totalDocs,
  versions: (await payload.countVersions({ collection: 'sessions' })).totalDocs,
})
const message = (response: { body: any }) => response.body?.errors?.[0]?.message as string

describe('creating', () => {
  test('a duplicate number in the same track is refused with 400 naming the number; nothing is written', async () => {
    const before = await counts()
    // Session 1 of the men's track is «No violencia» (published).
    const response = await api.post(
      '/api/sessions',
      { track: f.tracks.men, number: 1, title: 'Otra primera sesión', activities: fullAgenda(), _status: 'published' },
      { token },
    )
    expect(response.status).toBe(400)
    expect(message(response)).toBe('Session number 1 is already used in this track (by «No violencia»).')
    expect(response.body.errors[0].data.errors[0].path).toBe('number')
    expect(await counts()).toEqual(before)
  })

  test('a draft may not take the number of another draft either', async () => {
    const before = await counts()
    // Session 2 of the men's track exists only as a draft.
    const response = await api.post('/api/sessions?draft=true', { track: f.tracks.men, number: 2, title: 'Duplicado', _status: 'draft' }, { token })
    expect(response.status).toBe(400)
    expect(message(response)).toContain('Session number 2 is already used in this track')
    expect(await counts()).toEqual(before)
  })

  test('two drafts without a number in one track are both saved (the number comes later)', async () => {
    // SQL's unique index ignores missing numbers; MongoDB's indexed them as null, and the second
    // draft was refused with a message about `track`.
    const first = await api.post('/api/sessions?draft=true', { track: f.tracks.women, title: 'Borrador sin número 1', _status: 'draft' }, { token })
    const second = await api.post('/api/sessions?draft=true', { track: f.tracks.women, title: 'Borrador sin número 2', _status: 'draft' }, { token })
    expect(first.status, first.text).toBe(201)
    expect(second.status, second.text).toBe(201)
    expect(second.body.doc.number ?? null).toBeNull()
  })

  test('the same number in another track is fine', async () => {
    const track = await payload.create({
      collection: 'tracks',
      data: { programme: f.programme, title: 'Apoyo a facilitación', audience: 'facilitators', plannedSessions: 6 } as any,
    })
    const response = await api.post(
      '/api/sessions',
      { track: track.id, number: 1, title: 'Autocuidado', activities: fullAgenda(), _status: 'published' },
      { token },
    )
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.number).toBe(1)
  })

  // The Local API has no reader to ask: it refuses in the default language, Spanish.
  test('the Local API refuses it the same way, in Spanish', async () => {
    const before = await counts()
    await expect(
      payload.create({ collection: 'sessions', data: { track: f.tracks.women, number: 1, title: 'Doble', _status: 'draft' } as any, draft: true }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('El número de sesión 1 ya se usa en esta línea') })
    expect(await counts()).toEqual(before)
  })

  test('two requests racing for the same free number: one wins, the other gets a 4xx, never both', async () => {
    const before = await counts()
    const body = (title: string) => ({ track: f.tracks.men, number: 50, title, activities: fullAgenda(), _status: 'published' })
    const responses = await Promise.all([
      api.post('/api/sessions', body('Carrera A'), { token }),
      api.post('/api/sessions', body('Carrera B'), { token }),
    ])
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses[0]).toBe(201)
    expect(statuses[1]).toBeGreaterThanOrEqual(400)
    expect(statuses[1]).toBeLessThan(500)
    const loser = responses.find((response) => response.status !== 201)!
    expect(message(loser)).toBeTruthy()
    const stored = await payload.find({ collection: 'sessions', where: { and: [{ track: { equals: f.tracks.men } }, { number: { equals: 50 } }] } })
    expect(stored.totalDocs).toBe(1)
    expect((await counts()).sessions).toBe(before.sessions + 1)
  })
})

describe('updating', () => {
  let id: ID
  beforeAll(async () => {
    id = f.sessions.menPendingDraft // number 3
  })

  test('renumbering a session to a number taken in its track is refused; the stored session is unchanged', async () => {
    const before = (await payload.findByID({ collection: 'sessions', id, depth: 0 })) as any
    const response = await api.patch(`/api/sessions/${id}`, { number: 1 }, { token })
    expect(response.status).toBe(400)
    expect(message(response)).toBe('Session number 1 is already used in this track (by «No violencia»).')
    expect(await payload.findByID({ collection: 'sessions', id, depth: 0 })).toEqual(before)
  })

  test('moving a session to another track where its number is taken is refused', async () => {
    // Session 3 does not exist in the women's track, but 1 does: move the men's session 1 there.
    const moving = f.sessions.menPublished
    const response = await api.patch(`/api/sessions/${moving}`, { track: f.tracks.women, module: f.modules.women }, { token })
    expect(response.status).toBe(400)
    expect(message(response)).toContain('Session number 1 is already used in this track (by «Mis derechos')
    const after = (await payload.findByID({ collection: 'sessions', id: moving, depth: 0 })) as any
    expect(String(after.track)).toBe(String(f.tracks.men))
  })

  test('saving a session without changing its number is not a clash with itself', async () => {
    const response = await api.patch(`/api/sessions/${f.sessions.menPublished}`, { number: 1, summary: 'Igual número' }, { token })
    expect(response.status, response.text).toBe(200)
  })

  test('renumbering to a free number works', async () => {
    const response = await api.patch(`/api/sessions/${f.sessions.menPublished}`, { number: 4 }, { token })
    expect(response.status, response.text).toBe(200)
    expect(response.body.doc.number).toBe(4)
  })
})
