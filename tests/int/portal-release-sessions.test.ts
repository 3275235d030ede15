/**
 * The portal's release sessions (src/portal/releaseSessions.ts) on a fresh database: a session is
 * read from the release's frozen snapshot, as the user may see the release (track scoping,
 * withdrawn releases), with facilitator-only text for facilitators, playable media files, and the
 * release text even after the live session changed. The live session's reader is checked too.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { MARKERS, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { buildBilingualTrack, type BilingualTrack } from '../helpers/releaseFixture'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { liveSessionFor } from '@/portal/data'
import { clearSnapshotCache, releaseSessionFor, releaseSessionsFor, sessionInRelease, snapshotLoads } from '@/portal/releaseSessions'
import { fromLiveSession } from '@/portal/sessionView'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-portal-releases-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let f: CurriculumFixture
let women: BilingualTrack
let womenRelease: Doc
let menRelease: Doc
const user = (actor: keyof CurriculumFixture['accounts']) => f.accounts[actor].doc

beforeAll(async () => {
  ;({ ctx, payload, f } = await startSuite())
  women = await buildBilingualTrack(payload, f.programme, 'mujeres-portal')
  const { publishManualRelease } = await import('@/cms/releases/publish')
  womenRelease = await publishManualRelease(payload, { track: women.track, version: '1.0.0', locales: ['es', 'en'] })
  // A men's track that passes the release checks; the men's facilitator is scoped to it too.
  const men = await buildBilingualTrack(payload, f.programme, 'hombres-portal')
  await payload.update({ collection: 'tracks', id: men.track, data: { audience: 'men' } as any })
  const scoped = f.accounts.scopedFacilitator
  await payload.update({ collection: 'users', id: scoped.id, data: { tracks: [f.tracks.men, men.track] } as any })
  scoped.doc = { ...(await payload.findByID({ collection: 'users', id: scoped.id, depth: 0 })), collection: 'users' }
  menRelease = await publishManualRelease(payload, { track: men.track, version: '1.0.0', locales: ['es'] })
  expect(womenRelease.status).toBe('ready')
  expect(menRelease.status).toBe('ready')
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

describe('a session of a release', () => {
  test('a facilitator reads it from the release, with the facilitator-only text', async () => {
    const found = await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 1, 'es')
    expect(found).not.toBeNull()
    const { view, release, track } = found!
    expect(release.version).toBe('1.0.0')
    expect(track.slug).toBe('mujeres-portal')
    expect(view.source).toEqual({ kind: 'release', releaseId: String(womenRelease.id), version: '1.0.0' })
    expect(view.title).toEqual({ value: women.titles.es[0], locale: 'es' })
    expect(view.agenda.map((item) => [item.startMinute, item.minutes])).toEqual([
      [0, 20],
      [20, 60],
      [80, 10],
      [90, 40],
      [130, 20],
    ])
    expect(JSON.stringify(view.safetyNotes)).toContain(MARKERS.safetyNotes)
    expect(JSON.stringify(view.facilitatorNotes)).toContain(MARKERS.facilitatorNotes)
    expect(JSON.stringify(view.agenda[0].facilitatorInstructions)).toContain(MARKERS.instructions)
    expect(view.fellBack).toEqual([])
  })

  test('in English it reads the English text of the release', async () => {
    const found = await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 2, 'en')
    expect(found?.view.title).toEqual({ value: women.titles.en[1], locale: 'en' })
    expect(found?.track.title).toBe('Track mujeres-portal')
    expect(JSON.stringify(found?.view.safetyNotes)).toContain(`${MARKERS.safetyNotes} session 2`)
  })

  test('its media and captions point at files the media route serves', async () => {
    const { view } = (await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 1, 'es'))!
    expect(view.resources).toHaveLength(1)
    const [video] = view.resources
    expect(video.captions.map((caption) => caption.language)).toEqual(['es', 'en'])
    const onDisk = (url: string) => {
      expect(url.startsWith('/api/media/file/')).toBe(true)
      return fs.existsSync(path.join(ctx.mediaDir, decodeURIComponent(url.slice('/api/media/file/'.length))))
    }
    expect(onDisk(video.file!.url)).toBe(true)
    for (const caption of video.captions) expect(onDisk(caption.url)).toBe(true)
    expect(view.handouts[0].file && onDisk(view.handouts[0].file.url)).toBe(true)
    // The snapshot keeps no transcripts or posters: the view says so.
    expect(view.missing).toContain('transcripts')
  })

  test('a session edited after the release still shows the release text; the live reader shows the edit', async () => {
    const sessionId = women.sessions[0]
    await payload.update({ collection: 'sessions', id: sessionId, locale: 'es', data: { title: 'Título cambiado después', _status: 'published' } as any })
    const found = await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 1, 'es')
    expect(found?.view.title.value).toBe(women.titles.es[0])

    const live = await liveSessionFor(payload, user('facilitator'), sessionId, 'en')
    expect(live).not.toBeNull()
    const view = fromLiveSession(live!.session, 'en', { fallbackLocales: live!.fallbackLocales })
    expect(view.title).toEqual({ value: women.titles.en[0], locale: 'en' })
    expect(fromLiveSession(live!.session, 'es', { fallbackLocales: live!.fallbackLocales }).title.value).toBe('Título cambiado después')
    expect(JSON.stringify(view.safetyNotes)).toContain(MARKERS.safetyNotes)
    expect(view.resources[0].captions.map((caption) => caption.language)).toEqual(['es', 'en'])
    // The live page links the same session in the track's current release.
    expect(String(live!.release?.id)).toBe(String(womenRelease.id))
    expect(await sessionInRelease(payload, live!.release!, { id: sessionId, number: 1 })).toEqual({
      number: 1,
      href: `/portal/releases/${encodeURIComponent(String(womenRelease.id))}/sessions/1`,
    })
  })

  test('the release lists its sessions in order, linking to the release route', async () => {
    const listed = await releaseSessionsFor(payload, user('facilitator'), womenRelease.id, 'en')
    expect(listed?.sessions.map((s) => [s.number, s.title])).toEqual([
      [1, women.titles.en[0]],
      [2, women.titles.en[1]],
    ])
    expect(listed?.sessions[1].href).toBe(`/portal/releases/${encodeURIComponent(String(womenRelease.id))}/sessions/2`)
  })

  test('a caption file deleted from the server since the release is left out, and the page is told', async () => {
    const before = (await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 2, 'es'))!.view
    const english = before.resources[0].captions.find((caption) => caption.language === 'en')!
    fs.rmSync(path.join(ctx.mediaDir, decodeURIComponent(english.url.slice('/api/media/file/'.length))))
    const { view } = (await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 2, 'es'))!
    expect(view.resources[0].captions.map((caption) => caption.language)).toEqual(['es'])
    expect(view.resources[0].file).not.toBeNull()
    expect(view.missing).toContain('files')
  })

  test('no such session or release: null', async () => {
    expect(await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 3, 'es')).toBeNull()
    expect(await releaseSessionFor(payload, user('facilitator'), womenRelease.id, 0, 'es')).toBeNull()
    expect(await releaseSessionFor(payload, user('facilitator'), 'no-such-release', 1, 'es')).toBeNull()
  })
})

describe('who reads it', () => {
  test('a men’s-track facilitator gets null for the women’s release, and reads the men’s', async () => {
    expect(await releaseSessionFor(payload, user('scopedFacilitator'), womenRelease.id, 1, 'es')).toBeNull()
    expect(await releaseSessionsFor(payload, user('scopedFacilitator'), womenRelease.id, 'es')).toBeNull()
    const men = await releaseSessionFor(payload, user('scopedFacilitator'), menRelease.id, 1, 'es')
    expect(men?.view.number).toBe(1)
    expect(JSON.stringify(men?.view.safetyNotes)).toContain(MARKERS.safetyNotes)
  })

  test('an account below facilitator level, or nobody, gets null', async () => {
    expect(await releaseSessionFor(payload, user('noRole'), womenRelease.id, 1, 'es')).toBeNull()
    expect(await releaseSessionFor(payload, null, womenRelease.id, 1, 'es')).toBeNull()
  })

  test('the parsed snapshot is read once, and the access check still runs on every request', async () => {
    clearSnapshotCache()
    const before = snapshotLoads()
    for (let i = 0; i < 3; i++) expect(await releaseSessionFor(payload, user('facilitator'), menRelease.id, 1, 'es')).not.toBeNull()
    expect(snapshotLoads() - before).toBe(1)
    // Cached or not, a facilitator of another track is refused: scope the men's facilitator away.
    const scoped = { ...user('scopedFacilitator'), tracks: [women.track] as ID[] }
    expect(await releaseSessionFor(payload, scoped, menRelease.id, 1, 'es')).toBeNull()
  })

  test('a withdrawn release gives null, to facilitators and release makers alike', async () => {
    expect(await releaseSessionFor(payload, user('designer'), menRelease.id, 1, 'es')).not.toBeNull()
    await payload.update({ collection: 'manual-releases' as any, id: menRelease.id, data: { archived: true } as any })
    expect(await releaseSessionFor(payload, user('facilitator'), menRelease.id, 1, 'es')).toBeNull()
    expect(await releaseSessionFor(payload, user('scopedFacilitator'), menRelease.id, 1, 'es')).toBeNull()
    expect(await releaseSessionFor(payload, user('designer'), menRelease.id, 1, 'es')).toBeNull()
    expect(await releaseSessionsFor(payload, user('facilitator'), menRelease.id, 'es')).toBeNull()
  })
})
