/** The task that renders a release's files: four attempts, then the release is `failed` with the reason. */
import type { TaskConfig } from 'payload'

import { buildReleaseFiles, describeTimeline, markReleaseFailed } from '@/cms/releases/buildFiles'
import { WORKER_ID, whileClaimed } from './claim'
import { BUILD_RETRIES, BUILD_TASK, HEARTBEAT_MS, heartbeat, whileBeating } from './queue'

function retryDelayMs(): number {
  const configured = Number(process.env.REEDUCA_RELEASE_RETRY_DELAY_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : 5_000
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
    try {
      // Only the process holding the release's claim builds it (claim.ts): exactly once across
      // instances and workers, however many jobs were queued for it.
      const claimed = await whileClaimed(payload, input.releaseId, (beatClaim, stillMine) =>
        whileBeating(payload, job.id, () => buildReleaseFiles(payload, input.releaseId, {
          attempt,
          stillMine,
          onProgress: async () => {
            // Rendering blocks the event loop between awaits: beat here too, not only on the timer.
            if (Date.now() - last > HEARTBEAT_MS) {
              last = Date.now()
              await heartbeat(payload, job.id)
              await beatClaim()
            }
          },
        })),
      )
      if ('heldBy' in claimed) {
        payload.logger.info(`Release ${input.releaseId}: build skipped (being built by ${claimed.heldBy ?? 'another process'}).`)
        return { output: { status: 'skipped', files: 0 } }
      }
      const result = claimed.built
      if (result.status === 'skipped') payload.logger.info(`Release ${input.releaseId}: build skipped (${result.reason}).`)
      // One line per build that wrote a release's files, naming the process: how an operator
      // (and tests/e2e/multi-instance.test.ts) sees that a release was built once, and where.
      else payload.logger.info(`Release ${input.releaseId}: built ${result.files} files in ${WORKER_ID} (${describeTimeline(result.timeline)}).`)
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
    }
  },
}
