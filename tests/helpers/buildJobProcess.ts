/**
 * A separate process that runs one build job on the database in DATABASE_URI, as another app
 * instance or worker would (tests/int/build-once.test.ts starts two at once).
 *   JOB_ID          the job to run
 *   BUILD_DELAY_MS  a pause after the build read the release and before it renders, so that two
 *                   processes are surely inside their builds at the same time
 * Prints BUILT_FILES=<n>: how many files this process rendered.
 */
export {}

const { startInstancePayload } = await import('./instanceProcess')
const payload = await startInstancePayload()
const { releaseBuildHooks } = await import('@/cms/releases/buildFiles')
const { runJobs } = await import('@/cms/jobs/queue')

let files = 0
releaseBuildHooks.beforeRender = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.BUILD_DELAY_MS || 0)))
releaseBuildHooks.afterFile = () => {
  files++
}
await runJobs(payload, { where: { id: { equals: process.env.JOB_ID } }, limit: 1 })
console.log(`BUILT_FILES=${files}`)
process.exit(0)
