/**
 * GraphQL requests in flight per client (issue 16): one account, or one address when anonymous,
 * may run at most GRAPHQL_MAX_IN_FLIGHT_DEFAULT requests at once; more get a 429 with the reason
 * in the request's language, while other clients go on being answered. Requests are held open by
 * a test hook rather than by making them slow, so the test needs no timing luck.
 */
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'

import { type Actor, type CurriculumFixture } from '../helpers/curriculumFixture'
import type { Api, ApiResponse } from '../helpers/http'
import { startSuite } from '../helpers/suite'
import type { TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
let limits: typeof import('@/cms/graphql/limits')

beforeAll(async () => {
  ;({ ctx, api, f, tokens } = await startSuite({ fixture: { accounts: ['admin', 'facilitator', 'designer'] } }))
  limits = await import('@/cms/graphql/limits')
  // The first GraphQL request builds the schema.
  await api.graphql('{ Programmes(limit: 1) { totalDocs } }', { token: tokens.admin })
})
afterAll(async () => ctx?.cleanup())
afterEach(() => {
  delete limits.graphQLConcurrencyHooks.whileHeld
})

/** Holds every request that gets a place until `release()`; `held` counts them per client. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  const held = new Map<string, number>()
  limits.graphQLConcurrencyHooks.whileHeld = async (client) => {
    held.set(client, (held.get(client) ?? 0) + 1)
    await opened
  }
  return { held, release: () => open() }
}

// Waits for the held requests to arrive: a bound far above need, so a slow machine does not fail it.
const until = (condition: () => boolean) => expect.poll(condition, { timeout: 30_000, interval: 10 }).toBe(true)

const QUERY = '{ Sessions(limit: 5) { docs { id title } } }'

test('one account: the requests over the limit are refused with 429 at once, in Spanish by default; the held ones then answer', async () => {
  const max = limits.GRAPHQL_MAX_IN_FLIGHT_DEFAULT
  const { held, release } = gate()
  const pending: Promise<ApiResponse>[] = []
  for (let i = 0; i < max; i++) pending.push(api.graphql(QUERY, { token: tokens.facilitator }))
  await until(() => [...held.values()].reduce((a, b) => a + b, 0) === max)

  const over = await api.graphql(QUERY, { token: tokens.facilitator })
  expect(over.status, over.text).toBe(429)
  expect(over.headers.get('retry-after')).toBe('1')
  expect(over.body.errors[0].message).toMatch(/Ya hay 3 consultas GraphQL tuyas en curso/)
  expect(over.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS')
  const english = await api.graphql(QUERY, { token: tokens.facilitator, headers: { 'Accept-Language': 'en' } })
  expect(english.status).toBe(429)
  expect(english.body.errors[0].message).toMatch(/You already have 3 GraphQL requests running/)

  // Another account is not held back by this one.
  const other = api.graphql(QUERY, { token: tokens.designer })
  await until(() => held.size === 2)

  release()
  for (const response of [...(await Promise.all(pending)), await other]) {
    expect(response.status, response.text).toBe(200)
    expect(response.body.data.Sessions.docs.length).toBeGreaterThan(0)
  }
  // Places are given back: the same account is answered again.
  const after = await api.graphql(QUERY, { token: tokens.facilitator })
  expect(after.status, after.text).toBe(200)
  expect(limits.graphQLRequestsInFlight(`account:users:${f.accounts.facilitator.id}`)).toBe(0)
})

test('anonymous clients count by address: one address is limited, another is not', async () => {
  const max = limits.GRAPHQL_MAX_IN_FLIGHT_DEFAULT
  const { held, release } = gate()
  const from = (address: string) => ({ headers: { 'x-reeduca-client-address': address } })
  const login = 'mutation { loginUser(email: "nobody@fixture.test", password: "wrong-password-1") { token } }'
  const pending = Array.from({ length: max }, () => api.graphql(login, from('203.0.113.7')))
  await until(() => held.get('address:203.0.113.7') === max)
  const over = await api.graphql(login, from('203.0.113.7'))
  expect(over.status).toBe(429)
  const elsewhere = api.graphql(login, from('198.51.100.2'))
  await until(() => held.get('address:198.51.100.2') === 1)
  release()
  for (const response of [...(await Promise.all(pending)), await elsewhere]) expect(response.status).not.toBe(429)
})

test('a failing request gives its place back too', async () => {
  for (let i = 0; i < limits.GRAPHQL_MAX_IN_FLIGHT_DEFAULT + 2; i++) {
    const response = await api.graphql('{ NoSuchQuery { id } }', { token: tokens.admin })
    expect(response.status).not.toBe(429)
    expect(response.body.errors?.length, response.text).toBeGreaterThan(0)
  }
  expect(limits.graphQLRequestsInFlight(`account:users:${f.accounts.admin.id}`)).toBe(0)
})
