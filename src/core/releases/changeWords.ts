/**
 * "What changed" since the previous release, in the words a facilitator reads: each session by
 * its number and title, and the parts of it that changed by the names the manual and the portal
 * give them ("Sesión 4 «Mis derechos»: notas de seguridad, agenda y actividades"), never the
 * Sessions collection's field names. One wording for the manual, the portal and the admin.
 */
import type { Label } from '@/core/vocabulary'
import { sessionFieldLabel } from '@/core/vocabulary'
import type { ChangedField, LocaleCode, Localized, ReleaseChanges, SessionRef } from './snapshot'
import { pickLocale } from './snapshot'
import { languageName } from './render/strings'

export type ChangeLanguage = keyof Label

const WORDS = {
  es: {
    session: 'Sesión',
    quote: (title: string) => `«${title}»`,
    renumberedFrom: (n: number) => `antes sesión ${n}`,
    onlyIn: (languages: string) => `solo en ${languages}`,
    and: 'y',
    sessionsAdded: 'Sesiones nuevas',
    sessionsRemoved: 'Sesiones retiradas',
    sessionsChanged: 'Sesiones modificadas',
  },
  en: {
    session: 'Session',
    quote: (title: string) => `“${title}”`,
    renumberedFrom: (n: number) => `formerly session ${n}`,
    onlyIn: (languages: string) => `${languages} only`,
    and: 'and',
    sessionsAdded: 'New sessions',
    sessionsRemoved: 'Sessions removed',
    sessionsChanged: 'Sessions changed',
  },
} as const

/** "es-MX" → "es"; any other locale reads the English words (its titles stay its own). */
export function changeLanguage(locale: LocaleCode): ChangeLanguage {
  return locale.toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en'
}

function joinWords(items: string[], lang: ChangeLanguage): string {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${WORDS[lang].and} ${items.at(-1)}`
}

/** The title in this locale, else the release's other locales, else Spanish or English. */
function titleOf(title: Localized<string> | null | undefined, locale: LocaleCode, releaseLocales: readonly LocaleCode[]): string {
  const fallbacks = [...releaseLocales, 'es', 'en'].filter((code, i, all) => code !== locale && all.indexOf(code) === i)
  return (pickLocale(title ?? {}, locale, fallbacks) ?? '').trim()
}

/** "Sesión 4 «Mis derechos»" (the number alone when the session has no title). */
export function sessionName(ref: Pick<SessionRef, 'number' | 'title'>, locale: LocaleCode, releaseLocales: readonly LocaleCode[] = []): string {
  const lang = changeLanguage(locale)
  const title = titleOf(ref.title, locale, releaseLocales)
  return `${WORDS[lang].session} ${ref.number}${title ? ` ${WORDS[lang].quote(title)}` : ''}`
}

/**
 * One changed part: "notas de seguridad", or "título (solo en inglés)" when the text changed in
 * some of the release's languages only.
 */
export function changedPart(changed: ChangedField, locale: LocaleCode, releaseLocales: readonly LocaleCode[]): string {
  const lang = changeLanguage(locale)
  const label = sessionFieldLabel(changed.field, lang)
  const partial = changed.locales && changed.locales.length > 0 && changed.locales.length < releaseLocales.length
  if (!partial) return label
  const languages = joinWords(changed.locales!.map((code) => languageName(code, locale)), lang)
  return `${label} (${WORDS[lang].onlyIn(languages)})`
}

/** A changed session as one line: "Sesión 2 «Mitos» (antes sesión 3): notas de seguridad, título". */
export function changedSessionLine(
  session: ReleaseChanges['sessionsChanged'][number],
  locale: LocaleCode,
  releaseLocales: readonly LocaleCode[],
): string {
  const lang = changeLanguage(locale)
  const renumbered = session.previousNumber !== undefined && session.previousNumber !== null ? ` (${WORDS[lang].renumberedFrom(session.previousNumber)})` : ''
  const parts = session.fields.map((changed) => changedPart(changed, locale, releaseLocales))
  return `${sessionName(session, locale, releaseLocales)}${renumbered}${parts.length ? `: ${parts.join(', ')}` : ''}`
}

export interface ChangeGroup {
  kind: 'added' | 'removed' | 'changed'
  label: string
  items: string[]
}

/**
 * The release's changes as labelled groups of lines in one locale (new, removed, changed
 * sessions), empty groups left out. `releaseLocales`: the release's languages, to say when a text
 * changed in some of them only.
 */
export function describeChanges(changes: ReleaseChanges, locale: LocaleCode, releaseLocales: readonly LocaleCode[]): ChangeGroup[] {
  const words = WORDS[changeLanguage(locale)]
  const groups: ChangeGroup[] = [
    { kind: 'added', label: words.sessionsAdded, items: (changes.sessionsAdded ?? []).map((ref) => sessionName(ref, locale, releaseLocales)) },
    { kind: 'removed', label: words.sessionsRemoved, items: (changes.sessionsRemoved ?? []).map((ref) => sessionName(ref, locale, releaseLocales)) },
    {
      kind: 'changed',
      label: words.sessionsChanged,
      items: (changes.sessionsChanged ?? []).map((session) => changedSessionLine(session, locale, releaseLocales)),
    },
  ]
  return groups.filter((group) => group.items.length > 0)
}
