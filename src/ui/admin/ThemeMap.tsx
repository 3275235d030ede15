import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { themeMap } from '@/core/curriculum/themeMap'
import { canReadDrafts } from '@/core/rules/roles'
import { AdminPage } from './AdminPage'

const TEXT = {
  es: {
    heading: 'Mapa de temas',
    intro: 'Qué sesiones de cada línea trabajan cada tema (borradores incluidos). Los temas que solo cubre una línea aparecen marcados.',
    theme: 'Tema',
    noTheme: 'Sin tema asignado',
    uncovered: 'sin sesiones',
    onlyOne: 'solo en una línea',
    forbidden: 'El mapa de temas es para el equipo de currículo.',
  },
  en: {
    heading: 'Theme map',
    intro: 'Which sessions of each track work on each theme (drafts included). Themes covered by one track only are marked.',
    theme: 'Theme',
    noTheme: 'No theme assigned',
    uncovered: 'no sessions',
    onlyOne: 'one track only',
    forbidden: 'The theme map is for the curriculum team.',
  },
}

/** Admin view /admin/theme-map: themes against the women's and men's tracks. */
export async function ThemeMapView(props: AdminViewServerProps) {
  const { req, locale } = props.initPageResult
  const { payload, user, i18n } = req
  const text = i18n.language.startsWith('en') ? TEXT.en : TEXT.es
  const allowed = canReadDrafts(user as never)
  const asUser = { user, overrideAccess: false, depth: 0, limit: 0, pagination: false, locale: locale?.code as 'es' | 'en' | undefined } as const
  const [themes, tracks, sessions] = allowed
    ? await Promise.all([
        payload.find({ collection: 'themes', ...asUser, sort: 'title', select: { title: true } }),
        payload.find({ collection: 'tracks', ...asUser, select: { title: true } }),
        // Only what the map shows: not the sessions' rich text, most of each row.
        payload.find({ collection: 'sessions', ...asUser, draft: true, select: { number: true, title: true, track: true, themes: true } }),
      ])
    : [null, null, null]
  const rows =
    themes && tracks && sessions
      ? themeMap({
          themes: themes.docs.map((theme) => ({ id: theme.id, title: String(theme.title ?? '') })),
          tracks: tracks.docs.map((track) => ({ id: track.id, title: String(track.title ?? '') })),
          sessions: sessions.docs.map((session) => ({ id: session.id, number: session.number, title: session.title, track: session.track, themes: session.themes ?? [] })),
          noThemeLabel: text.noTheme,
        })
      : []

  return (
    <AdminPage {...props}>
        <h1>{text.heading}</h1>
        {!allowed ? (
          <p>{text.forbidden}</p>
        ) : (
          <>
            <p>{text.intro}</p>
            <table className="theme-map">
              <thead>
                <tr>
                  <th scope="col">{text.theme}</th>
                  {tracks!.docs.map((track) => (
                    <th scope="col" key={String(track.id)}>
                      {track.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={String(row.themeId ?? 'none')} data-theme-row={row.title} className={row.unbalanced ? 'theme-map__row--unbalanced' : undefined}>
                    <th scope="row">
                      {row.themeId != null ? <a href={`/admin/collections/themes/${encodeURIComponent(String(row.themeId))}`}>{row.title}</a> : row.title}
                      {row.unbalanced ? <span className="theme-map__flag"> · {text.onlyOne}</span> : null}
                    </th>
                    {row.cells.map((cell) => (
                      <td key={String(cell.trackId)}>
                        {cell.sessions.length === 0 ? (
                          <span className="theme-map__empty">{text.uncovered}</span>
                        ) : (
                          cell.sessions.map((session, index) => (
                            <React.Fragment key={String(session.id)}>
                              {index > 0 ? ', ' : null}
                              <a href={`/admin/collections/sessions/${encodeURIComponent(String(session.id))}`} title={session.title}>
                                {session.number ?? '?'}
                              </a>
                            </React.Fragment>
                          ))
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
    </AdminPage>
  )
}

/** The navigation link to the theme map. */
export function ThemeMapNavLink({ user }: { user?: unknown }) {
  // Only the curriculum team has use for it (facilitators may also open the admin).
  if (!canReadDrafts(user as never)) return null
  return (
    <a className="nav__link theme-map__nav-link" href="/admin/theme-map">
      <span className="nav__link-label">Mapa de temas · Theme map</span>
    </a>
  )
}
