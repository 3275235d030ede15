/**
 * Adapted tracks (issue 20): a state team, an indigenous community or an online group copies a
 * source track's release into a track of its own and changes what it needs. Each adapted session
 * remembers the source session it follows and the source release version it is in line with.
 * When the source publishes a newer release, this module says which adapted sessions are behind
 * and what changed in their source, by diffing the source's two frozen snapshots with the one
 * "what changed" of the releases (changes.ts, worded by changeWords.ts): no second diff.
 *
 * Plain data in, plain data out (no Payload): the admin's endpoints, the coverage report and the
 * manual's title page all read it.
 */
import { changedSessionFields, diffReleaseSnapshots } from './changes'
import { changedSessionLine, changeLanguage, sessionName } from './changeWords'
import type { ChangedField, LexicalState, LocaleCode, Localized, LocalizedRichText, ReleaseSnapshot, SessionRef, SnapshotSession } from './snapshot'
import { pickLocale } from './snapshot'
import { compareVersions, isValidVersion } from '@/core/rules/version'
import type { Bilingual } from '@/core/language'

/** What an adapted session records about its source (stored on the session). */
export interface AdaptedSessionLink {
  id: string | number
  number?: number | null
  title?: Localized<string> | string | null
  /** The source session's id (as a string), absent for a session the adaptation wrote itself. */
  sourceSession?: string | null
  /** The source release version this session is in line with. */
  followsVersion?: string | null
  /** The source release whose change the designer set aside, and why. */
  setAsideVersion?: string | null
  setAsideReason?: string | null
}

export type AdaptedSessionState =
  /** Written by the adaptation itself: follows nothing. */
  | 'own'
  /** Its source did not change since the release it follows. */
  | 'current'
  /** Its source changed: "update available". */
  | 'behind'
  /** The designer set the newest change aside, with a reason. */
  | 'set-aside'
  /** The source session is not in the source's newest release any more. */
  | 'removed-in-source'

export interface AdaptedSessionStatus {
  id: string | number
  number: number | null
  state: AdaptedSessionState
  sourceSession: string | null
  followsVersion: string | null
  /** The source's newest release version (null when the source has none). */
  newestVersion: string | null
  /** What changed in the source session between the followed release and the newest. */
  changed: ChangedField[]
  /** The source session as the newest release holds it (absent when removed or own). */
  source?: SessionRef
  setAside?: { version: string; reason: string }
}

export interface AdaptationReport {
  /** The source release the adaptation was copied from. */
  copiedFromVersion: string | null
  newestVersion: string | null
  /**
   * The source release the adaptation as a whole is in line with: the newest when no session is
   * behind, else the oldest release a behind session still follows.
   */
  followsVersion: string | null
  sessions: AdaptedSessionStatus[]
  /** Sessions the source added since the release the adaptation was copied from, followed by none. */
  sessionsAddedInSource: SessionRef[]
  /** How many sessions are behind: changed in the source, removed from it, or added to it. */
  behind: number
  /** The locales compared (the newest source release's). */
  locales: LocaleCode[]
}

const text = (value: AdaptedSessionLink['title']): Localized<string> =>
  typeof value === 'string' ? { es: value } : value && typeof value === 'object' ? { ...value } : {}

const versionOrNull = (value: unknown): string | null => (isValidVersion(value) ? value : null)

/**
 * Where an adapted session stands against its source. `followed` is the snapshot of the source
 * release the session follows (null when that release is gone), `newest` the source's newest.
 */
