/** Spanish first, English second: fallback, every locale at once, and unknown locales refused. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { fullAgenda, PASSWORD, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { testDatabaseKind, type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let token: string
let sessionId: ID

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer', 'facilitator'] }, language: 'en' })
  ;({ ctx, payload, api, f } = suite)
  token = suite.tokens.designer!
  // Written in Spanish only: the summary has no English yet, the title does.
  const session = await payload.create({
    collection: 'sessions',
    locale: 'es',
    data: { track: f.tracks.men, number: 9, title: 'Negociación y equidad', summary: 'Cómo acordar sin imponer.', activities: fullAgenda(), _status: 'published' } as any,
  })
  sessionId = session.id
  // Publishing the English version needs its required English text: the title and each activity's title.
  const activities = (session.activities as any[]).map((item) => ({ ...item, title: `EN ${item.title}` }))
  await payload.update({ collection: 'sessions', id: sessionId, locale: 'en', data: { title: 'Negotiation and fairness', activities } as any })
})
afterAll(async () => ctx?.cleanup())

describe('reading', () => {
  test('English readers get the English text where it exists', async () => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=en`, { token })
    expect(response.status).toBe(200)
    expect(response.body.title).toBe('Negotiation and fairness')
  })

  test('where English is missing, the Spanish text is shown instead of nothing', async () => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=en`, { token })
    expect(response.body.summary).toBe('Cómo acordar sin imponer.')
    // The programme and tracks of the fixture were written in Spanish only.
    const tracks = await api.get(`/api/tracks?locale=en`, { token })
    expect(tracks.body.docs.map((doc: any) => doc.title)).toContain('Línea de hombres')
  })

  test('without fallback the missing English stays empty', async () => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=en&fallback-locale=none`, { token })
    expect(response.status).toBe(200)
    expect(response.body.summary ?? null).toBeNull()
    expect(response.body.title).toBe('Negotiation and fairness')
  })

  test('Spanish is the default locale', async () => {
    const response = await api.get(`/api/sessions/${sessionId}`, { token })
    expect(response.body.title).toBe('Negociación y equidad')
  })

  test('locale=all returns every language of each localized field', async () => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=all`, { token })
    expect(response.status).toBe(200)
    expect(response.body.title).toEqual({ es: 'Negociación y equidad', en: 'Negotiation and fairness' })
    expect(response.body.summary.es).toBe('Cómo acordar sin imponer.')
    expect(response.body.summary.en ?? null).toBeNull()
    expect(response.body.number).toBe(9)
  })

  test('GraphQL takes the locale as an argument, with the same fallback', async () => {
    const response = await api.graphql(`{ Session(id: ${JSON.stringify(sessionId)}, locale: en) { title summary } }`, { token })
    expect(response.body.data.Session).toEqual({ title: 'Negotiation and fairness', summary: 'Cómo acordar sin imponer.' })
  })

  test('a facilitator reads the same languages', async () => {
    const facilitator = await api.login(f.accounts.facilitator.email, PASSWORD)
    const response = await api.get(`/api/sessions/${sessionId}?locale=en`, { token: facilitator })
    expect(response.body.title).toBe('Negotiation and fairness')
  })
})

describe('writing', () => {
  test('writing English leaves the Spanish untouched', async () => {
    // Saved as a draft: a designer publishes changes to a published session only after review.
    const response = await api.patch(`/api/sessions/${sessionId}?locale=en&draft=true`, { summary: 'How to agree without imposing.' }, { token })
    expect(response.status, response.text).toBe(200)
    const all = (await payload.findByID({ collection: 'sessions', id: sessionId, locale: 'all', draft: true })) as any
    expect(all.summary).toEqual({ es: 'Cómo acordar sin imponer.', en: 'How to agree without imposing.' })
    expect(all.title).toEqual({ es: 'Negociación y equidad', en: 'Negotiation and fairness' })
  })
})

describe('an unknown locale', () => {
  test.each(['fr', 'xx', 'ES', 'es-MX'])('?locale=%s is refused with 400 and a message naming it', async (locale) => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=${encodeURIComponent(locale)}`, { token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(`Unknown locale «${locale}». Accepted: es, en, all.`)
  })

  test('is refused on anonymous public reads too', async () => {
    const response = await api.get('/api/services?locale=fr')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('«fr»')
  })

  test('on a POST, nothing is written', async () => {
    const before = (await payload.count({ collection: 'programmes' })).totalDocs
    const response = await api.post('/api/programmes?locale=fr', { title: 'Programme en français' }, { token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('Unknown locale «fr»')
    expect((await payload.count({ collection: 'programmes' })).totalDocs).toBe(before)
  })

  test('on a PATCH, the document is unchanged', async () => {
    const before = await payload.findByID({ collection: 'sessions', id: sessionId, locale: 'all' })
    const response = await api.patch(`/api/sessions/${sessionId}?locale=de`, { title: 'Verhandlung' }, { token })
    expect(response.status).toBe(400)
    expect(await payload.findByID({ collection: 'sessions', id: sessionId, locale: 'all' })).toEqual(before)
  })

  test('an unknown fallback locale is refused too', async () => {
    const response = await api.get(`/api/sessions/${sessionId}?locale=en&fallback-locale=fr`, { token })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('Unknown fallback locale «fr»')
  })

  test('GraphQL refuses an unknown locale argument', async () => {
    const response = await api.graphql(`{ Session(id: ${JSON.stringify(sessionId)}, locale: fr) { title } }`, { token })
    // GraphQL answers validation errors in the body: the locale is an enum of the configured ones.
    expect(response.body.errors[0].message).toMatch(/"fr"|\bfr\b/)
    expect(response.body.data?.Session ?? null).toBeNull()
  })
})

describe('reading every locale at once, on SQL databases', () => {
  // Each document's localized values are gathered by their document: without an index on that
  // column, reading the women's track's sessions in every locale scanned each locales table once
  // per row (bench/snapshot-read.mjs: 86 ms against 31 ms).
  const kind = testDatabaseKind()
  test.skipIf(kind === 'mongodb')('every table of localized values finds a document’s rows by an index, not by a scan', async () => {
    const db = payload.db as any
    const rows = async (raw: string) => ((await db.execute({ drizzle: db.drizzle, raw })).rows ?? []) as Array<Record<string, unknown>>
    if (kind === 'postgres') {
      const tables = (await rows(`SELECT table_name FROM information_schema.columns WHERE column_name = '_parent_id' AND table_name LIKE '%\\_locales' AND table_schema = current_schema()`)).map((row) => String(row.table_name))
      const indexed = new Set((await rows(`SELECT tablename FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%(_parent_id)'`)).map((row) => String(row.tablename)))
      expect(tables.length).toBeGreaterThan(20)
      expect(tables.filter((table) => !indexed.has(table))).toEqual([])
      return
    }
    const tables = (await rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`))
      .map((row) => String(row.name))
    const scanned: string[] = []
    let checked = 0
    for (const table of tables) {
      const columns = (await rows(`PRAGMA table_info("${table}")`)).map((row) => String(row.name))
      if (!columns.includes('_parent_id')) continue
      checked++
      const plan = (await rows(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE "_parent_id" = 1`)).map((row) => String(row.detail)).join(' ')
      if (!/USING (COVERING )?INDEX/.test(plan)) scanned.push(`${table}: ${plan}`)
    }
    expect(checked).toBeGreaterThan(20)
    expect(scanned).toEqual([])
  })
})
