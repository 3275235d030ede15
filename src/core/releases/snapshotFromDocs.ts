/**
 * A track's published documents → a `ReleaseSnapshot`, with nothing read: the mapping half of a
 * release snapshot (the reading half is src/cms/releases/readSnapshot.ts). Documents come as the
 * Local API gives them with `locale: 'all'` and `depth: 0`: localized fields as maps of locales,
 * relationships as ids. Ids become strings (SQLite/Postgres give numbers, MongoDB strings) so a
 * snapshot compares equal whatever wrote it; files become descriptors relative to the media folder.
 */
import { type ActivityKind, isActivityKind } from '@/core/vocabulary'
import { idOf, type ID } from '@/core/rules/ids'
import { belongsInMaterialsFor, servesOf } from '@/core/services/directory'
import {
  type LexicalState,
  type Localized,
  type LocaleCode,
  type LocalizedRichText,
  type ReleaseInfo,
  type ReleaseSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type GlossaryEntry,
  type SnapshotChapter,
  type SnapshotFile,
  type SnapshotResource,
  type SnapshotService,
  type SnapshotSession,
} from './snapshot'

/** A document as the Local API returns it. */
export type Doc = Record<string, any>

const ids = (values: unknown): ID[] => (Array.isArray(values) ? values.map(idOf).filter((id): id is ID => id !== null) : [])
const str = (id: ID | null | undefined) => (id === null || id === undefined ? null : String(id))

/**
 * A localized value read with `locale: 'all'` → `Localized<string>`. A plain string (a field that
 * is not localized, or a document written before it was) counts for the default locale.
 */
function localizedText(value: unknown, defaultLocale: LocaleCode): Localized<string> {
  if (typeof value === 'string') return value ? { [defaultLocale]: value } : {}
  const out: Localized<string> = {}
  if (value && typeof value === 'object') {
    for (const [locale, text] of Object.entries(value)) if (typeof text === 'string') out[locale] = text
  }
  return out
}

const isLexical = (value: unknown): value is LexicalState =>
  Boolean(value && typeof value === 'object' && 'root' in value && (value as LexicalState).root && typeof (value as LexicalState).root === 'object')

function localizedRich(value: unknown, defaultLocale: LocaleCode): LocalizedRichText {
  if (isLexical(value)) return { [defaultLocale]: value }
  const out: LocalizedRichText = {}
  if (value && typeof value === 'object') {
    for (const [locale, state] of Object.entries(value)) out[locale] = isLexical(state) ? state : null
  }
  return out
}

/** Every media id an upload node refers to, anywhere in some Lexical states. */
function collectUploadIds(value: unknown, found: Set<string>, raw: Map<string, ID>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectUploadIds(item, found, raw)
  } else if (value && typeof value === 'object') {
    const node = value as Doc
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = idOf(node.value)
      if (id !== null) {
        found.add(String(id))
        raw.set(String(id), id)
      }
    }
    for (const child of Object.values(node)) collectUploadIds(child, found, raw)
  }
}

/** A copy of a Lexical state whose upload nodes carry their file (or are dropped when gone). */
function withUploadFiles(state: LexicalState | null, files: Map<string, SnapshotFile>): LexicalState | null {
  if (!state) return null
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      return node
        .map(walk)
        .filter((child) => child !== undefined)
    }
    if (!node || typeof node !== 'object') return node
    const source = node as Doc
    if (source.type === 'upload' && source.relationTo === 'media') {
      const id = idOf(source.value)
      const file = id !== null ? files.get(String(id)) : undefined
      if (!file) return undefined
      return { ...source, value: file }
    }
    const copy: Doc = {}
    for (const [key, child] of Object.entries(source)) copy[key] = walk(child)
    return copy
  }
  return walk(state) as LexicalState
}

function richWithFiles(value: LocalizedRichText, files: Map<string, SnapshotFile>): LocalizedRichText {
  const out: LocalizedRichText = {}
  for (const [locale, state] of Object.entries(value)) out[locale] = withUploadFiles(state, files)
  return out
}

