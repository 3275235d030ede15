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
  /** The track's id (or the populated track). */
  track?: unknown
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

export interface SearchableTrack {
  id: ID
  title?: Localized<string>
}

/** Where a hit sits, as data: the admin words it in its own language (src/ui/strings.ts). */
export interface SearchPlace {
  /** A session's number and its track's title (in the hit's locale, else any). */
  sessionNumber?: number | null
  trackTitle?: string
  /** The activity (1-based, as the form counts) and its title; absent for the session's own text. */
  activity?: { number: number; title: string }
  /** A resource's kind (video, audio, image, document). */
  kind?: string
}

export interface SearchHit extends SearchPlace {
  collection: 'sessions' | 'resources'
  id: ID
  locale: string
  /** The document's title in that locale. */
  title: string
  /** Where in the document, in the content's language: "Sesión 3", "Sesión 3 · actividad 2: Ronda", a resource's kind. */
  where: string
  /** A short excerpt around the first matching word. */
  excerpt: string
  score: number
}

interface SearchEntry extends SearchPlace {
  key: string
  collection: 'sessions' | 'resources'
  id: ID
  locale: string
  /** The document's title, shown with the hit. */
  title: string
  /** The heading searched with a boost: the session's or resource's title, or the activity's own
   * (an activity is not a hit merely because its session's title matches). */
  heading: string
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

const idOfTrack = (value: unknown): string | null => {
  if (value && typeof value === 'object') return 'id' in value ? String((value as { id: unknown }).id) : null
  return value == null ? null : String(value)
}

export function searchEntries(input: {
  sessions: SearchableSession[]
  resources: SearchableResource[]
  locales: string[]
  tracks?: SearchableTrack[]
}): SearchEntry[] {
  const entries: SearchEntry[] = []
  const tracks = new Map((input.tracks ?? []).map((track) => [String(track.id), track]))
  const trackTitleOf = (session: SearchableSession, locale: string): string => {
    const track = tracks.get(idOfTrack(session.track) ?? '')
    if (!track) return ''
    const inOwn = plain(inLocale(track.title, locale))
    if (inOwn) return inOwn
    for (const other of input.locales) {
      const text = plain(inLocale(track.title, other))
      if (text) return text
    }
    return ''
  }
  for (const locale of input.locales) {
    const es = locale === 'es'
    for (const session of input.sessions) {
      const title = plain(inLocale(session.title, locale))
      const name = `${es ? 'Sesión' : 'Session'} ${session.number ?? '?'}`
      const place: SearchPlace = { sessionNumber: session.number ?? null, trackTitle: trackTitleOf(session, locale) }
      const sessionText = [
        title,
        plain(inLocale(session.summary, locale)),
        ...(session.objectives ?? []).map((objective) => plain(inLocale(objective?.objective, locale))),
        plain(inLocale(session.contentNotes, locale)),
        plain(inLocale(session.facilitatorNotes, locale)),
        plain(inLocale(session.safetyNotes, locale)),
      ].filter(Boolean)
      if (sessionText.length) {
        entries.push({ key: `s:${session.id}:${locale}`, collection: 'sessions', id: session.id, locale, title, heading: title, where: name, text: sessionText.join('\n'), ...place })
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
          heading: activityTitle,
          where: `${name} · ${es ? 'actividad' : 'activity'} ${index + 1}: ${activityTitle}`,
          text,
          ...place,
          activity: { number: index + 1, title: activityTitle },
        })
      })
    }
    for (const resource of input.resources) {
      const title = plain(inLocale(resource.title, locale))
      const text = [title, plain(inLocale(resource.description, locale)), plain(inLocale(resource.transcript, locale))].filter(Boolean).join('\n')
      if (!text) continue
      entries.push({ key: `r:${resource.id}:${locale}`, collection: 'resources', id: resource.id, locale, title, heading: title, where: resource.kind ?? '', text, kind: resource.kind ?? '' })
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
    fields: ['heading', 'text'],
    storeFields: ['collection', 'id', 'locale', 'title', 'where', 'text', 'sessionNumber', 'trackTitle', 'activity', 'kind'],
    processTerm: (term) => foldForSearch(term),
    searchOptions: { boost: { heading: 3 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  })
  index.addAll(entries)
  return {
    search(query: string, options: { locale?: string; limit?: number } = {}): SearchHit[] {
      const results = index.search(query, options.locale ? { filter: (result) => result.locale === options.locale } : {})
      return results.slice(0, options.limit ?? 50).map((result) => {
        const hit: SearchHit = {
          collection: result.collection,
          id: result.id,
          locale: result.locale,
          title: result.title,
          where: result.where,
          excerpt: excerptAround(result.text, result.terms),
          score: result.score,
        }
        if (result.collection === 'sessions') {
          hit.sessionNumber = result.sessionNumber ?? null
          hit.trackTitle = result.trackTitle ?? ''
          if (result.activity) hit.activity = result.activity
        } else hit.kind = result.kind ?? ''
        return hit
      })
    },
  }
}

/** One session (or resource) among the results, with every place in it that matched. */
export interface SearchGroup {
  collection: 'sessions' | 'resources'
  id: ID
  /** The title in the best hit's locale. */
  title: string
  sessionNumber?: number | null
  trackTitle?: string
  kind?: string
  /** The best hit's score: groups come best first. */
  score: number
  hits: SearchHit[]
}

/**
 * Results as a person reads them: one entry per session (with its track and number) or resource,
 * holding the places in it that matched (the session's own text, each activity, each language),
 * best first; not one row per activity. Hits come in score order, so each group's first hit is
 * its best, and the groups keep that order.
 */
export function groupSearchHits(hits: SearchHit[], limit = 50): SearchGroup[] {
  const groups = new Map<string, SearchGroup>()
  for (const hit of hits) {
    const key = `${hit.collection}:${hit.id}`
    const group = groups.get(key)
    if (group) {
      group.hits.push(hit)
      continue
    }
    if (groups.size >= limit) continue
    groups.set(key, {
      collection: hit.collection,
      id: hit.id,
      title: hit.title,
      ...(hit.collection === 'sessions' ? { sessionNumber: hit.sessionNumber ?? null, trackTitle: hit.trackTitle ?? '' } : { kind: hit.kind ?? '' }),
      score: hit.score,
      hits: [hit],
    })
  }
  for (const group of groups.values()) {
    // Within a session: its own text first, then the activities in the order of the agenda.
    group.hits.sort((a, b) => (a.activity?.number ?? 0) - (b.activity?.number ?? 0) || a.locale.localeCompare(b.locale))
  }
  return [...groups.values()]
}
