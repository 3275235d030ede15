/**
 * Media on an S3-compatible object store (issue 18, object storage): with S3_* set, an upload and
 * its image sizes land in the bucket and not in the media folder, are served back through the
 * media collection's access checks, leave the bucket with their document; and a release built
 * from a track whose images and captions live only in the bucket prints and bundles them.
 * The S3 server is s3rver, started in this process (tests/helpers/s3Server.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { tinyPng, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { buildBilingualTrack, readZip, type BilingualTrack } from '../helpers/releaseFixture'
import { type TestObjectStore, useObjectStore } from '../helpers/s3Server'
import { startSuite } from '../helpers/suite'
import { type TestPayload } from '../helpers/testPayload'
import { DeleteObjectCommand } from '@aws-sdk/client-s3'
import { flushDownloadCounts } from '@/cms/releases/downloadCounter'
import { runRenditionJobs } from '@/cms/jobs/makeMediaRenditions'
import { demoVideoMp4 } from '@/cms/seed/media'
import { ffmpegCommand } from '@/core/media/transcode'
import { imageCount } from '../unit/releases/pdf'

// The suite drives the queue itself.
process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-generated-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let store: TestObjectStore
let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: { designer: string; facilitator: string }
let bilingual: BilingualTrack

const filesOnDisk = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [])

beforeAll(async () => {
  // Before Payload starts: the config reads S3_* once, when it is built.
  store = await useObjectStore()
  const suite = await startSuite()
  ;({ ctx, payload, api, f } = suite)
  tokens = { designer: suite.tokens.designer!, facilitator: suite.tokens.facilitator! }
  bilingual = await buildBilingualTrack(payload, f.programme)
})
afterAll(async () => {
  await ctx?.cleanup()
  await store?.stop()
  fs.rmSync(generated, { recursive: true, force: true })
})

describe('media in the object store', () => {
  test('an image upload and its sizes land in the bucket, and nothing in the media folder', async () => {
    const png = await tinyPng()
    const media = (await payload.create({
      collection: 'media',
      data: { alt: 'Mapa' } as any,
      file: { data: png, mimetype: 'image/png', name: 'mapa-s3.png', size: png.byteLength },
    })) as Doc
    const keys = await store.keys()
    expect(keys).toContain(media.filename)
    for (const size of Object.values(media.sizes ?? {}) as Doc[]) if (size?.filename) expect(keys).toContain(size.filename)
    expect(filesOnDisk(ctx.mediaDir)).toEqual([])
  })

  test('a stored file is served back through the media route with the same bytes, and a missing one is 404', async () => {
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola desde el bucket\n')
    const media = (await payload.create({ collection: 'media', data: {} as any, file: { data: vtt, mimetype: 'text/vtt', name: 'hola-s3.es.vtt', size: vtt.byteLength } })) as Doc
    expect(await store.keys()).toContain(media.filename)
    const served = await api.get(`/api/media/file/${encodeURIComponent(media.filename)}`, { token: tokens.designer })
    expect(served.status).toBe(200)
    expect(served.text).toBe(vtt.toString('utf8'))
    expect((await api.get('/api/media/file/no-such-file.png', { token: tokens.designer })).status).toBe(404)
  })

  test('deleting a media document removes its objects from the bucket', async () => {
    const png = await tinyPng()
    const media = (await payload.create({ collection: 'media', data: { alt: 'Borrar' } as any, file: { data: png, mimetype: 'image/png', name: 'borrar-s3.png', size: png.byteLength } })) as Doc
    const names = [media.filename, ...(Object.values(media.sizes ?? {}) as Doc[]).map((size) => size?.filename).filter(Boolean)]
    expect(await store.keys()).toEqual(expect.arrayContaining(names))
    await payload.delete({ collection: 'media', id: media.id as ID })
    const after = await store.keys()
    for (const name of names) expect(after).not.toContain(name)
  })
})

describe.skipIf(ffmpegCommand() === null)('video renditions with the object store (ffmpeg)', () => {
  test('the poster and low-bandwidth copy are made from the bucket’s original, stored beside it, and removed with it', async () => {
    const video = (await demoVideoMp4({ seconds: 2 }))!
    const media = (await payload.create({ collection: 'media', data: {} as any, file: { data: video, mimetype: 'video/mp4', name: 'respirar-s3.mp4', size: video.byteLength } })) as Doc
    await runRenditionJobs(payload)
    const made = (await payload.findByID({ collection: 'media', id: media.id, depth: 0 })) as Doc
    expect(made.renditions.status, made.renditions.reason).toBe('ready')
    const derived = [made.renditions.poster.filename, made.renditions.lowBandwidth.filename]
    expect(await store.keys()).toEqual(expect.arrayContaining([media.filename, ...derived]))
    expect(filesOnDisk(ctx.mediaDir)).toEqual([])
    // The poster is served from the bucket at its URL, as the admin and the portal ask for it.
    const poster = await api.get(`/api/media/file/${encodeURIComponent(made.renditions.poster.filename)}`, { token: tokens.designer })
    expect(poster.status).toBe(200)
    expect(poster.headers.get('content-type')).toMatch(/^image\/jpeg/)
    await payload.delete({ collection: 'media', id: media.id as ID })
    const after = await store.keys()
    for (const name of [media.filename, ...derived]) expect(after).not.toContain(name)
  })
})

describe('the live preview', () => {
  test('prints a handout’s picture that lives only in the bucket', async () => {
    expect(filesOnDisk(ctx.mediaDir)).toEqual([])
    // The form as the editor posts it: the stored session, one locale, relationships as ids.
    const session = (await payload.findByID({ collection: 'sessions', id: bilingual.sessions[0], locale: 'es', depth: 0 })) as Doc
    const preview = async (data: Doc) => {
      const response = await api.post('/api/sessions/preview', { data, locale: 'es', edition: 'facilitator-manual' }, { token: tokens.designer })
      expect(response.status, response.text.slice(0, 300)).toBe(200)
      return new Uint8Array(response.bytes)
    }
    const withPicture = await preview(session)
    const without = await preview({ ...session, handouts: session.handouts.map((handout: Doc) => ({ ...handout, file: null })) })
    expect(imageCount(withPicture)).toBeGreaterThan(imageCount(without))
  })
})

describe('a release built from media in the bucket', () => {
  let built: Doc
  const fileOf = (edition: string, locale: string | null = 'es') => (built.files as Doc[]).find((file) => file.edition === edition && (locale === null || file.locale === locale))!
  const readRelease = async () => (await payload.findByID({ collection: 'manual-releases' as any, id: built.id, depth: 0, showHiddenFields: true })) as Doc

  test('its offline bundle carries the track’s image and both caption files, none reported missing', async () => {
    // The track's media were uploaded with the store configured: none is on disk.
    expect(filesOnDisk(ctx.mediaDir)).toEqual([])
    const created = await api.post('/api/manual-releases', { track: bilingual.track, version: '1.0.0', locales: ['es', 'en'] }, { token: tokens.designer })
    expect(created.status, created.text).toBe(201)
    await payload.jobs.run()
    built = (await payload.findByID({ collection: 'manual-releases' as any, id: created.body.doc.id, depth: 0, showHiddenFields: true })) as Doc
    expect(built.status, built.failureReason).toBe('ready')
    const bundleFile = (built.files as Doc[]).find((file) => file.edition === 'offline-bundle')!
    const bundle = await readZip(fs.readFileSync(path.join(generated, bundleFile.path)))
    const names = bundle.map((entry) => entry.name)
    expect(names.filter((name) => name.startsWith('media/')).length).toBeGreaterThan(0)
    expect(names.filter((name) => name.startsWith('captions/') && name.endsWith('.vtt'))).toHaveLength(2)
    const manifest = JSON.parse(bundle.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8'))
    expect(manifest.omitted ?? []).toEqual([])
  })

  test('every generated file is in the bucket, with the recorded size, before the release is ready', async () => {
    const keys = await store.keys()
    for (const file of built.files as Doc[]) {
      expect(keys).toContain(`generated/${file.path}`)
    }
  })

  test('the start-up check finds the files in the bucket: an instance with an empty generated folder rebuilds nothing', async () => {
    fs.rmSync(path.join(generated, 'releases', String(built.id)), { recursive: true, force: true })
    const { verifyReadyReleases } = await import('@/cms/releases/integrity')
    expect(await verifyReadyReleases(payload)).toEqual([])
    expect((await readRelease()).status).toBe('ready')
  })

  test('an instance without the file on its disk downloads it from the bucket: 200, Range, 304, and the count', async () => {
    // As on another instance (or a fresh container): nothing of this release in the generated folder.
    fs.rmSync(path.join(generated, 'releases', String(built.id)), { recursive: true, force: true })
    const manual = fileOf('facilitator-manual')
    const url = `/api/manual-releases/${built.id}/download/facilitator-manual?locale=es`
    const whole = await api.get(url, { token: tokens.facilitator })
    expect(whole.status, whole.text).toBe(200)
    expect(whole.headers.get('content-length')).toBe(String(manual.size))
    expect(whole.headers.get('etag')).toBe(`"${manual.sha256}"`)
    expect(fs.statSync(path.join(generated, manual.path)).size).toBe(manual.size)

    const part = await api.get(url, { token: tokens.facilitator, headers: { Range: 'bytes=0-7' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${manual.size}`)
    expect(part.text.startsWith('%PDF-')).toBe(true)

    const again = await api.get(url, { token: tokens.facilitator, headers: { 'If-None-Match': `"${manual.sha256}"` } })
    expect(again.status).toBe(304)

    await flushDownloadCounts()
    const counted = (await readRelease()).files.find((file: Doc) => file.id === manual.id)
    // The full download and the range from byte 0 count; the 304 does not.
    expect(counted.downloads).toBe(2)
  })

  test('a file missing from the bucket and the disk is withheld with 409', async () => {
    const workbook = fileOf('participant-workbook', 'en')
    fs.rmSync(path.join(generated, workbook.path), { force: true })
    await store.client.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: `generated/${workbook.path}` }))
    const response = await api.get(`/api/manual-releases/${built.id}/download/participant-workbook?locale=en`, { token: tokens.facilitator })
    expect(response.status, response.text).toBe(409)
    // The release goes back to building (integrity.ts), and its rebuild puts the file back in the bucket.
    await expect.poll(async () => (await readRelease()).status, { timeout: 30_000, interval: 100 }).toBe('building')
    await payload.jobs.run()
    expect((await readRelease()).status).toBe('ready')
    expect(await store.keys()).toContain(`generated/${workbook.path}`)
  })
})
