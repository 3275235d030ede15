/**
 * The demo's adapted track (issue 20), as `npm run seed` makes it: «Mujeres — Yucatán rural»,
 * adapted from the women's 1.0.0 with Maya terms in its texts and glossary, one release behind
 * its source in exactly the two sessions the source changed in 1.1.0; seeding again adds nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type Api, createApi } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { seedDemo } from '@/cms/seed'
import { ADAPTATION_SLUG, seedDemoAdaptation } from '@/cms/seed/adaptation'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-seed-adaptation-'))
process.env.GENERATED_DIR = generated
const PASSWORD = 'seed-adaptation-test-password'

let ctx: TestPayload
let payload: Payload
let api: Api
let designer: string

beforeAll(async () => {
  ;({ ctx, payload } = await startSuite({ fixture: false }))
  await seedDemo(payload, { password: PASSWORD })
  const { seedDemoReleases } = await import('@/cms/seed/releases')
  await seedDemoReleases(payload)
  expect((await seedDemoAdaptation(payload)).created).toBe(true)
  api = await createApi()
  designer = await api.login('designer@reeduca.test', PASSWORD)
}, 900_000)
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

test('the demo adaptation is one release behind its source in the two sessions the source changed', async () => {
  const track = (await payload.find({ collection: 'tracks', where: { slug: { equals: ADAPTATION_SLUG } }, depth: 0, locale: 'es', overrideAccess: true })).docs[0] as any
  expect(track.title).toBe('Mujeres — Yucatán rural')
  expect(track.adaptedFrom.version).toBe('1.0.0')
  expect(track.discreetTitle).toBeTruthy()

  const status = await api.get(`/api/tracks/${track.id}/adaptation?locale=es`, { token: designer })
  expect(status.status, status.text).toBe(200)
  expect(status.body.newestVersion).toBe('1.1.0')
  expect(status.body.behind).toBe(2)
  const behind = status.body.sessions.filter((s: any) => s.state === 'behind')
  expect(behind.map((s: any) => s.number)).toEqual([2, 5])
  expect(behind[0].change).toMatch(/^Sesión 2 «.+»: notas de seguridad$/)
  expect(behind[1].change).toMatch(/^Sesión 5 «.+»: materiales$/)
  expect(status.body.sessions).toHaveLength(25)

  // Maya terms in its glossary and in its first session.
  const glossary = await payload.find({ collection: 'glossary-terms' as any, where: { track: { equals: track.id } }, locale: 'es', depth: 0, overrideAccess: true })
  expect(glossary.docs.map((term: any) => term.term).sort()).toEqual(['Bix a beel?', 'Muuk’', 'Xko’olel'])
  const first = (await payload.find({ collection: 'sessions', where: { and: [{ track: { equals: track.id } }, { number: { equals: 1 } }] }, draft: true, locale: 'es', depth: 0, overrideAccess: true })).docs[0] as any
  expect(first.summary).toContain('Bix a beel?')

  // Seeding again changes nothing.
  expect((await seedDemoAdaptation(payload)).created).toBe(false)
  expect((await payload.count({ collection: 'tracks', where: { slug: { equals: ADAPTATION_SLUG } }, overrideAccess: true })).totalDocs).toBe(1)
})
