/**
 * What one instance changes is honoured by the others within SHARED_CHANGE_BOUND_MS (3 s):
 * src/cms/reads/sharedChanges.ts. Two instances on one database: this test's process and a
 * second Payload in a child process (tests/helpers/otherInstance.ts) with its own caches. The
 * change is made through this one; the other, which has the old state cached, must follow within
 * the bound (its caches alone would keep it for 10 s, the user cache's TTL, or 30 s).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { PASSWORD } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite, type Suite } from '../helpers/suite'
import { SHARED_CHANGE_BOUND_MS } from '@/cms/reads/sharedChanges'

process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload
let api: Api
let suite: Suite
let other: ChildProcess | undefined
let otherPort = 0

/** A request answered by the other instance. */
async function onOther(method: string, urlPath: string, token?: string | null): Promise<{ status: number; body: any }> {
  const response = await fetch(`http://127.0.0.1:${otherPort}/`, { method: 'POST', body: JSON.stringify({ method, path: urlPath, token }) })
  return (await response.json()) as { status: number; body: any }
}

/** How long until `check` holds on the other instance (polled every 100 ms, up to 20 s). */
async function msUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < 20_000) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Infinity
}

beforeAll(async () => {
  suite = await startSuite({ fixture: { accounts: ['designer'] } })
  ;({ ctx, payload, api } = suite)
  other = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/otherInstance.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  otherPort = await new Promise<number>((resolve, reject) => {
    const found = (chunk: Buffer) => {
      output += chunk
      const port = /LISTENING=(\d+)/.exec(output)?.[1]
      if (port) resolve(Number(port))
    }
    other!.stdout!.on('data', found)
    other!.stderr!.on('data', (chunk) => (output += chunk))
    other!.on('exit', (code) => reject(new Error(`The other instance stopped (${code}):\n${output.slice(-3000)}`)))
  })
}, 300_000)
afterAll(async () => {
  other?.kill('SIGKILL')
  await ctx?.cleanup()
})

describe('a change made through one instance, on another that has the old state cached', () => {
  test(`a role taken away counts there within ${SHARED_CHANGE_BOUND_MS} ms (and one given, too)`, async () => {
    const user = await payload.create({ collection: 'users', data: { email: 'otra.instancia@reeduca.test', password: PASSWORD, name: 'Otra', roles: ['facilitator'] } as any })
    const token = await api.login('otra.instancia@reeduca.test', PASSWORD)
    const visibleAccounts = async () => (await onOther('GET', '/api/users?limit=10', token)).body?.totalDocs
    // A facilitator sees her own account only; the second answer rides on the other instance's cache.
    expect(await visibleAccounts()).toBe(1)
    expect(await visibleAccounts()).toBe(1)

    await payload.update({ collection: 'users', id: user.id, data: { roles: ['admin'] } as any })
    expect(await msUntil(async () => (await visibleAccounts()) > 1)).toBeLessThanOrEqual(SHARED_CHANGE_BOUND_MS)

    // Taken away again: the other instance, which now has her cached as an admin, stops within the bound.
    await payload.update({ collection: 'users', id: user.id, data: { roles: ['facilitator'] } as any })
    expect(await msUntil(async () => (await visibleAccounts()) === 1)).toBeLessThanOrEqual(SHARED_CHANGE_BOUND_MS)
  }, 120_000)

  test(`a session saved shows in the other's curriculum search within ${SHARED_CHANGE_BOUND_MS} ms, and the time to build its index again`, async () => {
    const designer = suite.tokens.designer!
    const hitsFor = async (word: string) => (await onOther('GET', `/api/search?q=${word}`, designer)).body?.hits?.length ?? 0
    // The other instance builds its search index (kept for 30 s by itself); once it learns of the
    // change it builds it again, which takes as long (on the MongoDB-wire test server, under load,
    // a few tenths of a second on top of the bound).
    const building = Date.now()
    expect(await hitsFor('zarzamora')).toBe(0)
    const buildMs = Date.now() - building
    await payload.update({ collection: 'sessions', id: suite.f.sessions.womenDraft, data: { title: 'Zarzamora y confianza' } as any, draft: true, locale: 'es' })
    expect(await msUntil(async () => (await hitsFor('zarzamora')) > 0)).toBeLessThanOrEqual(SHARED_CHANGE_BOUND_MS + buildMs)
  }, 120_000)
})
