/**
 * A session keeps its newest 100 versions (collections/hooks/keepLatestVersions.ts, which replaced
 * Payload's maxPerDoc pruning because that cost grew with the versions kept): the version history
 * a reviewer sees holds the newest 100 saves, the oldest go, and nothing of a pruned version stays
 * behind in the version's block, locale or relation tables.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { MODULE_VERSIONS_KEPT } from '@collections/Modules'
import { RESOURCE_VERSIONS_KEPT } from '@collections/Resources'
import { SERVICE_VERSIONS_KEPT } from '@collections/Services'
import { SESSION_VERSIONS_KEPT } from '@collections/Sessions'
import { type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let token: string

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer'] }, language: 'en' })
  ;({ ctx, payload, api, f } = suite)
  token = suite.tokens.designer!
})
afterAll(async () => ctx?.cleanup())

const versionsOf = async (id: number | string) =>
  payload.findVersions({
    collection: 'sessions',
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 200,
    depth: 0,
    locale: 'es',
    overrideAccess: true,
  })

test('after 110 draft saves the history holds the newest 100, and the pruned versions leave nothing behind', { timeout: 240_000 }, async () => {
  const id = f.sessions.menDraft
  const before = (await versionsOf(id)).totalDocs
  const saves = SESSION_VERSIONS_KEPT + 10 - before
  // Most saves through the Local API (quicker), the last five as a designer's REST draft saves.
  for (let i = 0; i < saves - 5; i++) {
    await payload.update({ collection: 'sessions', id, draft: true, locale: 'es', data: { summary: `Guardado ${i}` }, overrideAccess: true })
  }
  for (let i = saves - 5; i < saves; i++) {
    const response = await api.patch(`/api/sessions/${id}?draft=true&locale=es`, { summary: `Guardado ${i}` }, { token })
    expect(response.status, response.text).toBe(200)
  }

  const versions = await versionsOf(id)
  expect(versions.totalDocs).toBe(SESSION_VERSIONS_KEPT)
  const summaries = versions.docs.map((version) => (version.version as { summary?: string }).summary)
  // Newest first: the last save is there, and the 100th newest is save number `saves - 100`.
  expect(summaries[0]).toBe(`Guardado ${saves - 1}`)
  expect(summaries[SESSION_VERSIONS_KEPT - 1]).toBe(`Guardado ${saves - SESSION_VERSIONS_KEPT}`)
  expect(summaries).not.toContain(`Guardado ${saves - SESSION_VERSIONS_KEPT - 1}`)

  // The draft itself is the latest save, and other sessions' histories are untouched.
  const draft = await payload.findByID({ collection: 'sessions', id, draft: true, locale: 'es', depth: 0, overrideAccess: true })
  expect(draft.summary).toBe(`Guardado ${saves - 1}`)
  expect((await versionsOf(f.sessions.menPublished)).totalDocs).toBeGreaterThan(0)

  // SQL: a version's localized fields and blocks live in tables of their own; none may outlive it.
  const db = payload.db as any
  if (typeof db.execute === 'function' && db.drizzle) {
    for (const table of ['_sessions_v_locales', '_sessions_v_blocks_closing']) {
      const result = await db.execute({
        drizzle: db.drizzle,
        raw: `SELECT COUNT(*) AS "orphans" FROM "${table}" WHERE "_parent_id" NOT IN (SELECT "id" FROM "_sessions_v")`,
      })
      expect(Number(result.rows[0].orphans ?? Object.values(result.rows[0])[0]), table).toBe(0)
    }
  }
})

// Modules, resources and services keep their newest versions by the same rule, each its own number.
test.each([
  ['modules', MODULE_VERSIONS_KEPT, () => f.modules.menDraft, 'summary'],
  ['resources', RESOURCE_VERSIONS_KEPT, () => f.resources.menDraft, 'title'],
  ['services', SERVICE_VERSIONS_KEPT, () => f.services.draft, 'hours'],
] as const)('%s keep their newest %i versions', { timeout: 240_000 }, async (collection, kept, idOf, field) => {
  const id = idOf()
  const count = async () =>
    (await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 200, depth: 0, locale: 'es', overrideAccess: true })).docs
  const saves = kept + 5
  for (let i = 0; i < saves; i++) {
    await payload.update({ collection, id, draft: true, locale: 'es', data: { [field]: `Guardado ${i}` } as never, overrideAccess: true })
  }
  const versions = await count()
  expect(versions).toHaveLength(kept)
  expect((versions[0]!.version as unknown as Record<string, unknown>)[field]).toBe(`Guardado ${saves - 1}`)
  expect(versions.map((version) => (version.version as unknown as Record<string, unknown>)[field])).not.toContain(`Guardado ${saves - kept - 1}`)
})
