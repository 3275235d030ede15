import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { DEFAULT_LOCALE, localeCodes } from '@/core/locales'
import { coverageReport, type CoverageResource, type CoverageSession } from '@/core/curriculum/coverage'
import { canReadDrafts } from '@/core/rules/roles'
import { curriculumCache } from '@/cms/reads/curriculumCache'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const TEXT = {
  es: {
    heading: 'Cobertura del currículo',
    track: 'Línea',
    planned: 'Previstas',
    written: 'Escritas',
    published: 'Publicadas',
    approved: 'Aprobadas',
    inReview: 'En revisión',
    missingTranslations: 'Sesiones con traducciones pendientes',
    uncaptioned: 'Audio y video para participantes sin subtítulos',
    withoutAudiovisual: 'Sesiones sin ningún recurso audiovisual',
    session: 'Sesión',
    missingIn: 'falta en',
    none: 'Nada pendiente.',
    subtitlesMissing: 'subtítulos pendientes en',
    more: (n: number) => `y ${n} más`,
  },
  en: {
    heading: 'Curriculum coverage',
    track: 'Track',
    planned: 'Planned',
    written: 'Written',
    published: 'Published',
    approved: 'Approved',
    inReview: 'In review',
    missingTranslations: 'Sessions missing a translation',
    uncaptioned: 'Participant audio and video without captions',
    withoutAudiovisual: 'Sessions without any audiovisual resource',
    session: 'Session',
    missingIn: 'missing in',
    none: 'Nothing pending.',
    subtitlesMissing: 'captions missing in',
    more: (n: number) => `and ${n} more`,
  },
}
const LIST_LIMIT = 50

/**
 * The admin home's coverage report for the curriculum team (drafts readers); each item links to
 * the place to fix it. The figures come from src/core/curriculum/coverage.ts; this component only reads and lays out.
 */
export async function CoverageDashboard({ payload, user, i18n }: Props) {
  if (!user || !canReadDrafts(user as never)) return null
  const text = i18n?.language?.startsWith('en') ? TEXT.en : TEXT.es
  const locales = localeCodes()
  // Read with the visitor's access, and shared by the whole curriculum team, who all read the
  // whole curriculum (src/cms/reads/curriculumCache.ts); rebuilt once something is saved.
  const report = await curriculumCache<ReturnType<typeof coverageReport>>('coverage-report').get(async () => {
    const asUser = { user, overrideAccess: false, depth: 0, limit: 0, pagination: false } as const
    const [tracks, sessions, resources] = await Promise.all([
      payload.find({ collection: 'tracks', ...asUser }),
      payload.find({ collection: 'sessions', ...asUser, draft: true, locale: 'all' }),
      payload.find({ collection: 'resources', ...asUser, draft: true }),
    ])
    // "Published" means a published version exists, even when a newer draft is being written.
    const publishedCounts = await Promise.all(
      tracks.docs.map((track) =>
        payload.count({ collection: 'sessions', user, overrideAccess: false, where: { and: [{ track: { equals: track.id } }, { _status: { equals: 'published' } }] } }),
      ),
    )
    const built = coverageReport({
      tracks: tracks.docs.map((track) => ({ id: track.id, title: String(track.title ?? ''), plannedSessions: track.plannedSessions })),
      sessions: sessions.docs as unknown as CoverageSession[],
      resources: resources.docs as unknown as CoverageResource[],
      locales,
      defaultLocale: DEFAULT_LOCALE,
    })
    built.tracks.forEach((row, index) => {
      row.published = publishedCounts[index].totalDocs
    })
    return built
  })

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

      <div className="coverage-dashboard__lists">
        <div className="coverage-dashboard__list" data-list="missing-translations">
          <h3>{text.missingTranslations} ({report.missingTranslations.length})</h3>
          {report.missingTranslations.length === 0 ? <p>{text.none}</p> : null}
          <ul>
            {report.missingTranslations.slice(0, LIST_LIMIT).map((item) => (
              <li key={`${item.sessionId}-${item.locale}`}>
                <a href={sessionLink(item.sessionId, item.locale)}>
                  {item.trackTitle} · {text.session} {item.number ?? '?'}
                </a>{' '}
                — {item.fields.join(', ')} {text.missingIn} {item.locale.toUpperCase()}
              </li>
            ))}
          </ul>
          {report.missingTranslations.length > LIST_LIMIT ? <p>{text.more(report.missingTranslations.length - LIST_LIMIT)}</p> : null}
        </div>

        <div className="coverage-dashboard__list" data-list="uncaptioned-media">
          <h3>{text.uncaptioned} ({report.uncaptionedMedia.length})</h3>
          {report.uncaptionedMedia.length === 0 ? <p>{text.none}</p> : null}
          <ul>
            {report.uncaptionedMedia.slice(0, LIST_LIMIT).map((item) => (
              <li key={String(item.resourceId)}>
                <a href={`/admin/collections/resources/${encodeURIComponent(String(item.resourceId))}`}>{item.title}</a> ({item.kind}) —{' '}
                {text.subtitlesMissing} {item.missingLocales.map((locale) => locale.toUpperCase()).join(', ')}
              </li>
            ))}
          </ul>
          {report.uncaptionedMedia.length > LIST_LIMIT ? <p>{text.more(report.uncaptionedMedia.length - LIST_LIMIT)}</p> : null}
        </div>

        <div className="coverage-dashboard__list" data-list="without-audiovisual">
          <h3>{text.withoutAudiovisual} ({report.sessionsWithoutAudiovisual.length})</h3>
          {report.sessionsWithoutAudiovisual.length === 0 ? <p>{text.none}</p> : null}
          <ul>
            {report.sessionsWithoutAudiovisual.slice(0, LIST_LIMIT).map((item) => (
              <li key={String(item.sessionId)}>
                <a href={sessionLink(item.sessionId)}>
                  {item.trackTitle} · {text.session} {item.number ?? '?'}
                </a>{' '}
                {item.title}
              </li>
            ))}
          </ul>
          {report.sessionsWithoutAudiovisual.length > LIST_LIMIT ? <p>{text.more(report.sessionsWithoutAudiovisual.length - LIST_LIMIT)}</p> : null}
        </div>
      </div>
    </section>
  )
}
