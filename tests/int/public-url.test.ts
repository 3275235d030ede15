/**
 * An instance whose public URL is https (SERVER_URL): the login cookie is Secure, and Payload's
 * own csrf list ignores the cookie of a request from any origin but the public one.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { buildCurriculumFixture, PASSWORD, type CurriculumFixture } from '../helpers/curriculumFixture'
import { createApi, type Api } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const PUBLIC = 'https://reeduca.example.org'
process.env.SERVER_URL = `${PUBLIC}/`

let ctx: TestPayload
let api: Api
let f: CurriculumFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  api = await createApi()
  f = await buildCurriculumFixture(ctx.payload, { accounts: ['admin'] })
})
afterAll(async () => {
  delete process.env.SERVER_URL
  await ctx?.cleanup()
})

test('the login cookie is Secure, HttpOnly and SameSite=Lax', async () => {
  const response = await api.post('/api/users/login', { email: f.accounts.admin.email, password: PASSWORD })
  expect(response.status, response.text).toBe(200)
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/;\s*SameSite=Lax/i)
})

test('the cookie counts only from the public origin (Payload csrf list from SERVER_URL)', async () => {
  const token = await api.login(f.accounts.admin.email, PASSWORD)
  const me = async (headers: Record<string, string>) => (await api.get('/api/users/me', { headers: { Cookie: `payload-token=${token}`, ...headers } })).body?.user?.email ?? null
  expect(await me({ Origin: PUBLIC })).toBe(f.accounts.admin.email)
  expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).toBe(f.accounts.admin.email)
  expect(await me({ Origin: 'http://evil.example' })).toBeNull()
  expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
  // CORS: the public origin may read answers with credentials; nobody else is named.
  const cors = await api.get('/api/users/me', { headers: { Origin: PUBLIC } })
  expect(cors.headers.get('access-control-allow-origin')).toBe(PUBLIC)
  const foreign = await api.get('/api/users/me', { headers: { Origin: 'http://evil.example' } })
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
})
