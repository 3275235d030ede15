/**
 * The participant projection of a release: what a participant may read, and nothing else.
 *
 * Safety rule (domain brief): facilitator-only material — facilitator notes, safety notes and
 * risk cues, facilitator instructions, facilitator-audience resources, content notes written for
 * facilitators — never appears in participant materials. So the workbook renderer takes a
 * `ParticipantSnapshot`, a different type built here by copying whitelisted fields into new
 * objects. Nothing is deleted from a copy of the full snapshot: a field added to the snapshot
 * later stays out of participant materials until someone whitelists it here on purpose.
 */
import type {
  GlossaryEntry,
  LexicalState,
  Localized,
  LocaleCode,
  LocalizedRichText,
  ReleaseSnapshot,
  ResourceKind,
  SnapshotFile,
  SnapshotId,
  SnapshotService,
  TrackAudience,
} from './snapshot'
import type { ActivityKind } from '@/core/vocabulary'
import { SNAPSHOT_SCHEMA_VERSION } from './snapshot'
import { belongsInMaterialsFor } from '@/core/services/directory'

/**
 * Facilitator-only keys typed `never`: an object carrying one of them is not a participant
 * value, so even a hand-built or widened object cannot be passed where one is expected.
 */
interface NoFacilitatorSessionFields {
  facilitatorNotes?: never
  safetyNotes?: never
  contentNotes?: never
  materials?: never
  objectives?: never
}

export interface ParticipantActivity {
  id: SnapshotId
  /** Lets the workbook leave room to write after reflection and homework. */
  kind: ActivityKind
  title: Localized<string>
  participantContent: LocalizedRichText
  /** Only when it points at a participant-audience resource. */
  resourceId?: SnapshotId | null
  facilitatorInstructions?: never
}

export interface ParticipantHandout {
  title: Localized<string>
  body: LocalizedRichText
  file?: SnapshotFile | null
}

export interface ParticipantSession extends NoFacilitatorSessionFields {
  id: SnapshotId
  number: number
  moduleId?: SnapshotId | null
  title: Localized<string>
  /** The plain-language summary. */
  summary: Localized<string>
  activities: ParticipantActivity[]
  handouts: ParticipantHandout[]
  /** Participant-audience resources only. */
  resourceIds: SnapshotId[]
}

export interface ParticipantResource {
  id: SnapshotId
  kind: ResourceKind
  audience: 'participant'
  title: Localized<string>
  description: Localized<string>
  captionLanguages: LocaleCode[]
  durationSeconds?: number | null
  licence?: string | null
  credit?: string | null
  file?: SnapshotFile | null
}

export interface ParticipantSnapshot {
  /** Discriminant: a full `ReleaseSnapshot` has none, so it is never assignable here. */
  edition: 'participant'
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION
  release: { version: string; locales: LocaleCode[]; publishedAt: string }
  programme: { title: Localized<string> }
  /** `discreetTitle`, when set, is all the workbook's outside shows (see render/participantWorkbook.ts). */
  track: { slug: string; audience: TrackAudience; title: Localized<string>; discreetTitle?: Localized<string> }
  modules: { id: SnapshotId; order: number; title: Localized<string> }[]
  sessions: ParticipantSession[]
  resources: ParticipantResource[]
  /** The services directory is public: participants in crisis need it most. */
  services: SnapshotService[]
  /** Plain-language definitions only (`definition` holds the participant definition). */
  glossary: Localized<GlossaryEntry[]>
}

// --- copying helpers: each returns a new object holding only what it names -------------------

function copyStrings(value: Localized<string> | null | undefined): Localized<string> {
  const out: Localized<string> = {}
  for (const [locale, text] of Object.entries(value ?? {})) if (typeof text === 'string') out[locale] = text
  return out
}

function copyRichText(value: LocalizedRichText | null | undefined): LocalizedRichText {
  const out: LocalizedRichText = {}
  for (const [locale, state] of Object.entries(value ?? {})) {
    // A deep copy detaches the projection from the frozen snapshot it came from.
    out[locale] = state ? (structuredClone(state) as LexicalState) : null
  }
  return out
}

function copyFile(file: SnapshotFile | null | undefined): SnapshotFile | null {
  if (!file) return null
  const copy: SnapshotFile = { id: file.id, filename: file.filename, mimeType: file.mimeType, path: file.path }
  if (file.sizeBytes !== undefined) copy.sizeBytes = file.sizeBytes
  if (file.sha256 !== undefined) copy.sha256 = file.sha256
  if (file.width !== undefined) copy.width = file.width
  if (file.height !== undefined) copy.height = file.height
  if (file.alt) copy.alt = copyStrings(file.alt)
  if (file.caption) copy.caption = copyStrings(file.caption)
  return copy
}

