/**
 * Release checks: what must hold before a release of a track is built. Pure — it reads a
 * `ReleaseSnapshot` (the exact content that would be printed) and returns every problem found,
 * never just the first, so a designer fixes them all in one pass:
 *
 * - a session whose activities do not add up to its duration;
 * - a required text (track, session title and summary, activity and handout titles) missing in a
 *   release locale, or a text that exists in another release locale but not this one
 *   (participant content, facilitator instructions, notes, safety notes, objectives…);
 * - a front-matter chapter (title, text) or a glossary term (term and definition, plain-language
 *   definition) written in one release locale and missing in another: the PDFs would otherwise
 *   print the other language's text, or leave the term out, without a word;
 * - a participant-facing video or audio resource without captions in a release locale;
 * - fewer published sessions than the track plans: a warning that blocks until the designer
 *   confirms it (`confirmFewerSessions`). No session at all always blocks;
 * - an open group whose theme is not as long as declared or does not open with a video vignette
 *   (`openGroupProblems`, ./openGroup.ts).
 */
import { both, type Bilingual, type Language } from '@/core/language'
import { publishTimingProblem, sessionTiming } from '@/core/rules/timing'
import { lexicalToRichDocument, richDocumentToPlainText } from '@/core/richtext/neutral'
import { isManualChapterKind, manualChapterKindLabel } from './manualMatter'
import { languageName } from './render/strings'
import { openGroupProblems } from './openGroup'
import type { LexicalState, Localized, LocaleCode, ReleaseChanges, ReleaseSnapshot, SnapshotSession } from './snapshot'

export type { ReleaseProblem, ReleaseProblemCode } from './releaseProblem'
import type { ReleaseProblem } from './releaseProblem'

export interface ReleaseCheckOptions {
  /** The designer confirms shipping fewer published sessions than planned. */
  confirmFewerSessions?: boolean
}

