'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { SearchGroup, SearchHit } from '@/core/curriculum/search'
import { formatNumber } from '@/ui/format'
import { adminLanguage, STRINGS } from '@/ui/strings'

/**
 * The search box and its results, one entry per session (track, number, title) or resource, with
 * the places in it that matched; the search itself runs on the server (GET /api/search).
 */
export function CurriculumSearchPanel() {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const t = STRINGS[lang].admin
  const [query, setQuery] = useState('')
  const [locale, setLocale] = useState('')
  const [groups, setGroups] = useState<SearchGroup[] | null>(null)
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
        setGroups(null)
        setProblem(body?.errors?.[0]?.message ?? String(response.status))
      } else setGroups(body.groups ?? [])
    } catch {
      setProblem(t.search.offline)
    } finally {
      setBusy(false)
    }
  }

  const link = (group: SearchGroup, hit: SearchHit) =>
    `/admin/collections/${group.collection}/${encodeURIComponent(String(group.id))}?locale=${encodeURIComponent(hit.locale)}`
  const place = (hit: SearchHit) =>
    hit.activity ? t.place.activity(formatNumber(hit.activity.number, lang), hit.activity.title) : t.search.inSession
  const sessions = groups?.filter((group) => group.collection === 'sessions') ?? []
  const resources = groups?.filter((group) => group.collection === 'resources') ?? []

  return (
    <div className="curriculum-search">
      <form onSubmit={search} role="search" className="curriculum-search__form">
        <label htmlFor="curriculum-search-query">{t.search.label}</label>
        <div className="curriculum-search__row">
          <input id="curriculum-search-query" name="q" type="search" value={query} onChange={(event) => setQuery(event.target.value)} minLength={2} required />
          <select aria-label={t.search.language} value={locale} onChange={(event) => setLocale(event.target.value)}>
            <option value="">{t.search.allLanguages}</option>
            <option value="es">{STRINGS[lang].localeNames.es}</option>
            <option value="en">{STRINGS[lang].localeNames.en}</option>
          </select>
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
            {t.search.submit}
          </button>
        </div>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      {groups ? (
        <div className="curriculum-search__results">
          <p aria-live="polite">
            {groups.length === 0
              ? t.search.none
              : t.search.results(t.search.sessionCount(sessions.length, formatNumber(sessions.length, lang)), t.search.resourceCount(resources.length, formatNumber(resources.length, lang)))}
          </p>
          {sessions.length ? (
            <>
              <h2>{t.search.sessions}</h2>
              <ol className="curriculum-search__groups">
                {sessions.map((group) => (
                  <li key={`${group.collection}-${group.id}`} className="curriculum-search__group" data-session-number={group.sessionNumber ?? ''}>
                    <h3 className="curriculum-search__group-title">
                      <span className="curriculum-search__where">
                        {group.trackTitle ? `${group.trackTitle} · ` : ''}
                        {t.place.session(group.sessionNumber == null ? '?' : formatNumber(group.sessionNumber, lang))}
                      </span>{' '}
                      <a href={link(group, group.hits[0])}>{group.title || '—'}</a>
                    </h3>
                    <ul className="curriculum-search__places">
                      {group.hits.map((hit) => (
                        <li key={`${hit.locale}-${hit.activity?.number ?? 0}`}>
                          <a href={link(group, hit)}>{place(hit)}</a> <span className="curriculum-search__locale">{hit.locale.toUpperCase()}</span>
                          <div className="curriculum-search__excerpt">{hit.excerpt}</div>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {resources.length ? (
            <>
              <h2>{t.search.resources}</h2>
              <ol className="curriculum-search__groups">
                {resources.map((group) => (
                  <li key={`${group.collection}-${group.id}`} className="curriculum-search__group">
                    <h3 className="curriculum-search__group-title">
                      <a href={link(group, group.hits[0])}>{group.title || '—'}</a>{' '}
                      <span className="curriculum-search__where">{t.resourceKinds[group.kind ?? ''] ?? ''}</span>
                    </h3>
                    <ul className="curriculum-search__places">
                      {group.hits.map((hit) => (
                        <li key={hit.locale}>
                          <span className="curriculum-search__locale">{hit.locale.toUpperCase()}</span>
                          <div className="curriculum-search__excerpt">{hit.excerpt}</div>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
