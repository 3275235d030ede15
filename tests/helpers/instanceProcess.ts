/**
 * The start of a child process that plays another app instance or a worker on the suite's
 * database (DATABASE_URI and folders come from the environment): its jobs and start-up recovery
 * off, since the test decides what it runs; Lexical preloaded as the app's own start does.
 */
import type { Payload } from 'payload'

export async function startInstancePayload(): Promise<Payload> {
  process.env.REEDUCA_JOBS_AUTORUN = '0'
  process.env.REEDUCA_SKIP_RELEASE_RECOVERY = '1'
  // The config is imported only now, so that it reads the two settings above.
  await import('../../scripts/preload-lexical.mjs')
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
