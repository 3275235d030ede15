/**
 * Bad input is answered with a 4xx and a message a person can act on, and nothing is written.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { activity, fullAgenda, type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api, type ApiResponse } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

/** The messages below are read in English; Spanish is asked for where said. */
const EN = { 'Accept-Language': 'en' }

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let token: string

beforeAll(async () => {
  // Sessions are published here by an admin, who may publish without review: these rules hold for
  // every publisher, and review-workflow.test.ts covers what a designer may publish.
  const suite = await startSuite({ fixture: { accounts: ['admin'] } })
  ;({ ctx, payload, api, f } = suite)
  token = suite.tokens.admin!
})
afterAll(async () => ctx?.cleanup())

/** Rows that a write could have touched: sessions, their versions, and modules. */
async function rows() {
  return {
    sessions: (await payload.count({ collection: 'sessions' })).totalDocs,
    sessionVersions: (await payload.countVersions({ collection: 'sessions' })).totalDocs,
    modules: (await payload.count({ collection: 'modules' })).totalDocs,
  }
}

/** Sends a bad request and checks: the expected status, a message, and no row written. */
async function refused(send: () => Promise<ApiResponse>, status: number): Promise<string> {
  const before = await rows()
  const response = await send()
  expect(response.status, response.text).toBe(status)
  const message = response.body?.errors?.[0]?.message
  expect(typeof message).toBe('string')
  expect(message.length).toBeGreaterThan(5)
  expect(await rows()).toEqual(before)
  return message
}

const validSession = (overrides: Record<string, unknown> = {}) => ({
  track: f.tracks.men,
  module: f.modules.men,
  number: 60,
  title: 'Sesión válida',
  activities: fullAgenda(),
  _status: 'published',
  ...overrides,
})

test('the valid session these cases start from is accepted (so each refusal is due to its one defect)', async () => {
  const response = await api.post('/api/sessions', validSession({ number: 61 }), { token })
  expect(response.status, response.text).toBe(201)
})

test('negative minutes', async () => {
  const message = await refused(
    () => api.post('/api/sessions', validSession({ activities: [activity('checkIn', 'Registro', -5), activity('themeWork', 'Tema', 155)] }), { token, headers: EN }),
    400,
  )
  expect(message).toBe('Activity 1 «Registro»: Minutes must be positive (got -5).')
})

test('negative minutes in a draft', async () => {
  const before = await rows()
  const response = await api.post(
    '/api/sessions?draft=true',
    validSession({ number: 62, _status: 'draft', activities: [activity('checkIn', 'Registro', -5)] }),
    { token, headers: { 'Accept-Language': 'en' } },
  )
  expect(response.status).toBe(400)
  expect(response.body.errors[0].data.errors).toContainEqual(
    expect.objectContaining({ path: 'activities.0.minutes', message: 'Minutes must be positive (got -5).' }),
  )
  expect(await rows()).toEqual(before)
})

test('a duplicate session number', async () => {
  const message = await refused(() => api.post('/api/sessions', validSession({ number: 1 }), { token, headers: EN }), 400)
  expect(message).toContain('Session number 1 is already used in this track')
})

test('an unknown locale', async () => {
  const message = await refused(() => api.post('/api/sessions?locale=pt', validSession(), { token, headers: EN }), 400)
  expect(message).toBe('Unknown locale «pt». Accepted: es, en, all.')
})

test('a session pointing at a module of another track (400 naming the module)', async () => {
  const message = await refused(() => api.post('/api/sessions', validSession({ module: f.modules.women }), { token, headers: EN }), 400)
  expect(message).toContain('Module «Mis derechos')
  expect(message).toContain('belongs to another track')
})

test('a session pointing at a module that does not exist', async () => {
  const missing = typeof f.modules.men === 'number' ? 999_999 : '00000000-0000-4000-8000-000000000000'
  const message = await refused(() => api.post('/api/sessions', validSession({ module: missing }), { token, headers: EN }), 400)
  expect(message).toBe(`Module ${missing} does not exist.`)
})

test('an oversized request body (413), declared by Content-Length', async () => {
  const huge = validSession({ summary: 'x'.repeat(3 * 1024 * 1024) })
  const message = await refused(() => api.post('/api/sessions', huge, { token, headers: { ...EN, 'Content-Length': String(JSON.stringify(huge).length) } }), 413)
  expect(message).toContain('nothing was saved')
})

test('an oversized request body (413), streamed in chunks without Content-Length', async () => {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"title":"'))
      if (sent++ > 64) return controller.close()
      controller.enqueue(chunk)
    },
  })
  const message = await refused(
    () => api.request('POST', '/api/sessions', { token, headers: { ...EN, 'Content-Type': 'application/json' }, body }),
    413,
  )
  expect(message).toContain('larger than')
})

test('malformed JSON', async () => {
  const message = await refused(
    () => api.request('POST', '/api/sessions', { token, headers: { 'Content-Type': 'application/json' }, body: '{"track": 1, "title": ' }),
    400,
  )
  expect(message).toMatch(/json/i)
})

