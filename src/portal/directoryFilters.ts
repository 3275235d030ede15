/**
 * The public directory's filters: what they may hold, and where they live between two pages.
 *
 * Not in the address: a filter for a state or for women's services in the URL goes into the
 * browser's history list, which no page can clear. The form posts them to /servicios/filtros,
 * which keeps them in a cookie of this site for half an hour (the quick exit deletes it) and
 * sends the browser back to /servicios. A plain query string (?estado=…) still works, for links.
 */
import { type Label, LANGUAGES, SERVICE_KINDS, SERVICE_REGIONS as STATES } from '@/core/vocabulary'
import { SERVES, type Serves } from '@/core/services/directory'

export const FILTERS_COOKIE = 'reeduca-filtros'
/** Long enough for one visit, short enough not to stay on a shared phone. */
export const FILTERS_MAX_AGE_SECONDS = 30 * 60

export { type Label, LANGUAGES, STATES }

export interface Filters {
  state?: string
  kind?: string
  language?: string
  serves?: Serves
  rural?: boolean
}

/** Filters from form fields or a query string (Spanish names); anything unknown is dropped. */
export function readFilters(get: (key: string) => string | null | undefined): Filters {
  const pick = (value: string | null | undefined, allowed: readonly { value: string }[]) => (value && allowed.some((o) => o.value === value) ? value : undefined)
  const serves = get('atiende')
  return {
    state: pick(get('estado'), STATES),
    kind: pick(get('tipo'), SERVICE_KINDS),
    language: pick(get('idioma'), LANGUAGES),
    serves: (SERVES as readonly string[]).includes(serves ?? '') ? (serves as Serves) : undefined,
    rural: get('rural') === '1',
  }
}

export function filtersToParams(filters: Filters): URLSearchParams {
  return new URLSearchParams(
    Object.entries({ estado: filters.state, tipo: filters.kind, idioma: filters.language, atiende: filters.serves, rural: filters.rural ? '1' : undefined }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  )
}

export const hasFilters = (filters: Filters) => filtersToParams(filters).toString() !== ''