export function adaptedSessionStatus(
  link: AdaptedSessionLink,
  followed: Pick<ReleaseSnapshot, 'sessions' | 'release'> | null,
  newest: Pick<ReleaseSnapshot, 'sessions' | 'release'> | null,
  /** The source release the designer set the update aside at (a set-aside holds until the source changes again). */
  setAsideAt: Pick<ReleaseSnapshot, 'sessions' | 'release'> | null = null,
): AdaptedSessionStatus {
  const base: AdaptedSessionStatus = {
    id: link.id,
    number: link.number ?? null,
    state: 'own',
    sourceSession: link.sourceSession ? String(link.sourceSession) : null,
    followsVersion: versionOrNull(link.followsVersion),
    newestVersion: newest?.release.version ?? null,
    changed: [],
  }
  if (link.setAsideVersion && link.setAsideReason) base.setAside = { version: link.setAsideVersion, reason: link.setAsideReason }
  if (!base.sourceSession) return base
  if (!newest) return { ...base, state: 'current' }
  const now = newest.sessions.find((session) => session.id === base.sourceSession)
  const asideThen = base.setAside ? setAsideAt?.sessions.find((session) => session.id === base.sourceSession) : undefined
  // Set aside at the newest release, or at an older one after which the source did not change.
  const stillAside = (now: SnapshotSession | undefined) =>
    Boolean(base.setAside) &&
    (base.setAside!.version === newest.release.version ||
      (setAsideAt !== null && (now ? Boolean(asideThen) && changedSessionFields(asideThen!, now, newest.release.locales).length === 0 : !asideThen)))
  if (!now) return { ...base, state: stillAside(undefined) ? 'set-aside' : 'removed-in-source' }
  const source: SessionRef = { id: now.id, number: now.number, title: { ...now.title } }
  if (base.followsVersion && compareVersions(base.followsVersion, newest.release.version) >= 0) return { ...base, source, state: 'current' }
  const before = followed?.sessions.find((session) => session.id === base.sourceSession)
  const changed = before
    ? changedSessionFields(before, now, newest.release.locales)
    // The followed release is gone or never held it: everything may have changed.
    : changedSessionFields(emptySession(now), now, newest.release.locales)
  if (!changed.length) return { ...base, source, state: 'current' }
  if (stillAside(now)) return { ...base, source, changed, state: 'set-aside' }
  return { ...base, source, changed, state: 'behind' }
}

function emptySession(like: SnapshotSession): SnapshotSession {
  return {
    id: like.id, number: -1, moduleId: '\u0000', duration: -1, title: {}, summary: {}, contentNotes: {}, materials: {}, objectives: {},
    activities: [], facilitatorNotes: {}, safetyNotes: {}, handouts: [], resourceIds: [], themeIds: [],
  }
}

/**
 * The whole adaptation against its source: each session's status, the sessions the source added,
 * how many are behind. `snapshots` are the source's releases by version (those the sessions
 * follow and the newest; others are not needed).
 */
export function adaptationReport(input: {
  sessions: AdaptedSessionLink[]
  copiedFromVersion?: string | null
  snapshots: Map<string, Pick<ReleaseSnapshot, 'sessions' | 'release'>>
  newestVersion: string | null
}): AdaptationReport {
  const newest = input.newestVersion ? input.snapshots.get(input.newestVersion) ?? null : null
  const sessions = [...input.sessions]
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
    .map((link) =>
      adaptedSessionStatus(
        link,
        link.followsVersion ? input.snapshots.get(link.followsVersion) ?? null : null,
        newest,
        link.setAsideVersion ? input.snapshots.get(link.setAsideVersion) ?? null : null,
      ),
    )
  const followed = new Set(sessions.map((session) => session.sourceSession).filter(Boolean))
  const copiedFrom = input.copiedFromVersion ? input.snapshots.get(input.copiedFromVersion) ?? null : null
  const sessionsAddedInSource = newest && copiedFrom
    ? diffReleaseSnapshots(copiedFrom, newest).sessionsAdded.filter((ref) => !followed.has(ref.id))
    : []
  const lagging = sessions.filter((session) => session.state === 'behind' || session.state === 'removed-in-source')
  const behindVersions = lagging.map((session) => session.followsVersion).filter((v): v is string => Boolean(v))
  const oldestBehind = behindVersions.sort(compareVersions)[0] ?? null
  return {
    copiedFromVersion: versionOrNull(input.copiedFromVersion),
    newestVersion: newest?.release.version ?? null,
    followsVersion: lagging.length || sessionsAddedInSource.length ? oldestBehind ?? versionOrNull(input.copiedFromVersion) : newest?.release.version ?? versionOrNull(input.copiedFromVersion),
    sessions,
    sessionsAddedInSource,
    behind: lagging.length + sessionsAddedInSource.length,
    locales: newest ? [...newest.release.locales] : [],
  }
}

