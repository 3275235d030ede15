/**
 * The men's programme as a Duluth-style open group (issue 20, part 4), as the demo seeds it: men
 * join at any session; three themes of three sessions, each opening with a captioned video
 * vignette; the action-plan check-in and the control log as handouts. Its release is built, its
 * manual and the portal say it is an open group, and a theme that loses its vignette is refused
 * by name.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { readPdf as readPdfBytes, squash } from '../unit/releases/pdf'
import { seedDemo } from '@/cms/seed'
import { menOpenGroupTrack } from '@/cms/seed/curriculum/menOpenGroup'
import { openGroupThemes } from '@/core/releases/openGroup'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { trackBySlug } from '@/portal/data'
import { groupFormatNote } from '@/portal/groupFormat'
import { releaseSessionsFor } from '@/portal/releaseSessions'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-open-group-'))
process.env.GENERATED_DIR = generated
const PASSWORD = 'open-group-test-password'
const LINE = {
  es: 'Grupo abierto: se puede entrar en cualquier sesión; los temas se repiten cada 9 semanas.',
  en: 'Open group: men may join at any session; the themes repeat every 9 weeks.',
}

let ctx: TestPayload
let payload: Payload
let api: Api
let track: any
let release: any
let snapshot: ReleaseSnapshot
const tokens: Record<string, string> = {}
const account = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0] as any

beforeAll(async () => {
  ;({ ctx, payload, api } = await startSuite({ fixture: false }))
  await seedDemo(payload, { password: PASSWORD })
  const { seedDemoReleases } = await import('@/cms/seed/releases')
  await seedDemoReleases(payload)
  track = (await payload.find({ collection: 'tracks', where: { slug: { equals: menOpenGroupTrack.slug } }, locale: 'all', depth: 0, overrideAccess: true })).docs[0]
  release = (await payload.find({ collection: 'manual-releases', where: { track: { equals: track.id } }, depth: 0, overrideAccess: true, showHiddenFields: true })).docs[0]
  snapshot = release.snapshot as ReleaseSnapshot
  for (const [who, email] of [
    ['facilitator', 'facilitator@reeduca.test'],
    ['designer', 'designer@reeduca.test'],
  ]) tokens[who] = await api.login(email, PASSWORD)
}, 900_000)
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

/** As in leak-property.test.ts: an enumerable Array.prototype.random (from a dependency) upsets pdf.js. */
async function readPdf(bytes: Uint8Array) {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  try {
    return await readPdfBytes(bytes)
  } finally {
    if (descriptor?.enumerable) Object.defineProperty(Array.prototype, 'random', descriptor)
  }
}

const fileOf = (edition: string, locale: string) => {
  const file = (release.files as any[]).find((row) => row.edition === edition && row.locale === locale)
  return new Uint8Array(fs.readFileSync(path.join(generated, file.path)))
}

test('the demo seeds the open group: three themes of three published sessions, released 1.0.0', async () => {
  expect(track).toMatchObject({ audience: 'men', groupFormat: 'open', openGroup: { sessionsPerTheme: 3 }, plannedSessions: 9 })
  expect(track.openGroup.entryGuidance.es && track.openGroup.entryGuidance.en).toBeTruthy()
  expect(release).toMatchObject({ version: '1.0.0', status: 'ready' })
  expect(snapshot.track).toMatchObject({ groupFormat: 'open', openGroup: { sessionsPerTheme: 3 } })
  expect(openGroupThemes(snapshot).map((theme) => [theme.title.es, theme.sessions.map((session) => session.number)])).toEqual([
    ['No violencia', [1, 2, 3]],
    ['Respeto', [4, 5, 6]],
    ['Negociación y equidad', [7, 8, 9]],
  ])
})

test('each theme opens with a video vignette whose video has Spanish and English captions', () => {
  for (const theme of openGroupThemes(snapshot)) {
    const vignette = theme.sessions[0].activities.find((activity) => activity.kind === 'videoVignette')
    expect(vignette, theme.title.es).toBeTruthy()
    const video = snapshot.resources.find((resource) => resource.id === vignette!.resourceId)
    expect(video, theme.title.es).toMatchObject({ kind: 'video', audience: 'participant' })
    expect(video!.captionLanguages.sort()).toEqual(['en', 'es'])
    expect(video!.captions!.map((caption) => caption.file.mimeType)).toEqual(['text/vtt', 'text/vtt'])
    // Later sessions of a theme work with the theme, not with a new vignette.
    for (const later of theme.sessions.slice(1)) expect(later.activities.map((activity) => activity.kind)).not.toContain('videoVignette')
  }
})

