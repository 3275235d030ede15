import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { evaluationFilterFrom, readEvaluationReport } from '@/cms/reads/evaluation'
import { SUPPRESSION_THRESHOLD } from '@/core/evaluation/aggregate'
import { canSeeEvaluationReport } from '@/core/rules/roles'
import { adminLanguage, STRINGS } from '@/ui/strings'
import { AdminPage } from './AdminPage'
import { EvaluationTable } from './EvaluationTable'

type Search = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** Admin view /admin/evaluation: the coordinators' dashboard, with its CSV download. */
export async function EvaluationView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const { payload, user, i18n } = req
  const lang = adminLanguage(i18n.language)
  const text = STRINGS[lang].admin.evaluation
  const allowed = canSeeEvaluationReport(user as never)
  const search = ((await props.searchParams) ?? {}) as Search
  const params = new URLSearchParams()
  for (const name of ['state', 'track', 'from', 'to']) if (first(search[name])) params.set(name, first(search[name]))
  const report = allowed ? await readEvaluationReport(payload, evaluationFilterFrom(params), lang) : null
  params.set('lang', lang)

  return (
    <AdminPage {...props}>
      <h1>{text.heading}</h1>
      {!report ? (
        <p>{text.forbidden}</p>
      ) : (
        <>
          <p>{text.intro(SUPPRESSION_THRESHOLD)}</p>
          <form method="get" action="/admin/evaluation" className="evaluation-filters">
            <label>
              {text.state}{' '}
              <select name="state" defaultValue={first(search.state)}>
                <option value="">{text.all}</option>
                {report.states.map((state) => (
                  <option key={state.code} value={state.code}>
                    {state.name}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {text.track}{' '}
              <select name="track" defaultValue={first(search.track)}>
                <option value="">{text.all}</option>
                {report.tracks.map((track) => (
                  <option key={track.id} value={track.id}>
                    {track.title}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {text.from} <input name="from" placeholder="2026-T1" pattern="\d{4}-T[1-4]" size={8} defaultValue={first(search.from)} />
            </label>{' '}
            <label>
              {text.to} <input name="to" placeholder="2026-T4" pattern="\d{4}-T[1-4]" size={8} defaultValue={first(search.to)} />
            </label>{' '}
            <button type="submit" className="btn btn--style-secondary btn--size-small">
              {text.apply}
            </button>{' '}
            <a className="btn btn--style-primary btn--size-small" href={`/api/evaluation/report.csv?${params.toString()}`} download>
              {text.download}
            </a>
          </form>
          {report.rows.length === 0 ? <p>{text.empty}</p> : <EvaluationTable rows={report.rows} lang={lang} stateName={report.stateName} trackName={report.trackName} />}
        </>
      )}
    </AdminPage>
  )
}

/** The navigation link to the dashboard, for coordinators only. */
export function EvaluationNavLink({ user, i18n }: { user?: unknown; i18n?: { language?: string } }) {
  if (!canSeeEvaluationReport(user as never)) return null
  return (
    <a className="nav__link evaluation__nav-link" href="/admin/evaluation">
      <span className="nav__link-label">{STRINGS[adminLanguage(i18n?.language)].admin.evaluation.nav}</span>
    </a>
  )
}
