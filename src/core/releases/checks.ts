/**
 * Release checks: what must hold before a release of a track is built. Pure — it reads a
 * `ReleaseSnapshot` (the exact content that would be printed) and returns every problem found,
 * never just the first, so a designer fixes them all in one pass:
 *
 * - a session whose activities do not add up to its duration;
 * - a required text (track, session title and summary, activity and handout titles) missing in a
 *   release locale, or a text that exists in another release locale but not this one
 *   (participant content, facilitator instructions, notes, safety notes, objectives…);
 * - a participant-facing video or audio resource without captions in a release locale;
 * - fewer published sessions than the track plans: a warning that blocks until the designer
 *   confirms it (`confirmFewerSessions`). No session at all always blocks.
 */
import { publishTimingProblem, sessionTiming } from '@/core/rules/timing'
import { lexicalToRichDocument, richDocumentToPlainText } from '@/core/richtext/neutral'
import type { LexicalState, Localized, LocaleCode, ReleaseSnapshot, SnapshotSession } from './snapshot'

export type ReleaseProblemCode =
  | 'timing'
  | 'missing-translation'
  | 'missing-captions'
  | 'fewer-sessions'
  | 'no-sessions'

export interface ReleaseProblem {
  code: ReleaseProblemCode
  /** `warning`s can be confirmed by the designer; `error`s must be fixed. */
  severity: 'error' | 'warning'
  /** Whether this problem stops the release (a confirmed warning does not). */
  blocking: boolean
  /** The session's number in its track, when the problem is in a session. */
  sessionNumber?: number
  /**
   * Where: a session field ('title', 'summary', 'activities', 'safetyNotes'…), an activity or
   * handout field ('activities.title', 'handouts.body'…), 'resources', 'track.title' or 'sessions'.
   */
  field: string
  /** 1-based position of the activity or handout the field belongs to. */
  item?: number
  locale?: LocaleCode
  /** The resource concerned (captions). */
  resourceId?: string
  message: string
}

