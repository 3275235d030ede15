/**
 * The job worker's process (started by scripts/worker.mjs, `npm run worker`): Payload with the
 * project's own job cron (payload.config.ts `jobs.autoRun`, every REEDUCA_JOBS_CRON), the same
 * one the app runs, recovery of interrupted builds before each tick included. It serves no page.
 *
 * Why not Payload's `payload jobs:run --cron`: that CLI loads the config through tsx's namespaced
 * import, so our in-order preload of Lexical (preload-lexical.mjs) does not apply to it, and on
 * Node 20 its module loading deadlocks now and then (6 loads in 40 here, under load). The CLI
 * starts loading inside its first cron tick with `protect` on, so a deadlocked load left a
 * worker that looked alive and never ran a job again (CI, stop 23). Loaded here with plain tsx,
 * after the preload, like the seed; a deadlock ends this process (exit 13) and the wrapper starts it again.
 */
export {}

const cron = process.env.REEDUCA_JOBS_CRON || '*/10 * * * * *'
// This process runs the queue, whatever the app instances beside it were told (REEDUCA_JOBS_AUTORUN=0).
process.env.REEDUCA_JOBS_AUTORUN = '1'
process.env.REEDUCA_JOBS_CRON = cron

// Before anything imports Lexical (see the file for why).
await import('./preload-lexical.mjs')
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { WORKER_ID } = await import('../src/cms/jobs/claim')

const payload = await getPayload({ config, cron: true })
payload.logger.info(`Reeduca worker ${WORKER_ID}: running the job queue (${cron}).`)
// Tells the wrapper this process got past loading (its watchdog stands down).
process.send?.('ready')

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`Reeduca worker: ${signal}, stopping (a build in progress is taken over by another worker).`)
  // Stops the crons and closes the database connections.
  await payload.destroy().catch(() => {})
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal))