function mediaFile(doc: Doc, defaultLocale: LocaleCode): SnapshotFile | null {
  if (!doc || typeof doc.filename !== 'string' || !doc.filename) return null
  const file: SnapshotFile = {
    id: String(doc.id),
    filename: doc.filename,
    mimeType: typeof doc.mimeType === 'string' ? doc.mimeType : 'application/octet-stream',
    // Disk storage keeps every upload directly in the media folder under its filename.
    path: doc.filename,
  }
  if (typeof doc.filesize === 'number') file.sizeBytes = doc.filesize
  if (typeof doc.width === 'number') file.width = doc.width
  if (typeof doc.height === 'number') file.height = doc.height
  const alt = localizedText(doc.alt, defaultLocale)
  if (Object.keys(alt).length) file.alt = alt
  const caption = localizedText(doc.caption, defaultLocale)
  if (Object.keys(caption).length) file.caption = caption
  const renditions: NonNullable<SnapshotFile['renditions']> = {}
  // Only the rendition the offline bundle uses: the others (thumbnail, print…) are the admin's.
  for (const [name, size] of Object.entries((doc.sizes ?? {}) as Record<string, Doc>)) {
    if (name !== 'lowBandwidth' || !size || typeof size.filename !== 'string' || !size.filename) continue
    renditions[name] = {
      path: size.filename,
      contentType: typeof size.mimeType === 'string' ? size.mimeType : file.mimeType,
      ...(typeof size.filesize === 'number' ? { sizeBytes: size.filesize } : {}),
      ...(typeof size.width === 'number' ? { width: size.width } : {}),
      ...(typeof size.height === 'number' ? { height: size.height } : {}),
    }
  }
  // Video and audio keep their low-bandwidth copy (made by ffmpeg) in `renditions`, not `sizes`.
  const av = doc.renditions?.status === 'ready' ? (doc.renditions.lowBandwidth as Doc | null) : null
  if (!renditions.lowBandwidth && av && typeof av.filename === 'string' && av.filename) {
    renditions.lowBandwidth = {
      path: av.filename,
      contentType: typeof av.mimeType === 'string' ? av.mimeType : file.mimeType,
      ...(typeof av.filesize === 'number' ? { sizeBytes: av.filesize } : {}),
      ...(typeof av.width === 'number' ? { width: av.width } : {}),
      ...(typeof av.height === 'number' ? { height: av.height } : {}),
    }
  }
  if (Object.keys(renditions).length) file.renditions = renditions
  return file
}

/** The resources and themes the sessions refer to, in the order they are first mentioned. */
export function referencedBySessions(sessions: Doc[]): { resourceIds: Map<string, ID>; themeIds: Map<string, ID> } {
  const resourceIds = new Map<string, ID>()
  const themeIds = new Map<string, ID>()
  for (const session of sessions) {
    for (const id of ids(session.resources)) resourceIds.set(String(id), id)
    for (const id of ids(session.themes)) themeIds.set(String(id), id)
    for (const activity of session.activities ?? []) {
      const id = idOf(activity?.resource)
      if (id !== null) resourceIds.set(String(id), id)
    }
  }
  return { resourceIds, themeIds }
}

/** Every media id the snapshot will carry: resources, captions, handouts and images inside rich text. */
export function mediaReferencedBy(docs: { resources: Doc[]; sessions: Doc[]; notes: LocalizedRichText; chapters?: Doc[] }): ID[] {
  const mediaIds = new Set<string>()
  const rawMediaIds = new Map<string, ID>()
  const addMedia = (value: unknown) => {
    const id = idOf(value)
    if (id !== null) {
      mediaIds.add(String(id))
      rawMediaIds.set(String(id), id)
    }
  }
  for (const resource of docs.resources) {
    addMedia(resource.file)
    for (const caption of resource.captions ?? []) addMedia(caption?.file)
  }
  for (const session of docs.sessions) {
    for (const handout of session.handouts ?? []) addMedia(handout?.file)
    collectUploadIds([session.facilitatorNotes, session.safetyNotes, session.activities, session.handouts], mediaIds, rawMediaIds)
  }
  collectUploadIds(docs.notes, mediaIds, rawMediaIds)
  collectUploadIds((docs.chapters ?? []).map((chapter) => chapter.body), mediaIds, rawMediaIds)
  return [...rawMediaIds.values()]
}

/** What a snapshot is made from: the release's facts and the documents read for it. */
export interface SnapshotDocs {
  release: Omit<ReleaseInfo, 'notes'> & { notes: LocalizedRichText }
  /** The locale plain strings count for. */
  defaultLocale: LocaleCode
  track: Doc
  programme: Doc | null
  /** Published modules, in order. */
  modules: Doc[]
  /** Published sessions, in number order. */
  sessions: Doc[]
  /** Published resources the sessions refer to. */
  resources: Doc[]
  themes: Doc[]
  services: Doc[]
  /** Published manual chapters of the programme and of the track, in the order they print. */
  chapters?: Doc[]
  /** Published glossary terms of the programme and of the track. */
  glossaryTerms?: Doc[]
  /** The media documents `mediaReferencedBy` named. */
  media: Doc[]
}

