/**
 * Resumes what a killed process left: on start (onInit) and before each autorun tick, jobs that
 * have been `processing` with no heartbeat for longer than REEDUCA_RELEASE_STALE_MS (default
 * 5 min) are released back to the queue; a running task touches its job every 30 s, so only dead
 * ones go stale. Releases still `building` with no live job (lost job) get a new one; those
 * whose job failed for good are set `failed`.
 */
import type { Payload } from 'payload'

import { RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { markReleaseFailed, runningBuilds } from '@/cms/releases/buildFiles'
import { whileClaimed } from './claim'
import { BUILD_TASK, JOB_QUEUE, RENDITIONS_TASK, staleAfterMs } from './queue'

type Doc = Record<string, any>

export interface RecoveryReport {
  /** Jobs found `processing` with no heartbeat, put back in the queue. */
  requeuedJobs: string[]
  /** Releases `building` without any live job, given a new one. */
  newJobs: string[]
  /** Releases whose job failed for good, now `failed`. */
  failedReleases: string[]
}

/**
 * Resumes builds a killed process left behind (see the module comment). Safe to call at any
 * time and from several processes: it only touches jobs and releases older than the threshold.
 */
export async function recoverInterruptedBuilds(payload: Payload, options: { staleMs?: number } = {}): Promise<RecoveryReport> {
  // One recovery at a time across every instance and worker: two at once could each find a
  // release without a job and queue one (harmless for the build, which is claimed, but noisy).
  // A recovery that finds the lease held skips; the holder is doing it. A lease left by a killed
  // process is taken over after RECOVERY_LEASE_STALE_MS, or at once when that process was on this machine.
  const leased = await whileClaimed(payload, RECOVERY_LEASE, () => recover(payload, options), { staleMs: RECOVERY_LEASE_STALE_MS })
  return 'built' in leased ? leased.built : { requeuedJobs: [], newJobs: [], failedReleases: [] }
}

const RECOVERY_LEASE = { lease: 'release-recovery' }
const RECOVERY_LEASE_STALE_MS = 2 * 60_000

async function recover(payload: Payload, options: { staleMs?: number }): Promise<RecoveryReport> {
  const report: RecoveryReport = { requeuedJobs: [], newJobs: [], failedReleases: [] }
  const cutoff = new Date(Date.now() - (options.staleMs ?? staleAfterMs())).toISOString()
  const running = new Set(runningBuilds.keys())

  const stuck = (
    await payload.find({
      collection: 'payload-jobs' as any,
      // Media renditions beat the same way and are resumed too.
      where: { and: [{ taskSlug: { in: [BUILD_TASK, RENDITIONS_TASK] } }, { processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
  ).docs as Doc[]
  for (const job of stuck) {
    if (job.taskSlug === BUILD_TASK && running.has(String(job.input?.releaseId))) continue
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: false }, returning: false } as any)
    report.requeuedJobs.push(String(job.id))
    const what = job.taskSlug === BUILD_TASK ? `Build job ${job.id} (release ${job.input?.releaseId})` : `Renditions job ${job.id} (media ${job.input?.mediaId})`
    payload.logger.warn(`${what} was left processing by a stopped process: queued again.`)
  }

  const building = (
    await payload.find({
      collection: RELEASES_SLUG as any,
      where: { and: [{ status: { equals: 'building' } }, { createdAt: { less_than: cutoff } }] },
      select: { version: true } as any,
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
  ).docs as Doc[]
  if (building.length) {
    const jobs = (
      await payload.find({
        collection: 'payload-jobs' as any,
        where: { taskSlug: { equals: BUILD_TASK } },
        depth: 0,
        pagination: false,
        limit: 0,
        overrideAccess: true,
      })
    ).docs as Doc[]
    for (const release of building) {
      const id = String(release.id)
      if (running.has(id)) continue
      const related = jobs.filter((job) => String(job.input?.releaseId) === id)
      if (related.some((job) => !job.completedAt && !job.hasError)) continue
      const failed = related.find((job) => job.hasError)
      if (failed) {
        await markReleaseFailed(payload, release.id, `Build failed: ${failed.error?.message ?? 'unknown error'}`)
        report.failedReleases.push(id)
        continue
      }
      await payload.jobs.queue({ task: BUILD_TASK, queue: JOB_QUEUE, input: { releaseId: id } } as any)
      report.newJobs.push(id)
      payload.logger.warn(`Release ${release.version} (${id}) was building without a job: queued a new build.`)
    }
  }
  return report
}

let lastRecovery = 0
/** At most once a minute: called before each autorun tick. */
export async function recoverNowAndThen(payload: Payload): Promise<void> {
  // The app processes of `npm start` after the first (scripts/server.mjs) leave it to the first.
  if (process.env.REEDUCA_SKIP_RELEASE_RECOVERY === '1') return
  if (Date.now() - lastRecovery < 60_000) return
  lastRecovery = Date.now()
  await recoverInterruptedBuilds(payload).catch((error) => payload.logger.error({ err: error, msg: 'Release build recovery failed' }))
}

/** Called from the Payload config's onInit: resume what a previous process left. */
export async function recoverOnInit(payload: Payload): Promise<void> {
  // The seed script starts Payload before migrating: recovery belongs to the server's start.
  if (process.env.REEDUCA_SKIP_RELEASE_RECOVERY === '1') return
  lastRecovery = Date.now()
  try {
    await recoverInterruptedBuilds(payload)
  } catch (error) {
    // A database not migrated yet (first start) has no tables to look at: nothing to resume.
    payload.logger.warn({ err: error, msg: 'Release build recovery skipped at start' })
  }
}
