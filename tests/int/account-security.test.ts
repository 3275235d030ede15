/**
 * Abuse of accounts (issue 16, items 2, 5 and 8): who may unlock accounts and hold document
 * locks, sign-in limits that stop guessing without letting an outsider lock the owner out, no
 * timing hint of which emails have accounts, and account changes a stolen token cannot make.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Payload } from 'payload'

import { buildCurriculumFixture, PASSWORD, type CurriculumFixture } from '../helpers/curriculumFixture'
import { createApi, type Api, type ApiResponse } from '../helpers/http'
import { clearOfWindowEnds } from '../helpers/limitWindows'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { CLIENT_ADDRESS_HEADER, RESET_LIMITS, SIGN_IN_LIMITS } from '@/cms/auth/signInLimits'
import { passwordMatches } from '@/cms/auth/passwordCheck'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  api = await createApi()
  f = await buildCurriculumFixture(payload, { accounts: ['admin', 'designer', 'reviewer', 'facilitator', 'scopedFacilitator'] })
})
afterAll(async () => ctx?.cleanup())

let addresses = 0
/** A client address of its own for each case, so the limits of one case do not reach another. */
const newAddress = () => `198.51.100.${++addresses}`

function signIn(email: string, password: string, address: string): Promise<ApiResponse> {
  return api.post('/api/users/login', { email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: address } })
}
async function tokenFor(email: string, password = PASSWORD, address = newAddress()): Promise<string> {
  const response = await signIn(email, password, address)
  expect(response.status, response.text).toBe(200)
  return response.body.token
}

describe('unlocking accounts', () => {
  test('is refused to everyone but admins', async () => {
    for (const actor of ['facilitator', 'designer', 'reviewer'] as const) {
      const token = await tokenFor(f.accounts[actor].email)
      const response = await api.post('/api/users/unlock', { email: f.accounts.admin.email }, { token })
      expect(response.status, `${actor}: ${response.text}`).toBe(403)
    }
    expect([401, 403]).toContain((await api.post('/api/users/unlock', { email: f.accounts.admin.email })).status)
    const admin = await tokenFor(f.accounts.admin.email)
    expect((await api.post('/api/users/unlock', { email: f.accounts.facilitator.email }, { token: admin })).status).toBe(200)
  })
})

describe('document locks', () => {
  /** A lock as the admin's edit view makes one (through the adapter, as handleFormStateLocking does). */
  async function lockAs(userId: number | string, sessionId: number | string) {
    return payload.db.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'sessions', value: sessionId }, user: { relationTo: 'users', value: userId } },
    } as any)
  }

  test('cannot be created through the API, so nobody can lock an editor out of a document', async () => {
    const session = f.sessions.menPublished
    for (const actor of ['facilitator', 'designer'] as const) {
      const token = await tokenFor(f.accounts[actor].email)
      const forged = await api.post(
        '/api/payload-locked-documents',
        { document: { relationTo: 'sessions', value: session }, user: { relationTo: 'users', value: f.accounts.designer.id } },
        { token },
      )
      expect(forged.status, `${actor}: ${forged.text}`).toBe(403)
    }
    const admin = await tokenFor(f.accounts.admin.email)
    const edit = await api.patch(`/api/sessions/${session}`, { title: 'Editada sin bloqueo ajeno' }, { token: admin })
    expect(edit.status, edit.text).toBe(200)
  })

  test('are listed to the people who edit, not to facilitators; only their owner or an admin deletes one', async () => {
    const lock = await lockAs(f.accounts.admin.id, f.sessions.menDraft)
    const facilitator = await tokenFor(f.accounts.facilitator.email)
    const designer = await tokenFor(f.accounts.designer.email)
    const admin = await tokenFor(f.accounts.admin.email)

    const seenByFacilitator = await api.get('/api/payload-locked-documents', { token: facilitator })
    expect(seenByFacilitator.status, seenByFacilitator.text).toBe(200)
    expect(seenByFacilitator.body.docs).toEqual([])
    const seenByDesigner = await api.get('/api/payload-locked-documents', { token: designer })
    expect(seenByDesigner.body.docs.map((doc: any) => String(doc.id))).toContain(String(lock.id))

    expect((await api.delete(`/api/payload-locked-documents/${lock.id}`, { token: facilitator })).status).not.toBe(200)
    expect((await api.delete(`/api/payload-locked-documents/${lock.id}`, { token: designer })).status).not.toBe(200)
    expect(await payload.db.findOne({ collection: 'payload-locked-documents', where: { id: { equals: lock.id } } })).toBeTruthy()
    expect((await api.delete(`/api/payload-locked-documents/${lock.id}`, { token: admin })).status).toBe(200)

    // Her own lock, the designer lists and deletes (what the admin does when she leaves a document).
    const own = await lockAs(f.accounts.designer.id, f.sessions.menDraft)
    expect((await api.delete(`/api/payload-locked-documents/${own.id}`, { token: designer })).status).toBe(200)
  })

  test('can be taken over only for oneself: the owner written is whoever asks', async () => {
    const lock = await lockAs(f.accounts.admin.id, f.sessions.menDraft)
    const designer = await tokenFor(f.accounts.designer.email)
    const facilitator = await tokenFor(f.accounts.facilitator.email)
    const otherUser = { user: { relationTo: 'users', value: f.accounts.reviewer.id } }

    expect((await api.patch(`/api/payload-locked-documents/${lock.id}`, otherUser, { token: facilitator })).status).not.toBe(200)
    const takeOver = await api.patch(`/api/payload-locked-documents/${lock.id}`, otherUser, { token: designer })
    expect(takeOver.status, takeOver.text).toBe(200)
    const stored = (await payload.db.findOne({ collection: 'payload-locked-documents', where: { id: { equals: lock.id } } })) as any
    const owner = typeof stored.user?.value === 'object' ? stored.user.value.id : stored.user?.value
    expect(String(owner)).toBe(String(f.accounts.designer.id))
    await payload.db.deleteOne({ collection: 'payload-locked-documents', where: { id: { equals: lock.id } } } as any)
  })
})

