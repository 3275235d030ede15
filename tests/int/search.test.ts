/** GET /api/search: the curriculum team finds a Spanish word and an English word, drafts included. */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { activity, fullAgenda, richText, type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let designer: string
let facilitator: string
let sessionId: string | number

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer', 'facilitator'] } })
  ;({ ctx, payload, api, f } = suite)
  designer = suite.tokens.designer!
  facilitator = suite.tokens.facilitator!
  const [first, ...rest] = fullAgenda()
  const session = await payload.create({
    collection: 'sessions',
    locale: 'es',
    draft: true,
    data: {
      track: f.tracks.women,
      number: 60,
      title: 'Autonomía económica',
      activities: [activity('themeWork', 'El presupuesto familiar', first.minutes, { participantContent: richText('Hablamos del ahorro y de la cartilla de crédito.') }), ...rest],
      _status: 'draft',
    } as any,
  })
  sessionId = session.id
  const english = await payload.findByID({ collection: 'sessions', id: sessionId, draft: true, depth: 0 })
  await payload.update({
    collection: 'sessions',
    id: sessionId,
    locale: 'en',
    draft: true,
    data: {
      title: 'Economic autonomy',
      activities: (english.activities ?? []).map((row: any, index: number) => ({
        ...row,
        title: index === 0 ? 'The household budget' : `Activity ${index + 1}`,
        ...(index === 0 ? { participantContent: richText('We talk about savings and the credit booklet.') } : {}),
      })),
    } as any,
  })
})
afterAll(async () => ctx?.cleanup())

test('a Spanish word (without its accent) finds the draft session and the activity that hold it', async () => {
  const response = await api.get('/api/search?q=ahorro', { token: designer })
  expect(response.status).toBe(200)
  const hit = response.body.hits.find((h: any) => String(h.id) === String(sessionId))
  expect(hit).toMatchObject({ collection: 'sessions', locale: 'es', title: 'Autonomía económica', where: 'Sesión 60 · actividad 1: El presupuesto familiar' })
  expect((await api.get('/api/search?q=autonomia&locale=es', { token: designer })).body.hits[0]).toMatchObject({ title: 'Autonomía económica' })
})

test('an English word finds the English side only', async () => {
  const response = await api.get('/api/search?q=savings', { token: designer })
  expect(response.body.hits.map((h: any) => [h.locale, h.where])).toEqual([['en', 'Session 60 · activity 1: The household budget']])
})

test('refusals: anonymous 401, facilitator 403, a one-letter query 400, an unknown locale 400, each with its reason in the request\'s language', async () => {
  const said = (response: { body: any }) => String(response.body?.errors?.[0]?.message ?? '')
  const english = { 'Accept-Language': 'en' }
  const anonymous = await api.get('/api/search?q=ahorro')
  expect(anonymous.status).toBe(401)
  expect(said(anonymous)).toBe('Inicia sesión para buscar en el currículo.')
  expect(said(await api.get('/api/search?q=ahorro', { headers: english }))).toBe('Log in to search the curriculum.')
  const forbidden = await api.get('/api/search?q=ahorro', { token: facilitator })
  expect(forbidden.status).toBe(403)
  expect(said(forbidden)).toMatch(/^La búsqueda en el currículo es para el equipo del currículo/)
  expect(said(await api.get('/api/search?q=ahorro', { token: facilitator, headers: english }))).toMatch(/^Curriculum search is for the curriculum team/)
  const short = await api.get('/api/search?q=a', { token: designer })
  expect(short.status).toBe(400)
  expect(said(short)).toContain('al menos dos caracteres')
  expect(said(await api.get('/api/search?q=a', { token: designer, headers: english }))).toContain('at least two characters')
  const unknown = await api.get('/api/search?q=ahorro&locale=fr', { token: designer, headers: english })
  expect(unknown.status).toBe(400)
  // (Refused before the endpoint runs, by the request guard's locale check, in the same language.)
  expect(said(unknown)).toMatch(/^Unknown locale «fr»/)
  expect(said(await api.get('/api/search?q=ahorro&locale=fr', { token: designer }))).toMatch(/^(?!Unknown).*«fr»/)
})

test('what a designer saves, or deletes, is what the next search finds (the index is reused between searches, not kept stale)', async () => {
  expect((await api.get('/api/search?q=trueque', { token: designer })).body.hits).toEqual([])
  // Through REST, as the admin saves it: the search right after must see the new word.
  const saved = await api.patch(`/api/sessions/${sessionId}?draft=true&locale=es`, { title: 'Autonomía económica y trueque' }, { token: designer })
  expect(saved.status).toBe(200)
  const found = await api.get('/api/search?q=trueque', { token: designer })
  expect(new Set(found.body.hits.map((h: any) => `${h.collection} ${h.id}`))).toEqual(new Set([`sessions ${sessionId}`]))

  const resource = await payload.create({
    collection: 'resources',
    locale: 'es',
    draft: true,
    data: { title: 'Guía del trueque comunitario', kind: 'document', audience: 'participant', _status: 'draft' } as any,
  })
  const resourceHits = (await api.get('/api/search?q=comunitario', { token: designer })).body.hits
  expect(new Set(resourceHits.map((h: any) => `${h.collection} ${h.id}`))).toEqual(new Set([`resources ${resource.id}`]))
  await payload.delete({ collection: 'resources', id: resource.id })
  expect((await api.get('/api/search?q=comunitario', { token: designer })).body.hits).toEqual([])
})
