/**
 * Open groups (issue 20, part 4, the Duluth model): the rules a release of an open group is held
 * to, and how its manual says so. Built from the seeded open-group track, no database.
 */
import { describe, expect, it } from 'vitest'

import { menOpenGroupTrack } from '@/cms/seed/curriculum/menOpenGroup'
import { menTrack } from '@/cms/seed/curriculum/men'
import { releaseChecks } from '@/core/releases/checks'
import { openGroupLine, openGroupProblems, openGroupThemes } from '@/core/releases/openGroup'
import { renderHtmlEdition } from '@/core/releases/bundle/html'
import { facilitatorManualData, renderFacilitatorManual } from '@/core/releases/render/facilitatorManual'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'

import { readPdf, squash } from './pdf'
import { seedTrackSnapshot } from './seedSnapshot'

/** The seeded open group as a release: format, entry guidance, and each vignette's captioned video. */
function openGroupSnapshot(): ReleaseSnapshot {
  const snapshot = seedTrackSnapshot(menOpenGroupTrack)
  snapshot.track.groupFormat = 'open'
  snapshot.track.openGroup = { sessionsPerTheme: 3, entryGuidance: { ...menOpenGroupTrack.openGroup!.entryGuidance } }
  snapshot.resources.push({
    id: 'video-1',
    kind: 'video',
    audience: 'participant',
    title: { es: 'Viñeta', en: 'Vignette' },
    description: { es: 'Video', en: 'Video' },
    captionLanguages: ['es', 'en'],
  })
  for (const session of snapshot.sessions) {
    for (const activity of session.activities) if (activity.kind === 'videoVignette') activity.resourceId = 'video-1'
    if (session.activities.some((activity) => activity.kind === 'videoVignette')) session.resourceIds.push('video-1')
  }
  return snapshot
}

const openGroupCodes = (snapshot: ReleaseSnapshot) => releaseChecks(snapshot).filter((problem) => problem.code.startsWith('open-group'))

describe('an open group', () => {
  it('is organised in themes (its modules), three sessions each, the first opening with the vignette', () => {
    const themes = openGroupThemes(openGroupSnapshot())
    expect(themes.map((theme) => [theme.title.es, theme.sessions.map((session) => session.number)])).toEqual([
      ['No violencia', [1, 2, 3]],
      ['Respeto', [4, 5, 6]],
      ['Negociación y equidad', [7, 8, 9]],
    ])
    for (const theme of themes) expect(theme.sessions[0].activities.map((activity) => activity.kind)).toContain('videoVignette')
  })

  it('releases the seeded open group without a problem', () => {
    const snapshot = openGroupSnapshot()
    expect(openGroupProblems(snapshot)).toEqual([])
    expect(releaseChecks(snapshot).filter((problem) => problem.blocking)).toEqual([])
  })

  it('refuses a theme whose first session has no video vignette, naming the theme in Spanish and English', () => {
    const snapshot = openGroupSnapshot()
    const fourth = snapshot.sessions.find((session) => session.number === 4)!
    const vignette = fourth.activities.findIndex((activity) => activity.kind === 'videoVignette')
    fourth.activities[vignette] = { ...fourth.activities[vignette], kind: 'themeWork', resourceId: null }
    const problems = openGroupCodes(snapshot)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'open-group-vignette', blocking: true, severity: 'error', sessionNumber: 4, field: 'activities' })
    expect(problems[0].messages.es).toBe(
      'Grupo abierto, Tema 2 «Respeto»: su primera sesión (sesión 4) no abre con una viñeta en video. Añade una actividad «Viñeta en video» con su video.',
    )
    expect(problems[0].messages.en).toContain('Theme 2 «Respeto»: its first session (session 4) does not open with a video vignette')
  })

  it('refuses a vignette without a published video', () => {
    const snapshot = openGroupSnapshot()
    for (const activity of snapshot.sessions[6].activities) if (activity.kind === 'videoVignette') activity.resourceId = null
    const problems = openGroupCodes(snapshot)
    expect(problems.map((problem) => [problem.code, problem.sessionNumber])).toEqual([['open-group-vignette', 7]])
    expect(problems[0].messages.es).toContain('Tema 3 «Negociación y equidad»: la viñeta de su primera sesión (sesión 7) no tiene un video publicado')
  })

  it('refuses a theme with another number of sessions than the track declares, and a session outside every theme', () => {
    const snapshot = openGroupSnapshot()
    snapshot.sessions = snapshot.sessions.filter((session) => session.number !== 2)
    snapshot.sessions.find((session) => session.number === 9)!.moduleId = null
    const problems = openGroupCodes(snapshot)
    expect(problems.map((problem) => [problem.code, problem.sessionNumber])).toEqual([
      ['open-group-theme', 1],
      ['open-group-theme', 7],
      ['open-group-theme', 9],
    ])
    expect(problems[0].messages.es).toBe(
      'Grupo abierto, Tema 1 «No violencia»: tiene 2 sesiones publicadas y la línea declara 3 por tema. Publica o mueve sesiones, o cambia «Sesiones por tema».',
    )
    expect(problems[2].messages.en).toBe('Open group: session 9 belongs to no theme (module). Give it the module of the theme it works on.')
  })

  it('holds a closed cohort to none of this (the seeded men’s track has no vignette per module)', () => {
    const snapshot = seedTrackSnapshot(menTrack)
    expect(openGroupProblems(snapshot)).toEqual([])
    const seeded = openGroupSnapshot()
    seeded.track.groupFormat = 'closed'
    seeded.sessions = seeded.sessions.slice(1)
    expect(openGroupProblems(seeded)).toEqual([])
  })
})

