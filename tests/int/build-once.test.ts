/**
 * Exactly-once release builds across processes (src/cms/jobs/claim.ts): however many instances
 * or workers pick up build jobs for one release, one process builds it; the others skip, and
 * the download counts recorded meanwhile are not reset by a second build. A killed builder's
 * claim expires with its heartbeat and another process takes over.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { buildBilingualTrack, type BilingualTrack } from '../helpers/releaseFixture'
import { claimKey, claimReleaseBuild, releaseClaim } from '@/cms/jobs/claim'
import { runJobs } from '@/cms/jobs/queue'
import { releaseBuildHooks } from '@/cms/releases/buildFiles'
import { recoverInterruptedBuilds } from '@/cms/jobs/recovery'
import { countDownload, flushDownloadCounts } from '@/cms/releases/downloadCounter'

process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_RELEASE_RETRY_DELAY_MS = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-build-once-'))
process.env.GENERATED_DIR = generated

let ctx: TestPayload
let payload: Payload
let bilingual: BilingualTrack

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer'] } })
  ;({ ctx, payload } = suite)
  bilingual = await buildBilingualTrack(payload, suite.f.programme)
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

type Doc = Record<string, any>
const stored = async (id: string | number) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0, showHiddenFields: true })) as Doc

describe('the claim', () => {
  test('of eight processes claiming one release at once, exactly one wins', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => claimReleaseBuild(payload, 'race-1', { owner: `worker-${i}` })))
    expect(results.filter((result) => result.won)).toHaveLength(1)
    const winner = results.find((result) => result.won)!
    if (winner.won) await releaseClaim(payload, winner.claim)
    // Given up: the next claim wins.
    expect((await claimReleaseBuild(payload, 'race-1', { owner: 'worker-9' })).won).toBe(true)
  })

  test('a live claim is respected; one without a heartbeat for the stale time is taken over by one process', async () => {
    expect((await claimReleaseBuild(payload, 'killed-1', { owner: 'killed-worker' })).won).toBe(true)
    expect((await claimReleaseBuild(payload, 'killed-1', { owner: 'worker-a', staleMs: 60_000 })).won).toBe(false)
    // No heartbeat for over a second, with a one-second threshold (5 min by default).
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const takeovers = await Promise.all(['worker-a', 'worker-b', 'worker-c'].map((owner) => claimReleaseBuild(payload, 'killed-1', { owner, staleMs: 1_000 })))
    expect(takeovers.filter((result) => result.won)).toHaveLength(1)
  })
})

function runBuildProcess(
  jobId: string | number,
  delayMs: number,
  env: Record<string, string> = {},
  started: (child: ChildProcess) => void = () => {},
): Promise<{ code: number | null; built: number; output: string }> {
  return new Promise((resolve) => {
    // tsx as a loader in this very process (its CLI would run the script in a grandchild, which
    // a SIGKILL of the child would leave running).
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/buildJobProcess.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, JOB_ID: String(jobId), BUILD_DELAY_MS: String(delayMs), NODE_OPTIONS: '--no-deprecation', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    started(child)
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, built: Number(/BUILT_FILES=(\d+)/.exec(output)?.[1] ?? -1), output }))
  })
}

test('two processes running a build job each for one release: built once, and counts recorded meanwhile stay', async () => {
  const release = (await payload.create({
    collection: 'manual-releases' as any,
    data: { track: bilingual.track, version: '1.0.0', locales: ['es', 'en'] } as any,
    overrideAccess: true,
  })) as Doc
  // One job from the creation; a second as another instance's recovery would queue.
  await payload.jobs.queue({ task: 'buildManualRelease', queue: 'default', input: { releaseId: String(release.id) } } as any)
  const jobs = (await payload.find({ collection: 'payload-jobs' as any, where: { taskSlug: { equals: 'buildManualRelease' } }, pagination: false, depth: 0 })).docs as Doc[]
  const mine = jobs.filter((job) => String(job.input?.releaseId) === String(release.id))
  expect(mine).toHaveLength(2)

  // The first process builds at once; the second has read the release (still building) and
  // waits 4 s before rendering: without the claim it would render too and rewrite `files`.
  const first = runBuildProcess(mine[0]!.id, 0)
  const second = runBuildProcess(mine[1]!.id, 4_000)
  await expect.poll(async () => (await stored(release.id)).status, { timeout: 120_000, interval: 200 }).toBe('ready')
  const ready = await stored(release.id)
  const file = ready.files[0]
  countDownload(payload, release.id, file.id)
  countDownload(payload, release.id, file.id)
  await flushDownloadCounts()

  const results = await Promise.all([first, second])
  for (const result of results) expect(result.code, result.output.slice(-2000)).toBe(0)
  // Every file rendered once, in one of the two processes.
  expect(results.map((result) => result.built).sort()).toEqual([0, ready.files.length])
  const after = await stored(release.id)
  expect(after.files.map((f: Doc) => f.sha256)).toEqual(ready.files.map((f: Doc) => f.sha256))
  expect(after.files[0].downloads).toBe(2)
}, 240_000)

test('a builder killed mid-build (kill -9): once its heartbeat is stale, the job is requeued and another process builds it', async () => {
  const release = (await payload.create({
    collection: 'manual-releases' as any,
    data: { track: bilingual.track, version: '2.0.0', locales: ['es'], confirmNoChanges: true } as any,
    overrideAccess: true,
  })) as Doc
  const job = ((await payload.find({ collection: 'payload-jobs' as any, where: { taskSlug: { equals: 'buildManualRelease' } }, pagination: false, depth: 0 })).docs as Doc[]).find(
    (each) => String(each.input?.releaseId) === String(release.id),
  )!
  let doomed: ChildProcess | undefined
  const killed = runBuildProcess(job.id, 600_000, {}, (child) => (doomed = child))
  // It holds the claim and sits inside its build: kill it there.
  const claimed = async () => (await payload.find({ collection: 'payload-kv' as any, where: { key: { equals: claimKey(release.id) } }, overrideAccess: true })).totalDocs
  await expect.poll(claimed, { timeout: 90_000, interval: 200 }).toBe(1)
  doomed!.kill('SIGKILL')
  await killed
  expect((await stored(release.id)).status).toBe('building')

  // A second later its job and claim count as stale (threshold 1 s here, 5 min by default).
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const report = await recoverInterruptedBuilds(payload, { staleMs: 1_000 })
  expect(report.requeuedJobs).toContain(String(job.id))
  const next = await runBuildProcess(job.id, 0, { REEDUCA_RELEASE_STALE_MS: '1000' })
  expect(next.code, next.output.slice(-2000)).toBe(0)
  const built = await stored(release.id)
  expect(built.status).toBe('ready')
  expect(next.built).toBe(built.files.length)
}, 240_000)

test('a builder that froze past the stale time and woke after a takeover drops its result: the release stays with the new holder', async () => {
  const release = (await payload.create({
    collection: 'manual-releases' as any,
    data: { track: bilingual.track, version: '3.0.0', locales: ['es'], confirmNoChanges: true } as any,
    overrideAccess: true,
  })) as Doc
  const job = ((await payload.find({ collection: 'payload-jobs' as any, where: { taskSlug: { equals: 'buildManualRelease' } }, pagination: false, depth: 0 })).docs as Doc[]).find(
    (each) => String(each.input?.releaseId) === String(release.id),
  )!
  // Every file written, the ready write next: here the builder "freezes", and meanwhile another
  // process finds its heartbeat stale (threshold 0 here) and takes the claim over.
  let rival: Awaited<ReturnType<typeof claimReleaseBuild>> | undefined
  releaseBuildHooks.beforeReady = async ({ releaseId }) => {
    if (releaseId !== String(release.id)) return
    await new Promise((resolve) => setTimeout(resolve, 20))
    rival = await claimReleaseBuild(payload, release.id, { owner: 'thawed-rival', staleMs: 1 })
  }
  try {
    await runJobs(payload, { where: { id: { equals: job.id } }, limit: 1 })
  } finally {
    delete releaseBuildHooks.beforeReady
  }
  expect(rival?.won).toBe(true)
  // The frozen builder did not write over the new holder: the release is still building, without files.
  const after = await stored(release.id)
  expect(after.status).toBe('building')
  expect(after.files ?? []).toHaveLength(0)
  // And the new holder's claim is still there (the frozen one gave up only its own row).
  const claims = (await payload.find({ collection: 'payload-kv' as any, where: { key: { equals: claimKey(release.id) } }, overrideAccess: true })).docs as Doc[]
  expect(claims.map((claim) => claim.data?.owner)).toEqual(['thawed-rival'])
  if (rival?.won) await releaseClaim(payload, rival.claim)
}, 240_000)
