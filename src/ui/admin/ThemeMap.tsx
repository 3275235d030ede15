import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { readThemeMap } from '@/cms/reads/curriculum'
import { canReadDrafts } from '@/core/rules/roles'
import { formatNumber } from '@/ui/format'
import { adminLanguage, STRINGS } from '@/ui/strings'
import { AdminPage } from './AdminPage'

/** Admin view /admin/theme-map: themes against every track (women's, men's, the facilitators' support). */
export async function ThemeMapView(props: AdminViewServerProps) {
  const { req, locale } = props.initPageResult
  const { payload, user, i18n } = req
  const lang = adminLanguage(i18n.language)
  const text = STRINGS[lang].admin.themeMap
  const sessionWord = STRINGS[lang].admin.place.session
  const allowed = canReadDrafts(user as never)
  const { tracks, rows } = allowed ? await readThemeMap(payload, user as never, locale?.code as 'es' | 'en' | undefined, text.noTheme) : { tracks: [], rows: [] }

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
                  {tracks.map((track) => (
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
                          // Each session by number and title, in the track's order (the column is the track).
                          <ul className="theme-map__sessions">
                            {cell.sessions.map((session) => (
                              <li key={String(session.id)}>
                                <a href={`/admin/collections/sessions/${encodeURIComponent(String(session.id))}`}>
                                  <span className="theme-map__number">{sessionWord(session.number == null ? '?' : formatNumber(session.number, lang))}</span>
                                  {session.title ? ` · ${session.title}` : ''}
                                </a>
                              </li>
                            ))}
                          </ul>
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
export function ThemeMapNavLink({ user, i18n }: { user?: unknown; i18n?: { language?: string } }) {
  // Only the curriculum team has use for it (facilitators may also open the admin).
  if (!canReadDrafts(user as never)) return null
  return (
    <a className="nav__link theme-map__nav-link" href="/admin/theme-map">
      <span className="nav__link-label">{STRINGS[adminLanguage(i18n?.language)].admin.nav.themeMap}</span>
    </a>
  )
}
