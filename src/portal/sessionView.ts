/**
 * What the portal's session page and handouts page render, whatever the session comes from: a
 * release's frozen snapshot (what a facilitator teaches from) or the live published document
 * (the current text). Plain data, no Payload import, so both adapters are unit-tested.
 *
 * Every text carries the locale it is actually in: when the asked locale has no text, the
 * release's primary locale (or the site's default) stands in, the element gets that `lang` so
 * screen readers pronounce it right, and `fellBack` names the fields for a notice.
 */
import { agenda } from '@/core/rules/timing'
import {
  pickLocale,
  resourceById,
  type LexicalState,
  type Localized,
  type LocaleCode,
  type ReleaseSnapshot,
  type SnapshotFile,
  type SnapshotResource,
  type SnapshotSession,
} from '@/core/releases/snapshot'

/** A value with the locale it is written in. */
export interface InLocale<T> {
  value: T
  locale: LocaleCode
}

export interface FileView {
  url: string
  filename: string
  mimeType: string
  sizeBytes?: number | null
}

export interface ResourceView {
  id: string
  kind: 'video' | 'audio' | 'image' | 'document'
  audience: 'participant' | 'facilitator'
  title: InLocale<string>
  description: InLocale<string> | null
  file: FileView | null
  /** An image's text alternative; for an image resource the title stands in when absent. */
  alt: InLocale<string> | null
  /** A smaller copy to show (images) or to download on a weak connection (video, audio). */
  lowBandwidth: FileView | null
  poster: string | null
  captions: { language: LocaleCode; url: string }[]
  transcript: InLocale<LexicalState> | null
}

export interface AgendaItemView {
  id: string
  kind: string
  startMinute: number
  minutes: number
  title: InLocale<string>
  /** Facilitators only. */
  facilitatorInstructions: InLocale<LexicalState> | null
  participantContent: InLocale<LexicalState> | null
  resourceId: string | null
}

export interface HandoutView {
  id: string
  title: InLocale<string>
  body: InLocale<LexicalState> | null
  file: (FileView & { printUrl: string; alt: InLocale<string> | null }) | null
}

export type SessionSource =
  | { kind: 'release'; releaseId: string; version: string }
  | { kind: 'live'; sessionId: string }

export interface SessionView {
  source: SessionSource
  /** The session's own id (the live document's id; in a release, the id it had when frozen). */
  sessionId: string
  number: number
  /** The locale asked for. */
  locale: LocaleCode
  title: InLocale<string>
  /** Minutes. */
  duration: number
  summary: InLocale<string> | null
  objectives: InLocale<string[]> | null
  materials: InLocale<string> | null
  contentNotes: InLocale<string> | null
  /** Facilitators only. */
  safetyNotes: InLocale<LexicalState> | null
  /** Facilitators only. */
  facilitatorNotes: InLocale<LexicalState> | null
  agenda: AgendaItemView[]
  /** Each resource once: the session's own, then those its activities discuss. */
  resources: ResourceView[]
  handouts: HandoutView[]
  /** Fields shown in another locale than the one asked for ("title", "agenda.2.title"…). */
  fellBack: string[]
  /**
   * What the source cannot give the page: a release keeps no transcripts or posters, and a file
   * a release refers to may have been replaced or deleted on the server since (`files`).
   */
  missing: ('transcripts' | 'posters' | 'files')[]
}

/** Where the media collection serves a file on disk storage (Payload's file route). */
export const MEDIA_FILE_ROUTE = '/api/media/file'

/** The URL of a file given by its path in the media folder (a snapshot's `SnapshotFile.path`). */
export function mediaFileUrl(path: string, route = MEDIA_FILE_ROUTE): string {
  return `${route}/${encodeURIComponent(path)}`
}

// ---------------------------------------------------------------------------------------------
// Picking a locale

const isLexical = (value: unknown): value is LexicalState => {
  const root = (value as LexicalState | null | undefined)?.root
  return Boolean(root && typeof root === 'object' && Array.isArray(root.children) && root.children.length > 0)
}
const hasText = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.length > 0 : isLexical(value)

class LocalePicker {
  readonly fellBack: string[] = []
  constructor(
    readonly locale: LocaleCode,
    readonly fallbacks: readonly LocaleCode[],
  ) {}

  /**
   * The value in the asked locale, else in the first fallback that has one. A plain value (a
   * live document read in one locale, which Payload already localized) counts as the asked
   * locale: Payload does not say whether it fell back.
   */
  pick<T>(field: string, value: Localized<T> | T | null | undefined, isValue: (v: unknown) => v is T): InLocale<T> | null {
    if (value === null || value === undefined) return null
    if (isValue(value)) return hasText(value) ? { value, locale: this.locale } : null
    if (typeof value !== 'object') return null
    const map = value as Localized<T>
    for (const code of [this.locale, ...this.fallbacks]) {
      const candidate = map[code]
      if (candidate !== undefined && candidate !== null && isValue(candidate) && hasText(candidate)) {
        if (code !== this.locale) this.fellBack.push(field)
        return { value: candidate, locale: code }
      }
    }
    return null
  }

