/**
 * The HTTP API against requests a hostile page or client sends: forged requests from another
 * site with the victim's cookie (refused before anything is written), bodies and queries built
 * to crash the server (a 4xx with a reason, never a 500).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { buildCurriculumFixture, PASSWORD, type CurriculumFixture } from '../helpers/curriculumFixture'
import { BASE_URL, createApi, type Api, type ApiResponse } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let adminToken: string
let reviewerToken: string

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  api = await createApi()
  f = await buildCurriculumFixture(payload, { accounts: ['admin', 'reviewer', 'designer'] })
  adminToken = await api.login(f.accounts.admin.email, PASSWORD)
  reviewerToken = await api.login(f.accounts.reviewer.email, PASSWORD)
})
afterAll(async () => ctx?.cleanup())

const cookie = (token: string) => `payload-token=${token}`
const count = async (collection: string) => (await payload.count({ collection: collection as any, overrideAccess: true })).totalDocs

function expectReason(response: ApiResponse, status: number | RegExp) {
  if (typeof status === 'number') expect(response.status, response.text).toBe(status)
  else expect(String(response.status), response.text).toMatch(status)
  const message = response.body?.errors?.[0]?.message
  expect(typeof message, response.text).toBe('string')
  expect(message.length).toBeGreaterThan(5)
}

describe('requests forged by another site', () => {
  const evil = 'http://evil.example'

  test('a text/plain review decision with the reviewer’s cookie from another origin is refused, nothing recorded', async () => {
    const designerToken = await api.login(f.accounts.designer.email, PASSWORD)
    const submitted = await api.post(`/api/sessions/${f.sessions.menPublished}/review`, { action: 'submit' }, { token: designerToken })
    expect(submitted.status, submitted.text).toBe(200)
    const before = await count('review-decisions')
    const response = await api.request('POST', `/api/sessions/${f.sessions.menPublished}/review`, {
      headers: { Cookie: cookie(reviewerToken), Origin: evil, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ action: 'request-changes', comment: 'forged' }),
    })
    expectReason(response, 403)
    expect(response.body.errors[0].message).toMatch(/origin/i)
    expect(await count('review-decisions')).toBe(before)
  })

  test('a multipart create of a public service with the admin’s cookie from another origin is refused, nothing created', async () => {
    const before = await count('services')
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: 'Servicio falso', kind: 'hotline', state: 'national', phone: '800 666 6666', _status: 'published' }))
    const response = await api.request('POST', '/api/services', { headers: { Cookie: cookie(adminToken), Origin: evil }, body: form })
    expectReason(response, 403)
    expect(await count('services')).toBe(before)
  })

  test('an urlencoded PATCH, a DELETE and a GraphQL mutation from another origin are refused', async () => {
    const patch = await api.request('PATCH', `/api/services/${f.services.published}`, {
      headers: { Cookie: cookie(adminToken), Origin: evil, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=Falso',
    })
    expectReason(patch, 403)
    const del = await api.request('DELETE', `/api/services/${f.services.published}`, { headers: { Cookie: cookie(adminToken), Origin: 'null' } })
    expectReason(del, 403)
    const graphql = await api.graphql('mutation { deleteService(id: 1) { id } }', { headers: { Cookie: cookie(adminToken), Origin: evil } })
    expectReason(graphql, 403)
    expect(await payload.findByID({ collection: 'services', id: f.services.published, overrideAccess: true })).toMatchObject({ name: 'Línea Mujeres' })
  })

  test('without an Origin, a browser’s Sec-Fetch-Site: cross-site is refused too', async () => {
    const before = await count('services')
    const response = await api.request('POST', '/api/services', {
      headers: { Cookie: cookie(adminToken), 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Servicio falso', kind: 'hotline', state: 'national', phone: '800 666 6666' }),
    })
    expectReason(response, 403)
    expect(await count('services')).toBe(before)
  })

  test('the same requests from this site (its own Origin) still work', async () => {
    const response = await api.request('POST', '/api/services', {
      headers: { Cookie: cookie(adminToken), Origin: new URL(BASE_URL).origin, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Servicio propio', kind: 'hotline', state: 'national', phone: '800 111 1111' }),
    })
    expect(response.status, response.text).toBe(201)
    // A client without Origin (a script, curl) with a token header is not a browser being forged.
    const scripted = await api.post('/api/services', { name: 'Servicio por script', kind: 'hotline', state: 'national', phone: '800 222 2222' }, { token: adminToken })
    expect(scripted.status, scripted.text).toBe(201)
  })
})

describe('input built to crash the server', () => {
  test('a JSON body nested 100,000 deep is a 400 with a reason', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    for (const body of [deep, `{"name": ${deep}}`]) {
      const response = await api.request('POST', '/api/services', { token: adminToken, headers: { 'Content-Type': 'application/json' }, body })
      expectReason(response, 400)
      expect(response.body.errors[0].message).toMatch(/nested|anida/i)
    }
    const graphql = await api.request('POST', '/api/graphql', { token: adminToken, headers: { 'Content-Type': 'application/json' }, body: `{"query": "{ __typename }", "variables": {"a": ${deep}}}` })
    expectReason(graphql, 400)
    // The same inside a multipart body's `_payload` field.
    const form = new FormData()
    form.set('_payload', `{"name": ${deep}}`)
    const multipart = await api.request('POST', '/api/services', { token: adminToken, body: form })
    expectReason(multipart, 400)
  })

  test('page=1e308 and other impossible page numbers are a 400 with a reason', async () => {
    for (const page of ['1e308', '-1', '0', '1.5', 'NaN', '99999999999999999999']) {
      const response = await api.get(`/api/services?page=${page}`, { token: adminToken })
      expectReason(response, 400)
      expect(response.body.errors[0].message).toMatch(/page/)
    }
    for (const limit of ['1e308', '-5', 'x']) {
      const response = await api.get(`/api/services?limit=${limit}`, { token: adminToken })
      expectReason(response, 400)
    }
    expect((await api.get('/api/services?page=2&limit=1', { token: adminToken })).status).toBe(200)
  })

  test('an SQL-looking where value is a 4xx with a reason (or matches as a plain value), never a 500', async () => {
    const every = (await api.get('/api/sessions?limit=0', { token: adminToken })).body.totalDocs
    expect(every).toBeGreaterThan(2)
    for (const query of [
      'where[track][in]=1) OR (1=1',
      'where[track][equals]=1) OR (1=1',
      'where[track][in][0]=1) OR (1=1&where[track][in][1]=2',
      "where[id][in]=1' OR '1'='1",
      'where[number][greater_than]=1e308x',
    ]) {
      const response = await api.get(`/api/sessions?${encodeURI(query).replace(/\+/g, '%2B')}`, { token: adminToken })
      expect(response.status, `${query}: ${response.text}`).toBeLessThan(500)
      if (response.status >= 400) expectReason(response, /^4\d\d$/)
      // Bound as a value, never read as SQL: `OR 1=1` does not widen the answer to every session.
      else expect(response.body.totalDocs).toBeLessThan(every)
    }
  })
})
