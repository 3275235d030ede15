/**
 * Local API reads of the whole curriculum, shared by the admin's views and the search endpoint:
 * always with the reader's own access (never `overrideAccess`), and for the views the curriculum
 * team opens most, reused through the curriculum cache until something is saved.
 */
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { DEFAULT_LOCALE, localeCodes } from '@/core/locales'
import { coverageReport, type CoverageResource, type CoverageSession } from '@/core/curriculum/coverage'
import {
  buildCurriculumIndex,
  searchEntries,
  type SearchableResource,
  type SearchableSession,
  type SearchableTrack,
} from '@/core/curriculum/search'
import { themeMap } from '@/core/curriculum/themeMap'
import { idOf, type ID } from '@/core/rules/ids'
import { readAdaptation } from '@/cms/releases/adaptation'
import { curriculumCache } from './curriculumCache'
import { followSharedChanges } from './sharedChanges'

/** An adapted track against its source (issue 20): the release it follows and how many sessions are behind. */
export interface AdaptationCoverage {
  trackId: ID
  trackTitle: string
  sourceId: ID | null
  sourceTitle: string
  followsVersion: string | null
  newestVersion: string | null
  behind: number
}

export type CoverageReport = ReturnType<typeof coverageReport> & { adaptations: AdaptationCoverage[] }

/**
 * The coverage report as `user` may read it, titles in `contentLocale`. Every curriculum-team
 * role reads the whole curriculum, so one report serves the team (src/cms/reads/curriculumCache.ts).
 */
export async function readCoverageReport(payload: Payload, user: TypedUser, contentLocale: string = DEFAULT_LOCALE): Promise<CoverageReport> {
  await followSharedChanges(payload)
  // Read with the user's access, so kept per kind of access (roles and scoped tracks): a report
  // built for one reader must not be shown to another who may read more, or less.
  const who = user as unknown as { roles?: unknown; tracks?: unknown }
  const roles = (Array.isArray(who.roles) ? who.roles.map(String) : []).sort().join(',')
  const tracks = (Array.isArray(who.tracks) ? who.tracks.map((track) => String(idOf(track as never))) : []).sort().join(',')
  return curriculumCache<CoverageReport>(`coverage-report:${contentLocale}:${roles}:${tracks}`).get(async () => {
    const asUser = { user, overrideAccess: false, depth: 0, limit: 0, pagination: false } as const
    const [tracks, sessions, resources] = await Promise.all([
      payload.find({ collection: 'tracks', ...asUser, locale: contentLocale as never }),
      payload.find({ collection: 'sessions', ...asUser, draft: true, locale: 'all' }),
      payload.find({ collection: 'resources', ...asUser, draft: true, locale: contentLocale as never }),
    ])
    // "Published" means a published version exists, even when a newer draft is being written.
    const publishedCounts = await Promise.all(
      tracks.docs.map((track) =>
        payload.count({ collection: 'sessions', user, overrideAccess: false, where: { and: [{ track: { equals: track.id } }, { _status: { equals: 'published' } }] } }),
      ),
    )
    const built = coverageReport({
      tracks: tracks.docs.map((track) => ({ id: track.id, title: String(track.title ?? ''), plannedSessions: track.plannedSessions })),
      sessions: sessions.docs as unknown as CoverageSession[],
      resources: resources.docs as unknown as CoverageResource[],
      locales: localeCodes(),
      // Session and activity titles are named in the admin's content locale where written.
      defaultLocale: contentLocale,
    })
    built.tracks.forEach((row, index) => {
      row.published = publishedCounts[index].totalDocs
    })
    const titleOf = (id: ID | null) => String(tracks.docs.find((track) => String(track.id) === String(id))?.title ?? '')
    const adaptations: AdaptationCoverage[] = []
    for (const track of tracks.docs as Array<Record<string, any>>) {
      if (idOf(track.adaptedFrom?.track) === null) continue
      const view = await readAdaptation(payload, track.id)
      if (!view) continue
      const sourceId = idOf(track.adaptedFrom.track)
      adaptations.push({
        trackId: track.id,
        trackTitle: String(track.title ?? ''),
        sourceId,
        sourceTitle: titleOf(sourceId),
        followsVersion: view.report.followsVersion,
        newestVersion: view.report.newestVersion,
        behind: view.report.behind,
      })
    }
    return { ...built, adaptations }
  })
}

/** The theme map as `user` may read it, in `locale`: the tracks (its columns) and a row per theme. */
export async function readThemeMap(payload: Payload, user: TypedUser, locale: 'es' | 'en' | undefined, noThemeLabel: string) {
  const asUser = { user, overrideAccess: false, depth: 0, limit: 0, pagination: false, locale } as const
  const [themes, tracks, sessions] = await Promise.all([
    payload.find({ collection: 'themes', ...asUser, sort: 'title', select: { title: true } }),
    payload.find({ collection: 'tracks', ...asUser, select: { title: true, audience: true } }),
    // Only what the map shows: not the sessions' rich text, most of each row.
    payload.find({ collection: 'sessions', ...asUser, draft: true, select: { number: true, title: true, track: true, themes: true } }),
  ])
  const columns = tracks.docs.map((track) => ({ id: track.id, title: String(track.title ?? ''), audience: track.audience }))
  const rows = themeMap({
    themes: themes.docs.map((theme) => ({ id: theme.id, title: String(theme.title ?? '') })),
    tracks: columns,
    sessions: sessions.docs.map((session) => ({ id: session.id, number: session.number, title: session.title, track: session.track, themes: session.themes ?? [] })),
    noThemeLabel,
  })
  return { tracks: columns, rows }
}

/** The curriculum search index, drafts included, in every content locale, read with `req`'s access. */
export async function readSearchIndex(req: PayloadRequest) {
  await followSharedChanges(req.payload)
  return curriculumCache<ReturnType<typeof buildCurriculumIndex>>('search-index').get(async () => {
    const asUser = { req, user: req.user, overrideAccess: false, draft: true, locale: 'all', depth: 0, limit: 0, pagination: false } as const
    const [sessions, resources, tracks] = await Promise.all([
      req.payload.find({ collection: 'sessions', ...asUser }),
      req.payload.find({ collection: 'resources', ...asUser }),
      req.payload.find({ collection: 'tracks', ...asUser, select: { title: true } }),
    ])
    return buildCurriculumIndex(
      searchEntries({
        sessions: sessions.docs as unknown as SearchableSession[],
        resources: resources.docs as unknown as SearchableResource[],
        tracks: tracks.docs as unknown as SearchableTrack[],
        locales: localeCodes(),
      }),
    )
  })
}