test('malformed JSON on an update leaves the session unchanged', async () => {
  const before = await payload.findByID({ collection: 'sessions', id: f.sessions.menPublished, depth: 0 })
  await refused(
    () =>
      api.request('PATCH', `/api/sessions/${f.sessions.menPublished}`, {
        token,
        headers: { 'Content-Type': 'application/json' },
        body: '{"summary": "half',
      }),
    400,
  )
  expect(await payload.findByID({ collection: 'sessions', id: f.sessions.menPublished, depth: 0 })).toEqual(before)
})

test('a session without a track', async () => {
  const { track: _track, module: _module, ...withoutTrack } = validSession()
  const before = await rows()
  const response = await api.post('/api/sessions', withoutTrack, { token, headers: { 'Accept-Language': 'en' } })
  expect(response.status).toBe(400)
  expect(response.body.errors[0].message).toMatch(/Track/)
  expect(response.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain('track')
  expect(await rows()).toEqual(before)
})

test('a session number that is not a positive whole number', async () => {
  for (const number of [0, -1, 2.5, 'tres']) {
    await refused(() => api.post('/api/sessions', validSession({ number }), { token, headers: EN }), 400)
  }
})

test('a module without a title', async () => {
  await refused(() => api.post('/api/modules', { track: f.tracks.men, order: 9, _status: 'published' }, { token, headers: EN }), 400)
})

test('malformed JSON is refused naming what is wrong, in English or in Spanish as the client asks', async () => {
  const english = await refused(
    () => api.request('POST', '/api/sessions', { token, headers: { ...EN, 'Content-Type': 'application/json' }, body: '{"track": 1, "title": "x",}' }),
    400,
  )
  expect(english).toMatch(/^The request body is not valid JSON \(.*position \d+.*\); nothing was saved\.$/)
  const spanish = await refused(
    () => api.request('POST', '/api/sessions', { token, headers: { 'Accept-Language': 'es-MX,es;q=0.9', 'Content-Type': 'application/json' }, body: '{"title": ' }),
    400,
  )
  expect(spanish).toMatch(/^El cuerpo de la petición no es JSON válido \(.+\); no se guardó nada\.$/)
})

test('a text/plain or urlencoded body to a collection is a 415 naming the type, never a 500', async () => {
  for (const [type, body] of [
    ['text/plain;charset=UTF-8', 'title=Sesión'],
    ['application/x-www-form-urlencoded', 'title=Sesi%C3%B3n&track=1'],
  ]) {
    for (const path of ['/api/sessions', '/api/modules', `/api/sessions/${f.sessions.menPublished}/review`]) {
      const message = await refused(() => api.request('POST', path, { token, headers: { ...EN, 'Content-Type': type }, body }), 415)
      expect(message).toContain(`«${type.split(';')[0]}»`)
      expect(message).toContain('application/json')
    }
  }
  const spanish = await refused(() => api.request('PATCH', `/api/sessions/${f.sessions.menPublished}`, { token, headers: { 'Content-Type': 'text/plain' }, body: 'x' }), 415)
  expect(spanish).toContain('La API recibe JSON')
})

test("the admin's relationship search (a urlencoded POST read as GET) still answers", async () => {
  const response = await api.request('POST', '/api/tracks', {
    token,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    body: 'limit=1&depth=0',
  })
  expect(response.status, response.text).toBe(200)
  expect(response.body.docs).toHaveLength(1)
})

test('a refusal keeps its details when its error is another copy of Payload’s class (the production build’s layers)', async () => {
  // What the production build does when a page, not an API route, met Payload first after boot:
  // the hooks throw the pages' copy of Payload's errors, which the API route's formatErrors does
  // not recognise by class (collections/hooks/publicErrorsKeepTheirDetails.ts). Same shape as
  // Payload's APIError; a different class.
  class APIError extends Error {
    constructor(
      message: string,
      public status: number,
      public data: Record<string, unknown>,
      public isPublic: boolean,
    ) {
      super(message)
      this.name = 'APIError'
    }
  }
  const hooks = payload.collections.sessions.config.hooks
  const thrown: Array<{ status: number; isPublic: boolean }> = [
    { status: 422, isPublic: true },
    { status: 500, isPublic: false },
  ]
  const foreign = () => {
    const { status, isPublic } = thrown[0]!
    throw new APIError('La sesión 61 no puede guardarse: 1 problema.', status, { problems: [{ code: 'example', field: 'title' }] }, isPublic)
  }
  hooks.beforeValidate = [foreign, ...(hooks.beforeValidate ?? [])]
  try {
    const before = await rows()
    const publicOne = await api.post('/api/sessions', validSession({ number: 63 }), { token })
    expect(publicOne.status, publicOne.text).toBe(422)
    expect(publicOne.body.errors).toEqual([
      { name: 'APIError', message: 'La sesión 61 no puede guardarse: 1 problema.', data: { problems: [{ code: 'example', field: 'title' }] } },
    ])
    // A private error stays private: Payload answers it "Something went wrong." without details.
    thrown.shift()
    const privateOne = await api.post('/api/sessions', validSession({ number: 63 }), { token })
    expect(privateOne.status).toBe(500)
    expect(privateOne.body.errors).toEqual([{ message: 'Something went wrong.' }])
    expect(await rows()).toEqual(before)
  } finally {
    hooks.beforeValidate = hooks.beforeValidate!.filter((hook) => hook !== foreign)
  }
})
