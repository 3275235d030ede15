import type { Metadata } from 'next'
import type { Where } from 'payload'

import { LANGUAGES, SERVICE_KINDS, SERVICE_REGIONS as STATES } from '@/core/vocabulary'
import { PublicShell } from '@/ui/portal/PublicShell'
import { telHref } from '@/ui/format'
import type { UILanguage } from '@/ui/strings'
import { currentLanguage, payloadClient } from '@/portal/server'
import type { Service } from '@payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: t.directoryTitle }
}

type Label = string | Record<string, string>
const labelIn = (label: Label, lang: UILanguage) => (typeof label === 'string' ? label : label[lang] ?? label.es)



type Filters = { state?: string; kind?: string; language?: string; rural?: boolean }

function readFilters(params: Record<string, string | string[] | undefined>): Filters {
  const one = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined)
  const pick = (value: string | undefined, allowed: { value: string }[]) => (value && allowed.some((o) => o.value === value) ? value : undefined)
  return {
    state: pick(one('estado'), STATES),
    kind: pick(one('tipo'), SERVICE_KINDS),
    language: pick(one('idioma'), LANGUAGES),
    rural: one('rural') === '1',
  }
}

function whereOf(filters: Filters): Where {
  const and: Where[] = []
  // A national service serves every state.
  if (filters.state) and.push({ state: { in: filters.state === 'national' ? ['national'] : [filters.state, 'national'] } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.language) and.push({ languages: { in: [filters.language] } })
  if (filters.rural) and.push({ ruralCoverage: { equals: true } })
  return and.length ? { and } : {}
}

/** The public directory of services, filtered by plain GET parameters (works without JavaScript). */
export default async function ServicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang, t } = await currentLanguage()
  const filters = readFilters(await searchParams)
  const payload = await payloadClient()
  // Read as an anonymous visitor: the access rules show published entries only.
  const { docs } = await payload.find({
    collection: 'services',
    where: whereOf(filters),
    overrideAccess: false,
    user: null,
    locale: lang,
    depth: 0,
    limit: 500,
    pagination: false,
    sort: ['state', 'name'],
  })
  const services = docs as Service[]
  const kindLabel = (kind: string) => labelIn((SERVICE_KINDS.find((k) => k.value === kind)?.label ?? kind) as Label, lang)
  const stateLabel = (state: string) => labelIn(STATES.find((s) => s.value === state)?.label ?? state, lang)
  const languageLabel = (code: string) => labelIn(LANGUAGES.find((l) => l.value === code)?.label ?? code, lang)
  const query = new URLSearchParams(
    Object.entries({ estado: filters.state, tipo: filters.kind, idioma: filters.language, rural: filters.rural ? '1' : undefined }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  ).toString()

  return (
    <PublicShell lang={lang} t={t} here={query ? `/servicios?${query}` : '/servicios'}>
      <h1>{t.directory}</h1>
      <p>{t.landingEmergency}</p>
      <form method="get" action="/servicios" className="filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t.filters}</h2>
        <div className="filters__grid">
          <label>
            {t.state}
            <select name="estado" defaultValue={filters.state ?? ''}>
              <option value="">{t.any}</option>
              {STATES.map((state) => (
                <option key={state.value} value={state.value}>
                  {labelIn(state.label, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.kind}
            <select name="tipo" defaultValue={filters.kind ?? ''}>
              <option value="">{t.any}</option>
              {SERVICE_KINDS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {labelIn(kind.label, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.language}
            <select name="idioma" defaultValue={filters.language ?? ''}>
              <option value="">{t.anyLanguage}</option>
              {LANGUAGES.map((language) => (
                <option key={language.value} value={language.value}>
                  {labelIn(language.label, lang)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" name="rural" value="1" defaultChecked={filters.rural} />
            {t.rural}
          </label>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t.applyFilters}
          </button>
          <a href="/servicios" className="button button--quiet">
            {t.clearFilters}
          </a>
        </div>
      </form>

      <p role="status" className="results-count">
        {t.resultsCount(services.length)}
      </p>
      {services.length === 0 ? <p>{t.noResults}</p> : null}
      <ul className="services">
        {services.map((service) => (
          <li key={String(service.id)} className="service card">
            <h3>{service.name}</h3>
            <p className="service__meta">
              {kindLabel(service.kind)} · {stateLabel(service.state)}
              {service.municipality ? ` · ${service.municipality}` : ''}
            </p>
            <p>
              <a className="button button--call" href={telHref(service.phone)}>
                {t.call} {service.phone}
              </a>
            </p>
            {service.description ? <p>{service.description}</p> : null}
            <dl className="service__details">
              {service.hours ? (
                <>
                  <dt>{t.hours}</dt>
                  <dd>{service.hours}</dd>
                </>
              ) : null}
              {service.servesWhom ? (
                <>
                  <dt>{t.servesWhom}</dt>
                  <dd>{service.servesWhom}</dd>
                </>
              ) : null}
              {service.address ? (
                <>
                  <dt>{t.address}</dt>
                  <dd>{service.address}</dd>
                </>
              ) : null}
              {service.languages?.length ? (
                <>
                  <dt>{t.languagesLabel}</dt>
                  <dd>{service.languages.map(languageLabel).join(', ')}</dd>
                </>
              ) : null}
            </dl>
            {service.ruralCoverage ? <p className="badge">{t.ruralYes}</p> : null}
          </li>
        ))}
      </ul>
    </PublicShell>
  )
}
