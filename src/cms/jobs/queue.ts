/**
 * The jobs module: the one queue every background task goes to, the task names, and what the
 * tasks share (autorun switch, heartbeat, the kick after a commit). One file per task beside
 * it (buildManualRelease.ts, makeMediaRenditions.ts); recovery.ts resumes what a stopped process
 * left; index.ts is the `jobs` part of the Payload config.
 *
 * - Creating a release or uploading a video queues a job in the same transaction, and kicks the
 *   queue once that transaction is committed (not awaited: the request returns at once).
 * - `jobs.autoRun` runs the queue every 10 s in the server process (Payload starts the cron on
 *   the first request); `npm run worker` (scripts/worker.ts) runs the same cron in a separate process.
 * - A long task touches its job every 30 s (heartbeat), so recovery resumes only dead ones.
 */
import type { Payload, PayloadRequest } from 'payload'

/** The queue every task goes to: Payload's default, so `payload.jobs.run()` and `payload jobs:run` find them. */
export const JOB_QUEUE = 'default'

/** The task that renders a release's files (buildManualRelease.ts). */
export const BUILD_TASK = 'buildManualRelease'

/** Retries after the first attempt: four attempts in all before the release is marked `failed`. */
export const BUILD_RETRIES = 3

/** The task that makes a video's poster and low-bandwidth copies (makeMediaRenditions.ts). */
export const RENDITIONS_TASK = 'makeMediaRenditions'

type ID = number | string

/** Autorun and the post-create kick are on unless REEDUCA_JOBS_AUTORUN=0 (tests drive the queue themselves). */
export const jobsAutoRunEnabled = (): boolean => process.env.REEDUCA_JOBS_AUTORUN !== '0'

export const staleAfterMs = (): number => {
  const configured = Number(process.env.REEDUCA_RELEASE_STALE_MS)
  return Number.isFinite(configured) && configured > 0 ? configured : 5 * 60_000
}

export const HEARTBEAT_MS = 30_000

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

/** Beats every HEARTBEAT_MS while `work` runs. */
export async function whileBeating<T>(payload: Payload, jobId: ID, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void heartbeat(payload, jobId), HEARTBEAT_MS)
  timer.unref?.()
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/** Runs queued jobs now (the cron, a kick, a test or the seed); `task` narrows to one task. */
export function runJobs(payload: Payload, args: { task?: string; where?: any; limit?: number } = {}) {
  const where = args.where ?? (args.task ? { taskSlug: { equals: args.task } } : undefined)
  return payload.jobs.run({ queue: JOB_QUEUE, limit: args.limit ?? 5, ...(where ? { where } : {}) } as any)
}

/**
 * Runs a freshly queued job as soon as the creating transaction is committed, without making
 * the request wait. The job is looked for outside the transaction, so it is found only once
 * committed; if the creation was rolled back it never appears and the kick gives up after a
 * minute. (Waiting on `req.transactionID` does not work: hooks may get an isolated copy of it.)
 */
export function kickQueue(req: PayloadRequest, jobId: ID): void {
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
    await runJobs(payload, { where: { id: { equals: jobId } }, limit: 1 })
  }
  setTimeout(() => {
    attempt().catch((error) => payload.logger.error({ err: error, msg: `Could not run job ${jobId}` }))
  }, 0)
}
