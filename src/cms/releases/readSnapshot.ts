/**
 * Reads a track's PUBLISHED content for a `ReleaseSnapshot`: the track and its programme,
 * published modules, published sessions in number order, the themes and published resources they
 * refer to, their media, and the published services directory for the appendix; the mapping is
 * src/core/releases/snapshotFromDocs.ts.
 *
 * Read with the Local API, every locale at once (`locale: 'all'`), published documents only
 * (`draft: false` and `_status: published`), with `overrideAccess` because the snapshot is made
 * by the server for everyone allowed to download the release.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf, type ID } from '@/core/rules/ids'
import type { LocaleCode, LocalizedRichText, ReleaseInfo, ReleaseSnapshot } from '@/core/releases/snapshot'
import { readAdaptation } from './adaptation'
import { type Doc, mediaReferencedBy, referencedBySessions, snapshotFromDocs } from '@/core/releases/snapshotFromDocs'

export interface SnapshotSource {
  trackId: ID
  release: Omit<ReleaseInfo, 'notes'> & { notes: LocalizedRichText }
  /** Keeps the reads in the caller's transaction. */
  req?: PayloadRequest
  /**
   * The session editor's live preview: these session documents, as the editor's form holds them
   * (one locale, unsaved), stand in for the track's published sessions; no services appendix.
   */
  draftSessions?: Doc[]
  /** The locale plain strings count for (the form's locale). Default: the config's default locale. */
  textLocale?: LocaleCode
}

/**
 * The snapshot of a track's published content, read now. `changes` is left empty: the caller
 * diffs it with the previous release.
 */
export async function buildReleaseSnapshot(payload: Payload, source: SnapshotSource): Promise<ReleaseSnapshot> {
  const defaultLocale = source.textLocale ?? ((payload.config.localization && payload.config.localization.defaultLocale) || 'es')
  const common = { depth: 0, locale: 'all' as const, overrideAccess: true, draft: false, req: source.req }
  const published: Where = { _status: { equals: 'published' } }
  const findAll = async (collection: string, where: Where, sort?: string) =>
    (
      await payload.find({
        collection: collection as any,
        where,
        pagination: false,
        limit: 0,
        ...(sort ? { sort } : {}),
        ...common,
      })
    ).docs as Doc[]

  const track = (await payload.findByID({ collection: 'tracks', id: source.trackId, ...common })) as Doc
  const programmeId = idOf(track.programme)
  const programme = programmeId !== null
    ? ((await payload.findByID({ collection: 'programmes', id: programmeId, ...common, disableErrors: true })) as Doc | null)
    : null

  const modules = await findAll('modules', { and: [{ track: { equals: track.id } }, published] }, 'order')
  const sessions = source.draftSessions ?? (await findAll('sessions', { and: [{ track: { equals: track.id } }, published] }, 'number'))
  sessions.sort((a, b) => (a.number ?? 0) - (b.number ?? 0))

  const { resourceIds, themeIds } = referencedBySessions(sessions)
  const resources = resourceIds.size
    ? await findAll('resources', { and: [{ id: { in: [...resourceIds.values()] } }, published] })
    : []
  const themes = themeIds.size ? await findAll('themes', { id: { in: [...themeIds.values()] } }, 'slug') : []
  const services = source.draftSessions ? [] : await findAll('services', published, 'name')
  // Front matter and glossary: the programme's (no track) and the track's own, published.
  const ofTrack: Where = {
    or: [
      { track: { equals: track.id } },
      ...(programmeId !== null ? [{ and: [{ track: { exists: false } }, { programme: { equals: programmeId } }] }] : []),
    ],
  }
  const chapters = source.draftSessions ? [] : await findAll('manual-chapters', { and: [ofTrack, published] }, 'order')
  const glossaryTerms = source.draftSessions ? [] : await findAll('glossary-terms', { and: [ofTrack, published] })
  const mediaIds = mediaReferencedBy({ resources, sessions, notes: source.release.notes, chapters })
  const media = mediaIds.length ? await findAll('media', { id: { in: mediaIds } }) : []
  const snapshot = snapshotFromDocs({
    release: source.release,
    defaultLocale,
    track,
    programme,
    modules,
    sessions,
    resources,
    themes,
    services,
    chapters,
    glossaryTerms,
    media,
  })
  // An adapted track's manual says what it adapts and from which release (its published sessions').
  if (!source.draftSessions && idOf(track.adaptedFrom?.track) !== null) {
    const view = await readAdaptation(payload, track.id, { req: source.req, draft: false })
    const version = view?.report.followsVersion ?? track.adaptedFrom?.version
    if (view?.sourceTrack && version) snapshot.track.adaptedFrom = { title: localizedTitle(view.sourceTrack.title, defaultLocale), version }
  }
  return snapshot
}

const localizedTitle = (value: unknown, defaultLocale: LocaleCode): Record<string, string> => {
  if (typeof value === 'string') return value ? { [defaultLocale]: value } : {}
  const out: Record<string, string> = {}
  for (const [locale, text] of Object.entries((value ?? {}) as Record<string, unknown>)) if (typeof text === 'string' && text) out[locale] = text
  return out
}
