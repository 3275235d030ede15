/**
 * The theme map: for each theme, which sessions of each track work on it, so designers keep the
 * women's and men's tracks aligned (a theme covered by one track only stands out).
 */
import { idOf, type ID } from '@/core/rules/ids'

export interface ThemeMapTheme {
  id: ID
  title: string
}
export interface ThemeMapTrack {
  id: ID
  title: string
}
export interface ThemeMapSession {
  id: ID
  number?: number | null
  title?: string | null
  track?: unknown
  themes?: unknown[] | null
}

export interface ThemeMapCell {
  trackId: ID
  sessions: Array<{ id: ID; number: number | null; title: string }>
}
export interface ThemeMapRow {
  themeId: ID | null
  title: string
  cells: ThemeMapCell[]
  /** Covered by some tracks but not all of them. */
  unbalanced: boolean
}

export function themeMap(input: { themes: ThemeMapTheme[]; tracks: ThemeMapTrack[]; sessions: ThemeMapSession[]; noThemeLabel: string }): ThemeMapRow[] {
  const { themes, tracks, sessions } = input
  const cellsFor = (matches: (session: ThemeMapSession) => boolean): ThemeMapCell[] =>
    tracks.map((track) => ({
      trackId: track.id,
      sessions: sessions
        .filter((session) => String(idOf(session.track)) === String(track.id) && matches(session))
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
        .map((session) => ({ id: session.id, number: session.number ?? null, title: session.title ?? '' })),
    }))
  const hasTheme = (session: ThemeMapSession, themeId: ID) => (session.themes ?? []).some((theme) => String(idOf(theme)) === String(themeId))

  const rows: ThemeMapRow[] = themes.map((theme) => {
    const cells = cellsFor((session) => hasTheme(session, theme.id))
    const covered = cells.filter((cell) => cell.sessions.length > 0).length
    return { themeId: theme.id, title: theme.title, cells, unbalanced: covered > 0 && covered < tracks.length }
  })
  const unthemed = cellsFor((session) => (session.themes ?? []).length === 0)
  if (unthemed.some((cell) => cell.sessions.length > 0)) {
    rows.push({ themeId: null, title: input.noThemeLabel, cells: unthemed, unbalanced: false })
  }
  return rows
}