/**
 * What changed in a session's source, in a facilitator's words ("Sesión 4 «Mis derechos»: notas
 * de seguridad, agenda y actividades"), via the releases' wording.
 */
export function sourceChangeLine(status: AdaptedSessionStatus, locale: LocaleCode, releaseLocales: readonly LocaleCode[]): string {
  if (!status.source) return ''
  return changedSessionLine({ ...status.source, fields: status.changed }, locale, releaseLocales)
}

/** "Sesión 7 «…»" for a session reference, in the releases' wording. */
export const sourceSessionName = (ref: Pick<SessionRef, 'number' | 'title'>, locale: LocaleCode, releaseLocales: readonly LocaleCode[] = []) =>
  sessionName(ref, locale, releaseLocales)

/** The manual's title-page line: "Adaptación de «Mujeres», versión 1.0.0". */
export function adaptationLine(sourceTitle: Localized<string>, version: string, locale: LocaleCode, releaseLocales: readonly LocaleCode[] = []): string {
  const title = (pickLocale(sourceTitle, locale, [...releaseLocales, 'es', 'en']) ?? '').trim()
  return changeLanguage(locale) === 'es' ? `Adaptación de «${title}», versión ${version}` : `Adaptation of “${title}”, version ${version}`
}

// --- copying a snapshot's session back into editable data ---------------------------------------

/** Turns a snapshot's string id into the id the database stores (numbers on SQL serial ids). */
export type StoredId = (id: string) => string | number

/** A Lexical state with its upload nodes pointing at media ids again (the snapshot carries files). */
function richForEditing(state: LexicalState | null | undefined, toId: StoredId): LexicalState | null {
  if (!state) return null
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const source = node as Record<string, unknown>
    if (source.type === 'upload' && source.value && typeof source.value === 'object' && 'id' in (source.value as object)) {
      return { ...source, value: toId(String((source.value as { id: unknown }).id)) }
    }
    return Object.fromEntries(Object.entries(source).map(([key, child]) => [key, walk(child)]))
  }
  return walk(state) as LexicalState
}

const richIn = (value: LocalizedRichText, locale: LocaleCode, toId: StoredId) => richForEditing(value[locale], toId)

/** The session fields the adaptation can take from its source (the number stays the adaptation's). */
export const TAKEABLE_FIELDS = [
  'title', 'summary', 'contentNotes', 'materials', 'objectives', 'duration', 'module',
  'activities', 'facilitatorNotes', 'safetyNotes', 'handouts', 'resources', 'themes',
] as const

/**
 * A snapshot session's fields as editable session data in one locale (the Sessions collection's
 * field names): `fields` limits it to those (e.g. the fields that changed in the source). Arrays
 * come without row ids: the caller gives the rows of a second locale the ids the first one got.
 */
export function sessionDataFromSnapshot(
  session: SnapshotSession,
  locale: LocaleCode,
  options: { fields?: readonly string[]; toId: StoredId; moduleId?: string | number | null },
): Record<string, unknown> {
  const { toId } = options
  const wanted = new Set<string>(options.fields ?? TAKEABLE_FIELDS)
  const all: Record<string, () => unknown> = {
    title: () => session.title[locale] ?? '',
    summary: () => session.summary[locale] ?? '',
    contentNotes: () => session.contentNotes[locale] ?? '',
    materials: () => session.materials[locale] ?? '',
    objectives: () => (session.objectives[locale] ?? []).map((objective) => ({ objective })),
    duration: () => session.duration,
    module: () => options.moduleId ?? null,
    activities: () =>
      session.activities.map((activity) => ({
        blockType: activity.kind,
        minutes: activity.minutes,
        title: activity.title[locale] ?? '',
        facilitatorInstructions: richIn(activity.facilitatorInstructions, locale, toId),
        participantContent: richIn(activity.participantContent, locale, toId),
        ...(activity.resourceId ? { resource: toId(activity.resourceId) } : {}),
      })),
    facilitatorNotes: () => richIn(session.facilitatorNotes, locale, toId),
    safetyNotes: () => richIn(session.safetyNotes, locale, toId),
    handouts: () =>
      session.handouts.map((handout) => ({
        title: handout.title[locale] ?? '',
        body: richIn(handout.body, locale, toId),
        file: handout.file ? toId(handout.file.id) : null,
      })),
    resources: () => session.resourceIds.map(toId),
    themes: () => session.themeIds.map(toId),
  }
  const data: Record<string, unknown> = {}
  for (const field of TAKEABLE_FIELDS) {
    if (!wanted.has(field)) continue
    if (field === 'module' && options.moduleId === undefined) continue
    data[field] = all[field]()
  }
  return data
}

