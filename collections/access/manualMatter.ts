import type { Access, Where } from 'payload'

import { canReadDrafts, isFacilitatorLevel, scopedTrackIds } from '@/core/rules/roles'

/**
 * Read access for the manual's front matter and glossary (facilitator material):
 * - admins, designers, trainers and reviewers read everything, drafts included;
 * - facilitators read published documents only; when scoped to tracks, those of their tracks and
 *   those written for the whole programme (no track);
 * - anonymous readers and anyone below facilitator level read nothing.
 */
export const readManualMatter: Access = ({ req: { user } }) => {
  if (canReadDrafts(user)) return true
  if (!isFacilitatorLevel(user)) return false
  const published: Where = { _status: { equals: 'published' } }
  const trackIds = scopedTrackIds(user)
  if (!trackIds) return published
  return { and: [published, { or: [{ track: { in: trackIds } }, { track: { exists: false } }] }] }
}