test('the action-plan check-in and the control log are handouts of the release, in the workbook, in both languages', async () => {
  for (const session of snapshot.sessions) {
    expect(session.handouts.map((handout) => handout.title.es), `session ${session.number}`).toContain('Plan de acción: registro semanal')
    expect(session.activities[0]).toMatchObject({ kind: 'checkIn', title: { es: 'Ronda del plan de acción', en: 'Action plan check-in' } })
  }
  for (const theme of openGroupThemes(snapshot)) {
    expect(theme.sessions[0].handouts.map((handout) => handout.title.en)).toEqual(['Action plan: weekly check-in', 'Control log'])
  }
  const participant = toParticipantSnapshot(snapshot)
  expect(participant.sessions[0].handouts.map((handout) => handout.title.es)).toEqual(['Plan de acción: registro semanal', 'Bitácora de control'])
  const es = squash((await readPdf(fileOf('participant-workbook', 'es'))).text)
  const en = squash((await readPdf(fileOf('participant-workbook', 'en'))).text)
  for (const words of ['Bitácora de control', 'Mi intención', 'La alternativa sin control', 'Plan de acción: registro semanal']) expect(es).toContain(squash(words))
  for (const words of ['Control log', 'My intent', 'The non-controlling alternative', 'Action plan: weekly check-in']) expect(en).toContain(squash(words))
}, 120_000)

test('the manual says it is an open group, in its front matter, and groups the sessions by theme', async () => {
  for (const locale of ['es', 'en'] as const) {
    const pdf = await readPdf(fileOf('facilitator-manual', locale))
    expect(squash(pdf.text), locale).toContain(squash(LINE[locale]))
    expect(pdf.outline.map((entry) => entry.title), locale).toContain(locale === 'es' ? 'Tema 2. Respeto' : 'Theme 2. Respect')
  }
  // The download a facilitator gets is that file.
  const download = await api.get(`/api/manual-releases/${release.id}/download/facilitator-manual?locale=es`, { token: tokens.facilitator })
  expect(download.status).toBe(200)
}, 120_000)

test('the portal says it is an open group on the track’s page, and how a newcomer joins', async () => {
  const facilitator = await account('facilitator@reeduca.test')
  for (const lang of ['es', 'en'] as const) {
    const seen = await trackBySlug(payload, facilitator, lang, menOpenGroupTrack.slug)
    const sessions = (await releaseSessionsFor(payload, facilitator, release.id, lang))!.sessions
    expect(groupFormatNote(seen!, sessions.length, lang)).toEqual({ line: LINE[lang], guidance: menOpenGroupTrack.openGroup!.entryGuidance[lang] })
  }
  // The closed men's course says nothing of the kind.
  const closed = await trackBySlug(payload, facilitator, 'es', 'hombres')
  expect(groupFormatNote(closed!, 24, 'es')).toBeNull()
})

test('a release of the open group whose theme lost its vignette is refused, naming the theme', async () => {
  const admin = await account('admin@reeduca.test')
  const fourth = (await payload.find({ collection: 'sessions', where: { and: [{ track: { equals: track.id } }, { number: { equals: 4 } }] }, locale: 'es', depth: 0, overrideAccess: true })).docs[0] as any
  // The designer's edit, published by an admin: the vignette's minutes go to the theme work after it.
  const vignette = fourth.activities.findIndex((activity: any) => activity.blockType === 'videoVignette')
  const activities = fourth.activities.filter((_: unknown, index: number) => index !== vignette)
  activities[vignette].minutes += fourth.activities[vignette].minutes
  await payload.update({ collection: 'sessions', id: fourth.id, locale: 'es', data: { activities, _status: 'published' }, user: admin, overrideAccess: false })

  const refused = await api.post('/api/manual-releases', { track: track.id, version: '1.1.0', locales: ['es', 'en'], notes: 'Cambio' }, { token: tokens.designer, headers: { 'Accept-Language': 'es' } })
  expect(refused.status, refused.text).toBe(422)
  const problems = refused.body.errors[0].data.problems as any[]
  expect(problems.filter((problem) => problem.code.startsWith('open-group'))).toEqual([
    expect.objectContaining({ code: 'open-group-vignette', sessionNumber: 4, blocking: true }),
  ])
  expect(refused.body.errors[0].message).toContain('Grupo abierto, Tema 2 «Respeto»: su primera sesión (sesión 4) no abre con una viñeta en video.')
  const english = await api.post('/api/manual-releases', { track: track.id, version: '1.1.0', locales: ['es', 'en'], notes: 'Change' }, { token: tokens.designer, headers: { 'Accept-Language': 'en' } })
  expect(english.status).toBe(422)
  expect(english.body.errors[0].message).toContain('Open group, Theme 2 «Respeto»: its first session (session 4) does not open with a video vignette.')
})
