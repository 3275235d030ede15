/**
 * Open groups (issue 20, part 4: the Duluth model). A track's `groupFormat` says how its groups
 * run: a **closed** cohort starts together at session 1 and goes through the sessions in order; an
 * **open** group takes a man in at any session while its themes rotate, each theme a few sessions
 * long (about three in the Duluth curriculum) and opening with a video vignette the group
 * analyses. In Reeduca a theme of an open group is one of the track's modules (the modules are the
 * track's thematic blocks, in order); the cross-track Themes collection stays what it is, the map
 * that links the women's and the men's sessions.
 *
 * Pure: the release checks, the manual and the portal read the same rules and the same words.
 */
import type { Bilingual, Language } from '@/core/language'
import type { ReleaseProblem } from './releaseProblem'
import type { LocaleCode, Localized, ReleaseSnapshot, SnapshotSession } from './snapshot'

export const GROUP_FORMATS = [
  { value: 'closed', label: { es: 'Grupo cerrado: todos empiezan en la sesión 1', en: 'Closed group: everyone starts at session 1' } },
  { value: 'open', label: { es: 'Grupo abierto: se puede entrar en cualquier sesión', en: 'Open group: men may join at any session' } },
] as const satisfies readonly { value: string; label: Bilingual }[]

export type GroupFormat = (typeof GROUP_FORMATS)[number]['value']

/** How an open group runs, as the track declares it (absent for a closed cohort). */
export interface OpenGroupSettings {
  /** Every theme lasts this many sessions; null when the designer left it empty. */
  sessionsPerTheme: number | null
  /** How a man who joins mid-cycle is brought in (for facilitators), per locale. */
  entryGuidance: Localized<string>
}

/** A theme of an open group: one module and its sessions, in number order. */
export interface OpenGroupTheme {
  moduleId: string | null
  /** The module's order, 0 for sessions that belong to no module. */
  order: number
  title: Localized<string>
  sessions: SnapshotSession[]
}

export const isOpenGroup = (track: { groupFormat?: string | null }): boolean => track.groupFormat === 'open'

/** The sessions grouped by theme (module), in the modules' order; sessions without one last. */
export function openGroupThemes(snapshot: Pick<ReleaseSnapshot, 'modules' | 'sessions'>): OpenGroupTheme[] {
  const themes: OpenGroupTheme[] = snapshot.modules.map((module) => ({
    moduleId: module.id,
    order: module.order,
    title: module.title,
    sessions: snapshot.sessions.filter((session) => session.moduleId === module.id),
  }))
  const known = new Set(snapshot.modules.map((module) => module.id))
  const loose = snapshot.sessions.filter((session) => !session.moduleId || !known.has(session.moduleId))
  if (loose.length) themes.push({ moduleId: null, order: 0, title: {}, sessions: loose })
  return themes
    .filter((theme) => theme.sessions.length > 0)
    .map((theme) => ({ ...theme, sessions: [...theme.sessions].sort((a, b) => a.number - b.number) }))
}

/** The one line the manual's front matter and the portal print for an open group. */
export function openGroupLine(weeks: number, locale: LocaleCode): string {
  return locale === 'en'
    ? `Open group: men may join at any session; the themes repeat every ${weeks} weeks.`
    : `Grupo abierto: se puede entrar en cualquier sesión; los temas se repiten cada ${weeks} semanas.`
}

/** "Tema 2 «Respeto»" — a theme as the refusals name it. */
function themeName(theme: OpenGroupTheme, locales: readonly LocaleCode[], language: Language): string {
  const title = [...locales, ...Object.keys(theme.title)].map((locale) => theme.title[locale]).find((text) => typeof text === 'string' && text.trim())
  const word = language === 'es' ? 'Tema' : 'Theme'
  return title ? `${word} ${theme.order} «${title}»` : `${word} ${theme.order}`
}