  text(field: string, value: unknown): InLocale<string> | null {
    return this.pick(field, value as Localized<string> | string, (v): v is string => typeof v === 'string')
  }

  rich(field: string, value: unknown): InLocale<LexicalState> | null {
    return this.pick(field, value as Localized<LexicalState> | LexicalState, isLexical)
  }
}

const fallbackOrder = (locale: LocaleCode, fallbacks: readonly LocaleCode[]) => [...new Set(fallbacks)].filter((code) => code !== locale)

/** A text (a plain string, or a map by locale) in `locale`, else in the first fallback that has it. */
export function textInLocale(value: unknown, locale: LocaleCode, fallbacks: readonly LocaleCode[]): InLocale<string> | null {
  return new LocalePicker(locale, fallbackOrder(locale, fallbacks)).text('', value)
}

/** A title no reader is left without: a session with no title in any locale shows its number. */
const orUntitled = (value: InLocale<string> | null, locale: LocaleCode, fallback: string): InLocale<string> => value ?? { value: fallback, locale }

// ---------------------------------------------------------------------------------------------
// From a release snapshot

export interface SnapshotViewOptions {
  releaseId: string | number
  /** Payload's file route for the media collection; default `/api/media/file`. */
  mediaRoute?: string
  /**
   * Whether a file (by its path in the media folder) is still on the server. Files a release
   * names can be replaced or deleted afterwards (the offline bundle keeps its own copies): those
   * are left out of the view rather than shown as broken players. Default: every file is there.
   */
  fileAvailable?: (path: string) => boolean
}

/** The resources a session of a release shows, each once: its own, then those its activities discuss. */
function sessionResources(snapshot: ReleaseSnapshot, session: SnapshotSession): SnapshotResource[] {
  const found = new Map<string, SnapshotResource>()
  for (const id of [...session.resourceIds, ...session.activities.map((activity) => activity.resourceId ?? null)]) {
    const resource = resourceById(snapshot.resources ?? [], id)
    if (resource && !found.has(resource.id)) found.set(resource.id, resource)
  }
  return [...found.values()]
}

/** Every media file a session of a release plays or prints (not images inside rich text). */
export function sessionFilePaths(snapshot: ReleaseSnapshot, session: SnapshotSession): string[] {
  const paths = new Set<string>()
  for (const resource of sessionResources(snapshot, session)) {
    if (resource.file) paths.add(resource.file.path)
    for (const rendition of Object.values(resource.file?.renditions ?? {})) paths.add(rendition.path)
    for (const caption of resource.captions ?? []) paths.add(caption.file.path)
  }
  for (const handout of session.handouts) if (handout.file) paths.add(handout.file.path)
  return [...paths]
}

function snapshotFileView(file: SnapshotFile, route: string): FileView {
  return { url: mediaFileUrl(file.path, route), filename: file.filename, mimeType: file.mimeType, sizeBytes: file.sizeBytes ?? null }
}

/**
 * Upload nodes in a snapshot's rich text carry a `SnapshotFile` (no URL): give them what the
 * Lexical renderer reads (url, alt, mimeType, filename, width, height). A new tree: the snapshot
 * is frozen and shared between requests.
 */
export function withUploadUrls(state: LexicalState, picker: Pick<LocalePicker, 'locale' | 'fallbacks'>, route: string): LexicalState {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const source = node as Record<string, unknown>
    if (source.type === 'upload' && source.value && typeof source.value === 'object' && typeof (source.value as SnapshotFile).path === 'string') {
      const file = source.value as SnapshotFile
      const alt = pickLocale(file.alt, picker.locale, picker.fallbacks) ?? ''
      return {
        ...source,
        value: { url: mediaFileUrl(file.path, route), filename: file.filename, mimeType: file.mimeType, alt, width: file.width, height: file.height },
      }
    }
    const copy: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(source)) copy[key] = walk(child)
    return copy
  }
  return walk(state) as LexicalState
}

/**
 * A session of a release, in `locale`; texts missing in it come from the release's locales in
 * order (the first is the release's primary locale).
 */
