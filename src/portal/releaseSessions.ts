/**
 * The sessions of a manual release, as facilitators teach them: read from the release's frozen
 * snapshot, never from the live collections.
 *
 * Every call first reads the release as the user (Local API, `overrideAccess: false`): the access
 * rules hide other tracks' releases from a scoped facilitator and withdrawn releases from
 * facilitators, and the portal shows no session of a withdrawn or unfinished release to anyone.
 * Only then is the snapshot read, from an in-process cache: a ready release never changes, so its
 * parsed snapshot is kept under its id and content hash (a few releases, least recently used out).
 */

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import type { ManualRelease, User } from '@payload-types'
import { statMediaFile } from '@/cms/storage/objectStore'
import { isFacilitatorLevel } from '@/core/rules/roles'
import { SNAPSHOT_SCHEMA_VERSION, freezeSnapshot, pickLocale, type ReleaseSnapshot, type SnapshotSession } from '@/core/releases/snapshot'
import { idOf } from '@/core/rules/ids'
import { findVisible } from './data'
import type { UILanguage } from '@/ui/strings'
import { fromSnapshotSession, sessionFilePaths, textInLocale, type SessionView } from './sessionView'

type ID = number | string

/** What the portal needs to know about a release around its sessions. */
export type ReleaseHead = Pick<ManualRelease, 'id' | 'version' | 'status' | 'archived' | 'locales' | 'publishedAt' | 'contentHash'> & {
  track: ManualRelease['track']
}

const HEAD_FIELDS = { version: true, status: true, archived: true, locales: true, publishedAt: true, contentHash: true, track: true } as const

/** The release as the user may see it, when it is one facilitators can teach from. */
export async function teachableRelease(payload: Payload, user: User | null, releaseId: ID, lang: UILanguage): Promise<ReleaseHead | null> {
  if (!user || !isFacilitatorLevel(user)) return null
  const release = await findVisible<ReleaseHead>(() =>
    payload.findByID({ collection: 'manual-releases', id: releaseId, overrideAccess: false, user, locale: lang, depth: 0, select: HEAD_FIELDS }),
  )
  if (!release || release.status !== 'ready' || release.archived) return null
  return release
}

// ---------------------------------------------------------------------------------------------
// Parsed snapshots, per release

/** Parsed snapshots kept in memory; each is about 1 MB of JSON for a 25-session track. */
export const SNAPSHOT_CACHE_SIZE = 8

const cache = new LRUCache<string, ReleaseSnapshot>({ max: SNAPSHOT_CACHE_SIZE })
let loads = 0

/** How many snapshots were read from the database since the process started (for tests and benches). */
export const snapshotLoads = () => loads

export function clearSnapshotCache(): void {
  cache.clear()
}

/** A snapshot this code can read: schema version 1 (or none, from before versions were written). */
function readableSnapshot(value: unknown): ReleaseSnapshot | null {
  const snapshot = value as ReleaseSnapshot | null
  if (!snapshot || typeof snapshot !== 'object' || !Array.isArray(snapshot.sessions) || !snapshot.release || !snapshot.track) return null
  const version = (snapshot as { schemaVersion?: unknown }).schemaVersion
  if (version !== undefined && version !== SNAPSHOT_SCHEMA_VERSION) return null
  return snapshot
}

/**
 * The release's snapshot, parsed and frozen. Call only after `teachableRelease` said the user
 * may see it: this read is the server's own (the snapshot is a hidden field).
 */
