/**
 * The frozen snapshot of one track's published content that a manual release is built from.
 *
 * A release must print the same manual today and in ten years, whatever happens to the
 * collections afterwards. So the snapshot is self-contained plain JSON: no relationship is left
 * to resolve, every file is described by where it sits in the media folder, every text people
 * read is kept for every locale of the release. Renderers (manual, workbook, offline bundle)
 * read only this, never the database.
 *
 * Pure types and helpers: no Payload import, so unit tests and workers can use it as is.
 */
import type { ActivityKind, SessionField } from '@/core/vocabulary'

/** A locale code such as "es", "en" or an indigenous language added later ("yua", "nah"). */
export type LocaleCode = string

/**
 * A value per locale. A record rather than fixed `es`/`en` keys so a locale added in the Payload
 * config (Maya, Nahuatl…) flows through without a code change.
 */
export type Localized<T> = Record<LocaleCode, T>

/**
 * Lexical editor state exactly as Payload stores it. Kept raw (not pre-rendered) because each
 * renderer needs it differently (PDF, static HTML) and a newer renderer can still read an old
 * release. Upload nodes inside it must carry their media as a `SnapshotFile`-like object in
 * `value` (see `SnapshotRichTextUpload`), never a bare id, so the snapshot stays self-contained.
 */
export interface LexicalState {
  root: {
    type: string
    children: unknown[]
    [key: string]: unknown
  }
  [key: string]: unknown
}

/** Rich text per locale; null where an author left it empty. */
export type LocalizedRichText = Localized<LexicalState | null>

/**
 * Ids are strings in the snapshot: SQLite/Postgres give numbers and MongoDB gives ObjectId
 * strings, and a snapshot must compare equal whichever database wrote it.
 */
export type SnapshotId = string

/** Bumped when the shape below changes incompatibly, so old releases can still be read. */
export const SNAPSHOT_SCHEMA_VERSION = 1 as const

export type TrackAudience = 'women' | 'men' | 'facilitators'
export type ResourceKind = 'video' | 'audio' | 'image' | 'document'
export type ResourceAudience = 'participant' | 'facilitator'

/**
 * A file as it was when the release was made. `path` is relative to the media folder (or the
 * storage bucket) so the bundle and the renderers can read it with one `readFile(path)`
 * whatever the storage; `sha256` lets the offline bundle's manifest and integrity checks use it.
 */
export interface SnapshotFile {
  id: SnapshotId
  filename: string
  mimeType: string
  /** Relative, with forward slashes, inside the media folder: never absolute, never "..". */
  path: string
  sizeBytes?: number
  sha256?: string
  width?: number
  height?: number
  /** Alternative text for images: read aloud by screen readers, printed when the image is missing. */
  alt?: Localized<string>
  caption?: Localized<string>
  /**
   * Smaller copies made on upload, by purpose (`lowBandwidth`: a 640 px WebP), for the offline
   * bundle. Same folder as `path`. `contentType`, not `mimeType`, so image collectors (which look
   * for `path` + `mimeType`) never mistake a rendition for an image of the content.
   */
  renditions?: Record<string, { path: string; contentType: string; sizeBytes?: number; width?: number; height?: number }>
}

/** How an upload node inside a snapshot's Lexical JSON carries its media (see `LexicalState`). */
export interface SnapshotRichTextUpload {
  type: 'upload'
  relationTo: string
  value: SnapshotFile
  fields?: { alt?: string; caption?: string } | null
}

export interface ReleaseInfo {
  /** Semantic version, e.g. "1.2.0". */
  version: string
  /** The locales this release covers, first one the release's primary locale. */
  locales: LocaleCode[]
  /** ISO 8601 instant the release was published; printed on covers and used as the PDF date. */
  publishedAt: string
  notes: LocalizedRichText
  /** The track's release this one follows; absent for a first release. */
  previousVersion?: string | null
}

export interface SnapshotProgramme {
  id?: SnapshotId
  title: Localized<string>
  institution?: string | null
}

