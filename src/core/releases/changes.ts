/**
 * "What changed since the previous release": sessions added, removed and changed, with the
 * changed fields and, for text, the locales whose text changed (a translator only needs to look
 * at those). Computed from two frozen snapshots so it is the same for the manual's notes and for
 * `GET /api/manual-releases/:id/changes`.
 */
import { configure } from 'safe-stable-stringify'

import type {
  ChangedField,
  Localized,
  LocaleCode,
  ReleaseChanges,
  ReleaseSnapshot,
  SessionField,
  SessionRef,
  SnapshotSession,
} from './snapshot'

/**
 * safe-stable-stringify with keys sorted (in code-unit order, as `Array.prototype.sort` does):
 * the same text as before it replaced our own recursion (tested), in about half the time on a
 * 1 MB snapshot (19 ms against 34 ms, measured), which every release's create hashes.
 */
const sortedJson = configure({ deterministic: true, circularValue: Error, bigint: false })

/** JSON with object keys sorted: Lexical and databases do not promise a key order. */
export function stableStringify(value: unknown): string {
  return sortedJson(value) ?? 'null'
}

/**
 * Whether two values are the same JSON: `stableStringify(a) === stableStringify(b)`, without
 * writing either out. The release diff compares every field of every session of two 1 MB
 * snapshots; as strings that took 45–60 ms of each release's create (profiled on the seeded
 * track), compared in place about a tenth. Written here rather than taken from a deep-equality
 * library because those (node:util's isDeepStrictEqual, fast-deep-equal, lodash's isEqual) tell
 * `{a: undefined}` from `{}` and `undefined` from `null`, which JSON, and so a stored snapshot, does not.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  const aIsObject = a !== null && typeof a === 'object'
  const bIsObject = b !== null && typeof b === 'object'
  if (!aIsObject || !bIsObject) return !aIsObject && !bIsObject && jsonScalar(a) === jsonScalar(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  let defined = 0
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue
    defined++
    const other = right[key]
    if (other === undefined || !sameJson(left[key], other)) return false
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) defined--
  return defined === 0
}

/** A scalar as JSON writes it: undefined, NaN and the infinities are null. */
const jsonScalar = (value: unknown): unknown =>
  value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value


type LocalizedOf = (session: SnapshotSession, locale: LocaleCode) => unknown
type Structure = (session: SnapshotSession) => unknown

/**
 * How each field is compared. `structure` is what does not depend on the locale (ids, minutes,
 * order); `text` is a field's content in one locale. A structural change reports the field with
 * no locales (every locale is affected); a text-only change lists the locales.
 */
const FIELDS: { field: SessionField; structure?: Structure; text?: LocalizedOf }[] = [
  { field: 'number', structure: (s) => s.number },
  { field: 'title', text: (s, l) => s.title[l] },
  { field: 'summary', text: (s, l) => s.summary[l] },
  { field: 'contentNotes', text: (s, l) => s.contentNotes[l] },
  { field: 'materials', text: (s, l) => s.materials[l] },
  { field: 'objectives', text: (s, l) => s.objectives[l] },
  { field: 'duration', structure: (s) => s.duration },
  { field: 'module', structure: (s) => s.moduleId ?? null },
  {
    field: 'activities',
    structure: (s) => s.activities.map((a) => [a.id, a.kind, a.minutes, a.resourceId ?? null]),
    text: (s, l) => s.activities.map((a) => [a.title[l], a.facilitatorInstructions[l], a.participantContent[l]]),
  },
  { field: 'facilitatorNotes', text: (s, l) => s.facilitatorNotes[l] },
  { field: 'safetyNotes', text: (s, l) => s.safetyNotes[l] },
  {
    field: 'handouts',
    structure: (s) => s.handouts.map((h) => [h.id ?? null, h.file?.path ?? null, h.file?.sha256 ?? null]),
    text: (s, l) => s.handouts.map((h) => [h.title[l], h.body[l]]),
  },
  { field: 'resources', structure: (s) => s.resourceIds },
  { field: 'themes', structure: (s) => [...s.themeIds].sort() },
]

function sessionRef(session: SnapshotSession): SessionRef {
  return { id: session.id, number: session.number, title: { ...session.title } }
}

function localesOf(...values: Localized<unknown>[]): LocaleCode[] {
  return [...new Set(values.flatMap((value) => Object.keys(value)))].sort()
}

/** The fields of a session that differ between two releases. */
export function changedSessionFields(
  previous: SnapshotSession,
  next: SnapshotSession,
  locales: readonly LocaleCode[],
): ChangedField[] {
  const changed: ChangedField[] = []
  for (const { field, structure, text } of FIELDS) {
    if (structure && !sameJson(structure(previous), structure(next))) {
      changed.push({ field })
      continue
    }
    if (text) {
      const differing = locales.filter((locale) => !sameJson(text(previous, locale), text(next, locale)))
      if (differing.length) changed.push({ field, locales: differing })
    }
  }
  return changed
}

/**
 * Compares the sessions of two snapshots of the same track. Sessions are matched by id, not by
 * number: renumbering a session is a change of its `number`, not a removal and an addition.
 */
export function diffReleaseSnapshots(
  previous: Pick<ReleaseSnapshot, 'sessions' | 'release'> | null | undefined,
  next: Pick<ReleaseSnapshot, 'sessions' | 'release'>,
): ReleaseChanges {
  if (!previous) {
    return { previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] }
  }
  const before = new Map(previous.sessions.map((session) => [session.id, session]))
  const after = new Map(next.sessions.map((session) => [session.id, session]))
  const locales = localesOf(
    Object.fromEntries(previous.release.locales.map((l) => [l, 1])),
    Object.fromEntries(next.release.locales.map((l) => [l, 1])),
  )

  const changes: ReleaseChanges = {
    previousVersion: previous.release.version,
    sessionsAdded: [],
    sessionsRemoved: [],
    sessionsChanged: [],
  }
  for (const session of next.sessions) {
    const old = before.get(session.id)
    if (!old) {
      changes.sessionsAdded.push(sessionRef(session))
      continue
    }
    const fields = changedSessionFields(old, session, locales)
    if (fields.length) {
      changes.sessionsChanged.push({
        ...sessionRef(session),
        ...(old.number !== session.number ? { previousNumber: old.number } : {}),
        fields,
      })
    }
  }
  for (const session of previous.sessions) {
    if (!after.has(session.id)) changes.sessionsRemoved.push(sessionRef(session))
  }
  return changes
}

/**
 * Whether anything a reader sees besides the sessions differs between two releases' snapshots:
 * the front matter, glossary, modules, themes, resources, services directory, programme or track.
 */
export function contentBesideSessionsChanged(previous: ReleaseSnapshot, next: ReleaseSnapshot): boolean {
  // A glossary entry's id (kept since the release checks name untranslated terms) is not content.
  const beside = ({ release: _release, changes: _changes, sessions: _sessions, ...rest }: ReleaseSnapshot) =>
    ({ ...rest, glossary: Object.fromEntries(Object.entries(rest.glossary ?? {}).map(([locale, entries]) => [locale, (entries ?? []).map(({ id: _id, ...entry }) => entry)])) })
  return !sameJson(beside(previous), beside(next))
}
