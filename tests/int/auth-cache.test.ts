/**
 * The signed-in user's record is cached for a few seconds (src/cms/auth/cachedUserLookup.ts).
 * What people notice must not change: a role taken away, a logout, a deleted account or a new
 * login take effect on the very next request.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { jwtSign, type Payload } from 'payload'

import { PASSWORD } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api

const newFacilitator = async (email: string) =>
  payload.create({ collection: 'users', data: { email, password: PASSWORD, name: email, roles: ['facilitator'] } as any })
const me = async (token: string) => (await api.get('/api/users/me', { token })).body?.user ?? null

beforeAll(async () => {
  ;({ ctx, payload, api } = await startSuite({ fixture: false }))
})
afterAll(async () => {
  await ctx?.cleanup()
})

describe('the cached user record never outlives a change', () => {
  test('a changed role counts from the next request', async () => {
    const user = await newFacilitator('rol@reeduca.test')
    await newFacilitator('otra@reeduca.test')
    const token = await api.login('rol@reeduca.test', PASSWORD)
    const visibleAccounts = async () => (await api.get('/api/users?limit=10', { token })).body.totalDocs
    // A facilitator sees her own account only; asked twice, the second answer rides on the cache.
    expect(await visibleAccounts()).toBe(1)
    expect(await visibleAccounts()).toBe(1)

    await payload.update({ collection: 'users', id: user.id, data: { roles: ['admin'] } as any })
    expect(await visibleAccounts()).toBeGreaterThanOrEqual(2)
    await payload.update({ collection: 'users', id: user.id, data: { roles: ['facilitator'] } as any })
    expect(await visibleAccounts()).toBe(1)
  })

  test('a token stops working as soon as its session logs out', async () => {
    await newFacilitator('salida@reeduca.test')
    const token = await api.login('salida@reeduca.test', PASSWORD)
    expect(await me(token)).toMatchObject({ email: 'salida@reeduca.test' })
    expect((await api.post('/api/users/logout', {}, { token })).status).toBe(200)
    expect(await me(token)).toBeNull()
  })

  test('a second login works at once, and the first token still does', async () => {
    await newFacilitator('dos@reeduca.test')
    const first = await api.login('dos@reeduca.test', PASSWORD)
    expect(await me(first)).toMatchObject({ email: 'dos@reeduca.test' })
    const second = await api.login('dos@reeduca.test', PASSWORD)
    expect(await me(second)).toMatchObject({ email: 'dos@reeduca.test' })
    expect(await me(first)).toMatchObject({ email: 'dos@reeduca.test' })
  })

  test('a deleted account is signed out on the next request', async () => {
    const user = await newFacilitator('baja@reeduca.test')
    const token = await api.login('baja@reeduca.test', PASSWORD)
    expect(await me(token)).toMatchObject({ email: 'baja@reeduca.test' })
    await payload.delete({ collection: 'users', id: user.id })
    expect(await me(token)).toBeNull()
  })

  test('a forged or expired token is refused as before', async () => {
    await newFacilitator('falso@reeduca.test')
    const token = await api.login('falso@reeduca.test', PASSWORD)
    expect(await me(token)).not.toBeNull()
    const [header, body] = token.split('.')
    expect(await me(`${header}.${body}.forged-signature`)).toBeNull()
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const expired = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })).toString('base64url')
    expect(await me(`${header}.${expired}.${token.split('.')[2]}`)).toBeNull()
  })

  test('a token trusted a moment ago is refused once it expires', async () => {
    await newFacilitator('breve@reeduca.test')
    const login = await api.login('breve@reeduca.test', PASSWORD)
    const { iat: _iat, exp: _exp, ...claims } = JSON.parse(Buffer.from(login.split('.')[1], 'base64url').toString())
    // The same session, signed by the app to last two seconds.
    const { token, exp } = await jwtSign({ fieldsToSign: claims, secret: payload.secret, tokenExpiration: 2 })
    expect(await me(token)).toMatchObject({ email: 'breve@reeduca.test' })
    expect(await me(token)).toMatchObject({ email: 'breve@reeduca.test' })
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50))
    expect(await me(token)).toBeNull()
    expect(await me(login)).toMatchObject({ email: 'breve@reeduca.test' })
  })
})
