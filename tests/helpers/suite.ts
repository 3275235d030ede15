/**
 * The start of every integration suite: Payload on a fresh database (testPayload.ts), the REST
 * client over the app's own route handlers (http.ts), the curriculum fixture and a token for
 * each of its accounts (curriculumFixture.ts). A suite calls it from its `beforeAll` and
 * `ctx.cleanup()` from its `afterAll`.
 */
import type { Payload } from 'payload'

import { type Actor, type CurriculumFixture, type FixtureOptions, buildCurriculumFixture, loginAll } from './curriculumFixture'
import { type Api, createApi } from './http'
import { type TestPayload, startTestPayload } from './testPayload'

export interface Suite {
  ctx: TestPayload
  payload: Payload
  api: Api
  /** The curriculum fixture (undefined with `fixture: false`). */
  f: CurriculumFixture
  /** A JWT per fixture account (anonymous and accounts not built: null). */
  tokens: Record<Actor, string | null>
}

export async function startSuite(options: {
  fixture?: FixtureOptions | false
  /** The REST client's Accept-Language (refusals come in the request's language; Spanish by default). */
  language?: string
} = {}): Promise<Suite> {
  const ctx = await startTestPayload()
  const payload = ctx.payload
  const api = await createApi(options.language ? { headers: { 'Accept-Language': options.language } } : {})
  if (options.fixture === false) return { ctx, payload, api, f: undefined as unknown as CurriculumFixture, tokens: { anonymous: null } as Record<Actor, string | null> }
  const f = await buildCurriculumFixture(payload, options.fixture ?? {})
  return { ctx, payload, api, f, tokens: await loginAll(api, f) }
}
