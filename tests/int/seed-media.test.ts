/**
 * The demo content carries real media made at seed time: illustrations, the breathing audio and
 * (with ffmpeg) a short video, each audio/video with Spanish and English captions, used by
 * sessions as participant material, with posters and low-bandwidth copies once the queue ran.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { runRenditionJobs } from '@/cms/jobs/makeMediaRenditions'
import { seedDemo } from '@/cms/seed'
import { ffmpegCommand } from '@/core/media/transcode'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-seed-media-generated-'))
process.env.GENERATED_DIR = generated

const hasFfmpeg = ffmpegCommand() !== null
if (!hasFfmpeg) console.warn('seed-media: ffmpeg is not installed, the demo video checks are skipped (apt-get install ffmpeg).')

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ;({ ctx, payload } = await startSuite({ fixture: false }))
  await seedDemo(payload, { password: 'seed-media-test-password' })
  await runRenditionJobs(payload)
  // As `npm run seed` does: releases after the renditions, so they carry the light copies.
  // (Imported here: it loads the media collection, which reads MEDIA_DIR when first imported.)
  const { seedDemoReleases } = await import('@/cms/seed/releases')
  await seedDemoReleases(payload)
}, 400_000)
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

async function resourceOfKind(kind: string) {
  const found = await payload.find({ collection: 'resources', where: { kind: { equals: kind } }, depth: 2, locale: 'es', limit: 1 })
  return found.docs[0] as any
}

test('the demo audio is stored with Spanish and English captions and a low-bandwidth copy', async () => {
  const audio = await resourceOfKind('audio')
  expect(audio).toMatchObject({ audience: 'participant', _status: 'published', missingSpanishCaptions: false })
  expect(audio.captions.map((c: any) => c.language).sort()).toEqual(['en', 'es'])
  expect(fs.existsSync(path.join(ctx.mediaDir, audio.file.filename))).toBe(true)
  if (hasFfmpeg) {
    expect(audio.file.renditions.status).toBe('ready')
    expect(fs.existsSync(path.join(ctx.mediaDir, audio.file.renditions.lowBandwidth.filename))).toBe(true)
  }
})

test.skipIf(!hasFfmpeg)('the demo video exists with captions, a poster and a low-bandwidth copy, and sessions use it', async () => {
  const video = await resourceOfKind('video')
  expect(video).toMatchObject({ audience: 'participant', _status: 'published', missingSpanishCaptions: false })
  expect(video.captionLocales.sort()).toEqual(['en', 'es'])
  expect(video.file).toMatchObject({ kind: 'video', mimeType: 'video/mp4' })
  expect(video.file.renditions.status).toBe('ready')
  for (const name of [video.file.filename, video.file.renditions.poster.filename, video.file.renditions.lowBandwidth.filename]) {
    expect(fs.existsSync(path.join(ctx.mediaDir, name)), name).toBe(true)
  }
  const sessions = await payload.find({ collection: 'sessions', where: { resources: { in: [video.id] } }, depth: 0, limit: 0, pagination: false })
  expect(sessions.docs.length).toBeGreaterThanOrEqual(2)
})

test('every demo illustration has alt text in both languages', async () => {
  const images = await payload.find({ collection: 'resources', where: { kind: { equals: 'image' } }, depth: 0, limit: 0, pagination: false })
  expect(images.docs.length).toBeGreaterThan(0)
  expect(images.docs.every((doc: any) => doc.missingAltText === false)).toBe(true)
})

test.skipIf(!hasFfmpeg)('the demo releases carry the video with its low-bandwidth copy (what the offline bundle ships)', async () => {
  const video = await resourceOfKind('video')
  const releases = await payload.find({ collection: 'manual-releases', depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true })
  const withVideo = releases.docs
    .map((release: any) => (release.snapshot?.resources ?? []).find((resource: any) => String(resource.id) === String(video.id)))
    .filter(Boolean)
  expect(withVideo.length).toBeGreaterThanOrEqual(1)
  expect(withVideo[0].file.renditions.lowBandwidth).toMatchObject({ path: video.file.renditions.lowBandwidth.filename, contentType: 'video/mp4' })
  expect(withVideo[0].captions.map((c: any) => c.language).sort()).toEqual(['en', 'es'])
})

test('the demo releases of the four tracks carry the front matter and the glossary, in Spanish and English', async () => {
  const releases = (await payload.find({ collection: 'manual-releases', depth: 0, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true })).docs as any[]
  // Women's, men's, the facilitators' support track (issue 20, part 5) and the men's open group (part 4).
  expect(releases.map((release) => release.snapshot.track.audience).sort()).toEqual(['facilitators', 'men', 'men', 'women'])
  for (const release of releases) {
    const { chapters, glossary, track } = release.snapshot
    expect(chapters.map((chapter: any) => chapter.kind)).toEqual([
      'introduction', 'methodology', 'facilitator-profile', 'ground-rules', 'session-conditions', 'record-keeping', 'partner-safety', 'risk-referral',
    ])
    for (const chapter of chapters) expect(chapter.title.es && chapter.title.en && chapter.body.es && chapter.body.en, chapter.kind).toBeTruthy()
    const encuadre = chapters.find((chapter: any) => chapter.kind === 'ground-rules').title.es
    expect(encuadre).toBe(
      ({ men: 'Encuadre del grupo de hombres', women: 'Encuadre del grupo de mujeres', facilitators: 'Encuadre de las sesiones de apoyo' } as Record<string, string>)[track.audience],
    )
    expect(glossary.es.length).toBeGreaterThanOrEqual(11)
    expect(glossary.en.length).toBe(glossary.es.length)
    const terms = glossary.es.map((entry: any) => entry.term)
    expect(terms.includes('Bitácora de control')).toBe(track.audience === 'men')
    expect(terms.includes('Empoderamiento')).toBe(track.audience === 'women')
  }
})
