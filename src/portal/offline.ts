/**
 * What a facilitator's phone keeps for offline use (issue 20): the current release of each of her
 * tracks (every session page, its handouts page, the release page and its chapters) and the files
 * those pages play or show, in their lightest form: captions, the low-bandwidth copies of video
 * and audio, posters, images (their small copy when there is one), handouts. Originals of video
 * and audio are not kept: the player falls back to the low-bandwidth copy (MediaPlayer).
 *
 * Read as the signed-in user, through the same functions as the pages, so the plan holds nothing
 * she could not open: a scoped facilitator's plan has only her tracks, a withdrawn release none.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import type { User } from '@payload-types'
import type { ReleaseChanges } from '@/core/releases/snapshot'
import { describeChanges } from '@/core/releases/changeWords'
import type { UILanguage } from '@/ui/strings'
import type { KeptRelease, OfflinePlan } from '@/ui/portal/offline/protocol'
import { currentRelease, releasesOf, tracksFor } from './data'
import { releaseSessionFor, releaseSessionsFor } from './releaseSessions'
import type { SessionView } from './sessionView'

/**
 * The name a user's caches carry on the phone: a hash of the account, not its id or address, so
 * the cache list itself says nothing about who used the phone.
 */
export function offlineUserKey(user: Pick<User, 'id'> & { collection?: string }, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`${user.collection ?? 'users'}:${user.id}`).digest('hex').slice(0, 20)
}

/** The files a session page plays or shows, lightest form first; no video or audio original. */
export function sessionFiles(view: SessionView): string[] {
  const files = new Set<string>()
  for (const resource of view.resources) {
    for (const caption of resource.captions) files.add(caption.url)
    if (resource.poster) files.add(resource.poster)
    if (resource.kind === 'video' || resource.kind === 'audio') {
      // Without a low-bandwidth copy, the original is all there is to play.
      const light = resource.lowBandwidth?.url ?? resource.file?.url
      if (light) files.add(light)
    } else if (resource.kind === 'image') {
      const image = resource.lowBandwidth?.url ?? resource.file?.url
      if (image) files.add(image)
    } else if (resource.file) {
      files.add(resource.file.url)
    }
  }
  for (const handout of view.handouts) {
    if (handout.file) {
      files.add(handout.file.url)
      files.add(handout.file.printUrl)
    }
  }
  return [...files]
}

export async function offlinePlanFor(payload: Payload, user: User, lang: UILanguage): Promise<OfflinePlan> {
  const tracks = await tracksFor(payload, user, lang)
  const releases: KeptRelease[] = []
  for (const track of tracks) {
    const release = currentRelease(await releasesOf(payload, user, lang, track.id))
    if (!release) continue
    const listed = await releaseSessionsFor(payload, user, release.id, lang)
    if (!listed) continue
    const base = `/portal/releases/${encodeURIComponent(String(release.id))}`
    const pages = [base, `${base}/chapters`]
    const files = new Set<string>()
    for (const session of listed.sessions) {
      pages.push(session.href, `${session.href}/handouts`)
      const found = await releaseSessionFor(payload, user, release.id, session.number, lang)
      if (found) for (const file of sessionFiles(found.view)) files.add(file)
    }
    const changes = release.changes as ReleaseChanges | null | undefined
    releases.push({
      trackId: String(track.id),
      trackTitle: String(track.title ?? ''),
      releaseId: String(release.id),
      version: release.version,
      publishedAt: release.publishedAt ?? null,
      changes: changes?.previousVersion ? describeChanges(changes, lang, release.locales ?? []) : [],
      pages,
      files: [...files],
    })
  }
  return {
    userKey: offlineUserKey(user as User & { collection?: string }, payload.secret),
    pages: ['/portal', '/portal/evaluacion', ...tracks.map((track) => `/portal/tracks/${encodeURIComponent(String(track.slug))}`)],
    releases,
  }
}