export interface SnapshotTrack {
  id?: SnapshotId
  slug: string
  audience: TrackAudience
  title: Localized<string>
  /** Default session length in minutes (150 in the national programme). */
  sessionMinutes: number
  /** How many sessions the curriculum plans: a release may knowingly ship fewer. */
  plannedSessions: number
  /**
   * The discreet edition's neutral title ("Cuaderno de trabajo · Taller de bienestar"): when set,
   * the participant workbook's cover, running header, PDF properties and file name say only this.
   * Absent in releases made before it existed.
   */
  discreetTitle?: Localized<string>
  /**
   * An adapted track (issue 20): the source track's title and the source release the adaptation
   * is in line with; the manual's cover says "Adaptación de «…», versión N". Absent otherwise.
   */
  adaptedFrom?: { title: Localized<string>; version: string }
  /**
   * How the track's groups run: `closed` (everyone starts at session 1) or `open` (men join at any
   * session; the themes, i.e. the modules, rotate). Absent in older releases: closed.
   */
  groupFormat?: 'closed' | 'open'
  /** For an open group: sessions per theme and how a newcomer is brought in (src/core/releases/openGroup.ts). */
  openGroup?: { sessionsPerTheme: number | null; entryGuidance: Localized<string> }
}

export interface SnapshotModule {
  id: SnapshotId
  order: number
  title: Localized<string>
  summary?: Localized<string>
}

export interface SnapshotActivity {
  /** The block id: stable across releases, so "what changed" can match activities. */
  id: SnapshotId
  kind: ActivityKind
  minutes: number
  title: Localized<string>
  /** Facilitators only: never reaches participant materials. */
  facilitatorInstructions: LocalizedRichText
  participantContent: LocalizedRichText
  /** The resource a video vignette discusses (one of `ReleaseSnapshot.resources`). */
  resourceId?: SnapshotId | null
}

export interface SnapshotHandout {
  /** Array row id when there is one: lets "what changed" tell edits from reorderings. */
  id?: SnapshotId
  title: Localized<string>
  body: LocalizedRichText
  /** A printable file attached to the handout (an image prints inline, others by name). */
  file?: SnapshotFile | null
}

export interface SnapshotSession {
  id: SnapshotId
  /** Number within the track (1-based). Sessions are stored in this order. */
  number: number
  moduleId?: SnapshotId | null
  /** Minutes; the release checks made sure the activities add up to it. */
  duration: number
  title: Localized<string>
  /** For participants: two or three plain-language sentences. */
  summary: Localized<string>
  /**
   * Written for facilitators: warns of difficult content so they can prepare the group and
   * referrals. Not carried into participant materials (a participant-facing notice would be a
   * field of its own).
   */
  contentNotes: Localized<string>
  /** What the facilitator brings (flipchart, markers…). */
  materials: Localized<string>
  objectives: Localized<string[]>
  /** In agenda order. */
  activities: SnapshotActivity[]
  /** Facilitators only. */
  facilitatorNotes: LocalizedRichText
  /** Facilitators only: risk cues, when to stop, how to refer. */
  safetyNotes: LocalizedRichText
  handouts: SnapshotHandout[]
  /** Ids into `ReleaseSnapshot.resources`, in the order the author listed them. */
  resourceIds: SnapshotId[]
  /** Ids into `ReleaseSnapshot.themes`. */
  themeIds: SnapshotId[]
}

export interface SnapshotTheme {
  id: SnapshotId
  slug?: string | null
  title: Localized<string>
  description?: Localized<string>
}

export interface SnapshotResource {
  id: SnapshotId
  kind: ResourceKind
  /** `facilitator` resources never reach participant materials. */
  audience: ResourceAudience
  title: Localized<string>
  description: Localized<string>
  /** Languages with a caption track (WebVTT), e.g. ["es", "en", "yua"]. */
  captionLanguages: LocaleCode[]
  /** Caption files themselves, for the offline bundle. */
  captions?: { language: LocaleCode; file: SnapshotFile }[]
  /** Languages spoken or written in the resource itself. */
  languages?: LocaleCode[]
  durationSeconds?: number | null
  licence?: string | null
  credit?: string | null
  file?: SnapshotFile | null
}

export type ServiceKind = 'shelter' | 'legal-aid' | 'health' | 'psychological-support' | 'hotline' | 'justice-centre'