export function fromSnapshotSession(snapshot: ReleaseSnapshot, session: SnapshotSession, locale: LocaleCode, options: SnapshotViewOptions): SessionView {
  const route = options.mediaRoute ?? MEDIA_FILE_ROUTE
  const available = options.fileAvailable ?? (() => true)
  let filesGone = false
  const there = <F extends { path: string }>(file: F | null | undefined): F | null => {
    if (!file) return null
    if (available(file.path)) return file
    filesGone = true
    return null
  }
  const picker = new LocalePicker(locale, fallbackOrder(locale, snapshot.release.locales ?? []))
  const rich = (field: string, value: unknown) => {
    const picked = picker.rich(field, value)
    return picked ? { value: withUploadUrls(picked.value, picker, route), locale: picked.locale } : null
  }

  const resources = sessionResources(snapshot, session).map((resource) => snapshotResourceView(resource, picker, route, there))

  return {
    source: { kind: 'release', releaseId: String(options.releaseId), version: snapshot.release.version },
    sessionId: session.id,
    number: session.number,
    locale,
    title: orUntitled(picker.text('title', session.title), locale, `#${session.number}`),
    duration: session.duration || snapshot.track.sessionMinutes,
    summary: picker.text('summary', session.summary),
    objectives: picker.pick('objectives', session.objectives as Localized<string[]>, (v): v is string[] => Array.isArray(v)),
    materials: picker.text('materials', session.materials),
    contentNotes: picker.text('contentNotes', session.contentNotes),
    safetyNotes: rich('safetyNotes', session.safetyNotes),
    facilitatorNotes: rich('facilitatorNotes', session.facilitatorNotes),
    agenda: agenda(session.activities).map((entry, index) => ({
      id: entry.activity.id,
      kind: entry.activity.kind,
      startMinute: entry.startMinute,
      minutes: entry.minutes,
      title: orUntitled(picker.text(`agenda.${index + 1}.title`, entry.activity.title), locale, `${index + 1}`),
      facilitatorInstructions: rich(`agenda.${index + 1}.facilitatorInstructions`, entry.activity.facilitatorInstructions),
      participantContent: rich(`agenda.${index + 1}.participantContent`, entry.activity.participantContent),
      resourceId: entry.activity.resourceId ?? null,
    })),
    resources,
    handouts: session.handouts.map((handout, index) => {
      const file = there(handout.file)
      return {
        id: handout.id ?? String(index),
        title: orUntitled(picker.text(`handouts.${index + 1}.title`, handout.title), locale, `${index + 1}`),
        body: rich(`handouts.${index + 1}.body`, handout.body),
        file: file
          ? { ...snapshotFileView(file, route), printUrl: mediaFileUrl(file.path, route), alt: picker.text(`handouts.${index + 1}.alt`, file.alt) }
          : null,
      }
    }),
    fellBack: picker.fellBack,
    missing: [
      // A snapshot keeps neither resource transcripts nor video posters (schema version 1).
      ...(resources.some((resource) => resource.kind === 'video' || resource.kind === 'audio') ? (['transcripts', 'posters'] as const) : []),
      ...(filesGone ? (['files'] as const) : []),
    ],
  }
}

function snapshotResourceView(
  resource: SnapshotResource,
  picker: LocalePicker,
  route: string,
  there: <F extends { path: string }>(file: F | null | undefined) => F | null,
): ResourceView {
  const field = `resources.${resource.id}`
  const file = there(resource.file)
  const light = file ? there(file.renditions?.lowBandwidth) : null
  return {
    id: resource.id,
    kind: resource.kind,
    audience: resource.audience,
    title: orUntitled(picker.text(`${field}.title`, resource.title), picker.locale, file?.filename ?? resource.id),
    description: picker.text(`${field}.description`, resource.description),
    file: file ? snapshotFileView(file, route) : null,
    alt: file ? picker.text(`${field}.alt`, file.alt) : null,
    lowBandwidth: light ? { url: mediaFileUrl(light.path, route), filename: light.path, mimeType: light.contentType, sizeBytes: light.sizeBytes ?? null } : null,
    poster: null,
    captions: (resource.captions ?? []).filter((caption) => there(caption.file)).map((caption) => ({ language: caption.language, url: mediaFileUrl(caption.file.path, route) })),
    transcript: null,
  }
}

// ---------------------------------------------------------------------------------------------
// From the live published document

type Doc = Record<string, any>
const asDoc = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null)

export interface LiveViewOptions {
  /** Locales to fall back on, in order (the site's default locale first). */
  fallbackLocales?: readonly LocaleCode[]
  /** Minutes when the session has no duration of its own (the track's, else 150). */
  defaultMinutes?: number
}

function liveFileView(media: Doc | null): FileView | null {
  if (!media || typeof media.url !== 'string' || !media.url) return null
  return { url: media.url, filename: String(media.filename ?? ''), mimeType: String(media.mimeType ?? 'application/octet-stream'), sizeBytes: media.filesize ?? null }
}

