import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

import { canReadDrafts, isFacilitatorLevel, scopedTrackIds } from '@/core/rules/roles'

/**
 * Read access for curriculum content (tracks, modules, sessions, resources):
 * - admins, designers, trainers and reviewers read everything, drafts included;
 * - facilitators read published content only, and only their tracks when scoped;
 * - anyone else reads nothing.
 *
 * `trackPath` names the field holding the track(s): 'id' for tracks themselves.
 * `drafts` is false for collections without drafts (nothing to filter on).
 */
export function readCurriculum({ trackPath, drafts }: { trackPath: string; drafts: boolean }): Access {
  return ({ req: { user } }) => {
    if (canReadDrafts(user)) return true
    if (!isFacilitatorLevel(user)) return false
    const conditions: Where[] = []
    if (drafts) conditions.push({ _status: { equals: 'published' } })
    const trackIds = scopedTrackIds(user)
    if (trackIds) conditions.push({ [trackPath]: { in: trackIds } })
    if (conditions.length === 0) return true
    return conditions.length === 1 ? conditions[0] : { and: conditions }
  }
}

/** Published documents for everyone (anonymous included); drafts for curriculum readers. */
export const publishedOrDraftReader: Access = ({ req: { user } }) =>
  canReadDrafts(user) ? true : { _status: { equals: 'published' } }

/**
 * Reading with `draft: true` (REST `?draft=true`, GraphQL `draft: true`, the admin's list and
 * edit views) swaps in each document's newest version. Whoever may not read drafts gets
 * published content instead: their access rule already hides draft versions, but without this
 * a published document that has newer unpublished changes would vanish from their list, and
 * joins and populated relationships would be read from version history they may not see.
 * Local API calls with overrideAccess (seed, release snapshots, hooks) are left alone.
 */
export const publishedOnlyForNonDraftReaders: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || canReadDrafts(req.user)) return args
  if (!args.draft) return args
  return { ...args, draft: false }
}