/**
 * The snapshot of a track's published content. `changes` is left empty: the caller diffs it with
 * the previous release (it needs that release's snapshot).
 */
export function snapshotFromDocs(docs: SnapshotDocs): ReleaseSnapshot {
  const { defaultLocale, track, programme, modules, sessions, resources, themes, services, media, release } = docs
  const chapters = docs.chapters ?? []
  const glossaryTerms = docs.glossaryTerms ?? []
  const { resourceIds } = referencedBySessions(sessions)
  const files = new Map<string, SnapshotFile>()
  for (const doc of media) {
    const file = mediaFile(doc, defaultLocale)
    if (file) files.set(String(doc.id), file)
  }
  const fileOf = (value: unknown): SnapshotFile | null => {
    const id = idOf(value)
    return id !== null ? files.get(String(id)) ?? null : null
  }

  const publishedResourceIds = new Set(resources.map((resource) => String(resource.id)))
  const snapshotResources: SnapshotResource[] = resources
    .map((resource): SnapshotResource => {
      const captions = (resource.captions ?? [])
        .map((row: Doc) => ({ language: String(row?.language ?? ''), file: fileOf(row?.file) }))
        .filter((row: { language: string; file: SnapshotFile | null }): row is { language: string; file: SnapshotFile } => Boolean(row.language && row.file))
      return {
        id: String(resource.id),
        kind: resource.kind,
        audience: resource.audience === 'facilitator' ? 'facilitator' : 'participant',
        title: localizedText(resource.title, defaultLocale),
        description: localizedText(resource.description, defaultLocale),
        captionLanguages: [...new Set<string>(captions.map((caption: { language: string }) => caption.language))],
        captions,
        languages: Array.isArray(resource.languages) ? resource.languages.map(String) : [],
        durationSeconds: typeof resource.durationSeconds === 'number' ? resource.durationSeconds : null,
        licence: resource.licence ?? null,
        credit: resource.credit ?? null,
        file: fileOf(resource.file),
      }
    })
    // The order sessions first mention them: stable across databases.
    .sort((a, b) => [...resourceIds.keys()].indexOf(a.id) - [...resourceIds.keys()].indexOf(b.id))

  const moduleIds = new Set(modules.map((module) => String(module.id)))
  const snapshotSessions: SnapshotSession[] = sessions.map((session) => {
    const objectives: Localized<string[]> = {}
    for (const row of session.objectives ?? []) {
      for (const [locale, text] of Object.entries(localizedText(row?.objective, defaultLocale))) {
        if (text.trim()) (objectives[locale] ??= []).push(text)
      }
    }
    const moduleId = str(idOf(session.module))
    return {
      id: String(session.id),
      number: session.number,
      // A module that is not published is not in the release: its sessions stand alone.
      moduleId: moduleId && moduleIds.has(moduleId) ? moduleId : null,
      duration: typeof session.duration === 'number' ? session.duration : track.sessionMinutes,
      title: localizedText(session.title, defaultLocale),
      summary: localizedText(session.summary, defaultLocale),
      contentNotes: localizedText(session.contentNotes, defaultLocale),
      materials: localizedText(session.materials, defaultLocale),
      objectives,
      activities: (session.activities ?? [])
        .filter((activity: Doc) => activity && isActivityKind(activity.blockType))
        .map((activity: Doc, index: number) => {
          const resourceId = str(idOf(activity.resource))
          return {
            id: String(activity.id ?? `${session.id}-${index}`),
            kind: activity.blockType as ActivityKind,
            minutes: activity.minutes,
            title: localizedText(activity.title, defaultLocale),
            facilitatorInstructions: richWithFiles(localizedRich(activity.facilitatorInstructions, defaultLocale), files),
            participantContent: richWithFiles(localizedRich(activity.participantContent, defaultLocale), files),
            resourceId: resourceId && publishedResourceIds.has(resourceId) ? resourceId : null,
          }
        }),
      facilitatorNotes: richWithFiles(localizedRich(session.facilitatorNotes, defaultLocale), files),
      safetyNotes: richWithFiles(localizedRich(session.safetyNotes, defaultLocale), files),
      handouts: (session.handouts ?? []).map((handout: Doc) => ({
        ...(handout.id ? { id: String(handout.id) } : {}),
        title: localizedText(handout.title, defaultLocale),
        body: richWithFiles(localizedRich(handout.body, defaultLocale), files),
        file: fileOf(handout.file),
      })),
      resourceIds: ids(session.resources)
        .map(String)
        .filter((id) => publishedResourceIds.has(id)),
      themeIds: ids(session.themes).map(String),
    }
  })

  // Men's services never go into women's materials (a women's track's manual and workbook).
  const snapshotServices: SnapshotService[] = services.filter((service) => belongsInMaterialsFor(service, track.audience)).map((service) => ({
    id: String(service.id),
    name: service.name,
    kind: service.kind,
    state: service.state,
    municipality: service.municipality ?? null,
    phone: service.phone ?? '',
    address: service.address ?? null,
    website: service.website ?? null,
    hours: localizedText(service.hours, defaultLocale),
    description: localizedText(service.description, defaultLocale),
    servesWhom: localizedText(service.servesWhom, defaultLocale),
    serves: servesOf(service),
    languages: Array.isArray(service.languages) ? service.languages.map(String) : [],
    ruralCoverage: Boolean(service.ruralCoverage),
  }))

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    release: {
      version: release.version,
      locales: [...release.locales],
      publishedAt: release.publishedAt,
      notes: richWithFiles(release.notes, files),
      previousVersion: release.previousVersion ?? null,
    },
    programme: {
      ...(programme ? { id: String(programme.id) } : {}),
      title: localizedText(programme?.title, defaultLocale),
      institution: programme?.institution ?? null,
    },
    track: {
      id: String(track.id),
      slug: track.slug || String(track.id),
      audience: track.audience,
      title: localizedText(track.title, defaultLocale),
      sessionMinutes: track.sessionMinutes,
      plannedSessions: track.plannedSessions,
      ...(Object.keys(localizedText(track.discreetTitle, defaultLocale)).length ? { discreetTitle: localizedText(track.discreetTitle, defaultLocale) } : {}),
      // Issue 20, part 4: an open group keeps its format in the release (the manual and the checks read it).
      ...(track.groupFormat === 'open'
        ? {
            groupFormat: 'open' as const,
            openGroup: {
              sessionsPerTheme: typeof track.openGroup?.sessionsPerTheme === 'number' ? track.openGroup.sessionsPerTheme : null,
              entryGuidance: localizedText(track.openGroup?.entryGuidance, defaultLocale),
            },
          }
        : {}),
    },
    modules: modules.map((module) => ({
      id: String(module.id),
      order: module.order,
      title: localizedText(module.title, defaultLocale),
      summary: localizedText(module.summary, defaultLocale),
    })),
    sessions: snapshotSessions,
    themes: themes.map((theme) => ({
      id: String(theme.id),
      slug: theme.slug ?? null,
      title: localizedText(theme.title, defaultLocale),
      description: localizedText(theme.description, defaultLocale),
    })),
    resources: snapshotResources,
    services: snapshotServices,
    // The designers' order; ties keep the order read (programme-wide chapters are not special).
    chapters: [...chapters].sort((a, b) => (Number(a.order) || 0) - (Number(b.order) || 0)).map((chapter): SnapshotChapter => ({
      id: String(chapter.id),
      kind: typeof chapter.kind === 'string' ? chapter.kind : 'other',
      title: localizedText(chapter.title, defaultLocale),
      body: richWithFiles(localizedRich(chapter.body, defaultLocale), files),
    })),
    glossary: glossaryFromTerms(glossaryTerms, defaultLocale),
    changes: { previousVersion: release.previousVersion ?? null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] },
  }
}

/**
 * Glossary terms (one document per term, every text localized) → entries per locale: a term
 * counts in a locale when it has both a term and a definition there. The plain-language
 * definition for participants comes along when written in that locale.
 */
export function glossaryFromTerms(terms: Doc[], defaultLocale: LocaleCode): Localized<GlossaryEntry[]> {
  const glossary: Localized<GlossaryEntry[]> = {}
  for (const doc of terms) {
    const term = localizedText(doc.term, defaultLocale)
    const definition = localizedText(doc.definition, defaultLocale)
    const plain = localizedText(doc.participantDefinition, defaultLocale)
    for (const [locale, text] of Object.entries(term)) {
      if (!text.trim() || !definition[locale]?.trim()) continue
      const entry: GlossaryEntry = { id: String(doc.id), term: text.trim(), definition: definition[locale].trim() }
      if (plain[locale]?.trim()) entry.participantDefinition = plain[locale].trim()
      ;(glossary[locale] ??= []).push(entry)
    }
  }
  return glossary
}
