/**
 * The portal's reads, all through Payload's Local API as the signed-in user with
 * overrideAccess: false, so collections/access decides what a facilitator sees (published
 * content, only the tracks she is assigned to, no withdrawn releases).
 */
import type { Payload } from 'payload'

import type { ManualRelease, Session, Track, User } from '@payload-types'
import { idOf, type ID } from '@/core/rules/ids'
import type { UILanguage } from '@/ui/strings'
import { textInLocale } from './sessionView'

export async function tracksFor(payload: Payload, user: User, lang: UILanguage): Promise<Track[]> {
  const { docs } = await payload.find({ collection: 'tracks', overrideAccess: false, user, locale: lang, depth: 0, limit: 50, pagination: false, sort: 'title' })
  return docs as Track[]
}

export async function trackBySlug(payload: Payload, user: User, lang: UILanguage, slug: string): Promise<Track | null> {
  const { docs } = await payload.find({ collection: 'tracks', where: { slug: { equals: slug } }, overrideAccess: false, user, locale: lang, depth: 0, limit: 1 })
  return (docs[0] as Track | undefined) ?? null
}

/** The track's releases the user may see, newest first. */
export async function releasesOf(payload: Payload, user: User, lang: UILanguage, trackId: ID): Promise<ManualRelease[]> {
  const { docs } = await payload.find({
    collection: 'manual-releases',
    where: { track: { equals: trackId } },
    overrideAccess: false,
    user,
    locale: lang,
    depth: 0,
    limit: 100,
    pagination: false,
    sort: '-publishedAt',
  })
  return docs as ManualRelease[]
}

/** The release facilitators teach from: the newest one whose files are ready (and not withdrawn). */
export const currentRelease = (releases: ManualRelease[]) => releases.find((release) => release.status === 'ready' && !release.archived) ?? null

export async function sessionsOf(payload: Payload, user: User, lang: UILanguage, trackId: ID): Promise<Session[]> {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: { track: { equals: trackId } },
    overrideAccess: false,
    user,
    locale: lang,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'number',
    select: { number: true, title: true, summary: true, duration: true, track: true },
  })
  return docs as Session[]
}

/** Payload's errors for "no such document" and "not yours" both end as this site's 404 page. */
export function isNotFoundOrForbidden(error: unknown): boolean {
  const status = (error as { status?: number })?.status
  return status === 404 || status === 403 || status === 401
}

/** A document by id as the user may see it, or null for "no such thing" and "not yours" alike. */
export async function findVisible<T>(load: () => Promise<unknown>): Promise<T | null> {
  try {
    return ((await load()) as T | null) ?? null
  } catch (error) {
    if (isNotFoundOrForbidden(error)) return null
    // An id of the wrong shape for the database names no document either.
    if (error instanceof Error && /invalid|cast|syntax/i.test(error.message)) return null
    throw error
  }
}

export interface LiveSession {
  /** The session read in every locale (`locale: 'all'`), relationships populated. */
  session: Record<string, any>
  track: { id: ID; slug: string; title: string } | null
  /** The track's current release, when it has one the user may see. */
  release: ManualRelease | null
  /** Locales to fall back on: the site's default first, then the others. */
  fallbackLocales: string[]
}

/**
 * A live published session as the user may see it, in every locale so the page can say which
 * texts are not translated; null for "no such session" and "not yours" alike.
 */
export async function liveSessionFor(
  payload: Payload,
  user: User,
  id: ID,
  lang: UILanguage,
  { withRelease = true }: { withRelease?: boolean } = {},
): Promise<LiveSession | null> {
  const session = await findVisible<Record<string, any>>(() =>
    payload.findByID({ collection: 'sessions', id, overrideAccess: false, user, locale: 'all', depth: 2 }),
  )
  if (!session) return null
  const localization = payload.config.localization
  const codes = localization ? localization.localeCodes : []
  const fallbackLocales = [...new Set([localization ? localization.defaultLocale : 'es', ...codes])]
  const trackDoc = session.track && typeof session.track === 'object' ? (session.track as Record<string, any>) : null
  const track = trackDoc
    ? { id: trackDoc.id as ID, slug: String(trackDoc.slug ?? ''), title: textInLocale(trackDoc.title, lang, fallbackLocales)?.value ?? '' }
    : null
  const trackId = track?.id ?? idOf(session.track)
  const release = withRelease && trackId !== null ? currentRelease(await releasesOf(payload, user, lang, trackId)) : null
  return { session, track, release, fallbackLocales }
}
