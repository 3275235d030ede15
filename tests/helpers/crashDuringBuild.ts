/**
 * Run in a child process by tests/int/release-crash.test.ts: starts Payload on the suite's
 * database and folders (from the environment), runs the queued release build, and kills itself
 * with SIGKILL at the stage named by REEDUCA_CRASH_AT:
 * - `before-files`: rendering has begun, no file written;
 * - `after-files`: every file written and flushed, the release not yet ready;
 * - `during-status`: inside the write that makes the release ready, its status row written and
 *   its file rows not yet (the moment a crash left `ready` without files before transactions);
 * - `after-status`: the release is ready (committed).
 * Exits with 3 if it was not killed.
 */
await import('../../scripts/preload-lexical.mjs')
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { releaseBuildHooks } = await import('@/cms/releases/buildFiles')

const stage = process.env.REEDUCA_CRASH_AT
const die = (): never => {
  process.kill(process.pid, 'SIGKILL')
  throw new Error('unreachable')
}

if (stage === 'before-files') releaseBuildHooks.beforeRender = die
else if (stage === 'after-files') releaseBuildHooks.beforeReady = die
else if (stage === 'after-status') releaseBuildHooks.afterReady = die
else if (stage !== 'during-status') throw new Error(`Unknown stage ${stage}`)

const payload = await getPayload({ config })

if (stage === 'during-status') {
  // The adapter writes a document's main row first, then its array rows (the release's files).
  const db = payload.db as unknown as { insert: (args: { tableName: string }) => Promise<unknown> }
  const insert = db.insert.bind(db)
  db.insert = async (args) => {
    if (args.tableName === 'manual_releases_files') die()
    return insert(args)
  }
}

await payload.jobs.run({ queue: 'default' })
console.log(`Not killed at ${stage}`)
process.exit(3)

export {}
