/**
 * Publishing a release from server code (the demo seed, scripts): create it, then build its
 * files right away in this process instead of waiting for the queue, and return it `ready`.
 */
import type { Payload, PayloadRequest } from 'payload'

import { buildReleaseFiles } from './buildFiles'
import { BUILD_TASK, JOB_QUEUE } from '@/cms/jobs/queue'
import { RELEASE_NOTES_BY_LOCALE, RELEASE_SYSTEM_WRITE, RELEASES_SLUG } from '@collections/ManualReleases/constants'

type ID = number | string

export interface PublishReleaseArgs {
  track: ID
  version: string
  locales: string[]
  /** Release notes: Lexical state per locale. */
  notes?: Record<string, unknown>
  /** Ship fewer published sessions than the track plans. */
  confirmFewerSessions?: boolean
  /** Ship a release in which no session changed and that has no notes. */
  confirmNoChanges?: boolean
  /** Recorded as `publishedBy`. */
  user?: { id: ID; collection?: string } | null
  req?: PayloadRequest
}

/**
 * Creates a release of `track` and builds it now. Resolves to the ready release; throws the
 * release checks' 422 APIError (with `data.problems`) or the version's 400 like the API would,
 * and the build's error if the build fails (the release is then left to the queue's retries).
 */
export async function publishManualRelease(payload: Payload, args: PublishReleaseArgs): Promise<Record<string, any>> {
  const created = (await payload.create({
    collection: RELEASES_SLUG as any,
    data: {
      track: args.track,
      version: args.version,
      locales: args.locales,
      confirmFewerSessions: Boolean(args.confirmFewerSessions),
      confirmNoChanges: Boolean(args.confirmNoChanges),
    } as any,
    ...(args.user ? { user: { ...args.user, collection: args.user.collection ?? 'users' } as any } : {}),
    overrideAccess: true,
    depth: 0,
    // The job is queued with the release; we run the build here instead of kicking the queue.
    context: { skipQueueKick: true, [RELEASE_NOTES_BY_LOCALE]: args.notes ?? {} },
    ...(args.req ? { req: args.req } : {}),
  } as any)) as Record<string, any>

  await buildReleaseFiles(payload, created.id)
  // The queued job now finds the release ready and finishes at once; remove it so it never runs.
  const jobs = (
    await payload.find({
      collection: 'payload-jobs' as any,
      where: { and: [{ taskSlug: { equals: BUILD_TASK } }, { queue: { equals: JOB_QUEUE } }, { processing: { equals: false } }] },
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
      ...(args.req ? { req: args.req } : {}),
    })
  ).docs as Record<string, any>[]
  const mine = jobs.filter((job) => String(job.input?.releaseId) === String(created.id)).map((job) => job.id)
  if (mine.length) {
    await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { in: mine } }, ...(args.req ? { req: args.req } : {}) } as any)
  }
  // The stored notes field is localized: write each locale's notes (the snapshot has them all).
  for (const [locale, notes] of Object.entries(args.notes ?? {})) {
    await payload.update({
      collection: RELEASES_SLUG as any,
      id: created.id,
      locale,
      data: { notes } as any,
      overrideAccess: true,
      depth: 0,
      context: { [RELEASE_SYSTEM_WRITE]: true },
      ...(args.req ? { req: args.req } : {}),
    } as any)
  }
  return (await payload.findByID({ collection: RELEASES_SLUG as any, id: created.id, depth: 0, overrideAccess: true })) as Record<string, any>
}