function copyService(service: SnapshotService): SnapshotService {
  const copy: SnapshotService = {
    name: service.name,
    kind: service.kind,
    state: service.state,
    phone: service.phone,
    hours: copyStrings(service.hours),
    description: copyStrings(service.description),
    languages: [...(service.languages ?? [])],
    ruralCoverage: Boolean(service.ruralCoverage),
  }
  if (service.id !== undefined) copy.id = service.id
  if (service.municipality != null) copy.municipality = service.municipality
  if (service.address != null) copy.address = service.address
  if (service.website != null) copy.website = service.website
  if (service.servesWhom) copy.servesWhom = copyStrings(service.servesWhom)
  if (service.serves !== undefined) copy.serves = service.serves
  return copy
}

/**
 * Builds the participant projection of a release snapshot. Pure: the snapshot is not touched
 * (it may be frozen) and nothing in the result is shared with it.
 */
export function toParticipantSnapshot(snapshot: ReleaseSnapshot): ParticipantSnapshot {
  const participantResourceIds = new Set(
    snapshot.resources.filter((resource) => resource.audience === 'participant').map((resource) => resource.id),
  )
  const isParticipantResource = (id: SnapshotId | null | undefined): id is SnapshotId =>
    id !== null && id !== undefined && participantResourceIds.has(id)

  const sessions: ParticipantSession[] = snapshot.sessions.map((session) => ({
    id: session.id,
    number: session.number,
    moduleId: session.moduleId ?? null,
    title: copyStrings(session.title),
    summary: copyStrings(session.summary),
    activities: session.activities.map((activity) => ({
      id: activity.id,
      kind: activity.kind,
      title: copyStrings(activity.title),
      participantContent: copyRichText(activity.participantContent),
      resourceId: isParticipantResource(activity.resourceId) ? activity.resourceId : null,
    })),
    handouts: session.handouts.map((handout) => ({
      title: copyStrings(handout.title),
      body: copyRichText(handout.body),
      file: copyFile(handout.file),
    })),
    resourceIds: session.resourceIds.filter(isParticipantResource),
  }))

  // Only participant resources that some session still refers to.
  const referenced = new Set(
    sessions.flatMap((session) => [
      ...session.resourceIds,
      ...session.activities.map((activity) => activity.resourceId).filter(isParticipantResource),
    ]),
  )
  const resources: ParticipantResource[] = snapshot.resources
    .filter((resource) => resource.audience === 'participant' && referenced.has(resource.id))
    .map((resource) => ({
      id: resource.id,
      kind: resource.kind,
      audience: 'participant',
      title: copyStrings(resource.title),
      description: copyStrings(resource.description),
      captionLanguages: [...(resource.captionLanguages ?? [])],
      durationSeconds: resource.durationSeconds ?? null,
      licence: resource.licence ?? null,
      credit: resource.credit ?? null,
      file: copyFile(resource.file),
    }))

  // The glossary is written for facilitators: participants get only the terms that have a
  // plain-language definition, and only that definition.
  const glossary: Localized<GlossaryEntry[]> = {}
  for (const [locale, entries] of Object.entries(snapshot.glossary ?? {})) {
    glossary[locale] = (entries ?? [])
      .filter((entry) => typeof entry.participantDefinition === 'string' && entry.participantDefinition.trim())
      .map((entry) => ({ term: entry.term, definition: entry.participantDefinition! }))
  }

  return {
    edition: 'participant',
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    release: {
      version: snapshot.release.version,
      locales: [...snapshot.release.locales],
      publishedAt: snapshot.release.publishedAt,
    },
    programme: { title: copyStrings(snapshot.programme.title) },
    track: {
      slug: snapshot.track.slug,
      audience: snapshot.track.audience,
      title: copyStrings(snapshot.track.title),
      ...(snapshot.track.discreetTitle ? { discreetTitle: copyStrings(snapshot.track.discreetTitle) } : {}),
    },
    modules: snapshot.modules.map((module) => ({ id: module.id, order: module.order, title: copyStrings(module.title) })),
    sessions,
    resources,
    // Again here, for snapshots made before the rule: no men's service in a women's workbook.
    services: snapshot.services.filter((service) => belongsInMaterialsFor(service, snapshot.track.audience)).map(copyService),
    glossary,
  }
}

/** Runtime guard for callers outside TypeScript's reach (jobs, JSON read back from storage). */
export function isParticipantSnapshot(value: unknown): value is ParticipantSnapshot {
  return Boolean(value && typeof value === 'object' && (value as { edition?: unknown }).edition === 'participant')
}