describe('sign-in limits', () => {
  // Not across the end of a limit's window, where the counts start again (limitWindows.ts).
  beforeEach(() => clearOfWindowEnds([...Object.values(SIGN_IN_LIMITS), ...Object.values(RESET_LIMITS)].map((limit) => limit.duration * 1000)), 60_000)

  test('an address that keeps guessing one account waits; the owner elsewhere signs in', async () => {
    const email = f.accounts.reviewer.email
    const attacker = newAddress()
    for (let i = 0; i < SIGN_IN_LIMITS.accountAndAddress.points; i++) {
      expect((await signIn(email, `wrong-${i}`, attacker)).status).toBe(401)
    }
    const blocked = await signIn(email, PASSWORD, attacker)
    expect(blocked.status, blocked.text).toBe(429)
    // In the sign-in form's language: Spanish by default, English when the browser asks for it.
    expect(blocked.body.errors[0].message).toMatch(/^Demasiados intentos fallidos de inicio de sesión\. Vuelve a intentarlo en \d+ minutos?\.$/)
    const english = await api.post('/api/users/login', { email, password: PASSWORD }, { headers: { [CLIENT_ADDRESS_HEADER]: attacker, 'Accept-Language': 'en' } })
    expect(english.status).toBe(429)
    expect(english.body.errors[0].message).toMatch(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/)
    expect((await signIn(email, PASSWORD, newAddress())).status).toBe(200)
  })

  test('an address that guesses across accounts waits, whatever account it tries next', async () => {
    const attacker = newAddress()
    let status = 0
    let attempts = 0
    for (; attempts < SIGN_IN_LIMITS.address.points + 1; attempts++) {
      // Each email at most four times: the per-account-and-address limit is not what stops it.
      status = (await signIn(`nobody-${Math.floor(attempts / 4)}@fixture.test`, 'wrong', attacker)).status
      if (status === 429) break
    }
    expect(status).toBe(429)
    expect(attempts).toBe(SIGN_IN_LIMITS.address.points)
    expect((await signIn(f.accounts.designer.email, PASSWORD, attacker)).status).toBe(429)
  })

  test('guessing from many addresses is stopped, and never locks the owner out at her usual address', async () => {
    const email = f.accounts.scopedFacilitator.email
    const home = newAddress()
    await tokenFor(email, PASSWORD, home)
    let refused = 0
    for (let i = 0; i < SIGN_IN_LIMITS.account.points + 5; i++) {
      const status = (await signIn(email, `guess-${i}`, newAddress())).status
      expect([401, 429]).toContain(status)
      if (status === 429) refused++
    }
    // Past the per-account budget, strangers wait…
    expect(refused).toBeGreaterThanOrEqual(5)
    expect((await signIn(email, PASSWORD, newAddress())).status).toBe(429)
    // …and the owner, where she signed in before, does not; nor is the account locked.
    const owner = await signIn(email, PASSWORD, home)
    expect(owner.status, owner.text).toBe(200)
  })

  test('password-reset emails are limited per address', async () => {
    const address = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await api.post('/api/users/forgot-password', { email: `someone-${i}@fixture.test` }, { headers: { [CLIENT_ADDRESS_HEADER]: address } })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  test('a sign-in does the same password work whether or not the email has an account', async () => {
    // Counted, not timed: each sign-in derives one key of 600,000 iterations (Payload's current
    // format). Before, an unknown email answered in ~20 ms against ~265 ms, and told which
    // emails have accounts.
    const derivations = vi.spyOn(crypto, 'pbkdf2')
    const keyWork = async (email: string) => {
      derivations.mockClear()
      expect((await signIn(email, 'not-the-password', newAddress())).status).toBe(401)
      return derivations.mock.calls.map((call) => call[2])
    }
    try {
      expect(await keyWork(f.accounts.admin.email)).toEqual([600_000])
      expect(await keyWork('no-account@fixture.test')).toEqual([600_000])
    } finally {
      derivations.mockRestore()
    }
  })
})

describe('changing a password or an email', () => {
  test('checks passwords the way Payload stores them', async () => {
    const stored = await payload.db.findOne({ collection: 'users', where: { id: { equals: f.accounts.reviewer.id } } })
    expect(await passwordMatches(PASSWORD, stored as any)).toBe(true)
    expect(await passwordMatches(`${PASSWORD}x`, stored as any)).toBe(false)
  })

  test('a token alone is not enough: the current password is asked for, and nothing changes without it', async () => {
    const account = f.accounts.facilitator
    const token = await tokenFor(account.email)
    const noPassword = await api.patch(`/api/users/${account.id}`, { password: 'taken-over-password-1' }, { token })
    expect(noPassword.status, noPassword.text).toBe(400)
    expect(noPassword.text).toMatch(/current password/i)
    const wrong = await api.patch(`/api/users/${account.id}`, { password: 'taken-over-password-1', currentPassword: 'guess' }, { token })
    expect(wrong.status, wrong.text).toBe(400)
    const email = await api.patch(`/api/users/${account.id}`, { email: 'attacker@evil.example' }, { token })
    expect(email.status, email.text).toBe(400)
    // The account is as it was: the old password still signs in, with the old email.
    expect((await signIn(account.email, PASSWORD, newAddress())).status).toBe(200)
    expect((await signIn(account.email, 'taken-over-password-1', newAddress())).status).toBe(401)
    // Other fields still change with the token alone.
    expect((await api.patch(`/api/users/${account.id}`, { name: 'Nombre nuevo' }, { token })).status).toBe(200)
  })

  test('through GraphQL as well', async () => {
    const account = f.accounts.facilitator
    const token = await tokenFor(account.email)
    const response = await api.graphql(`mutation { updateUser(id: ${JSON.stringify(account.id)}, data: { password: "taken-over-password-2" }) { id } }`, { token })
    expect(response.body.data?.updateUser ?? null).toBeNull()
    expect((await signIn(account.email, PASSWORD, newAddress())).status).toBe(200)
  })

  test('with the current password, a new password ends the other sessions', async () => {
    const account = f.accounts.designer
    const other = await tokenFor(account.email)
    const mine = await tokenFor(account.email)
    expect((await api.get('/api/users/me', { token: other })).body.user?.id).toBe(account.id)

    const changed = await api.patch(`/api/users/${account.id}`, { password: 'new-designer-password-1', currentPassword: PASSWORD }, { token: mine })
    expect(changed.status, changed.text).toBe(200)
    expect(changed.text).not.toContain('new-designer-password-1')
    expect((await api.get('/api/users/me', { token: other })).body.user ?? null).toBeNull()
    expect((await api.get('/api/sessions?limit=1', { token: other })).status).toBe(403)
    expect((await api.get('/api/users/me', { token: mine })).body.user?.id).toBe(account.id)
    expect((await signIn(account.email, 'new-designer-password-1', newAddress())).status).toBe(200)
  })

  test('with the current password, a new email ends the other sessions too', async () => {
    const account = f.accounts.reviewer
    const other = await tokenFor(account.email)
    const mine = await tokenFor(account.email)
    const changed = await api.patch(`/api/users/${account.id}`, { email: 'reviewer.new@fixture.test', currentPassword: PASSWORD }, { token: mine })
    expect(changed.status, changed.text).toBe(200)
    expect((await api.get('/api/users/me', { token: other })).body.user ?? null).toBeNull()
    expect((await api.get('/api/users/me', { token: mine })).body.user?.email).toBe('reviewer.new@fixture.test')
  })

  test("an admin changing someone else's password confirms with her own", async () => {
    const admin = await tokenFor(f.accounts.admin.email)
    const target = f.accounts.facilitator
    const without = await api.patch(`/api/users/${target.id}`, { password: 'set-by-admin-1' }, { token: admin })
    expect(without.status, without.text).toBe(400)
    const withOwn = await api.patch(`/api/users/${target.id}`, { password: 'set-by-admin-1', currentPassword: PASSWORD }, { token: admin })
    expect(withOwn.status, withOwn.text).toBe(200)
    expect((await signIn(target.email, 'set-by-admin-1', newAddress())).status).toBe(200)
  })
})
