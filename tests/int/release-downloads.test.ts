/**
 * GET /api/manual-releases/:id/download/:edition over HTTP, through the app's own route handlers:
 * every status code and header of the contract, conditional and range requests with the right
 * bytes, scoping by track, withdrawn releases, and the download counters.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { buildCurriculumFixture, loginAll, type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { createApi, type Api } from '../helpers/http'
import { buildBilingualTrack, readZip } from '../helpers/releaseFixture'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { flushDownloadCounts } from '../../collections/ManualReleases/downloadCounter'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-downloads-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
/** The women's track, Spanish only, built. */
let women: Doc
/** A bilingual release, built. */
let bilingual: Doc
/** Created but never built. */
let building: Doc

const url = (release: Doc | ID, edition: string, query = '') =>
  `/api/manual-releases/${typeof release === 'object' ? release.id : release}/download/${edition}${query}`
const fileOf = (release: Doc, edition: string, locale: string | null) =>
  (release.files as Doc[]).find((file) => file.edition === edition && (locale === null || file.locale === locale))!
const bytesOf = (file: Doc) => fs.readFileSync(path.join(generated, file.path))
const stored = async (id: ID) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0 })) as Doc

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  api = await createApi()
  f = await buildCurriculumFixture(payload)
  tokens = await loginAll(api, f)
  const track = await buildBilingualTrack(payload, f.programme, 'mujeres')

  const create = async (data: Record<string, unknown>) => {
    const response = await api.post('/api/manual-releases', data, { token: tokens.designer })
    expect(response.status, response.text).toBe(201)
    return response.body.doc as Doc
  }
  women = await create({ track: f.tracks.women, version: '1.0.0', locales: ['es'], confirmFewerSessions: true })
  bilingual = await create({ track: track.track, version: '1.2.0', locales: ['es', 'en'] })
  await payload.jobs.run()
  women = await stored(women.id)
  bilingual = await stored(bilingual.id)
  expect(women.status).toBe('ready')
  expect(bilingual.status).toBe('ready')
  building = await create({ track: track.track, version: '1.3.0', locales: ['es', 'en'] })
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

describe('who may download', () => {
  test('401 without a user', async () => {
    const response = await api.get(url(women, 'facilitator-manual'))
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toMatch(/log in/i)
  })

  test('403 for an account below facilitator level', async () => {
    expect((await api.get(url(women, 'facilitator-manual'), { token: tokens.noRole })).status).toBe(403)
  })

  test("403 for a men's-track facilitator on a women's release; their own track's releases are theirs", async () => {
    const response = await api.get(url(women, 'facilitator-manual'), { token: tokens.scopedFacilitator })
    expect(response.status).toBe(403)
    expect(response.text).not.toContain('%PDF')
    // The release itself is not even listed for them.
    expect((await api.get(`/api/manual-releases/${women.id}`, { token: tokens.scopedFacilitator })).status).toBe(404)
  })

  test('every role from facilitator up downloads the manual', async () => {
    for (const actor of ['admin', 'designer', 'trainer', 'reviewer', 'facilitator'] as const) {
      const response = await api.get(url(women, 'facilitator-manual'), { token: tokens[actor] })
      expect(response.status, actor).toBe(200)
    }
  })
})

