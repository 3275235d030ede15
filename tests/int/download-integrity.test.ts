/**
 * A download never serves a file whose content differs from the record (issue 16, item 11): the
 * answer carries a strong ETag (the recorded SHA-256) and a year of immutable cache, so a file of
 * the recorded size but other bytes is refused with 409 and the reason, in the request's
 * language, and the release is built again; its SHA-256 is computed once per file and process.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import type { Api } from '../helpers/http'
import { buildBilingualTrack } from '../helpers/releaseFixture'
import { startSuite } from '../helpers/suite'
import type { TestPayload } from '../helpers/testPayload'
import { FILE_CHECK_MS } from '@/cms/releases/downloadCache'
import { hashesComputedCount } from '@/cms/releases/integrity'

process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-integrity-'))
process.env.GENERATED_DIR = generated

let ctx: TestPayload
let payload: Payload
let api: Api
let token: string
let release: Record<string, any>

type Doc = Record<string, any>
const stored = async (id: string | number) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0, showHiddenFields: true })) as Doc

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer', 'facilitator'] } })
  ;({ ctx, payload, api } = suite)
  token = suite.tokens.facilitator!
  const track = await buildBilingualTrack(payload, suite.f.programme)
  const created = await api.post('/api/manual-releases', { track: track.track, version: '1.0.0', locales: ['es', 'en'] }, { token: suite.tokens.designer })
  expect(created.status, created.text).toBe(201)
  await payload.jobs.run()
  release = await stored(created.body.doc.id)
  expect(release.status, release.failureReason).toBe('ready')
}, 240_000)
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

const url = (edition: string, locale = 'es') => `/api/manual-releases/${release.id}/download/${edition}?locale=${locale}`
const fileOf = (edition: string, locale?: string) => (release.files as Doc[]).find((file) => file.edition === edition && (!locale || file.locale === locale))!

/** Flips one byte in the middle of the file: same size, other content, a new modification time. */
function corrupt(file: Doc) {
  const absolute = path.join(generated, file.path)
  const bytes = fs.readFileSync(absolute)
  const middle = Math.floor(bytes.length / 2)
  bytes[middle] = bytes[middle]! ^ 0xff
  fs.writeFileSync(absolute, bytes)
  fs.utimesSync(absolute, new Date(), new Date(Date.now() + 5_000))
  expect(fs.statSync(absolute).size).toBe(file.size)
}
const pastFileCheck = () => new Promise((resolve) => setTimeout(resolve, FILE_CHECK_MS + 100))

test('a sound file is served with its strong ETag; its hash is computed once, not per download', async () => {
  const before = hashesComputedCount()
  for (let i = 0; i < 3; i++) {
    const response = await api.get(url('participant-workbook'), { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBe(`"${fileOf('participant-workbook', 'es').sha256}"`)
  }
  expect(hashesComputedCount() - before).toBe(1)
})

test('same-size corruption of a workbook is refused with 409 and the reason in English; the rebuild brings the same file back', async () => {
  const file = fileOf('participant-workbook', 'en')
  expect((await api.get(url('participant-workbook', 'en'), { token })).status).toBe(200)
  corrupt(file)
  await pastFileCheck()
  const refused = await api.get(url('participant-workbook', 'en'), { token, headers: { 'Accept-Language': 'en' } })
  expect(refused.status, refused.text).toBe(409)
  expect(refused.headers.get('etag')).toBeNull()
  expect(refused.headers.get('cache-control')).toBe('no-store')
  expect(refused.body.errors[0].message).toMatch(/cannot be downloaded right now: its participant-workbook \(en\) on the server differs from the recorded content \(SHA-256 [0-9a-f]{12}…, recorded [0-9a-f]{12}…\)\. Its files are being built again/)

  // Built again from the same snapshot: the same bytes as recorded, served again.
  await expect.poll(async () => (await stored(release.id)).status, { timeout: 10_000 }).toBe('building')
  await payload.jobs.run()
  release = await stored(release.id)
  expect(release.status).toBe('ready')
  expect(fileOf('participant-workbook', 'en').sha256).toBe(file.sha256)
  const served = await api.get(url('participant-workbook', 'en'), { token })
  expect(served.status).toBe(200)
  expect(served.headers.get('etag')).toBe(`"${file.sha256}"`)
}, 240_000)

test('the offline bundle too, refused in Spanish by default', async () => {
  const file = fileOf('offline-bundle')
  expect((await api.get(url('offline-bundle'), { token })).status).toBe(200)
  corrupt(file)
  await pastFileCheck()
  const refused = await api.get(url('offline-bundle'), { token })
  expect(refused.status, refused.text).toBe(409)
  expect(refused.body.errors[0].message).toMatch(/no puede descargarse ahora: su offline-bundle en el servidor no es el contenido registrado/)
  expect(refused.headers.get('retry-after')).toBe('60')
  // The rebuild it started has sent the release back to building (before the suite's database goes).
  await expect.poll(async () => (await stored(release.id)).status, { timeout: 10_000 }).toBe('building')
})
