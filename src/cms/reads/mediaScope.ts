/**
 * Which media files belong to which track, for facilitators scoped to tracks: a file is theirs
 * when published content of one of their tracks uses it — a resource's file or caption track, a
 * session's handout file, or an upload inside any of a session's texts.
 *
 * Media carry no track themselves (one file may serve both tracks), so the map is read from the
 * resources and sessions that use them. Reading every published session takes a moment, so the
 * map is built once and kept like the search index (src/cms/reads/curriculumCache.ts): saving a
 * session, resource or track through this process rebuilds it, and a change made through another
 * instance within 3 s (src/cms/reads/sharedChanges.ts; age, 30 s, is the backstop).
 */
import type { Payload, PayloadRequest } from 'payload'

import { curriculumCache } from './curriculumCache'
import { followSharedChanges } from './sharedChanges'

type ID = number | string
/** Track id (as a string) → ids of the media its published content uses. */
export type MediaByTrack = Map<string, Set<string>>

const idOf = (value: unknown): ID | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** Upload nodes of Lexical texts anywhere in a document (activities, handouts, notes…). */
function collectUploads(value: unknown, into: Set<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 64) return
  if (Array.isArray(value)) {
    for (const item of value) collectUploads(item, into, depth + 1)
    return
  }
  const node = value as Record<string, unknown>
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = idOf(node.value)
    if (id !== null) into.add(String(id))
  }
  for (const child of Object.values(node)) collectUploads(child, into, depth + 1)
}

async function buildMediaByTrack(payload: Payload): Promise<MediaByTrack> {
  const map: MediaByTrack = new Map()
  const add = (track: unknown, media: Iterable<string>) => {
    const trackId = idOf(track)
    if (trackId === null) return
    const key = String(trackId)
    const set = map.get(key) ?? new Set<string>()
    for (const id of media) set.add(id)
    map.set(key, set)
  }
  const published = { _status: { equals: 'published' } } as const
  const resources = await payload.find({
    collection: 'resources',
    where: published,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { file: true, captions: true, tracks: true },
  })
  for (const resource of resources.docs as Array<Record<string, any>>) {
    const media = new Set<string>()
    const file = idOf(resource.file)
    if (file !== null) media.add(String(file))
    for (const caption of resource.captions ?? []) {
      const id = idOf(caption?.file)
      if (id !== null) media.add(String(id))
    }
    for (const track of resource.tracks ?? []) add(track, media)
  }
  // Every locale: an upload may sit in the English text only.
  const sessions = await payload.find({ collection: 'sessions', where: published, depth: 0, pagination: false, overrideAccess: true, locale: 'all' })
  for (const session of sessions.docs as Array<Record<string, any>>) {
    const media = new Set<string>()
    for (const handout of session.handouts ?? []) {
      const id = idOf(handout?.file)
      if (id !== null) media.add(String(id))
    }
    collectUploads(session, media)
    add(session.track, media)
  }
  return map
}

/** The media a facilitator scoped to these tracks may read. */
export async function mediaOfTracks(payload: Payload, trackIds: readonly ID[], _req?: PayloadRequest): Promise<string[]> {
  await followSharedChanges(payload)
  const map = await curriculumCache<MediaByTrack>('media-by-track').get(() => buildMediaByTrack(payload))
  const ids = new Set<string>()
  for (const track of trackIds) for (const id of map.get(String(track)) ?? []) ids.add(id)
  return [...ids]
}