function liveResourceView(resource: Doc, picker: LocalePicker): ResourceView {
  const field = `resources.${resource.id}`
  const media = asDoc(resource.file)
  const file = liveFileView(media)
  const renditions = media?.renditions?.status === 'ready' ? media.renditions : null
  const isImage = resource.kind === 'image'
  return {
    id: String(resource.id),
    kind: resource.kind,
    audience: resource.audience === 'facilitator' ? 'facilitator' : 'participant',
    title: orUntitled(picker.text(`${field}.title`, resource.title), picker.locale, file?.filename ?? String(resource.id)),
    description: picker.text(`${field}.description`, resource.description),
    file,
    alt: media ? picker.text(`${field}.alt`, media.alt) : null,
    // Payload's image sizes and our renditions have a file's own shape (url, filename, mimeType, filesize).
    lowBandwidth: liveFileView(asDoc(isImage ? media?.sizes?.card : renditions?.lowBandwidth)),
    poster: renditions?.poster?.url ?? null,
    captions: (resource.captions ?? [])
      .map((caption: Doc) => ({ language: String(caption?.language ?? ''), url: asDoc(caption?.file)?.url }))
      .filter((caption: { language: string; url?: unknown }): caption is { language: string; url: string } => Boolean(caption.language && typeof caption.url === 'string' && caption.url)),
    transcript: picker.rich(`${field}.transcript`, resource.transcript),
  }
}

/**
 * The live session document as the Local API returned it with depth ≥ 1 (resources and files
 * populated). Read with `locale: 'all'`, its localized fields are maps and fallbacks are named;
 * read in one locale, Payload has already chosen the text.
 */
export function fromLiveSession(session: Doc, locale: LocaleCode, options: LiveViewOptions = {}): SessionView {
  const picker = new LocalePicker(locale, fallbackOrder(locale, options.fallbackLocales ?? []))
  const track = asDoc(session.track)
  const activities: Doc[] = Array.isArray(session.activities) ? session.activities : []

  const resources: ResourceView[] = []
  for (const value of [...(session.resources ?? []), ...activities.map((activity) => activity?.resource)]) {
    const doc = asDoc(value)
    if (doc && !resources.some((seen) => seen.id === String(doc.id))) resources.push(liveResourceView(doc, picker))
  }

  // Objectives are rows with a localized text each: a map per row with locale 'all'.
  const objectiveRows: unknown[] = Array.isArray(session.objectives) ? session.objectives.map((row: Doc) => row?.objective) : []
  const objectives = objectiveRows.map((text, index) => picker.text(`objectives.${index + 1}`, text)).filter((o): o is InLocale<string> => o !== null)

  return {
    source: { kind: 'live', sessionId: String(session.id) },
    sessionId: String(session.id),
    number: Number(session.number),
    locale,
    title: orUntitled(picker.text('title', session.title), locale, `#${session.number}`),
    duration: session.duration ?? track?.sessionMinutes ?? options.defaultMinutes ?? 150,
    summary: picker.text('summary', session.summary),
    objectives: objectives.length ? { value: objectives.map((o) => o.value), locale: objectives[0].locale } : null,
    materials: picker.text('materials', session.materials),
    contentNotes: picker.text('contentNotes', session.contentNotes),
    safetyNotes: picker.rich('safetyNotes', session.safetyNotes),
    facilitatorNotes: picker.rich('facilitatorNotes', session.facilitatorNotes),
    agenda: agenda(activities).map((entry, index) => ({
      id: String(entry.activity.id ?? index),
      kind: String(entry.activity.blockType),
      startMinute: entry.startMinute,
      minutes: entry.minutes,
      title: orUntitled(picker.text(`agenda.${index + 1}.title`, entry.activity.title), locale, `${index + 1}`),
      facilitatorInstructions: picker.rich(`agenda.${index + 1}.facilitatorInstructions`, entry.activity.facilitatorInstructions),
      participantContent: picker.rich(`agenda.${index + 1}.participantContent`, entry.activity.participantContent),
      resourceId: asDoc(entry.activity.resource) ? String(entry.activity.resource.id) : entry.activity.resource != null ? String(entry.activity.resource) : null,
    })),
    resources,
    handouts: (session.handouts ?? []).map((handout: Doc, index: number) => {
      const media = asDoc(handout.file)
      const file = liveFileView(media)
      return {
        id: String(handout.id ?? index),
        title: orUntitled(picker.text(`handouts.${index + 1}.title`, handout.title), locale, `${index + 1}`),
        body: picker.rich(`handouts.${index + 1}.body`, handout.body),
        file: file ? { ...file, printUrl: media?.sizes?.print?.url ?? file.url, alt: picker.text(`handouts.${index + 1}.alt`, media?.alt) } : null,
      }
    }),
    fellBack: picker.fellBack,
    missing: [],
  }
}
