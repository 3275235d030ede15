/**
 * Building releases in the background with Payload's jobs queue.
 *
 * - Creating a release queues one `buildManualRelease` job in the same transaction, and kicks
 *   the queue once that transaction is committed (not awaited: the request returns at once).
 * - `jobs.autoRun` runs the queue every 10 s in the server process (Payload starts the cron on
 *   the first request); `payload jobs:run --cron …` does the same in a separate worker.
 * - A failed build is retried 3 times with exponential back-off; after the last attempt the
 *   release is set `failed` with the reason.
 * - A job left `processing` by a killed process is resumed: on start (onInit) and before each
 *   autorun tick, jobs that have been `processing` with no heartbeat for longer than
 *   REEDUCA_RELEASE_STALE_MS (default 5 min) are released back to the queue; a running build
 *   touches its job every 30 s, so only dead ones go stale. Releases still `building` with no
 *   live job (lost job) get a new one; those whose job failed for good are set `failed`.
 */
import type { JobsConfig, Payload, PayloadRequest, TaskConfig } from 'payload'

import { isAdmin } from '@/core/rules/roles'
import { buildReleaseFiles, markReleaseFailed, runningBuilds } from '@/cms/releases/buildFiles'
import { BUILD_QUEUE, BUILD_RETRIES, BUILD_TASK, RELEASES_SLUG } from '@collections/ManualReleases/constants'

/** The media renditions task's slug (collections/Media/renditions.ts; not imported: a load cycle). */
const MEDIA_RENDITIONS_TASK = 'makeMediaRenditions'

type Doc = Record<string, any>
type ID = number | string

/** Autorun and the post-create kick are on unless REEDUCA_JOBS_AUTORUN=0 (tests drive the queue themselves). */
export const jobsAutoRunEnabled = (): boolean => process.env.REEDUCA_JOBS_AUTORUN !== '0'

export const staleAfterMs = (): number => {
  const configured = Number(process.env.REEDUCA_RELEASE_STALE_MS)
  return Number.isFinite(configured) && configured > 0 ? configured : 5 * 60_000
}

const HEARTBEAT_MS = 30_000

function retryDelayMs(): number {
  const configured = Number(process.env.REEDUCA_RELEASE_RETRY_DELAY_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 5_000
}

/** Touches a job so the recovery sees it is alive. Best effort. */
export async function heartbeat(payload: Payload, jobId: ID): Promise<void> {
  try {
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: jobId,
      data: { updatedAt: new Date().toISOString() },
      returning: false,
    } as any)
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Could not record the heartbeat of job ${jobId}` })
  }
}

export const buildManualReleaseTask: TaskConfig<{ input: { releaseId: string }; output: { status: string; files: number } }> = {
  slug: BUILD_TASK,
  label: 'Build manual release',
  inputSchema: [{ name: 'releaseId', type: 'text', required: true }],
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'files', type: 'number' },
  ],
  retries: { attempts: BUILD_RETRIES, backoff: { type: 'exponential', delay: retryDelayMs() } },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const attempt = (job.totalTried ?? 0) + 1
    let last = Date.now()
    const timer = setInterval(() => void heartbeat(payload, job.id), HEARTBEAT_MS)
    timer.unref?.()
    try {
      const result = await buildReleaseFiles(payload, input.releaseId, {
        attempt,
        onProgress: async () => {
          // Rendering blocks the event loop between awaits: beat here too, not only on the timer.
          if (Date.now() - last > HEARTBEAT_MS) {
            last = Date.now()
            await heartbeat(payload, job.id)
          }
        },
      })
      if (result.status === 'skipped') payload.logger.info(`Release ${input.releaseId}: build skipped (${result.reason}).`)
      return { output: { status: result.status, files: result.status === 'built' ? result.files : 0 } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // Payload gives up when the attempts so far reach the retries: this was the last one.
      if (attempt > BUILD_RETRIES) {
        await markReleaseFailed(payload, input.releaseId, `Build failed after ${attempt} attempts: ${message}`).catch((markError) =>
          payload.logger.error({ err: markError, msg: `Could not mark release ${input.releaseId} failed` }),
        )
      }
      throw error
    } finally {
      clearInterval(timer)
    }
  },
}

/** Runs queued jobs now (the cron, a kick, a test or the seed). */
export function runReleaseJobs(payload: Payload, args: { where?: any; limit?: number } = {}) {
  return payload.jobs.run({ queue: BUILD_QUEUE, limit: args.limit ?? 5, ...(args.where ? { where: args.where } : {}) })
}

/**
 * Runs a freshly queued job as soon as the creating transaction is committed, without making
 * the request wait. The job is looked for outside the transaction, so it is found only once
 * committed; if the creation was rolled back it never appears and the kick gives up after a
 * minute. (Waiting on `req.transactionID` does not work: hooks may get an isolated copy of it.)
 */
export function kickReleaseQueue(req: PayloadRequest, jobId: ID): void {
  if (!jobsAutoRunEnabled()) return
  const { payload } = req
  const started = Date.now()
  const attempt = async () => {
    const committed = await payload.db
      .findOne({ collection: 'payload-jobs', where: { id: { equals: jobId } } } as any)
      .catch(() => null)
    if (!committed) {
      if (Date.now() - started < 60_000) setTimeout(() => void attempt(), 50)
      return
    }
    await runReleaseJobs(payload, { where: { id: { equals: jobId } }, limit: 1 })
  }
  setTimeout(() => {
    attempt().catch((error) => payload.logger.error({ err: error, msg: `Could not run the build job ${jobId}` }))
  }, 0)
}

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
  const report: RecoveryReport = { requeuedJobs: [], newJobs: [], failedReleases: [] }
  const cutoff = new Date(Date.now() - (options.staleMs ?? staleAfterMs())).toISOString()
  const running = new Set(runningBuilds.keys())

  const stuck = (
    await payload.find({
      collection: 'payload-jobs' as any,
      // Media renditions (collections/Media/renditions.ts) beat the same way and are resumed too.
      where: { and: [{ taskSlug: { in: [BUILD_TASK, MEDIA_RENDITIONS_TASK] } }, { processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
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
      await payload.jobs.queue({ task: BUILD_TASK, queue: BUILD_QUEUE, input: { releaseId: id } } as any)
      report.newJobs.push(id)
      payload.logger.warn(`Release ${release.version} (${id}) was building without a job: queued a new build.`)
    }
  }
  return report
}

let lastRecovery = 0
/** At most once a minute: called before each autorun tick. */
async function recoverNowAndThen(payload: Payload): Promise<void> {
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

const adminsOnly = ({ req }: { req: PayloadRequest }) => isAdmin(req.user)

/** The `jobs` part of the Payload config. */
export const releaseJobs: JobsConfig = {
  tasks: [buildManualReleaseTask as TaskConfig<any>],
  // Finished builds leave nothing behind; failed ones stay for inspection.
  deleteJobOnComplete: true,
  // The REST endpoints /api/payload-jobs/run… are for admins only (default: any logged-in user).
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  autoRun: [{ cron: process.env.REEDUCA_JOBS_CRON || '*/10 * * * * *', queue: BUILD_QUEUE, limit: 5 }],
  shouldAutoRun: async (payload) => {
    if (!jobsAutoRunEnabled()) return false
    await recoverNowAndThen(payload)
    return true
  },
}
