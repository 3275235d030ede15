import type { Access, Where } from 'payload'

import { canCreateReleases, isFacilitatorLevel, scopedTrackIds } from '@/core/rules/roles'

/** Who sees withdrawn (archived) releases: the people who make releases. */
export const canSeeArchivedReleases = (user: Parameters<typeof canCreateReleases>[0]): boolean => canCreateReleases(user)

/** Not archived; written with `exists` too because a row saved before the field existed holds null. */
export const notArchived: Where = { or: [{ archived: { equals: false } }, { archived: { exists: false } }] }

/**
 * Reading manual releases:
 * - admins and curriculum designers read every release, withdrawn ones included;
 * - everyone else from facilitator level up reads releases that are not withdrawn, and a
 *   facilitator scoped to tracks only those tracks' releases;
 * - anyone else (anonymous, an account without a role) reads nothing.
 */
export const readManualReleases: Access = ({ req: { user } }) => {
  if (canSeeArchivedReleases(user)) return true
  if (!isFacilitatorLevel(user)) return false
  const trackIds = scopedTrackIds(user)
  return trackIds ? { and: [notArchived, { track: { in: trackIds } }] } : notArchived
}
