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
export const readMedia: Access = async ({ req, data, isReadingStaticFile }) => {
  const { user } = req
  if (!isFacilitatorLevel(user)) return false
  const trackIds = scopedTrackIds(user)
  if (!trackIds) return true
  const ids = await mediaOfTracks(req.payload, trackIds, req)
  if (!ids.length) return false
  // A file's poster and low-bandwidth copy (collections/Media/renditions.ts) are files of their
  // own, which Payload's file check does not look for (only `filename` and image sizes): they are
  // readable when the document they belong to is. Without this a scoped facilitator got 403 for
  // the light copy of her own track's video (and her phone could not keep it for offline use).
  const filename = isReadingStaticFile && typeof data?.filename === 'string' ? data.filename : null
  if (filename) {
    const owner = await req.payload.db.findOne({
      collection: 'media',
      req,
      where: {
        and: [
          { id: { in: ids } },
          { or: [{ 'renditions.lowBandwidth.filename': { equals: filename } }, { 'renditions.poster.filename': { equals: filename } }] },
        ],
      },
    })
    if (owner) return true
  }
  return { id: { in: ids } }
}
