/**
 * When the kept copies of published answers (src/cms/reads/answerCache.ts) are forgotten: by any
 * change to what facilitators or the public read, and not by a save that wrote a draft only
 * (collections/hooks/draftOnlySaves.ts), so that designers editing all day do not wipe them.
 * The copies themselves, served on the production build, are tested in
 * tests/e2e/published-answers.test.ts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Payload } from 'payload'

import type { CurriculumFixture } from '../helpers/curriculumFixture'
import type { Api } from '../helpers/http'
import { startSuite } from '../helpers/suite'
import type { TestPayload } from '../helpers/testPayload'
import { answerCache, type AnswerTopic } from '@/cms/reads/answerCache'
import { COMMIT_GRACE_MS } from '@collections/hooks/forgetCurriculumCaches'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let designer: string

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer'] } })
  ;({ ctx, payload, api, f } = suite)
  designer = suite.tokens.designer!
})
afterAll(async () => ctx?.cleanup())

/** Keeps a stand-in answer of the topic, and later says whether it is still kept. */
function keptAnswer(topic: AnswerTopic) {
  const cache = answerCache(topic)
  const key = `probe ${Math.random()}`
  expect(cache.keep(key, cache.current, { status: 200, headers: {}, body: Buffer.from('copy') })).toBe(true)
  return () => cache.find(key) !== undefined
}

/** The forgets a change schedules for after its commit (here: the fixture's) have all fired. */
const afterPendingForgets = () => new Promise((resolve) => setTimeout(resolve, COMMIT_GRACE_MS + 200))

test('a designer’s draft save of a published session keeps the copies; publishing and unpublishing forget them', async () => {
  const session = f.sessions.womenPublished
  await afterPendingForgets()
  let kept = keptAnswer('published')
  const draft = await api.patch(`/api/sessions/${session}?draft=true&locale=es`, { summary: 'Un borrador que nadie más ve.' }, { token: designer })
  expect(draft.status, draft.text).toBe(200)
  expect(kept()).toBe(true)

  await payload.update({ collection: 'sessions', id: session, locale: 'es', data: { summary: 'Publicado.', _status: 'published' } as never })
  expect(kept()).toBe(false)

  kept = keptAnswer('published')
  // Unpublishing: data `_status: 'draft'` without the draft argument changes the published document.
  await payload.update({ collection: 'sessions', id: session, locale: 'es', data: { _status: 'draft' } as never })
  expect(kept()).toBe(false)

  kept = keptAnswer('published')
  // With the draft argument but publishing data, Payload publishes: forgotten.
  await payload.update({ collection: 'sessions', id: session, locale: 'es', draft: true, data: { _status: 'published' } as never })
  expect(kept()).toBe(false)
})

test('a module, a theme or a resource saved forgets the copies', async () => {
  for (const change of [
    () => payload.update({ collection: 'modules', id: f.modules.women, locale: 'es', data: { title: 'Encuadre renombrado' } as never }),
    () => payload.update({ collection: 'themes', id: f.themes.rights, locale: 'es', data: { title: 'Derechos renombrado' } as never }),
    () => payload.update({ collection: 'resources', id: f.resources.womenParticipant, locale: 'es', data: { title: 'Recurso renombrado' } as never }),
  ]) {
    const kept = keptAnswer('published')
    await change()
    expect(kept()).toBe(false)
  }
})

test('a session deleted forgets the copies', async () => {
  const kept = keptAnswer('published')
  await payload.delete({ collection: 'sessions', id: f.sessions.womenDraft })
  expect(kept()).toBe(false)
})

test('the directory: a draft of a service keeps the public pages; publishing one forgets them', async () => {
  await afterPendingForgets()
  const kept = keptAnswer('services')
  const draft = await api.patch(`/api/services/${f.services.published}?draft=true&locale=es`, { hours: 'Horario en borrador' }, { token: designer })
  expect(draft.status, draft.text).toBe(200)
  expect(kept()).toBe(true)
  // A session's change is not the directory's.
  await payload.update({ collection: 'sessions', id: f.sessions.menPublished, locale: 'es', data: { summary: 'Otro resumen.' } as never })
  expect(kept()).toBe(true)

  await payload.update({ collection: 'services', id: f.services.published, locale: 'es', data: { hours: 'Lunes a viernes', _status: 'published' } as never })
  expect(kept()).toBe(false)
})

test('a service deleted forgets the public pages', async () => {
  const kept = keptAnswer('services')
  await payload.delete({ collection: 'services', id: f.services.draft })
  expect(kept()).toBe(false)
})
