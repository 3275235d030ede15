/**
 * The demo content carries real media made at seed time: illustrations, the breathing audio and
 * (with ffmpeg) a short video, each audio/video with Spanish and English captions, used by
 * sessions as participant material, with posters and low-bandwidth copies once the queue ran.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type TestPayload, startTestPayload } from '../helpers/testPayload'
import { runRenditionJobs } from '../../collections/Media/renditions'
import { seedDemo } from '../../src/seed'
import { ffmpegCommand } from '../../src/media/transcode'

process.env.REEDUCA_JOBS_AUTORUN = '0'

const hasFfmpeg = ffmpegCommand() !== null
if (!hasFfmpeg) console.warn('seed-media: ffmpeg is not installed, the demo video checks are skipped (apt-get install ffmpeg).')

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await seedDemo(payload, { password: 'seed-media-test-password' })
  await runRenditionJobs(payload)
}, 300_000)
afterAll(async () => ctx?.cleanup())

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
