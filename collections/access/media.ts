import type { Access } from 'payload'

import { mediaOfTracks } from '@/cms/reads/mediaScope'
import { isFacilitatorLevel, scopedTrackIds } from '@/core/rules/roles'

/**
 * Reading media (the documents, and the files at /api/media/file/…, which Payload checks with
 * this same rule):
 * - every role from facilitator up reads every file, except
 * - a facilitator scoped to tracks, who reads only the files their tracks' published content
 *   uses (src/cms/reads/mediaScope.ts): a men's-track facilitator never lists or downloads a
 *   women's-track file;
 * - anyone else reads nothing.
 */
export const readMedia: Access = async ({ req }) => {
  const { user } = req
  if (!isFacilitatorLevel(user)) return false
  const trackIds = scopedTrackIds(user)
  if (!trackIds) return true
  const ids = await mediaOfTracks(req.payload, trackIds, req)
  return ids.length ? { id: { in: ids } } : false
}
