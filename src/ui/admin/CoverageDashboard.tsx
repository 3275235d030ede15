import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { DEFAULT_LOCALE, localeCodes } from '@/core/locales'
import type { MissingField } from '@/core/curriculum/coverage'
import { canReadDrafts } from '@/core/rules/roles'
import { readCoverageReport } from '@/cms/reads/curriculum'
import type { ID } from '@/core/rules/ids'
import { formatNumber } from '@/ui/format'
import { adminLanguage, STRINGS } from '@/ui/strings'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string }; locale?: { code?: string } | null }

const LIST_LIMIT = 50

/**
 * The admin home's coverage report for the curriculum team (drafts readers); each item links to
 * the place to fix it. The figures come from src/core/curriculum/coverage.ts; this component only reads and lays out.
 */
export async function CoverageDashboard({ payload, user, i18n, locale }: Props) {
  if (!user || !canReadDrafts(user as never)) return null
  const lang = adminLanguage(i18n?.language)
  const strings = STRINGS[lang]
  const text = strings.admin.coverage
  const place = strings.admin.place
  const locales = localeCodes()
  // Track and resource titles in the admin's content locale (the sessions are read in all).
  const contentLocale = locale?.code && locales.includes(locale.code) ? locale.code : DEFAULT_LOCALE
  const report = await readCoverageReport(payload, user, contentLocale)

  const number = (value: number | null) => (value == null ? '?' : formatNumber(value, lang))
  const sessionName = (item: { number: number | null; title: string }) => `${place.session(number(item.number))}${item.title ? ` · ${item.title}` : ''}`
  const fieldLabel = (missing: MissingField) =>
    missing.field === 'activity-title'
      ? place.field(place.activity(number(missing.activity), missing.activityTitle), strings.sessionFields.title)
      : strings.sessionFields[missing.field]
  const localeName = (code: string) => strings.localeNames[code] ?? code.toUpperCase()
  /** Items in the order of the tracks table, under each track's title. */
  function byTrack<T extends { trackId: ID | null; trackTitle: string }>(items: T[]): Array<{ key: string; title: string; items: T[] }> {
    const order = report.tracks.map((track) => String(track.id))
    const groups = new Map<string, { key: string; title: string; items: T[] }>()
    for (const item of items) {
      const key = String(item.trackId)
      if (!groups.has(key)) groups.set(key, { key, title: item.trackTitle, items: [] })
      groups.get(key)!.items.push(item)
    }
    return [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
  }
  const missingShown = report.missingTranslations.slice(0, LIST_LIMIT)
  const withoutShown = report.sessionsWithoutAudiovisual.slice(0, LIST_LIMIT)

  const trackList = (id: string | number) => `/admin/collections/sessions?where[track][equals]=${encodeURIComponent(String(id))}`
  const sessionLink = (id: string | number, locale?: string) =>
    `/admin/collections/sessions/${encodeURIComponent(String(id))}${locale ? `?locale=${locale}` : ''}`

  return (
    <section className="coverage-dashboard" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{text.heading}</h2>
      <table className="admin-table coverage-dashboard__tracks">
        <thead>
          <tr>
            <th scope="col">{text.track}</th>
            <th scope="col">{text.planned}</th>
            <th scope="col">{text.written}</th>
            <th scope="col">{text.published}</th>
            <th scope="col">{text.approved}</th>
            <th scope="col">{text.inReview}</th>
          </tr>
        </thead>
        <tbody>
          {report.tracks.map((track) => (
            <tr key={String(track.id)}>
              <th scope="row">
                <a href={`/admin/collections/sessions?where[track][equals]=${encodeURIComponent(String(track.id))}`}>{track.title}</a>
              </th>
              <td>{track.planned ?? '—'}</td>
              <td>{track.written}</td>
              <td>{track.published}</td>
              <td>
                <a href={`${trackList(track.id)}&where[reviewStatus][equals]=approved`}>{track.approved}</a>
              </td>
              <td>
                <a href={`${trackList(track.id)}&where[reviewStatus][equals]=in-review`}>{track.inReview}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {report.adaptations.length > 0 && (
        <>
          <h3 id="coverage-adaptations">{strings.admin.adaptation.coverageHeading}</h3>
          <table className="admin-table coverage-dashboard__adaptations" aria-labelledby="coverage-adaptations">
            <thead>
              <tr>
                <th scope="col">{text.track}</th>
                <th scope="col">{strings.admin.adaptation.source}</th>
                <th scope="col">{strings.admin.adaptation.followsColumn}</th>
                <th scope="col">{strings.admin.adaptation.newestColumn}</th>
                <th scope="col">{strings.admin.adaptation.behindColumn}</th>
              </tr>
            </thead>
            <tbody>
              {report.adaptations.map((row) => (
                <tr key={String(row.trackId)} data-behind={row.behind}>
                  <th scope="row">
                    <a href={`/admin/collections/tracks/${encodeURIComponent(String(row.trackId))}`}>{row.trackTitle}</a>
                  </th>
                  <td>{row.sourceTitle}</td>
                  <td>{row.followsVersion ?? '—'}</td>
                  <td>{row.newestVersion ?? '—'}</td>
                  <td>{row.behind}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <div className="coverage-dashboard__lists">
        <div className="coverage-dashboard__list" data-list="missing-translations">
          <h3>{text.missingTranslations} ({report.missingTranslations.length})</h3>
          {report.missingTranslations.length === 0 ? <p>{text.none}</p> : null}
          {byTrack(missingShown).map((group) => (
            <React.Fragment key={group.key}>
              <h4>{group.title}</h4>
              <ul>
                {group.items.map((item) => (
                  <li key={`${item.sessionId}-${item.locale}`} data-session-number={item.number ?? ''}>
                    <a href={sessionLink(item.sessionId, item.locale)}>{sessionName(item)}</a> — {item.missing.map(fieldLabel).join('; ')}{' '}
                    {text.missingIn(text.languageNames[item.locale] ?? localeName(item.locale))}
                  </li>
                ))}
              </ul>
            </React.Fragment>
          ))}
          {report.missingTranslations.length > LIST_LIMIT ? <p>{text.more(number(report.missingTranslations.length - LIST_LIMIT))}</p> : null}
        </div>

        <div className="coverage-dashboard__list" data-list="uncaptioned-media">
          <h3>{text.uncaptioned} ({report.uncaptionedMedia.length})</h3>
          {report.uncaptionedMedia.length === 0 ? <p>{text.none}</p> : null}
          <ul>
            {report.uncaptionedMedia.slice(0, LIST_LIMIT).map((item) => (
              <li key={String(item.resourceId)}>
                <a href={`/admin/collections/resources/${encodeURIComponent(String(item.resourceId))}`}>{item.title}</a> ({strings.admin.resourceKinds[item.kind] ?? item.kind}) —{' '}
                {text.subtitlesMissing(item.missingLocales.map((code) => text.languageNames[code] ?? localeName(code)).join(', '))}
              </li>
            ))}
          </ul>
          {report.uncaptionedMedia.length > LIST_LIMIT ? <p>{text.more(number(report.uncaptionedMedia.length - LIST_LIMIT))}</p> : null}
        </div>

        <div className="coverage-dashboard__list" data-list="without-audiovisual">
          <h3>{text.withoutAudiovisual} ({report.sessionsWithoutAudiovisual.length})</h3>
          {report.sessionsWithoutAudiovisual.length === 0 ? <p>{text.none}</p> : null}
          {byTrack(withoutShown).map((group) => (
            <React.Fragment key={group.key}>
              <h4>{group.title}</h4>
              <ul>
                {group.items.map((item) => (
                  <li key={String(item.sessionId)} data-session-number={item.number ?? ''}>
                    <a href={sessionLink(item.sessionId)}>{sessionName(item)}</a>
                  </li>
                ))}
              </ul>
            </React.Fragment>
          ))}
          {report.sessionsWithoutAudiovisual.length > LIST_LIMIT ? <p>{text.more(number(report.sessionsWithoutAudiovisual.length - LIST_LIMIT))}</p> : null}
        </div>
      </div>
    </section>
  )
}
