/**
 * GraphQL abuse (issue 16, item 1): a query whose cost lies in its aliases, its `limit` or its
 * nesting is refused before anything runs (no read of the collections it names); ordinary queries still answer; anonymous
 * clients get no GraphQL but the sign-in mutations.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { buildCurriculumFixture, loginAll, type Actor, type CurriculumFixture } from '../helpers/curriculumFixture'
import { createApi, type Api } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>

beforeAll(async () => {
  ctx = await startTestPayload()
  api = await createApi({ headers: { 'Accept-Language': 'en' } })
  f = await buildCurriculumFixture(ctx.payload, { accounts: ['admin', 'facilitator'] })
  tokens = await loginAll(api, f)
  // The first GraphQL request builds the schema (seconds): not what the timings below measure.
  await api.graphql('{ Programmes(limit: 1) { totalDocs } }', { token: tokens.admin })
})
afterAll(async () => ctx?.cleanup())

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

/** The collections the queries below name. */
const QUERIED = new Set(['programmes', 'sessions', 'themes'])

/**
 * Sends a query and returns the reads of the collections it names that the database was asked for
 * meanwhile (the signed-in account, the limits' and caches' own stores do not count): counted, not
 * timed, so that "refused before it runs" holds on a machine of any speed.
 */
async function withReads(query: string, token: string | null) {
  const db = ctx.payload.db as unknown as Record<string, unknown>
  const reads: string[] = []
  const originals = new Map<string, (...args: any[]) => unknown>()
  for (const name of ['find', 'findOne', 'count', 'queryDrafts', 'findDistinct', 'findVersions', 'countVersions']) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original as (...args: any[]) => unknown)
    db[name] = function (this: unknown, args: { collection?: string }, ...rest: unknown[]) {
      if (args?.collection && QUERIED.has(args.collection)) reads.push(args.collection)
      return (original as (...a: unknown[]) => unknown).call(this, args, ...rest)
    }
  }
  try {
    const response = await api.graphql(query, { token })
    return { response, reads }
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
}

function refusedWith(response: { body: any; text: string }, pattern: RegExp) {
  expect(response.body?.data ?? null, response.text).toBeNull()
  const messages = (response.body?.errors ?? []).map((error: { message: string }) => error.message).join(' | ')
  expect(messages).toMatch(pattern)
}

describe('abusive queries are refused before they run', () => {
  test.each([
    ['a thousand aliased one-line queries', aliased(1000, 'Programmes(limit: 1) { totalDocs }'), /Aliases limit|costs|tokens/],
    ['a hundred aliased one-line queries', aliased(100, 'Programmes(limit: 1) { totalDocs }'), /Aliases limit|costs/],
    ['500 aliased pages of 100 sessions', aliased(500, 'Sessions(limit: 100) { docs { id title } }'), /Aliases limit|costs|tokens/],
    ['a few aliased pages of 500 sessions', aliased(3, 'Sessions(limit: 500) { docs { id title } }'), /costs \d+, more than/],
    ['an unpaginated read', '{ Sessions(pagination: false) { docs { id title } } }', /costs \d+, more than/],
    ['limit 0 (everything)', '{ Sessions(limit: 0) { docs { id title } } }', /costs \d+, more than/],
    ['joins nested in joins', '{ Themes { docs { sessions { docs { themes { sessions { docs { id } } } } } } } }', /costs \d+, more than/],
    [
      'depth',
      '{ Themes(limit: 1) { docs { sessions(limit: 1) { docs { themes { sessions(limit: 1) { docs { themes { sessions(limit: 1) { docs { id } } } } } } } } } } }',
      /depth|costs/i,
    ],
  ])('%s', async (_name, query, pattern) => {
    const { response, reads } = await withReads(query, tokens.facilitator)
    refusedWith(response, pattern)
    // Refused in validation: no database read (the same queries ran for 9 to 20 s and more before
    // the limits).
    expect(reads).toEqual([])
  })

  test('(the count sees the reads of a query that runs)', async () => {
    const { response, reads } = await withReads('{ Sessions(limit: 2) { docs { id } } }', tokens.facilitator)
    expect(response.body?.errors, response.text).toBeUndefined()
    expect(reads).toContain('sessions')
  })

  test('a document too large to be a real query is refused before it is parsed', async () => {
    const { response, reads } = await withReads(aliased(20_000, 'Programmes(limit: 1) { totalDocs }'), tokens.facilitator)
    expect(response.status).toBe(413)
    expect(reads).toEqual([])
  })

  test('the limit can also be passed as a variable', async () => {
    const response = await api.graphql('query ($n: Int) { Sessions(limit: $n) { docs { id title } } }', {
      token: tokens.facilitator,
      variables: { n: 5000 },
    })
    refusedWith(response, /costs \d+, more than/)
  })
})

describe('ordinary queries still answer', () => {
  test('a page of sessions with their activities, and a theme with its sessions', async () => {
    const sessions = await api.graphql(
      '{ Sessions(limit: 50) { totalDocs docs { id title number activities { ... on CheckInActivity { title minutes } ... on ClosingActivity { title minutes } } } } }',
      { token: tokens.facilitator },
    )
    expect(sessions.body.errors, sessions.text).toBeUndefined()
    expect(sessions.body.data.Sessions.docs.length).toBeGreaterThan(0)
    const themes = await api.graphql('{ Themes { docs { id title sessions { docs { id title } } } } }', { token: tokens.facilitator })
    expect(themes.body.errors, themes.text).toBeUndefined()
    expect(themes.body.data.Themes.docs.length).toBeGreaterThan(0)
  })

  test('a few aliases are fine', async () => {
    const response = await api.graphql(aliased(5, 'Programmes(limit: 1) { totalDocs }'), { token: tokens.admin })
    expect(response.body.errors, response.text).toBeUndefined()
    expect(response.body.data.a4.totalDocs).toBeGreaterThan(0)
  })
})

describe('anonymous clients', () => {
  test('get no GraphQL reads: the public pages do not use GraphQL', async () => {
    const response = await api.graphql('{ Services { docs { name } } Programmes { docs { title } } }')
    refusedWith(response, /Sign in to use the GraphQL API/)
    // In Spanish for a client that asks for it (and for one that names no language).
    const spanish = await api.graphql('{ Services { docs { name } } }', { headers: { 'Accept-Language': 'es' } })
    refusedWith(spanish, /^Inicia sesión para usar la API GraphQL/)
  })

  test('may sign in through GraphQL', async () => {
    const response = await api.graphql(
      `mutation { loginUser(email: ${JSON.stringify(f.accounts.facilitator.email)}, password: "fixture-password-1234") { token } }`,
    )
    expect(response.body.errors, response.text).toBeUndefined()
    expect(response.body.data.loginUser.token).toBeTruthy()
  })

  test('may not slip a read into a sign-in mutation document', async () => {
    const response = await api.graphql('mutation { loginUser(email: "x@y.z", password: "nope") { token } } query { Services { docs { name } } }')
    expect(response.body?.data ?? null).toBeNull()
  })
})