/**
 * Gives the array rows of `data` (written in a second locale) the ids the first locale's save
 * gave them, so the second locale's texts land in the same rows instead of replacing them.
 */
export function withRowIds(data: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const rows = stored[key]
    if (!Array.isArray(value) || !Array.isArray(rows)) continue
    out[key] = value.map((row, index) => {
      const storedRow = rows[index] as { id?: unknown } | undefined
      return row && typeof row === 'object' && storedRow && storedRow.id !== undefined ? { ...(row as object), id: storedRow.id } : row
    })
  }
  return out
}

/** The changed fields a designer can take (the number stays hers). */
export const takeableFields = (changed: readonly ChangedField[]): string[] =>
  changed.map((change) => change.field).filter((field) => (TAKEABLE_FIELDS as readonly string[]).includes(field))

// --- refusals, in both admin languages ------------------------------------------------------------


export const adaptationRefusals = {
  signIn: (): Bilingual => ({ es: 'Inicia sesión para adaptar una línea.', en: 'Log in to adapt a track.' }),
  notDesigner: (): Bilingual => ({
    es: 'Solo el equipo de diseño curricular y administración adaptan líneas y deciden sobre sus actualizaciones.',
    en: 'Only curriculum designers and admins adapt tracks and decide on their updates.',
  }),
  noSuchTrack: (id: string): Bilingual => ({ es: `No existe la línea ${id}.`, en: `No track with ID ${id}.` }),
  noRelease: (title: string): Bilingual => ({
    es: `La línea «${title}» no tiene ninguna versión publicada: publica una versión antes de adaptarla.`,
    en: `Track «${title}» has no published release: publish one before adapting it.`,
  }),
  releaseOfOtherTrack: (): Bilingual => ({
    es: 'Esa versión no existe, fue retirada o es de otra línea: elige una versión publicada de la línea que adaptas.',
    en: 'That release does not exist, was withdrawn or is of another track: choose a published release of the track you adapt.',
  }),
  noSuchSession: (id: string): Bilingual => ({ es: `No existe la sesión ${id}.`, en: `No session with ID ${id}.` }),
  notAdapted: (): Bilingual => ({
    es: 'Esta sesión no sigue a ninguna sesión de origen: no es parte de una adaptación.',
    en: 'This session follows no source session: it is not part of an adaptation.',
  }),
  unknownAction: (action: string): Bilingual => ({
    es: `Acción desconocida «${action}»: usa take (tomar el cambio), merged (lo integré a mano) o set-aside (dejar de lado, con motivo).`,
    en: `Unknown action «${action}»: use take, merged or set-aside (with a reason).`,
  }),
  reasonRequired: (): Bilingual => ({
    es: 'Para dejar de lado una actualización escribe el motivo (campo «reason»): queda a la vista del equipo.',
    en: 'To set an update aside, write the reason (field «reason»): the team will see it.',
  }),
  nothingToTake: (): Bilingual => ({
    es: 'No hay actualización pendiente: la sesión de origen no cambió desde la versión que sigue esta sesión.',
    en: 'No update is pending: the source session has not changed since the release this session follows.',
  }),
  sourceRemoved: (): Bilingual => ({
    es: 'La sesión de origen ya no está en la versión más reciente: no hay cambio que tomar; integra a mano o deja de lado con un motivo.',
    en: 'The source session is no longer in the newest release: there is no change to take; merge by hand or set it aside with a reason.',
  }),
}
