/**
 * Curriculum search for the team: sessions (with every activity), and resources, in every
 * content locale, accent-insensitive ("violencia" finds "Violéncia", "nino" finds "niño"), with
 * prefixes and small typos forgiven. MiniSearch does the indexing and ranking; this module only
 * says what is searchable and where a hit sits (which session, which activity, which language).
 */
import MiniSearch from 'minisearch'

import { lexicalToPlainText } from '@/core/richtext/lexical'

type ID = number | string
type Localized<T> = Partial<Record<string, T | null | undefined>> | T | null | undefined

export interface SearchableSession {
  id: ID
  number?: number | null
  _status?: string | null
  title?: Localized<string>
  summary?: Localized<string>
  objectives?: Array<{ objective?: Localized<string> } | null> | null
  contentNotes?: Localized<unknown>
  facilitatorNotes?: Localized<unknown>
  safetyNotes?: Localized<unknown>
  activities?: Array<{
    title?: Localized<string>
    blockType?: string | null
    facilitatorInstructions?: Localized<unknown>
    participantContent?: Localized<unknown>
  } | null> | null
}

export interface SearchableResource {
  id: ID
  title?: Localized<string>
  description?: Localized<string>
  transcript?: Localized<unknown>
  kind?: string | null
}

export interface SearchHit {
  collection: 'sessions' | 'resources'
  id: ID
  locale: string
  /** The document's title in that locale. */
  title: string
  /** Where in the document: "Sesión 3", "Sesión 3 · actividad 2: Ronda", a resource's kind. */
  where: string
  /** A short excerpt around the first matching word. */
  excerpt: string
  score: number
}

interface SearchEntry {
  key: string
  collection: 'sessions' | 'resources'
  id: ID
  locale: string
  title: string
  where: string
  text: string
}

function inLocale<T>(value: Localized<T>, locale: string): T | null {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in (value as object))) {
    return ((value as Record<string, T | null | undefined>)[locale] ?? null) as T | null
  }
  return (value as T) ?? null
}
const plain = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? lexicalToPlainText(value) : ''

/** Lower case without accents, so that Spanish text is found however it is typed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

export function searchEntries(input: { sessions: SearchableSession[]; resources: SearchableResource[]; locales: string[] }): SearchEntry[] {
  const entries: SearchEntry[] = []
  for (const locale of input.locales) {
    const es = locale === 'es'
    for (const session of input.sessions) {
      const title = plain(inLocale(session.title, locale))
      const name = `${es ? 'Sesión' : 'Session'} ${session.number ?? '?'}`
      const sessionText = [
        title,
        plain(inLocale(session.summary, locale)),
        ...(session.objectives ?? []).map((objective) => plain(inLocale(objective?.objective, locale))),
        plain(inLocale(session.contentNotes, locale)),
        plain(inLocale(session.facilitatorNotes, locale)),
        plain(inLocale(session.safetyNotes, locale)),
      ].filter(Boolean)
      if (sessionText.length) {
        entries.push({ key: `s:${session.id}:${locale}`, collection: 'sessions', id: session.id, locale, title, where: name, text: sessionText.join('\n') })
      }
      ;(session.activities ?? []).forEach((activity, index) => {
        if (!activity) return
        const activityTitle = plain(inLocale(activity.title, locale))
        const text = [activityTitle, plain(inLocale(activity.facilitatorInstructions, locale)), plain(inLocale(activity.participantContent, locale))]
          .filter(Boolean)
          .join('\n')
        if (!text) return
        entries.push({
          key: `s:${session.id}:${locale}:a${index}`,
          collection: 'sessions',
          id: session.id,
          locale,
          title,
          where: `${name} · ${es ? 'actividad' : 'activity'} ${index + 1}: ${activityTitle}`,
          text,
        })
      })
    }
    for (const resource of input.resources) {
      const title = plain(inLocale(resource.title, locale))
      const text = [title, plain(inLocale(resource.description, locale)), plain(inLocale(resource.transcript, locale))].filter(Boolean).join('\n')
      if (!text) continue
      entries.push({ key: `r:${resource.id}:${locale}`, collection: 'resources', id: resource.id, locale, title, where: resource.kind ?? '', text })
    }
  }
  return entries
}

function excerptAround(text: string, terms: string[], width = 80): string {
  const folded = foldForSearch(text)
  const positions = terms.map((term) => folded.indexOf(foldForSearch(term))).filter((position) => position >= 0)
  const at = positions.length ? Math.min(...positions) : 0
  const start = Math.max(0, at - width / 2)
  const slice = text.slice(start, start + width).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${slice}${start + width < text.length ? '…' : ''}`
}

/** Builds the index once; search it as often as needed. */
export function buildCurriculumIndex(entries: SearchEntry[]) {
  const index = new MiniSearch<SearchEntry>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['collection', 'id', 'locale', 'title', 'where', 'text'],
    processTerm: (term) => foldForSearch(term),
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  })
  index.addAll(entries)
  return {
    search(query: string, options: { locale?: string; limit?: number } = {}): SearchHit[] {
      const results = index.search(query, options.locale ? { filter: (result) => result.locale === options.locale } : {})
      return results.slice(0, options.limit ?? 50).map((result) => ({
        collection: result.collection,
        id: result.id,
        locale: result.locale,
        title: result.title,
        where: result.where,
        excerpt: excerptAround(result.text, result.terms),
        score: result.score,
      }))
    },
  }
}