describe('the manual of an open group', () => {
  it('says in its front matter that men may join at any session and when the themes repeat, and groups the sessions by theme', () => {
    const es = facilitatorManualData(openGroupSnapshot(), 'es')
    expect(es.groupFormat).toMatchObject({
      heading: 'Formato del grupo',
      line: 'Grupo abierto: se puede entrar en cualquier sesión; los temas se repiten cada 9 semanas.',
      themes: ['Tema 1. No violencia (sesiones 1–3)', 'Tema 2. Respeto (sesiones 4–6)', 'Tema 3. Negociación y equidad (sesiones 7–9)'],
    })
    expect(es.groupFormat!.guidance).toContain('Antes de su primera sesión')
    expect(es.parts.map((part) => part.heading)).toEqual(['Tema 1. No violencia', 'Tema 2. Respeto', 'Tema 3. Negociación y equidad'])
    expect(es.sessions[3].meta).toContain('Tema 2: Respeto')
    const en = facilitatorManualData(openGroupSnapshot(), 'en')
    expect(en.groupFormat!.line).toBe('Open group: men may join at any session; the themes repeat every 9 weeks.')
    expect(openGroupLine(9, 'en')).toBe(en.groupFormat!.line)
  })

  it('prints the line in the PDF, before the sessions', async () => {
    const pdf = await readPdf(await renderFacilitatorManual(openGroupSnapshot(), 'es'))
    const text = squash(pdf.text)
    const line = squash('Grupo abierto: se puede entrar en cualquier sesión; los temas se repiten cada 9 semanas.')
    expect(text).toContain(line)
    // After the contents (which list the sessions too), before the first session's own page.
    expect(text.indexOf(line)).toBeLessThan(text.lastIndexOf(squash('Sesión 1. Lo que hice y para qué')))
    expect(pdf.outline.map((entry) => entry.title)).toContain('Tema 2. Respeto')
  }, 60_000)

  it('says it in the offline bundle’s index too, with the sessions under their themes', () => {
    const index = renderHtmlEdition(openGroupSnapshot(), 'en', { href: () => null, captions: () => [] }).find((page) => page.name === 'index.html')!
    expect(index.html).toContain('<strong>Open group: men may join at any session; the themes repeat every 9 weeks.</strong>')
    expect(index.html).toContain('<h3>Theme 2. Respect</h3>')
  })

  it('says nothing of the kind for a closed cohort', () => {
    const data = facilitatorManualData(seedTrackSnapshot(menTrack), 'es')
    expect(data.groupFormat).toBeNull()
    expect(data.parts[0].heading).toMatch(/^Módulo 1/)
  })
})