/** A session has a video vignette when one of its activities is one, with a video resource of the release. */
function opensWithVignette(session: SnapshotSession, snapshot: Pick<ReleaseSnapshot, 'resources'>): 'ok' | 'no-activity' | 'no-video' {
  const vignettes = session.activities.filter((activity) => activity.kind === 'videoVignette')
  if (!vignettes.length) return 'no-activity'
  const hasVideo = vignettes.some((activity) => snapshot.resources.some((resource) => resource.id === activity.resourceId && resource.kind === 'video'))
  return hasVideo ? 'ok' : 'no-video'
}

/**
 * What an open group's release must hold, as refusals (blocking errors), each naming the theme:
 * every theme's first session has a video vignette with its video; every theme lasts the declared
 * number of sessions; no session is outside a theme. Refusals rather than warnings: the manual
 * promises facilitators that the themes repeat every N weeks and that a man who joins at a theme's
 * start sees its vignette; a release that broke either would mislead the people who admit men to
 * the group. A designer who wants neither sets the track back to a closed group.
 */
export function openGroupProblems(snapshot: Pick<ReleaseSnapshot, 'track' | 'modules' | 'sessions' | 'resources' | 'release'>): ReleaseProblem[] {
  const track = snapshot.track
  if (!isOpenGroup(track)) return []
  const locales = snapshot.release.locales
  const perTheme = track.openGroup?.sessionsPerTheme ?? null
  const problems: ReleaseProblem[] = []
  const refuse = (problem: Omit<ReleaseProblem, 'severity' | 'blocking' | 'message'>) =>
    problems.push({ severity: 'error', blocking: true, message: problem.messages.en, ...problem })

  for (const theme of openGroupThemes(snapshot)) {
    const first = theme.sessions[0]
    if (theme.moduleId === null) {
      const numbers = theme.sessions.map((session) => session.number).join(', ')
      refuse({
        code: 'open-group-theme',
        sessionNumber: first.number,
        sessionId: String(first.id),
        field: 'module',
        messages: {
          es: `Grupo abierto: la sesión ${numbers} no pertenece a ningún tema (módulo). Asígnale el módulo del tema que trabaja.`,
          en: `Open group: session ${numbers} belongs to no theme (module). Give it the module of the theme it works on.`,
        },
      })
      continue
    }
    const name = (language: Language) => themeName(theme, locales, language)
    if (perTheme !== null && theme.sessions.length !== perTheme) {
      const count = theme.sessions.length
      refuse({
        code: 'open-group-theme',
        sessionNumber: first.number,
        sessionId: String(first.id),
        field: 'module',
        messages: {
          es: `Grupo abierto, ${name('es')}: tiene ${count} ${count === 1 ? 'sesión publicada' : 'sesiones publicadas'} y la línea declara ${perTheme} por tema. Publica o mueve sesiones, o cambia «Sesiones por tema».`,
          en: `Open group, ${name('en')}: it has ${count} published ${count === 1 ? 'session' : 'sessions'} and the track declares ${perTheme} per theme. Publish or move sessions, or change “Sessions per theme”.`,
        },
      })
    }
    const vignette = opensWithVignette(first, snapshot)
    if (vignette !== 'ok') {
      const session = (language: Language) => `${language === 'es' ? 'sesión' : 'session'} ${first.number}`
      refuse({
        code: 'open-group-vignette',
        sessionNumber: first.number,
        sessionId: String(first.id),
        field: 'activities',
        messages:
          vignette === 'no-activity'
            ? {
                es: `Grupo abierto, ${name('es')}: su primera sesión (${session('es')}) no abre con una viñeta en video. Añade una actividad «Viñeta en video» con su video.`,
                en: `Open group, ${name('en')}: its first session (${session('en')}) does not open with a video vignette. Add a “Video vignette” activity with its video.`,
              }
            : {
                es: `Grupo abierto, ${name('es')}: la viñeta de su primera sesión (${session('es')}) no tiene un video publicado. Elige el video en la actividad.`,
                en: `Open group, ${name('en')}: the vignette of its first session (${session('en')}) has no published video. Choose the video in the activity.`,
              },
      })
    }
  }
  return problems
}