export interface SnapshotService {
  id?: SnapshotId
  name: string
  kind: ServiceKind | string
  /** Mexican state slug (e.g. "yucatan") or "national". */
  state: string
  municipality?: string | null
  phone: string
  address?: string | null
  website?: string | null
  hours: Localized<string>
  description: Localized<string>
  /** Who the service is for (women, men, children…), as the directory states it. */
  servesWhom?: Localized<string>
  /** Whom it serves, as a filter value: `women`, `men` or `anyone` (absent in older releases). */
  serves?: string
  /** Languages the service attends in. */
  languages: LocaleCode[]
  ruralCoverage: boolean
}

export interface GlossaryEntry {
  /** The term's document, the same in every locale (absent in releases made before it was kept). */
  id?: SnapshotId
  term: string
  /** For facilitators (the manual). */
  definition: string
  /** In plain language, for participants (the workbook); absent: the term stays out of the workbook. */
  participantDefinition?: string
}

/**
 * A chapter printed before the sessions in the facilitator manual (introduction, methodology,
 * encuadre, partner-safety contact…), as published when the release was made. Facilitator
 * material: the participant projection never carries it.
 */
export interface SnapshotChapter {
  id: SnapshotId
  /** One of MANUAL_CHAPTER_KINDS (src/core/releases/manualMatter.ts). */
  kind: string
  title: Localized<string>
  body: LocalizedRichText
}

/** One field that changed in a session, and in which locales when it is localized. */
export interface ChangedField {
  field: SessionField
  /** Locales whose text changed; absent for fields that are not localized (duration, activities' order…). */
  locales?: LocaleCode[]
}

/** The session fields "what changed" reports on: their names live in src/core/vocabulary.ts. */
export type { SessionField } from '@/core/vocabulary'

export interface SessionRef {
  id: SnapshotId
  number: number
  title: Localized<string>
}

/**
 * What changed since the previous release of the same track. Computed once when the release is
 * made and frozen with it, so the manual's notes and `GET …/changes` always agree.
 */
export interface ReleaseChanges {
  /** null for a first release: everything is new, nothing is listed. */
  previousVersion: string | null
  sessionsAdded: SessionRef[]
  sessionsRemoved: SessionRef[]
  sessionsChanged: (SessionRef & { previousNumber?: number; fields: ChangedField[] })[]
}

export interface ReleaseSnapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION
  release: ReleaseInfo
  programme: SnapshotProgramme
  track: SnapshotTrack
  /** Ordered by `order`. */
  modules: SnapshotModule[]
  /** Published sessions only, ordered by `number`. */
  sessions: SnapshotSession[]
  themes: SnapshotTheme[]
  /** Every resource a session or activity refers to (and only those). */
  resources: SnapshotResource[]
  /** The directory of services for the appendix, as published when the release was made. */
  services: SnapshotService[]
  /**
   * The manual's front matter, in the designers' order. Optional: releases made before chapters
   * existed have none, and read as having none.
   */
  chapters?: SnapshotChapter[]
  /** Per locale, in the designers' entries; renderers sort them the locale's way. */
  glossary: Localized<GlossaryEntry[]>
  changes: ReleaseChanges
}

/**
 * The value for `locale`, else the first of `fallbacks` that has one, else ''. Renderers fall
 * back rather than print holes; the release checks are what refuse missing translations.
 */
export function pickLocale<T>(
  value: Localized<T> | null | undefined,
  locale: LocaleCode,
  fallbacks: readonly LocaleCode[] = [],
): T | undefined {
  if (!value) return undefined
  for (const code of [locale, ...fallbacks]) {
    const candidate = value[code]
    if (candidate !== undefined && candidate !== null && !(typeof candidate === 'string' && candidate === '')) {
      return candidate
    }
  }
  return undefined
}

/**
 * Deep-freezes a snapshot (or any plain JSON) in place and returns it: a renderer or projection
 * that tried to mutate a release would throw in strict mode instead of silently changing it.
 */
export function freezeSnapshot<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value as object)) freezeSnapshot((value as Record<string, unknown>)[key])
  }
  return value
}

/** Looks a resource up by id; undefined when the snapshot does not hold it. */
export function resourceById<R extends { id: SnapshotId }>(resources: readonly R[], id: SnapshotId | null | undefined): R | undefined {
  if (id === null || id === undefined) return undefined
  return resources.find((resource) => resource.id === id)
}