export interface ReleaseCheckOptions {
  /** The designer confirms shipping fewer published sessions than planned. */
  confirmFewerSessions?: boolean
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0

function richHasContent(state: LexicalState | null | undefined): boolean {
  if (!state) return false
  const document = lexicalToRichDocument(state)
  return document.some((block) => block.type === 'image' || block.type === 'rule') || richDocumentToPlainText(document).trim().length > 0
}

const present = {
  text: (value: Localized<string> | null | undefined, locale: LocaleCode) => hasText(value?.[locale]),
  rich: (value: Localized<LexicalState | null> | null | undefined, locale: LocaleCode) => richHasContent(value?.[locale]),
  list: (value: Localized<string[]> | null | undefined, locale: LocaleCode) =>
    Array.isArray(value?.[locale]) && value![locale].some((item) => hasText(item)),
}

/** Session fields people read, and whether each is required or only needs a translation when written. */
type Kind = keyof typeof present
const SESSION_FIELDS: { field: keyof SnapshotSession; kind: Kind; required: boolean; label: string }[] = [
  { field: 'title', kind: 'text', required: true, label: 'title' },
  { field: 'summary', kind: 'text', required: true, label: 'plain-language summary' },
  { field: 'objectives', kind: 'list', required: false, label: 'objectives' },
  { field: 'contentNotes', kind: 'text', required: false, label: 'content notes' },
  { field: 'materials', kind: 'text', required: false, label: 'materials' },
  { field: 'facilitatorNotes', kind: 'rich', required: false, label: 'facilitator notes' },
  { field: 'safetyNotes', kind: 'rich', required: false, label: 'safety notes' },
]

function firstTitle(title: Localized<string> | null | undefined, locales: readonly LocaleCode[]): string | undefined {
  return locales.map((locale) => title?.[locale]).find(hasText) ?? Object.values(title ?? {}).find(hasText)
}

function sessionName(session: Pick<SnapshotSession, 'number' | 'title'>, locales: readonly LocaleCode[]): string {
  const title = firstTitle(session.title, locales)
  return title ? `Session ${session.number} «${title}»` : `Session ${session.number}`
}

/** Every problem of a release, blocking or not, in a stable order (by session, then field). */
export function releaseChecks(snapshot: ReleaseSnapshot, options: ReleaseCheckOptions = {}): ReleaseProblem[] {
  const problems: ReleaseProblem[] = []
  const locales = snapshot.release.locales
  const error = (problem: Omit<ReleaseProblem, 'severity' | 'blocking'>) =>
    problems.push({ severity: 'error', blocking: true, ...problem })

  /** Required: missing in a locale is a problem. Optional: only when another release locale has it. */
  const translation = (
    kind: Kind,
    value: any,
    required: boolean,
    where: { sessionNumber?: number; field: string; item?: number; label: string; prefix: string },
  ) => {
    const has = locales.map((locale) => present[kind](value, locale))
    if (!required && !has.some(Boolean)) return
    locales.forEach((locale, index) => {
      if (has[index]) return
      const others = locales.filter((_, i) => has[i])
      error({
        code: 'missing-translation',
        ...(where.sessionNumber !== undefined ? { sessionNumber: where.sessionNumber } : {}),
        field: where.field,
        ...(where.item !== undefined ? { item: where.item } : {}),
        locale,
        message: `${where.prefix}${where.label} is missing in «${locale}»${others.length ? ` (written in ${others.join(', ')})` : ''}.`,
      })
    })
  }

  // The track as a whole.
  translation('text', snapshot.track.title, true, { field: 'track.title', label: 'track title', prefix: 'Track: ' })
  if (snapshot.sessions.length === 0) {
    error({ code: 'no-sessions', field: 'sessions', message: 'The track has no published session: publish at least one before releasing it.' })
  } else if (snapshot.sessions.length < snapshot.track.plannedSessions) {
    const confirmed = Boolean(options.confirmFewerSessions)
    problems.push({
      code: 'fewer-sessions',
      severity: 'warning',
      blocking: !confirmed,
      field: 'sessions',
      message:
        `The track plans ${snapshot.track.plannedSessions} sessions but only ${snapshot.sessions.length} are published` +
        (confirmed ? ' (confirmed by the designer).' : '. Publish the missing sessions, or confirm a release with fewer sessions (confirmFewerSessions).'),
    })
  }

  const resourceUse = new Map<string, number[]>()
  for (const session of snapshot.sessions) {
    const name = sessionName(session, locales)
    const prefix = `${name}: `
    const number = session.number

    // Timing, with the one rule publishing already applies.
    const timing = sessionTiming(session.activities, session.duration)
    if (!timing.balanced) {
      error({
        code: 'timing',
        sessionNumber: number,
        field: 'activities',
        message:
          publishTimingProblem({ number, title: firstTitle(session.title, locales) ?? null, activities: session.activities, durationMinutes: session.duration }) ??
          `${prefix}activities add up to ${timing.totalMinutes} of ${session.duration} minutes.`,
      })
    }

    for (const { field, kind, required, label } of SESSION_FIELDS) {
      translation(kind, session[field], required, { sessionNumber: number, field, label, prefix })
    }
    session.activities.forEach((activity, index) => {
      const item = index + 1
      const activityTitle = locales.map((l) => activity.title?.[l]).find(hasText)
      const what = `activity ${item}${activityTitle ? ` «${activityTitle}»` : ''}`
      translation('text', activity.title, true, { sessionNumber: number, field: 'activities.title', item, label: `title of ${what}`, prefix })
      translation('rich', activity.participantContent, false, { sessionNumber: number, field: 'activities.participantContent', item, label: `participant content of ${what}`, prefix })
      translation('rich', activity.facilitatorInstructions, false, { sessionNumber: number, field: 'activities.facilitatorInstructions', item, label: `facilitator instructions of ${what}`, prefix })
      if (activity.resourceId) resourceUse.set(activity.resourceId, [...(resourceUse.get(activity.resourceId) ?? []), number])
    })
    session.handouts.forEach((handout, index) => {
      const item = index + 1
      translation('text', handout.title, true, { sessionNumber: number, field: 'handouts.title', item, label: `title of handout ${item}`, prefix })
      translation('rich', handout.body, false, { sessionNumber: number, field: 'handouts.body', item, label: `text of handout ${item}`, prefix })
    })
    for (const id of session.resourceIds) resourceUse.set(id, [...(resourceUse.get(id) ?? []), number])
  }

  // Captions: every participant-facing video or audio, in every release locale.
  for (const resource of snapshot.resources) {
    if (resource.audience !== 'participant' || (resource.kind !== 'video' && resource.kind !== 'audio')) continue
    const sessions = [...new Set(resourceUse.get(resource.id) ?? [])].sort((a, b) => a - b)
    const title = locales.map((l) => resource.title?.[l]).find(hasText) ?? resource.id
    for (const locale of locales) {
      if ((resource.captionLanguages ?? []).includes(locale)) continue
      error({
        code: 'missing-captions',
        ...(sessions.length ? { sessionNumber: sessions[0] } : {}),
        field: 'resources',
        locale,
        resourceId: resource.id,
        message: `${resource.kind === 'video' ? 'Video' : 'Audio'} «${title}»${sessions.length ? ` (session ${sessions.join(', ')})` : ''} has no captions in «${locale}».`,
      })
    }
  }

  return problems.sort(
    (a, b) => (a.sessionNumber ?? 0) - (b.sessionNumber ?? 0),
  )
}

export const blockingProblems = (problems: readonly ReleaseProblem[]) => problems.filter((problem) => problem.blocking)

/** One message listing every blocking problem, for the 422 answer and the admin's toast. */
export function formatReleaseProblems(problems: readonly ReleaseProblem[], release: { version: string; track?: string }): string {
  const blocking = blockingProblems(problems)
  const head = `Release ${release.version}${release.track ? ` of «${release.track}»` : ''} cannot be built: ${blocking.length} problem${blocking.length === 1 ? '' : 's'}.`
  return [head, ...blocking.map((problem) => `- ${problem.message}`)].join('\n')
}
