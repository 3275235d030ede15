import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import type { Where } from 'payload'

import { labelOf, SERVICE_KINDS } from '@/core/vocabulary'
import { orderDirectory, SERVES, servesValuesFor } from '@/core/services/directory'
import { PublicShell } from '@/ui/portal/PublicShell'
import { telHref } from '@/ui/format'
import type { Strings, UILanguage } from '@/ui/strings'
import { currentLanguage, publicPageContext } from '@/portal/server'
import { FILTERS_COOKIE, type Filters, hasFilters, type Label, LANGUAGES, readFilters, STATES } from '@/portal/directoryFilters'
import type { Service } from '@payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: t.directoryTitle }
}

const labelIn = (label: Label, lang: UILanguage) => (typeof label === 'string' ? label : label[lang] ?? label.es)

function whereOf(filters: Filters): Where {
  const and: Where[] = []
  // A national service serves every state.
  if (filters.state) and.push({ state: { in: filters.state === 'national' ? ['national'] : [filters.state, 'national'] } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.language) and.push({ languages: { in: [filters.language] } })
  if (filters.serves) and.push({ serves: { in: servesValuesFor(filters.serves) } })
  if (filters.rural) and.push({ ruralCoverage: { equals: true } })
  return and.length ? { and } : {}
}

function ServiceCard({ service, t, lang }: { service: Service; t: Strings; lang: UILanguage }) {
  const kindLabel = (kind: string) => labelOf(SERVICE_KINDS, kind, lang)
  const stateLabel = (state: string) => labelOf(STATES, state, lang)
  const languageLabel = (code: string) => labelOf(LANGUAGES, code, lang)
  return (
    <li className="service card">
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
  )
}

/**
 * The public directory of services: national lines first, then the chosen state's services.
 * Filters are posted (see src/portal/directoryFilters.ts), so none goes into the address and
 * the browser's history; the form works without JavaScript.
 */
export default async function ServicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang, t, help, payload } = await publicPageContext()
  const params = await searchParams
  const fromQuery = readFilters((key) => (typeof params[key] === 'string' ? (params[key] as string) : null))
  const stored = new URLSearchParams((await cookies()).get(FILTERS_COOKIE)?.value ?? '')
  const filters = hasFilters(fromQuery) ? fromQuery : readFilters((key) => stored.get(key))
  const find = (where: Where) =>
    // Read as an anonymous visitor: the access rules show published entries only.
    payload.find({ collection: 'services', where, overrideAccess: false, user: null, locale: lang, depth: 0, limit: 500, pagination: false })
  const stateLabel = (state: string) => labelOf(STATES, state, lang)
  const services = orderDirectory((await find(whereOf(filters))).docs as Service[], { state: filters.state, stateName: stateLabel, locale: lang })
  // An empty result still offers somewhere to call: the national lines (for whom she chose).
  const nationalLines = services.length
    ? []
    : orderDirectory(
        (await find(whereOf({ state: 'national', serves: filters.serves }))).docs as Service[],
        { locale: lang },
      )

  return (
    <PublicShell lang={lang} t={t} here="/servicios" help={help}>
      <h1>{t.directory}</h1>
      <p>
        {t.emergencyLead} <a href={telHref(help.emergency)}>{help.emergency}</a>.
      </p>
      <form method="post" action="/servicios/filtros" data-replace="/servicios" className="filters" aria-labelledby="filters-title">
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
            {t.servesLabel}
            <select name="atiende" defaultValue={filters.serves ?? ''}>
              <option value="">{t.any}</option>
              {SERVES.map((value) => (
                <option key={value} value={value}>
                  {t.servesOptions[value]}
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
          <a href="/servicios/filtros" className="button button--quiet">
            {t.clearFilters}
          </a>
        </div>
      </form>

      <p role="status" className="results-count">
        {t.resultsCount(services.length)}
      </p>
      {services.length === 0 ? (
        <section aria-labelledby="no-results">
          <p id="no-results">{nationalLines.length ? t.noResultsLines : t.noResults}</p>
          <ul className="services">
            {nationalLines.map((service) => (
              <ServiceCard key={String(service.id)} service={service} t={t} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}
      {services.length ? (
        <ul className="services">
          {services.map((service) => (
            <ServiceCard key={String(service.id)} service={service} t={t} lang={lang} />
          ))}
        </ul>
      ) : null}
    </PublicShell>
  )
}
