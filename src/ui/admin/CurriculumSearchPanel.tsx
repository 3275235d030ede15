'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { SearchHit } from '@/core/curriculum/search'

/** The search box and its results; the search itself runs on the server (GET /api/search). */
export function CurriculumSearchPanel() {
  const { i18n } = useTranslation()
  const es = i18n.language.startsWith('es')
  const [query, setQuery] = useState('')
  const [locale, setLocale] = useState('')
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function search(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const params = new URLSearchParams({ q: query })
      if (locale) params.set('locale', locale)
      const response = await fetch(`/api/search?${params}`, { credentials: 'include' })
      const body = await response.json()
      if (!response.ok) {
        setHits(null)
        setProblem(body?.errors?.[0]?.message ?? String(response.status))
      } else setHits(body.hits)
    } catch {
      setProblem(es ? 'No se pudo buscar. ¿Hay conexión?' : 'The search failed. Are you online?')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="curriculum-search">
      <form onSubmit={search} role="search" className="curriculum-search__form">
        <label htmlFor="curriculum-search-query">{es ? 'Buscar en sesiones, actividades y recursos' : 'Search sessions, activities and resources'}</label>
        <div className="curriculum-search__row">
          <input id="curriculum-search-query" name="q" type="search" value={query} onChange={(event) => setQuery(event.target.value)} minLength={2} required />
          <select aria-label={es ? 'Idioma' : 'Language'} value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="">{es ? 'Todos los idiomas' : 'All languages'}</option>
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {es ? 'Buscar' : 'Search'}
          </button>
        </div>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      {hits ? (
        <>
          <p aria-live="polite">{es ? `${hits.length} resultados` : `${hits.length} results`}</p>
          <ol className="curriculum-search__hits">
            {hits.map((hit) => (
              <li key={`${hit.collection}-${hit.id}-${hit.locale}-${hit.where}`}>
                <a href={`/admin/collections/${hit.collection}/${encodeURIComponent(String(hit.id))}?locale=${hit.locale}`}>{hit.title || '—'}</a>{' '}
                <span className="curriculum-search__where">
                  {hit.where} · {hit.locale.toUpperCase()}
                </span>
                <div className="curriculum-search__excerpt">{hit.excerpt}</div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  )
}