describe('what there is to download', () => {
  test('404 for an unknown release, in any id shape', async () => {
    for (const id of ['999999', '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await api.get(url(id, 'facilitator-manual'), { token: tokens.facilitator })).status, id).toBe(404)
    }
  })

  test('404 for an unknown edition', async () => {
    const response = await api.get(url(women, 'teacher-edition'), { token: tokens.facilitator })
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toContain('facilitator-manual, participant-workbook or offline-bundle')
  })

  test('409 while the release is building, and for a failed release', async () => {
    const response = await api.get(url(building, 'facilitator-manual'), { token: tokens.facilitator })
    expect(response.status).toBe(409)
    expect(response.headers.get('retry-after')).toBe('10')
    expect(response.body.errors[0].message).toContain('still being built')

    await payload.db.updateOne({ collection: 'manual-releases', id: building.id, data: { status: 'failed', failureReason: 'Typst ran out of memory' }, returning: false } as any)
    const failed = await api.get(url(building, 'participant-workbook'), { token: tokens.facilitator })
    expect(failed.status).toBe(409)
    expect(failed.body.errors[0].message).toContain('Typst ran out of memory')
  })

  test('400 for a locale the release does not cover', async () => {
    const response = await api.get(url(women, 'facilitator-manual', '?locale=en'), { token: tokens.facilitator })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toContain('covers es, not «en»')
    // A locale the app does not know at all is refused before anything else looks at it.
    expect((await api.get(url(women, 'facilitator-manual', '?locale=fr'), { token: tokens.facilitator })).status).toBe(400)
  })

  test('each edition in each locale', async () => {
    for (const [edition, locale, type] of [
      ['facilitator-manual', 'es', 'application/pdf'],
      ['facilitator-manual', 'en', 'application/pdf'],
      ['participant-workbook', 'en', 'application/pdf'],
      ['offline-bundle', 'en', 'application/zip'],
    ] as const) {
      const response = await api.request('GET', url(bilingual, edition, `?locale=${locale}`), { token: tokens.facilitator })
      expect(response.status, `${edition} ${locale}`).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
    }
  })
})

describe('the file and its headers', () => {
  test('200 with type, attachment name, strong ETag, Last-Modified, immutable caching, byte ranges', async () => {
    const file = fileOf(bilingual, 'facilitator-manual', 'en')
    const response = await fetchRaw(url(bilingual, 'facilitator-manual', '?locale=en'), tokens.facilitator!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="reeduca-mujeres-1.2.0-manual-en.pdf"')
    expect(response.headers.get('etag')).toBe(`"${file.sha256}"`)
    expect(response.headers.get('etag')).not.toMatch(/^W\//)
    expect(new Date(response.headers.get('last-modified')!).toUTCString()).toBe(response.headers.get('last-modified'))
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    expect(response.headers.get('content-length')).toBe(String(file.size))
    expect(Buffer.compare(response.body, bytesOf(file))).toBe(0)
    expect(crypto.createHash('sha256').update(response.body).digest('hex')).toBe(file.sha256)
  })

  test('without ?locale= the release’s first locale is served', async () => {
    const response = await fetchRaw(url(bilingual, 'participant-workbook'), tokens.facilitator!)
    expect(response.headers.get('content-disposition')).toContain('reeduca-mujeres-1.2.0-workbook-es.pdf')
  })

  test('If-None-Match with the ETag → 304, no body; another ETag → 200', async () => {
    const file = fileOf(women, 'facilitator-manual', 'es')
    const etag = `"${file.sha256}"`
    for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const response = await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { 'If-None-Match': header })
      expect(response.status, header).toBe(304)
      expect(response.body.byteLength).toBe(0)
      expect(response.headers.get('etag')).toBe(etag)
      expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    }
    expect((await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { 'If-None-Match': '"stale"' })).status).toBe(200)
    const lastModified = (await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!)).headers.get('last-modified')!
    expect((await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { 'If-Modified-Since': lastModified })).status).toBe(304)
  })

  test('Range → 206 with Content-Range and exactly those bytes', async () => {
    const file = fileOf(women, 'facilitator-manual', 'es')
    const whole = bytesOf(file)
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-', 100, whole.length - 1],
      ['bytes=-50', whole.length - 50, whole.length - 1],
      [`bytes=1000-${whole.length + 5000}`, 1000, whole.length - 1],
    ]
    for (const [range, start, end] of cases) {
      const response = await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { Range: range })
      expect(response.status, range).toBe(206)
      expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${whole.length}`)
      expect(response.headers.get('content-length')).toBe(String(end - start + 1))
      expect(Buffer.compare(response.body, whole.subarray(start, end + 1)), range).toBe(0)
      expect(response.headers.get('etag')).toBe(`"${file.sha256}"`)
    }
  })

  test('an unsatisfiable range → 416 with the size; If-Range with another ETag → the whole file', async () => {
    const file = fileOf(women, 'facilitator-manual', 'es')
    const response = await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { Range: `bytes=${file.size}-` })
    expect(response.status).toBe(416)
    expect(response.headers.get('content-range')).toBe(`bytes */${file.size}`)
    const stale = await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { Range: 'bytes=0-9', 'If-Range': '"old"' })
    expect(stale.status).toBe(200)
    expect(stale.body.byteLength).toBe(file.size)
    const current = await fetchRaw(url(women, 'facilitator-manual'), tokens.facilitator!, { Range: 'bytes=0-9', 'If-Range': `"${file.sha256}"` })
    expect(current.status).toBe(206)
  })

  test('the offline bundle is a ZIP whose manifest lists every file with its size and SHA-256', async () => {
    const response = await fetchRaw(url(bilingual, 'offline-bundle'), tokens.facilitator!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="reeduca-mujeres-1.2.0-offline.zip"')
    const entries = readZip(response.body)
    const manifest = JSON.parse(entries.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8'))
    expect(manifest).toMatchObject({ format: 'reeduca-offline-bundle/1', locales: ['es', 'en'], release: { version: '1.2.0', id: String(bilingual.id) } })
    for (const entry of entries.filter((e) => e.name !== 'manifest.json')) {
      const listed = manifest.files.find((file: Doc) => file.path === entry.name)
      expect(listed, entry.name).toMatchObject({ size: entry.data.byteLength, sha256: crypto.createHash('sha256').update(entry.data).digest('hex') })
    }
    // The PDFs inside are the very files served on their own.
    const manual = entries.find((entry) => entry.name === 'en/reeduca-mujeres-1.2.0-manual-en.pdf')!
    expect(crypto.createHash('sha256').update(manual.data).digest('hex')).toBe(fileOf(bilingual, 'facilitator-manual', 'en').sha256)
  })
})

describe('withdrawn releases', () => {
  test('404 for facilitators, still served to admins and designers', async () => {
    await payload.update({ collection: 'manual-releases' as any, id: women.id, data: { archived: true } as any })
    try {
      expect((await api.get(url(women, 'facilitator-manual'), { token: tokens.facilitator })).status).toBe(404)
      expect((await api.get(url(women, 'facilitator-manual'), { token: tokens.trainer })).status).toBe(404)
      expect((await api.get(url(women, 'facilitator-manual'), { token: tokens.admin })).status).toBe(200)
      expect((await api.get(url(women, 'facilitator-manual'), { token: tokens.designer })).status).toBe(200)
    } finally {
      await payload.update({ collection: 'manual-releases' as any, id: women.id, data: { archived: false } as any })
    }
  })
})

describe('download counts', () => {
  test('count per file and edition, not who; 304s and resumed ranges are not counted again', async () => {
    // Counts reach the database once a second (collections/ManualReleases/downloadCounter.ts):
    // the earlier tests' downloads first, then this test's, without waiting for the timer.
    await flushDownloadCounts()
    const before = await stored(bilingual.id)
    const count = (release: Doc, edition: string, locale: string | null) => fileOf(release, edition, locale).downloads as number
    const manualEs = count(before, 'facilitator-manual', 'es')
    const manualEn = count(before, 'facilitator-manual', 'en')
    const bundle = count(before, 'offline-bundle', null)

    await Promise.all(Array.from({ length: 8 }, () => fetchRaw(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator!)))
    await fetchRaw(url(bilingual, 'offline-bundle'), tokens.reviewer!)
    await fetchRaw(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator!, { 'If-None-Match': `"${fileOf(before, 'facilitator-manual', 'es').sha256}"` })
    await fetchRaw(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator!, { Range: 'bytes=500-' })

    await flushDownloadCounts()
    const after = await stored(bilingual.id)
    expect(count(after, 'facilitator-manual', 'es')).toBe(manualEs + 8)
    expect(count(after, 'facilitator-manual', 'en')).toBe(manualEn)
    expect(count(after, 'offline-bundle', null)).toBe(bundle + 1)
    // Nothing about who downloaded is stored with the release.
    const raw = JSON.stringify(await payload.findByID({ collection: 'manual-releases' as any, id: bilingual.id, depth: 0, showHiddenFields: true }))
    expect(raw).not.toContain(f.accounts.facilitator.email)
    expect(raw).not.toContain(f.accounts.reviewer.email)
    // The counter did not touch anything else.
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.files.map((file: Doc) => file.sha256)).toEqual(before.files.map((file: Doc) => file.sha256))
  })

  test('counts reach the database by themselves shortly after the download', async () => {
    await flushDownloadCounts()
    const count = async () => fileOf(await stored(bilingual.id), 'participant-workbook', 'en').downloads as number
    const before = await count()
    expect((await fetchRaw(url(bilingual, 'participant-workbook', '?locale=en'), tokens.facilitator!)).status).toBe(200)
    await expect.poll(count, { timeout: 15_000, interval: 200 }).toBe(before + 1)
  })
})

/** GET through the route handler keeping the body as bytes. */
async function fetchRaw(pathname: string, token: string, headers: Record<string, string> = {}) {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const target = new URL(pathname, 'http://localhost:3000')
  const segments = target.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const response = await (rest.GET as any)(new Request(target, { headers: { Authorization: `JWT ${token}`, ...headers } }), {
    params: Promise.resolve({ slug: segments }),
  })
  const body = Buffer.from(await response.arrayBuffer())
  return { status: response.status as number, headers: response.headers as Headers, body }
}
