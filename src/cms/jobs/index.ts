/** The `jobs` part of the Payload config: every task, the autorun cron and who may run jobs over REST. */
import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'

import { isAdmin } from '@/core/rules/roles'
import { keepTypesettingReady } from '@/cms/releases/buildFiles'
import { buildManualReleaseTask } from './buildManualRelease'
import { makeMediaRenditionsTask } from './makeMediaRenditions'
import { JOB_QUEUE, jobsAutoRunEnabled } from './queue'
import { recoverNowAndThen } from './recovery'

const adminsOnly = ({ req }: { req: PayloadRequest }) => isAdmin(req.user)

export const jobs: JobsConfig = {
  tasks: [buildManualReleaseTask, makeMediaRenditionsTask] as TaskConfig<any>[],
  // Finished jobs leave nothing behind; failed ones stay for inspection.
  deleteJobOnComplete: true,
  // The REST endpoints /api/payload-jobs/run… are for admins only (default: any logged-in user).
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  autoRun: [{ cron: process.env.REEDUCA_JOBS_CRON || '*/10 * * * * *', queue: JOB_QUEUE, limit: 5 }],
  shouldAutoRun: async (payload) => {
    // Recovery also on app instances that leave the jobs to workers (REEDUCA_JOBS_AUTORUN=0):
    // so does the worker (scripts/worker.ts), whose ticks run this same autorun. Safe from any number of processes:
    // a release is built by whoever holds its claim (claim.ts).
    await recoverNowAndThen(payload)
    if (!jobsAutoRunEnabled()) return false
    // This process builds releases: their compiler processes wait ready for the next one.
    keepTypesettingReady(payload)
    return true
  },
}

export { recoverOnInit } from './recovery'