/** The checkbox labels the messages point to: the same words as the create form's. */
export const CONFIRM_FEWER_SESSIONS_LABEL: Bilingual = {
  es: 'Confirmo publicar con menos sesiones publicadas que las previstas',
  en: 'I confirm releasing with fewer published sessions than planned',
}
export const CONFIRM_NO_CHANGES_LABEL: Bilingual = {
  es: 'Confirmo publicar una versión sin cambios y sin notas',
  en: 'I confirm releasing a version with no changes and no notes',
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
const SESSION_FIELDS: { field: keyof SnapshotSession; kind: Kind; required: boolean; label: Bilingual }[] = [
  { field: 'title', kind: 'text', required: true, label: { es: 'título', en: 'title' } },
  { field: 'summary', kind: 'text', required: true, label: { es: 'resumen en lenguaje sencillo', en: 'plain-language summary' } },
  { field: 'objectives', kind: 'list', required: false, label: { es: 'objetivos', en: 'objectives' } },
  { field: 'contentNotes', kind: 'text', required: false, label: { es: 'aviso de contenido', en: 'content notes' } },
  { field: 'materials', kind: 'text', required: false, label: { es: 'materiales', en: 'materials' } },
  { field: 'facilitatorNotes', kind: 'rich', required: false, label: { es: 'notas para facilitación', en: 'facilitator notes' } },
  { field: 'safetyNotes', kind: 'rich', required: false, label: { es: 'notas de seguridad', en: 'safety notes' } },
]

function firstTitle(title: Localized<string> | null | undefined, locales: readonly LocaleCode[]): string | undefined {
  return locales.map((locale) => title?.[locale]).find(hasText) ?? Object.values(title ?? {}).find(hasText)
}

function sessionName(session: Pick<SnapshotSession, 'number' | 'title'>, locales: readonly LocaleCode[], language: Language): string {
  const title = firstTitle(session.title, locales)
  const word = language === 'es' ? 'Sesión' : 'Session'
  return title ? `${word} ${session.number} «${title}»` : `${word} ${session.number}`
}

/** A content locale as a designer names it: "inglés", "English" (a locale with no name keeps its code). */
const localeName = (locale: LocaleCode, language: Language): string => languageName(locale, language)
const localeNames = (list: readonly LocaleCode[], language: Language): string => list.map((locale) => localeName(locale, language)).join(', ')

/** Every problem of a release, blocking or not, in a stable order (by session, then field). */
export function releaseChecks(snapshot: ReleaseSnapshot, options: ReleaseCheckOptions = {}): ReleaseProblem[] {
  const problems: ReleaseProblem[] = []
  const locales = snapshot.release.locales
  const error = (problem: Omit<ReleaseProblem, 'severity' | 'blocking' | 'message'>) =>
    problems.push({ severity: 'error', blocking: true, message: problem.messages.en, ...problem })

  /** Required: missing in a locale is a problem. Optional: only when another release locale has it. */
  const translation = (
    kind: Kind,
    value: any,
    required: boolean,
    where: { sessionNumber?: number; sessionId?: string; chapterId?: string; field: string; item?: number; label: Bilingual; prefix: Bilingual },
  ) => {
    const has = locales.map((locale) => present[kind](value, locale))
    if (!required && !has.some(Boolean)) return
    locales.forEach((locale, index) => {
      if (has[index]) return
      const others = locales.filter((_, i) => has[i])
      error({
        code: 'missing-translation',
        ...(where.sessionNumber !== undefined ? { sessionNumber: where.sessionNumber } : {}),
        ...(where.sessionId !== undefined ? { sessionId: where.sessionId } : {}),
        ...(where.chapterId !== undefined ? { chapterId: where.chapterId } : {}),
        field: where.field,
        ...(where.item !== undefined ? { item: where.item } : {}),
        locale,
        messages: {
          es: `${where.prefix.es}${where.label.es} — falta en ${localeName(locale, 'es')}${others.length ? ` (escrito en ${localeNames(others, 'es')})` : ''}.`,
          en: `${where.prefix.en}${where.label.en} is missing in ${localeName(locale, 'en')}${others.length ? ` (written in ${localeNames(others, 'en')})` : ''}.`,
        },
      })
    })
  }

  // The track as a whole.
  translation('text', snapshot.track.title, true, {
    field: 'track.title',
    label: { es: 'título de la línea', en: 'track title' },
    prefix: { es: 'Línea: ', en: 'Track: ' },
  })
  if (snapshot.sessions.length === 0) {
    error({
      code: 'no-sessions',
      field: 'sessions',
      messages: {
        es: 'La línea no tiene ninguna sesión publicada: publica al menos una antes de generar una versión.',
        en: 'The track has no published session: publish at least one before releasing it.',
      },
    })
  } else if (snapshot.sessions.length < snapshot.track.plannedSessions) {
    const confirmed = Boolean(options.confirmFewerSessions)
    const planned = snapshot.track.plannedSessions
    const published = snapshot.sessions.length
    const messages: Bilingual = {
      es:
        `La línea prevé ${planned} sesiones pero solo hay ${published} publicadas` +
        (confirmed
          ? ' (confirmado por quien diseña).'
          : `. Publica las que faltan o marca «${CONFIRM_FEWER_SESSIONS_LABEL.es}».`),
      en:
        `The track plans ${planned} sessions but only ${published} are published` +
        (confirmed ? ' (confirmed by the designer).' : `. Publish the missing sessions, or tick «${CONFIRM_FEWER_SESSIONS_LABEL.en}».`),
    }
    problems.push({ code: 'fewer-sessions', severity: 'warning', blocking: !confirmed, field: 'sessions', confirmWith: 'confirmFewerSessions', message: messages.en, messages })
  }

  const resourceUse = new Map<string, number[]>()
  const sessionIdByNumber = new Map<number, string>()
  for (const session of snapshot.sessions) {
    const prefix = both((language) => `${sessionName(session, locales, language)}: `)
    const number = session.number
    const sessionId = String(session.id)
    sessionIdByNumber.set(number, sessionId)
    const at = { sessionNumber: number, sessionId }

    // Timing, with the one rule publishing already applies.
    const timing = sessionTiming(session.activities, session.duration)
    if (!timing.balanced) {
      const args = { number, title: firstTitle(session.title, locales) ?? null, activities: session.activities, durationMinutes: session.duration }
      error({
        code: 'timing',
        ...at,
        field: 'activities',
        messages: both((language) => publishTimingProblem(args, language) ?? ''),
      })
    }

    for (const { field, kind, required, label } of SESSION_FIELDS) {
      translation(kind, session[field], required, { ...at, field, label, prefix })
    }
    session.activities.forEach((activity, index) => {
      const item = index + 1
      const activityTitle = locales.map((l) => activity.title?.[l]).find(hasText)
      const named = activityTitle ? ` «${activityTitle}»` : ''
      const of = (es: string, en: string): Bilingual => ({ es: `${es} de la actividad ${item}${named}`, en: `${en} of activity ${item}${named}` })
      translation('text', activity.title, true, { ...at, field: 'activities.title', item, label: of('título', 'title'), prefix })
      translation('rich', activity.participantContent, false, { ...at, field: 'activities.participantContent', item, label: of('contenido para participantes', 'participant content'), prefix })
      translation('rich', activity.facilitatorInstructions, false, { ...at, field: 'activities.facilitatorInstructions', item, label: of('instrucciones para facilitación', 'facilitator instructions'), prefix })
      if (activity.resourceId) resourceUse.set(activity.resourceId, [...(resourceUse.get(activity.resourceId) ?? []), number])
    })
    session.handouts.forEach((handout, index) => {
      const item = index + 1
      translation('text', handout.title, true, { ...at, field: 'handouts.title', item, label: { es: `título de la hoja ${item}`, en: `title of handout ${item}` }, prefix })
      translation('rich', handout.body, false, { ...at, field: 'handouts.body', item, label: { es: `texto de la hoja ${item}`, en: `text of handout ${item}` }, prefix })
    })
    for (const id of session.resourceIds) resourceUse.set(id, [...(resourceUse.get(id) ?? []), number])
  }

  // Front matter: each chapter's title and text in every release locale (the text only when written in one).
  ;(snapshot.chapters ?? []).forEach((chapter, index) => {
    const title = firstTitle(chapter.title, locales)
    const kind = isManualChapterKind(chapter.kind) ? chapter.kind : 'other'
    const named = (language: Language) => (title ? `«${title}»` : `${index + 1} (${manualChapterKindLabel(kind, language)})`)
    const prefix = both((language) => `${language === 'es' ? 'Capítulo' : 'Chapter'} ${named(language)}: `)
    const at = { chapterId: String(chapter.id), field: '', item: index + 1 }
    translation('text', chapter.title, true, { ...at, field: 'chapters.title', label: { es: 'título', en: 'title' }, prefix })
    translation('rich', chapter.body, false, { ...at, field: 'chapters.body', label: { es: 'texto', en: 'text' }, prefix })
  })

  // Glossary: a term (with its definition) in every release locale, and its plain-language
  // definition for the workbook in every locale when written in one.
  const terms = new Map<string, Map<LocaleCode, { term: string; plain: boolean }>>()
  // The release's own locales first, in its order: the problem lines keep one order whatever order
  // the stored snapshot's keys come back in (MongoDB and SQL differ).
  const glossary = snapshot.glossary ?? {}
  const glossaryLocales = [...locales.filter((locale) => locale in glossary), ...Object.keys(glossary).filter((locale) => !locales.includes(locale))]
  for (const [locale, entries] of glossaryLocales.map((locale) => [locale, glossary[locale]] as const)) {
    for (const entry of entries ?? []) {
      if (entry.id === undefined || entry.id === null) continue // releases made before terms kept their id
      const id = String(entry.id)
      if (!terms.has(id)) terms.set(id, new Map())
      terms.get(id)!.set(locale, { term: entry.term, plain: hasText(entry.participantDefinition) })
    }
  }
  const termName = (termId: string, byLocale: Map<LocaleCode, { term: string }>) =>
    locales.map((locale) => byLocale.get(locale)?.term).find(hasText) ?? [...byLocale.values()][0]?.term ?? termId
  // In the glossary's own order (alphabetical), not the order the database returned the terms in.
  const sortedTerms = [...terms].sort(([a, byA], [b, byB]) => termName(a, byA).localeCompare(termName(b, byB), locales[0] ?? 'es'))
  for (const [termId, byLocale] of sortedTerms) {
    const name = termName(termId, byLocale)
    const prefix: Bilingual = { es: `Glosario, término «${name}»: `, en: `Glossary term «${name}»: ` }
    const inRelease = locales.filter((locale) => byLocale.has(locale))
    const plainIn = inRelease.filter((locale) => byLocale.get(locale)!.plain)
    for (const locale of locales) {
      const written = (list: LocaleCode[], language: Language) => {
        const others = list.filter((other) => other !== locale)
        return localeNames(others.length ? others : [...byLocale.keys()], language)
      }
      if (!byLocale.has(locale)) {
        error({
          code: 'missing-translation',
          termId,
          field: 'glossary.term',
          locale,
          messages: {
            es: `${prefix.es}el término y su definición faltan en ${localeName(locale, 'es')} (escritos en ${written(inRelease, 'es')}).`,
            en: `${prefix.en}the term and its definition are missing in ${localeName(locale, 'en')} (written in ${written(inRelease, 'en')}).`,
          },
        })
      } else if (plainIn.length && !byLocale.get(locale)!.plain) {
        error({
          code: 'missing-translation',
          termId,
          field: 'glossary.participantDefinition',
          locale,
          messages: {
            es: `${prefix.es}la definición en lenguaje sencillo falta en ${localeName(locale, 'es')} (escrita en ${written(plainIn, 'es')}); sin ella el término no va en el cuaderno.`,
            en: `${prefix.en}the plain-language definition is missing in ${localeName(locale, 'en')} (written in ${written(plainIn, 'en')}); without it the term stays out of the workbook.`,
          },
        })
      }
    }
  }

  // Captions: every participant-facing video or audio, in every release locale.
  for (const resource of snapshot.resources) {
    if (resource.audience !== 'participant' || (resource.kind !== 'video' && resource.kind !== 'audio')) continue
    const sessions = [...new Set(resourceUse.get(resource.id) ?? [])].sort((a, b) => a - b)
    const title = locales.map((l) => resource.title?.[l]).find(hasText) ?? resource.id
    const video = resource.kind === 'video'
    for (const locale of locales) {
      if ((resource.captionLanguages ?? []).includes(locale)) continue
      const list = sessions.join(', ')
      error({
        code: 'missing-captions',
        ...(sessions.length ? { sessionNumber: sessions[0], sessionId: sessionIdByNumber.get(sessions[0]) } : {}),
        field: 'resources',
        locale,
        resourceId: resource.id,
        messages: {
          es: `${video ? 'El video' : 'El audio'} «${title}»${sessions.length ? ` (sesión ${list})` : ''} no tiene subtítulos en ${localeName(locale, 'es')}.`,
          en: `${video ? 'Video' : 'Audio'} «${title}»${sessions.length ? ` (session ${list})` : ''} has no captions in ${localeName(locale, 'en')}.`,
        },
      })
    }
  }

  // An open group (the Duluth model): every theme as long as declared, each opening with its vignette.
  problems.push(...openGroupProblems(snapshot))

  return problems.sort(
    (a, b) => (a.sessionNumber ?? 0) - (b.sessionNumber ?? 0),
  )
}

export const blockingProblems = (problems: readonly ReleaseProblem[]) => problems.filter((problem) => problem.blocking)

/**
 * A release with no change to any session (nor, `otherContentChanged`, to the front matter,
 * glossary, directory or anything else readers see) since the previous one and no notes in any locale:
 * a warning the designer confirms (`confirmNoChanges`), since facilitators would receive a new
 * version with nothing to tell them. A first release is never "unchanged".
 */
export function noChangesProblem(
  changes: Pick<ReleaseChanges, 'previousVersion' | 'sessionsAdded' | 'sessionsRemoved' | 'sessionsChanged'>,
  hasNotes: boolean,
  confirmed: boolean,
  otherContentChanged = false,
): ReleaseProblem | null {
  if (!changes.previousVersion || hasNotes || otherContentChanged) return null
  if (changes.sessionsAdded.length || changes.sessionsRemoved.length || changes.sessionsChanged.length) return null
  const previous = changes.previousVersion
  const messages: Bilingual = confirmed
    ? {
        es: `Ninguna sesión cambió desde la versión ${previous} y la versión no tiene notas (confirmado por quien diseña).`,
        en: `No session changed since release ${previous} and the release has no notes (confirmed by the designer).`,
      }
    : {
        es: `Ninguna sesión cambió desde la versión ${previous} y la versión no tiene notas. Escribe en las notas por qué se publica o marca «${CONFIRM_NO_CHANGES_LABEL.es}».`,
        en: `No session changed since release ${previous} and the release has no notes. Say in the notes why it is published, or tick «${CONFIRM_NO_CHANGES_LABEL.en}».`,
      }
  return { code: 'no-changes', severity: 'warning', blocking: !confirmed, field: 'notes', confirmWith: 'confirmNoChanges', message: messages.en, messages }
}

/** One message listing every blocking problem, for the 422 answer and the admin's toast. */
export function formatReleaseProblems(
  problems: readonly ReleaseProblem[],
  release: { version: string; track?: string },
  language: Language = 'en',
): string {
  const blocking = blockingProblems(problems)
  const count = blocking.length
  // The create form checks before a version is written: then the release is "this" one.
  const version = release.version.trim()
  if (count === 0) {
    return language === 'es'
      ? `${version ? `La versión ${version}` : 'Esta versión'}${release.track ? ` de «${release.track}»` : ''} puede generarse: nada la impide.`
      : `${version ? `Release ${version}` : 'This release'}${release.track ? ` of «${release.track}»` : ''} can be built: nothing stands in its way.`
  }
  const head =
    language === 'es'
      ? `${version ? `La versión ${version}` : 'Esta versión'}${release.track ? ` de «${release.track}»` : ''} no puede generarse: ${count} problema${count === 1 ? '' : 's'}.`
      : `${version ? `Release ${version}` : 'This release'}${release.track ? ` of «${release.track}»` : ''} cannot be built: ${count} problem${count === 1 ? '' : 's'}.`
  return [head, ...blocking.map((problem) => `- ${problem.messages[language]}`)].join('\n')
}
