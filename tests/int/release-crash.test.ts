/**
 * A process killed while it builds a release, at each stage, then a restart: a `ready` release is
 * never served without its files (issue 16, items 3 and 11). The build runs in a child process
 * (tests/helpers/crashDuringBuild.ts) on this suite's database, which kills itself with SIGKILL;
 * the restart is what a starting server runs (the config's onInit: build recovery, then the check
 * of ready releases' files), here in the test's own process, followed by the jobs queue.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { buildCurriculumFixture, loginAll, type Actor, type CurriculumFixture } from '../helpers/curriculumFixture'
import { createApi, type Api } from '../helpers/http'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { recoverInterruptedBuilds } from '@/cms/jobs/recovery'
import { verifyReadyReleases } from '@/cms/releases/integrity'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-crash-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
let versions = 0

const root = path.resolve(import.meta.dirname, '../..')

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  api = await createApi()
  f = await buildCurriculumFixture(payload, { accounts: ['facilitator'] })
  tokens = await loginAll(api, f)
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

const stored = async (id: unknown) => (await payload.findByID({ collection: 'manual-releases' as any, id: id as any, depth: 0 })) as Doc

async function queueRelease(): Promise<Doc> {
  return (await payload.create({
    collection: 'manual-releases' as any,
    data: { track: f.tracks.women, version: `1.${++versions}.0`, locales: ['es'], confirmFewerSessions: true, confirmNoChanges: true } as any,
    context: { skipQueueKick: true },
  })) as Doc
}

/** Runs the queued build in a child process that kills itself at `stage`. */
function buildAndCrash(stage: string) {
  // One process (node with tsx's loader), so that its SIGKILL is what the test sees.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/crashDuringBuild.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: {
      ...process.env,
      REEDUCA_CRASH_AT: stage,
      REEDUCA_SKIP_RELEASE_RECOVERY: '1',
      NODE_OPTIONS: '--no-deprecation',
    },
  })
  expect(run.signal, `${stage}: ${run.stdout}\n${run.stderr}`.slice(-3000)).toBe('SIGKILL')
}

/** What a facilitator gets for each file of the release: 200 with the recorded bytes, or 409. */
async function downloads(release: Doc): Promise<number[]> {
  const statuses: number[] = []
  for (const edition of ['facilitator-manual', 'participant-workbook', 'offline-bundle']) {
    const response = await api.request('GET', `/api/manual-releases/${release.id}/download/${edition}?locale=es`, { token: tokens.facilitator })
    statuses.push(response.status)
    if (response.status === 200) {
      const fresh = await stored(release.id)
      const file = (fresh.files as Doc[]).find((candidate) => candidate.edition === edition)
      expect(file, `${edition} of ${JSON.stringify({ status: fresh.status, files: fresh.files })}`).toBeTruthy()
      if (!file) continue
      const bytes = fs.readFileSync(path.join(generated, file.path))
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
      expect(bytes.byteLength).toBe(file.size)
    }
  }
  return statuses
}

/** A ready release has every file it records, on disk, with the recorded size. */
async function expectWhole(id: unknown) {
  const release = await stored(id)
  expect(release.status).toBe('ready')
  expect(release.files.map((file: Doc) => file.edition).sort()).toEqual(['facilitator-manual', 'offline-bundle', 'participant-workbook'])
  for (const file of release.files as Doc[]) expect(fs.statSync(path.join(generated, file.path)).size).toBe(file.size)
  expect(await downloads(release)).toEqual([200, 200, 200])
}

/** What a server start runs (payload.config.ts onInit), then the queue it refilled. */
async function restart() {
  await recoverInterruptedBuilds(payload, { staleMs: 0 })
  await verifyReadyReleases(payload)
  await payload.jobs.run({ queue: 'default' })
}

describe('a build killed at each stage, then a restart', () => {
  test.each(['before-files', 'after-files', 'during-status'])('killed %s: never ready without its files; ready after the restart', async (stage) => {
    const release = await queueRelease()
    buildAndCrash(stage)

    const after = await stored(release.id)
    // Before the restart: still building (nothing to download yet), never ready without files.
    expect(after.status, JSON.stringify({ status: after.status, files: after.files?.length })).toBe('building')
    expect(after.files ?? []).toEqual([])
    expect(await downloads(after)).toEqual([409, 409, 409])

    await restart()
    await expectWhole(release.id)
  })

  test('killed after the status: ready, whole, and stays so after the restart', async () => {
    const release = await queueRelease()
    buildAndCrash('after-status')
    await expectWhole(release.id)
    await restart()
    await expectWhole(release.id)
  })
})

describe('files lost or damaged on disk after a release is ready', () => {
  test('are never served: the download answers 409 with the reason, and the release is built again', async () => {
    const release = await queueRelease()
    await payload.jobs.run({ queue: 'default' })
    await expectWhole(release.id)
    const manual = ((await stored(release.id)).files as Doc[]).find((file) => file.edition === 'facilitator-manual')!
    // A machine crash can leave a file shorter than written.
    const file = path.join(generated, manual.path)
    fs.truncateSync(file, Math.floor(manual.size / 2))
    await new Promise((resolve) => setTimeout(resolve, 1100)) // what the disk said is believed for a second

    // The refusal comes in the request's language (Spanish without one): read the English one.
    const response = await api.request('GET', `/api/manual-releases/${release.id}/download/facilitator-manual?locale=es`, { token: tokens.facilitator, headers: { 'Accept-Language': 'en' } })
    expect(response.status, response.text).toBe(409)
    expect(response.body.errors[0].message).toMatch(/bytes on the server, not the \d+ recorded/)
    // The rebuild starts in the background of the refused download.
    await expect.poll(async () => (await stored(release.id)).status, { timeout: 30_000, interval: 100 }).toBe('building')

    await payload.jobs.run({ queue: 'default' })
    await expectWhole(release.id)
  })

  test('are found at start, and the release is built again', async () => {
    const release = await queueRelease()
    await payload.jobs.run({ queue: 'default' })
    await expectWhole(release.id)
    const bundle = ((await stored(release.id)).files as Doc[]).find((file) => file.edition === 'offline-bundle')!
    fs.rmSync(path.join(generated, bundle.path))

    expect(await verifyReadyReleases(payload)).toEqual([String(release.id)])
    expect((await stored(release.id)).status).toBe('building')
    await payload.jobs.run({ queue: 'default' })
    await expectWhole(release.id)
  })

  test('a ready release with no file rows at all (left by a version without transactions) is built again at start', async () => {
    const release = await queueRelease()
    await payload.jobs.run({ queue: 'default' })
    await payload.db.updateOne({ collection: 'manual-releases', where: { id: { equals: release.id } }, data: { files: [] } } as any)
    expect((await stored(release.id)).files).toEqual([])

    expect(await verifyReadyReleases(payload)).toEqual([String(release.id)])
    await payload.jobs.run({ queue: 'default' })
    await expectWhole(release.id)
  })
})
