/**
 * The facilitators' support track (issue 20, part 5), as the demo seeds it: a short cycle of
 * support sessions in Spanish and English, released and downloadable like the other tracks,
 * visible to the teams (staff and facilitators) and to nobody else; the coverage report and the
 * theme map list it as a third track.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type Api, createApi } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { readCoverageReport, readThemeMap } from '@/cms/reads/curriculum'
import { seedDemo } from '@/cms/seed'
import { facilitatorsTrack } from '@/cms/seed/curriculum'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-support-track-'))
process.env.GENERATED_DIR = generated
const PASSWORD = 'support-track-test-password'

let ctx: TestPayload
let payload: Payload
let api: Api
let track: any
let release: any
const tokens: Record<string, string> = {}

beforeAll(async () => {
  ;({ ctx, payload } = await startSuite({ fixture: false }))
  await seedDemo(payload, { password: PASSWORD })
  const { seedDemoReleases } = await import('@/cms/seed/releases')
  await seedDemoReleases(payload)
  api = await createApi()
  track = (await payload.find({ collection: 'tracks', where: { slug: { equals: facilitatorsTrack.slug } }, depth: 0, overrideAccess: true })).docs[0]
  release = (await payload.find({ collection: 'manual-releases', where: { track: { equals: track.id } }, depth: 0, overrideAccess: true, select: { snapshot: false } })).docs[0]
  // An account without any role stands for anyone below the teams (a participant has no account at all).
  // (The roles field requires one: created as a facilitator, then stripped of it, as an account whose roles were removed.)
  const nobody = await payload.create({ collection: 'users', data: { email: 'nobody@reeduca.test', password: PASSWORD, roles: ['facilitator'] } as any, overrideAccess: true })
  await payload.db.updateOne({ collection: 'users', where: { id: { equals: nobody.id } }, data: { roles: [] } } as any)
  for (const [who, email] of [
    ['facilitator', 'facilitator@reeduca.test'],
    ['men', 'facilitator.men@reeduca.test'],
    ['reviewer', 'reviewer@reeduca.test'],
    ['admin', 'admin@reeduca.test'],
    ['noRole', 'nobody@reeduca.test'],
  ]) tokens[who] = await api.login(email, PASSWORD)
}, 600_000)
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

test('the demo seeds a support track for the teams: four sessions, published, in Spanish and English, released 1.0.0', async () => {
  expect(track).toMatchObject({ audience: 'facilitators', plannedSessions: 4, sessionMinutes: 120 })
  const sessions = await payload.find({ collection: 'sessions', where: { track: { equals: track.id } }, locale: 'all', depth: 0, overrideAccess: true, sort: 'number' })
  expect(sessions.docs.map((session: any) => [session.number, session._status])).toEqual([1, 2, 3, 4].map((n) => [n, 'published']))
  for (const session of sessions.docs as any[]) expect(session.title.es && session.title.en).toBeTruthy()
  expect(release).toMatchObject({ version: '1.0.0', status: 'ready' })
})

test('facilitators and staff see the support track and download its manual; the scoped men’s facilitator too', async () => {
  for (const who of ['facilitator', 'men', 'reviewer', 'admin']) {
    const tracks = await api.get(`/api/tracks?where[slug][equals]=${facilitatorsTrack.slug}`, { token: tokens[who] })
    expect(tracks.body.docs.map((doc: any) => doc.slug), who).toEqual([facilitatorsTrack.slug])
    const download = await api.get(`/api/manual-releases/${release.id}/download/facilitator-manual?locale=en`, { token: tokens[who] })
    expect(download.status, who).toBe(200)
    expect(download.headers.get('content-type')).toMatch(/application\/pdf/)
  }
})

test('anonymous readers and accounts without a role never see it (REST and GraphQL)', async () => {
  for (const who of ['anonymous', 'noRole']) {
    const token = tokens[who] ?? null
    const tracks = await api.get('/api/tracks?limit=50', { token })
    expect(tracks.text, who).not.toContain(facilitatorsTrack.slug)
    const sessions = await api.get(`/api/sessions?where[track][equals]=${track.id}`, { token })
    expect(sessions.body?.docs ?? [], who).toEqual([])
    expect([401, 403, 404]).toContain((await api.get(`/api/manual-releases/${release.id}`, { token })).status)
    expect([401, 403]).toContain((await api.get(`/api/manual-releases/${release.id}/download/participant-workbook`, { token })).status)
    const graphql = await api.graphql('{ Tracks(limit: 50) { docs { slug } } }', { token })
    expect(JSON.stringify(graphql.body), who).not.toContain(facilitatorsTrack.slug)
  }
})

test('the coverage report and the theme map list it as a third track, without flagging the groups’ themes as unbalanced', async () => {
  const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@reeduca.test' } }, overrideAccess: true })).docs[0] as any
  const coverage = await readCoverageReport(payload, admin, 'es')
  expect(coverage.tracks.map((row: any) => String(row.id))).toContain(String(track.id))
  expect(coverage.tracks.find((row: any) => String(row.id) === String(track.id))).toMatchObject({ planned: 4, written: 4, published: 4 })

  const map = await readThemeMap(payload, admin, 'es', 'Sin tema')
  expect(map.tracks.map((column) => String(column.id))).toContain(String(track.id))
  const column = map.tracks.findIndex((column) => String(column.id) === String(track.id))
  const selfCare = map.rows.find((row) => row.title === 'Emociones y autocuidado')!
  expect(selfCare.cells[column].sessions.map((session) => session.number)).toEqual([2])
  // "Types of violence" is worked on by the women's and the men's groups, not by the teams' support: not a gap.
  expect(map.rows.find((row) => row.title === 'Tipos de violencia')).toMatchObject({ unbalanced: false })
})
