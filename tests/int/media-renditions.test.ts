/**
 * Video posters and low-bandwidth copies, made on the jobs queue with ffmpeg; what happens without
 * ffmpeg; derived files removed with their media doc; and the stored gaps the resource list
 * filters by (caption languages, missing Spanish captions, missing alt text).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { runRenditionJobs } from '@/cms/jobs/makeMediaRenditions'
import { ffprobeCommand } from '@/core/media/probe'
import { ffmpegCommand } from '@/core/media/transcode'
import { breathingGuideWav, demoVideoMp4 } from '@/cms/seed/media'

// The test runs the queue itself, at the moments it chooses.
process.env.REEDUCA_JOBS_AUTORUN = '0'

const hasFfmpeg = ffmpegCommand() !== null
if (!hasFfmpeg) console.warn('media-renditions: ffmpeg is not installed, the poster and rendition tests are skipped (apt-get install ffmpeg).')

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let trainer: string
let video: Buffer | null = null

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['trainer'] } })
  ;({ ctx, payload, api, f } = suite)
  trainer = suite.tokens.trainer!
  video = await demoVideoMp4({ seconds: 3 })
})
afterAll(async () => ctx?.cleanup())

function upload(name: string, type: string, bytes: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({}))
  return api.request('POST', '/api/media', { token: trainer, body: form })
}

const mediaFiles = () => fs.readdirSync(ctx.mediaDir).sort()
const stored = (id: string | number) => payload.findByID({ collection: 'media', id, depth: 0 }) as Promise<any>
const probe = (file: string) =>
  JSON.parse(execFileSync(ffprobeCommand() ?? 'ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file], { encoding: 'utf8' }))

describe.skipIf(!hasFfmpeg)('with ffmpeg', () => {
  test('an uploaded video is answered at once (pending); the queue then makes an EXIF-free poster and a 360p low-bandwidth copy', async () => {
    const response = await upload('taller de respiración.mp4', 'video/mp4', video!)
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.renditions.status).toBe('pending')
    const id = response.body.doc.id

    await runRenditionJobs(payload)
    const doc = await stored(id)
    expect(doc.renditions.status, doc.renditions.reason).toBe('ready')

    const poster = doc.renditions.poster
    expect(poster).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 240 })
    expect(poster.url).toBe(`/api/media/file/${encodeURIComponent(poster.filename)}`)
    const posterBytes = fs.readFileSync(path.join(ctx.mediaDir, poster.filename))
    const posterMeta = await sharp(posterBytes).metadata()
    expect(posterMeta.format).toBe('jpeg')
    expect(posterMeta.exif).toBeUndefined()
    expect(posterBytes.includes(Buffer.from('Exif\0\0'))).toBe(false)

    const low = doc.renditions.lowBandwidth
    expect(low).toMatchObject({ mimeType: 'video/mp4' })
    expect(low.filename).toMatch(/-low\.mp4$/)
    const facts = probe(path.join(ctx.mediaDir, low.filename))
    const videoStream = facts.streams.find((s: any) => s.codec_type === 'video')
    const audioStream = facts.streams.find((s: any) => s.codec_type === 'audio')
    expect(videoStream).toMatchObject({ codec_name: 'h264', profile: 'Main' })
    expect(videoStream.height).toBeLessThanOrEqual(360)
    expect(audioStream).toMatchObject({ codec_name: 'aac', channels: 1 })
    // +faststart: the index (moov) comes before the media data, so playback starts at once.
    const head = fs.readFileSync(path.join(ctx.mediaDir, low.filename)).subarray(0, 4096).toString('latin1')
    expect(head.indexOf('moov')).toBeGreaterThan(-1)
    expect(head.indexOf('moov')).toBeLessThan(head.indexOf('mdat') === -1 ? Infinity : head.indexOf('mdat'))

    // The list thumbnail of a video is its poster.
    const listed = await api.get(`/api/media/${id}`, { token: trainer })
    expect(listed.body.thumbnailURL).toBe(poster.url)
  })

  test('audio gets a low-bandwidth AAC copy and no poster', async () => {
    const wav = breathingGuideWav({ seconds: 4 })
    const response = await upload('respiracion.wav', 'audio/wav', wav)
    expect(response.status, response.text).toBe(201)
    await runRenditionJobs(payload)
    const doc = await stored(response.body.doc.id)
    expect(doc.renditions.status).toBe('ready')
    expect(doc.renditions.poster?.filename ?? null).toBeNull()
    expect(doc.renditions.lowBandwidth).toMatchObject({ mimeType: 'audio/mp4' })
    expect(doc.renditions.lowBandwidth.filesize).toBeLessThan(wav.length / 4)
  })

  test('deleting a video removes its original, poster and low-bandwidth copy', async () => {
    const before = mediaFiles()
    const response = await upload('borrar.mp4', 'video/mp4', video!)
    await runRenditionJobs(payload)
    const doc = await stored(response.body.doc.id)
    expect(doc.renditions.status).toBe('ready')
    expect(mediaFiles().length).toBe(before.length + 3)
    const deleted = await api.delete(`/api/media/${doc.id}`, { token: trainer })
    expect(deleted.status, deleted.text).toBe(200)
    expect(mediaFiles()).toEqual(before)
  })

  test('a job that cannot read the file records failed with the reason and leaves no file', async () => {
    const response = await upload('perdido.mp4', 'video/mp4', video!)
    const doc = await stored(response.body.doc.id)
    fs.rmSync(path.join(ctx.mediaDir, doc.filename))
    const before = mediaFiles()
    await runRenditionJobs(payload)
    const after = await stored(doc.id)
    expect(after.renditions.status).toBe('failed')
    expect(after.renditions.reason).toMatch(/ENOENT|no such file/)
    expect(mediaFiles()).toEqual(before)
  })

  test('a renditions job left processing by a stopped server is resumed by the recovery, and finishes', async () => {
    const response = await upload('interrumpido.mp4', 'video/mp4', video!)
    const id = response.body.doc.id
    const queued = await payload.find({
      collection: 'payload-jobs' as any,
      where: { and: [{ taskSlug: { equals: 'makeMediaRenditions' } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
    expect(queued.docs).toHaveLength(1)
    const job = queued.docs[0] as any
    // What a killed process leaves: processing, and no heartbeat for a long time.
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true, updatedAt: new Date(Date.now() - 3_600_000).toISOString() }, returning: false } as any)
    await runRenditionJobs(payload)
    expect((await stored(id)).renditions.status).toBe('pending')

    const { recoverInterruptedBuilds } = await import('@/cms/jobs/recovery')
    const report = await recoverInterruptedBuilds(payload, { staleMs: 60_000 })
    expect(report.requeuedJobs).toContain(String(job.id))
    await runRenditionJobs(payload)
    expect((await stored(id)).renditions.status).toBe('ready')
  })

  test('renditions are the server’s to write: a client cannot point them at another file', async () => {
    const response = await upload('propio.mp4', 'video/mp4', video!)
    const id = response.body.doc.id
    const patched = await api.patch(`/api/media/${id}`, { renditions: { status: 'ready', poster: { filename: '../../etc/passwd' } } }, { token: trainer })
    expect(patched.status, patched.text).toBe(200)
    const doc = await stored(id)
    expect(doc.renditions.status).toBe('pending')
    expect(doc.renditions.poster?.filename ?? null).toBeNull()
    await runRenditionJobs(payload)
  })
})

test('without ffmpeg, a video or audio upload still works and says renditions are unavailable, and why', async () => {
  process.env.REEDUCA_DISABLE_FFMPEG = '1'
  try {
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' as any })).totalDocs
    const response = await upload('sin-ffmpeg.wav', 'audio/wav', breathingGuideWav({ seconds: 2 }))
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.renditions).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/ffmpeg is not installed/) })
    expect((await payload.count({ collection: 'payload-jobs' as any })).totalDocs).toBe(jobsBefore)
  } finally {
    delete process.env.REEDUCA_DISABLE_FFMPEG
  }
})

describe('the resource list’s stored gaps', () => {
  const makeMedia = async (name: string, bytes: Buffer, mimetype: string) =>
    (await payload.create({ collection: 'media', data: {} as any, file: { data: bytes, mimetype, name, size: bytes.length } })).id
  const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola\n')

  test('caption languages and "missing Spanish captions" follow the caption rows', async () => {
    const audio = await makeMedia('gaps.wav', breathingGuideWav({ seconds: 1 }), 'audio/wav')
    const en = await makeMedia('gaps.en.vtt', vtt, 'text/vtt')
    const es = await makeMedia('gaps.es.vtt', vtt, 'text/vtt')
    const created = await api.post(
      '/api/resources?draft=true',
      { title: 'Testimonio', kind: 'audio', audience: 'participant', tracks: [f.tracks.men], file: audio, captions: [{ language: 'en', file: en }], _status: 'draft' },
      { token: trainer },
    )
    expect(created.status, created.text).toBe(201)
    expect(created.body.doc).toMatchObject({ captionLocales: ['en'], missingSpanishCaptions: true, missingAltText: false })
    const filtered = await api.get('/api/resources?draft=true&where[missingSpanishCaptions][equals]=true&depth=0', { token: trainer })
    expect(filtered.body.docs.map((doc: any) => doc.id)).toContain(created.body.doc.id)

    const updated = await api.patch(`/api/resources/${created.body.doc.id}?draft=true`, { captions: [{ language: 'en', file: en }, { language: 'es', file: es }] }, { token: trainer })
    expect(updated.status, updated.text).toBe(200)
    expect(updated.body.doc).toMatchObject({ missingSpanishCaptions: false })
    expect([...updated.body.doc.captionLocales].sort()).toEqual(['en', 'es'])
    const stillListed = await api.get('/api/resources?draft=true&where[missingSpanishCaptions][equals]=true&depth=0', { token: trainer })
    expect(stillListed.body.docs.map((doc: any) => doc.id)).not.toContain(created.body.doc.id)
  })

  test('"missing alt text" is set for an image without it, and cleared when the alt text is written on the media later', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer()
    const image = await makeMedia('gaps.png', png, 'image/png')
    const created = await api.post(
      '/api/resources?draft=true',
      { title: 'Rueda sin alt', kind: 'image', audience: 'participant', tracks: [f.tracks.men], file: image, _status: 'draft' },
      { token: trainer },
    )
    expect(created.status, created.text).toBe(201)
    expect(created.body.doc).toMatchObject({ missingAltText: true, missingSpanishCaptions: false })
    const id = created.body.doc.id
    const missing = () => api.get('/api/resources?draft=true&depth=0&where[missingAltText][equals]=true', { token: trainer })
    expect((await missing()).body.docs.map((doc: any) => doc.id)).toContain(id)

    const alt = await api.patch(`/api/media/${image}?locale=es`, { alt: 'Una rueda azul' }, { token: trainer })
    expect(alt.status, alt.text).toBe(200)
    expect((await missing()).body.docs.map((doc: any) => doc.id)).not.toContain(id)
    // Nothing else about the draft changed, and it was not published.
    const draft = await api.get(`/api/resources/${id}?draft=true&depth=0`, { token: trainer })
    expect(draft.body).toMatchObject({ title: 'Rueda sin alt', _status: 'draft', missingAltText: false })
  })
})
