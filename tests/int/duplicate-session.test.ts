/** Duplicating a session: a draft copy with its activities, at the next free number of its track. */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let designer: string
let facilitator: string

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer', 'facilitator'] } })
  ;({ ctx, payload, api, f } = suite)
  designer = suite.tokens.designer!
  facilitator = suite.tokens.facilitator!
})
afterAll(async () => ctx?.cleanup())

const sessionNumbers = async (track: unknown) =>
  (await payload.find({ collection: 'sessions', where: { track: { equals: track } }, sort: 'number', depth: 0, limit: 0, pagination: false }))
    .docs.map((session) => session.number)

test('a designer duplicates a published session: a draft with the same activities in both languages, numbered after the last', async () => {
  const original = await payload.findByID({ collection: 'sessions', id: f.sessions.womenPublished, locale: 'all', depth: 0 })
  const numbersBefore = await sessionNumbers(f.tracks.women)

  const response = await api.post(`/api/sessions/${f.sessions.womenPublished}/duplicate`, {}, { token: designer })
  expect(response.status).toBe(200)
  const copyId = response.body.doc.id
  const copy = await payload.findByID({ collection: 'sessions', id: copyId, locale: 'all', depth: 0, draft: true })

  expect(copy._status).toBe('draft')
  expect(copy.number).toBe(Math.max(...(numbersBefore as number[])) + 1)
  expect(copy.title).toEqual(original.title)
  expect(copy.activities?.map((a: any) => [a.blockType, a.title, a.minutes])).toEqual(original.activities?.map((a: any) => [a.blockType, a.title, a.minutes]))
  // The copy's activities are its own rows, not the original's.
  const originalIds = new Set(original.activities?.map((a: any) => String(a.id)))
  for (const activity of copy.activities ?? []) expect(originalIds.has(String(activity.id))).toBe(false)

  // The original is untouched and numbers stay unique.
  const after = await payload.findByID({ collection: 'sessions', id: f.sessions.womenPublished, locale: 'all', depth: 0 })
  expect(after.number).toBe(original.number)
  expect(after._status).toBe('published')
  const numbers = await sessionNumbers(f.tracks.women)
  expect(new Set(numbers).size).toBe(numbers.length)
})

test('duplicating twice gives two different numbers', async () => {
  const first = await api.post(`/api/sessions/${f.sessions.womenDraft}/duplicate`, {}, { token: designer })
  const second = await api.post(`/api/sessions/${f.sessions.womenDraft}/duplicate`, {}, { token: designer })
  expect([first.status, second.status]).toEqual([200, 200])
  expect(second.body.doc.number).toBe(first.body.doc.number + 1)
})

test('a facilitator may not duplicate a session (403), and nothing is created', async () => {
  const before = (await payload.count({ collection: 'sessions' })).totalDocs
  const response = await api.post(`/api/sessions/${f.sessions.womenPublished}/duplicate`, {}, { token: facilitator })
  expect(response.status).toBe(403)
  expect((await payload.count({ collection: 'sessions' })).totalDocs).toBe(before)
})
