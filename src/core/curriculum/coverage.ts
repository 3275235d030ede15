/**
 * The curriculum team's coverage report (admin home): per track, sessions planned, written,
 * published, approved and waiting for a reviewer; sessions missing a translation; participant audio and video without captions; and
 * sessions without any audiovisual resource (participants asked for more). Plain data in, plain
 * data out, so the dashboard and its tests share it.
 */
import { idOf, type ID } from '@/core/rules/ids'

type Localized<T> = Partial<Record<string, T | null | undefined>>

export interface CoverageTrack {
  id: ID
  title: string
  plannedSessions?: number | null
}

export interface CoverageActivity {
  title?: Localized<string> | null
  blockType?: string | null
  /** The video vignette's resource (id or populated). */
  resource?: unknown
}

export interface CoverageSession {
  id: ID
  number?: number | null
  track?: unknown
  _status?: string | null
  /** The review state of the session's newest version (src/core/rules/review.ts). */
  reviewStatus?: string | null
  title?: Localized<string> | null
  summary?: Localized<string> | null
  activities?: CoverageActivity[] | null
  resources?: unknown[] | null
}

export interface CoverageResource {
  id: ID
  title?: string | null
  kind?: string | null
  audience?: string | null
  captions?: Array<{ language?: string | null } | null> | null
}

export interface TrackCoverage {
  id: ID
  title: string
  planned: number | null
  written: number
  published: number
  /** Whose newest version a reviewer approved: ready to publish, or published as approved. */
  approved: number
  /** Waiting for a reviewer. */
  inReview: number
}

/** A text missing in one locale, as data the admin words in its language ("Actividad 8 «Carta a mi hijo» · título"). */
export type MissingField =
  | { field: 'title' | 'summary' }
  /** An activity's title: its number in the agenda (1-based) and its title in another language. */
  | { field: 'activity-title'; activity: number; activityTitle: string }

export interface MissingTranslation {
  sessionId: ID
  number: number | null
  trackId: ID | null
  trackTitle: string
  /** The session's title (in the default locale, else any). */
  title: string
  locale: string
  /** Field paths, as stored ("title", "activities.8.title"). */
  fields: string[]
  missing: MissingField[]
}

export interface UncaptionedMedia {
  resourceId: ID
  title: string
  kind: string
  missingLocales: string[]
}

export interface SessionWithoutAudiovisual {
  sessionId: ID
  number: number | null
  trackId: ID | null
  trackTitle: string
  title: string
}

export interface CoverageReport {
  tracks: TrackCoverage[]
  missingTranslations: MissingTranslation[]
  uncaptionedMedia: UncaptionedMedia[]
  sessionsWithoutAudiovisual: SessionWithoutAudiovisual[]
}

const AUDIOVISUAL_KINDS = new Set(['video', 'audio'])

const filled = (value: unknown) => typeof value === 'string' ? value.trim().length > 0 : value != null

export function coverageReport(input: {
  tracks: CoverageTrack[]
  sessions: CoverageSession[]
  resources: CoverageResource[]
  locales: string[]
  defaultLocale: string
}): CoverageReport {
  const { tracks, sessions, resources, locales, defaultLocale } = input
  const trackTitle = new Map(tracks.map((track) => [String(track.id), track.title]))
  const resourceById = new Map(resources.map((resource) => [String(resource.id), resource]))
  const byTrackAndNumber = (a: CoverageSession, b: CoverageSession) =>
    String(idOf(a.track)).localeCompare(String(idOf(b.track))) || (a.number ?? 0) - (b.number ?? 0)
  const ordered = [...sessions].sort(byTrackAndNumber)

  const trackRows = tracks.map((track) => {
    const own = sessions.filter((session) => String(idOf(session.track)) === String(track.id))
    return {
      id: track.id,
      title: track.title,
      planned: typeof track.plannedSessions === 'number' ? track.plannedSessions : null,
      written: own.length,
      published: own.filter((session) => session._status === 'published').length,
      approved: own.filter((session) => session.reviewStatus === 'approved').length,
      inReview: own.filter((session) => session.reviewStatus === 'in-review').length,
    }
  })

  // A text in the default locale, else in any locale that has it.
  const anyText = (value: Localized<string> | null | undefined): string => {
    const own = value?.[defaultLocale]
    if (filled(own)) return String(own)
    return String(Object.values(value ?? {}).find(filled) ?? '')
  }
  const missingTranslations: MissingTranslation[] = []
  for (const session of ordered) {
    for (const locale of locales) {
      const fields: string[] = []
      const missing: MissingField[] = []
      if (!filled(session.title?.[locale])) {
        fields.push('title')
        missing.push({ field: 'title' })
      }
      if (!filled(session.summary?.[locale])) {
        fields.push('summary')
        missing.push({ field: 'summary' })
      }
      ;(session.activities ?? []).forEach((activity, index) => {
        if (!filled(activity?.title?.[locale])) {
          fields.push(`activities.${index + 1}.title`)
          missing.push({ field: 'activity-title', activity: index + 1, activityTitle: anyText(activity?.title) })
        }
      })
      if (fields.length) {
        missingTranslations.push({
          sessionId: session.id,
          number: session.number ?? null,
          trackId: idOf(session.track),
          trackTitle: trackTitle.get(String(idOf(session.track))) ?? '',
          title: anyText(session.title),
          locale,
          fields,
          missing,
        })
      }
    }
  }

  const uncaptionedMedia = resources
    .filter((resource) => resource.audience === 'participant' && AUDIOVISUAL_KINDS.has(resource.kind ?? ''))
    .map((resource) => {
      const captioned = new Set((resource.captions ?? []).map((caption) => caption?.language).filter(Boolean))
      return {
        resourceId: resource.id,
        title: resource.title ?? '',
        kind: resource.kind ?? '',
        missingLocales: locales.filter((locale) => !captioned.has(locale)),
      }
    })
    .filter((resource) => resource.missingLocales.length > 0)

  const sessionsWithoutAudiovisual = ordered
    .filter((session) => {
      const linked = [
        ...(session.resources ?? []),
        ...(session.activities ?? []).map((activity) => activity?.resource),
      ]
        .map((value) => resourceById.get(String(idOf(value))))
        .filter((resource): resource is CoverageResource => Boolean(resource))
      return !linked.some((resource) => AUDIOVISUAL_KINDS.has(resource.kind ?? ''))
    })
    .map((session) => ({
      sessionId: session.id,
      number: session.number ?? null,
      trackId: idOf(session.track),
      trackTitle: trackTitle.get(String(idOf(session.track))) ?? '',
      title: anyText(session.title),
    }))

  return { tracks: trackRows, missingTranslations, uncaptionedMedia, sessionsWithoutAudiovisual }
}
