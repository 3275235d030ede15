/**
 * The theme map: for each theme, which sessions of each track work on it, so designers keep the
 * women's and men's tracks aligned (a theme covered by one of them only stands out); the
 * facilitators' support track has its column too.
 */
import { idOf, type ID } from '@/core/rules/ids'

export interface ThemeMapTheme {
  id: ID
  title: string
}
export interface ThemeMapTrack {
  id: ID
  title: string
  /** 'women', 'men' or 'facilitators' (the teams' own support track). */
  audience?: string | null
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
  /**
   * Covered by some of the participants' tracks (women's, men's) but not all of them. The
   * facilitators' support track is a column like the others but does not count here: it is not
   * meant to mirror the groups' themes, and a theme it alone works on is not a gap.
   */
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

  const participantTracks = tracks.filter((track) => track.audience !== 'facilitators')
  const counted = new Set((participantTracks.length ? participantTracks : tracks).map((track) => String(track.id)))

  const rows: ThemeMapRow[] = themes.map((theme) => {
    const cells = cellsFor((session) => hasTheme(session, theme.id))
    const balanced = cells.filter((cell) => counted.has(String(cell.trackId)))
    const covered = balanced.filter((cell) => cell.sessions.length > 0).length
    return { themeId: theme.id, title: theme.title, cells, unbalanced: covered > 0 && covered < balanced.length }
  })
  const unthemed = cellsFor((session) => (session.themes ?? []).length === 0)
  if (unthemed.some((cell) => cell.sessions.length > 0)) {
    rows.push({ themeId: null, title: input.noThemeLabel, cells: unthemed, unbalanced: false })
  }
  return rows
}