export async function releaseSnapshot(payload: Payload, release: ReleaseHead): Promise<ReleaseSnapshot | null> {
  const key = `${release.id}:${release.contentHash ?? ''}`
  const cached = cache.get(key)
  if (cached) return cached
  loads++
  const doc = (await payload.findByID({
    collection: 'manual-releases',
    id: release.id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
    select: { snapshot: true },
  })) as { snapshot?: unknown } | null
  const raw = typeof doc?.snapshot === 'string' ? safeParse(doc.snapshot) : doc?.snapshot
  const snapshot = readableSnapshot(raw)
  if (!snapshot) {
    payload.logger.warn(`Release ${release.id} (${release.version}) has no snapshot the portal can read.`)
    return null
  }
  freezeSnapshot(snapshot)
  cache.set(key, snapshot)
  return snapshot
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------
// What the pages ask for

export interface ReleaseSessionSummary {
  number: number
  /** The session's id when the release was made. */
  sessionId: string
  title: string
  /** The locale the title is in (another one when the asked locale has none). */
  titleLocale: string
  href: string
}

export const releaseSessionHref = (releaseId: ID, number: number) => `/portal/releases/${encodeURIComponent(String(releaseId))}/sessions/${number}`

function summaries(release: ReleaseHead, snapshot: ReleaseSnapshot, lang: UILanguage): ReleaseSessionSummary[] {
  const fallbacks = snapshot.release.locales ?? []
  return snapshot.sessions.map((session) => {
    const title = textInLocale(session.title, lang, fallbacks)
    return {
      number: session.number,
      sessionId: session.id,
      title: title?.value ?? `#${session.number}`,
      titleLocale: title?.locale ?? lang,
      href: releaseSessionHref(release.id, session.number),
    }
  })
}

/** The sessions of a release the user may teach from, in order; null when it is not one. */
export async function releaseSessionsFor(
  payload: Payload,
  user: User | null,
  releaseId: ID,
  lang: UILanguage,
): Promise<{ release: ReleaseHead; sessions: ReleaseSessionSummary[] } | null> {
  const release = await teachableRelease(payload, user, releaseId, lang)
  if (!release) return null
  const snapshot = await releaseSnapshot(payload, release)
  if (!snapshot) return null
  return { release, sessions: summaries(release, snapshot, lang) }
}

export interface ReleaseSession {
  release: ReleaseHead
  track: { id: string; slug: string; title: string }
  view: SessionView
}

/**
 * Session `number` of a release, as the user may see it, ready for the session page; null for
 * "no such release or session" and "not yours" alike.
 */
export async function releaseSessionFor(payload: Payload, user: User | null, releaseId: ID, number: number, lang: UILanguage): Promise<ReleaseSession | null> {
  if (!Number.isInteger(number) || number < 1) return null
  const release = await teachableRelease(payload, user, releaseId, lang)
  if (!release) return null
  const snapshot = await releaseSnapshot(payload, release)
  const session = snapshot?.sessions.find((candidate: SnapshotSession) => candidate.number === number)
  if (!snapshot || !session) return null
  const fallbacks = snapshot.release.locales ?? []
  return {
    release,
    track: {
      id: String(idOf(release.track) ?? snapshot.track.id ?? ''),
      slug: snapshot.track.slug,
      title: pickLocale(snapshot.track.title, lang, fallbacks) ?? snapshot.track.slug,
    },
    view: fromSnapshotSession(snapshot, session, lang, {
      releaseId: release.id,
      fileAvailable: await filesOnDisk(payload, sessionFilePaths(snapshot, session)),
    }),
  }
}

/**
 * Which of these media-folder paths are still on disk (a file replaced or deleted after the
 * release is gone from the server; the release's offline bundle keeps its copy). Files are looked
 * at on every request, not cached: they can go at any time. On the object store when one is
 * configured (a HEAD per file).
 */
async function filesOnDisk(_payload: Payload, paths: string[]): Promise<(path: string) => boolean> {
  const present = new Set<string>()
  // From the media folder or the object store (src/cms/storage/objectStore.ts).
  await Promise.all(
    paths.map(async (relative) => {
      if ((await statMediaFile(relative).catch(() => null)) !== null) present.add(relative)
    }),
  )
  return (relative) => present.has(relative)
}

/**
 * Where the same session sits in a release: the session that was this document when the release
 * was made (it may have moved since), else the one with the same number.
 */
export async function sessionInRelease(
  payload: Payload,
  release: ReleaseHead,
  live: { id: ID; number: number },
): Promise<{ number: number; href: string } | null> {
  const snapshot = await releaseSnapshot(payload, release)
  if (!snapshot) return null
  const match = snapshot.sessions.find((session) => session.id === String(live.id)) ?? snapshot.sessions.find((session) => session.number === live.number)
  return match ? { number: match.number, href: releaseSessionHref(release.id, match.number) } : null
}

