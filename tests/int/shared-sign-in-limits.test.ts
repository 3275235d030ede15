/**
 * Sign-in limits shared by every app instance on one database (issue 16): the counts and the
 * addresses an account signed in from live in Payload's key-value collection, not in one
 * process. Another process (tests/helpers/signInProcess.ts, a second Payload on the same SQLite
 * file) makes attempts; this one sees their effect.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import { PASSWORD, type CurriculumFixture } from '../helpers/curriculumFixture'
import type { Api } from '../helpers/http'
import { clearOfWindowEnds } from '../helpers/limitWindows'
import { startSuite } from '../helpers/suite'
import type { TestPayload } from '../helpers/testPayload'
import { CLIENT_ADDRESS_HEADER, SIGN_IN_LIMITS } from '@/cms/auth/signInLimits'
import { SharedWindowLimit, sweepEndedWindows } from '@/cms/auth/sharedWindowLimit'

process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture

beforeAll(async () => {
  ;({ ctx, payload, api, f } = await startSuite({ language: 'en', fixture: { accounts: ['reviewer', 'designer'] } }))
})
afterAll(async () => ctx?.cleanup())
// Not across the end of a limit's window, where the counts start again (limitWindows.ts).
beforeEach(() => clearOfWindowEnds(Object.values(SIGN_IN_LIMITS).map((limit) => limit.duration * 1000)), 60_000)

type Attempt = { email: string; password: string; address: string }

/** Runs the attempts in another process (another Payload on the same database); their statuses. */
function inAnotherProcess(attempts: Attempt[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/signInProcess.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, ATTEMPTS: JSON.stringify(attempts), NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', () => {
      const found = /SIGN_INS=(\[.*\])/.exec(output)
      found ? resolve(JSON.parse(found[1]!)) : reject(new Error(output.slice(-3000)))
    })
  })
}

const signIn = (email: string, password: string, address: string) =>
  api.post('/api/users/login', { email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: address } })

test('failed sign-ins counted by another instance hold here too: the guessing address waits, the owner elsewhere does not', async () => {
  const email = f.accounts.reviewer.email
  const attacker = '203.0.113.50'
  const elsewhere = await inAnotherProcess(Array.from({ length: SIGN_IN_LIMITS.accountAndAddress.points }, (_, i) => ({ email, password: `wrong-${i}`, address: attacker })))
  expect(elsewhere).toEqual(Array(SIGN_IN_LIMITS.accountAndAddress.points).fill(401))
  // This instance never saw those attempts, and refuses the next one all the same.
  const here = await signIn(email, PASSWORD, attacker)
  expect(here.status, here.text).toBe(429)
  expect(here.body.errors[0].message).toMatch(/Too many failed sign-ins\. Try again in \d+ minutes?\./)
  expect((await signIn(email, PASSWORD, '198.51.100.60')).status).toBe(200)
})

test('an address the owner signed in from through another instance is known here: strangers past the account budget wait, she does not', async () => {
  const email = f.accounts.designer.email
  const home = '192.0.2.10'
  expect(await inAnotherProcess([{ email, password: PASSWORD, address: home }])).toEqual([200])
  const statuses: number[] = []
  for (let i = 0; i < SIGN_IN_LIMITS.account.points + 1; i++) statuses.push((await signIn(email, `guess-${i}`, `198.51.100.${100 + i}`)).status)
  expect(statuses.slice(0, SIGN_IN_LIMITS.account.points).every((status) => status === 401)).toBe(true)
  expect(statuses.at(-1)).toBe(429)
  const owner = await signIn(email, PASSWORD, home)
  expect(owner.status, owner.text).toBe(200)
}, 120_000)

test('the count is exact when instances race: of many attempts at once, exactly `points` pass', async () => {
  const limit = new SharedWindowLimit('race-test', { points: 4, duration: 60 })
  const answers = await Promise.all(Array.from({ length: 12 }, () => limit.consume(payload, 'one-client')))
  expect(answers.filter((answer) => answer.allowed)).toHaveLength(4)
  expect(await limit.count(payload, 'one-client')).toBe(4)
  // Nothing of the client's key is written in clear.
  const keys = (await payload.find({ collection: 'payload-kv' as any, pagination: false, overrideAccess: true })).docs.map((doc: any) => String(doc.key))
  expect(keys.some((key) => key.includes('one-client') || key.includes(f.accounts.reviewer.email) || key.includes('203.0.113.50'))).toBe(false)
})

test('ended windows are swept', async () => {
  const limit = new SharedWindowLimit('sweep-test', { points: 2, duration: 1 })
  const then = Date.now() - 5_000
  await limit.consume(payload, 'old-client', undefined, then)
  expect(await limit.count(payload, 'old-client', then)).toBe(1)
  expect(await sweepEndedWindows(payload)).toBeGreaterThanOrEqual(1)
  expect(await limit.count(payload, 'old-client', then)).toBe(0)
})
