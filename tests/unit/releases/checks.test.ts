import { describe, expect, it } from 'vitest'

import { blockingProblems, formatReleaseProblems, noChangesProblem, releaseChecks, type ReleaseProblem } from '@/core/releases/checks'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { compareVersions, isValidVersion, latestVersion, versionProblem } from '@/core/rules/version'

import { paragraphs } from './lexical'
import { smallSnapshot as sharedSnapshot } from './fixtures'

/** A private copy: the fixture shares objects (resources, safety notes) between calls. */
const smallSnapshot = (): ReleaseSnapshot => structuredClone(sharedSnapshot())

const codes = (problems: ReleaseProblem[]) => problems.map((p) => `${p.code}:${p.sessionNumber ?? '-'}:${p.field}${p.item ? `#${p.item}` : ''}:${p.locale ?? '-'}`)

/** The small fixture release with as many sessions as planned: no problem at all. */
function clean(): ReleaseSnapshot {
  const snapshot = smallSnapshot()
  snapshot.track.plannedSessions = snapshot.sessions.length
  return snapshot
}

describe('release checks', () => {
  it('finds nothing wrong with a complete release', () => {
    expect(releaseChecks(clean())).toEqual([])
  })

  it('lists every problem, not the first: timing, translations, captions, fewer sessions', () => {
    const snapshot = smallSnapshot() // 3 of 25 planned sessions
    snapshot.sessions[1].activities[0].minutes += 10 // session 2: 160 of 150
    snapshot.sessions[2].activities[3].minutes -= 5 // session 3: 145 of 150
    snapshot.sessions[2].title.en = '' // a required title missing in English
    snapshot.sessions[0].summary.es = '   ' // blank counts as missing
    snapshot.sessions[0].activities[1].participantContent.en = null // written in es only
    snapshot.sessions[0].activities[4].title = { es: 'Cierre' } // no en key at all
    snapshot.sessions[1].safetyNotes = { ...snapshot.sessions[1].safetyNotes, en: paragraphs('') } // empty rich text is no text
    snapshot.resources[0].captionLanguages = ['es'] // participant video without English captions

    const problems = releaseChecks(snapshot)
    expect(codes(problems)).toEqual([
      'fewer-sessions:-:sessions:-',
      'missing-translation:1:summary:es',
      'missing-translation:1:activities.participantContent#2:en',
      'missing-translation:1:activities.title#5:en',
      'timing:2:activities:-',
      'missing-translation:2:safetyNotes:en',
      'missing-captions:2:resources:en',
      'timing:3:activities:-',
      'missing-translation:3:title:en',
    ])
    expect(problems.every((p) => p.blocking)).toBe(true)
    const timing = problems.filter((p) => p.code === 'timing').map((p) => p.message)
    expect(timing).toEqual([
      'Session 2 «Mitos y realidades de la violencia»: activities add up to 160 of 150 minutes (10 over).',
      'Session 3 «Mis derechos»: activities add up to 145 of 150 minutes (5 missing).',
    ])
    expect(problems.find((p) => p.code === 'missing-captions')).toMatchObject({ resourceId: 'r1', message: expect.stringContaining('has no captions in English') })
    expect(problems.find((p) => p.field === 'title')!.message).toBe('Session 3 «Mis derechos»: title is missing in English (written in Spanish).')

    const message = formatReleaseProblems(problems, { version: '1.1.0', track: 'Línea de mujeres' })
    const lines = message.split('\n')
    expect(lines[0]).toBe('Release 1.1.0 of «Línea de mujeres» cannot be built: 9 problems.')
    expect(lines.slice(1)).toEqual(problems.map((p) => `- ${p.message}`))

    // The same list in Spanish, each problem naming its session (and its id, for the admin's links).
    const spanish = formatReleaseProblems(problems, { version: '1.1.0', track: 'Línea de mujeres' }, 'es').split('\n')
    expect(spanish[0]).toBe('La versión 1.1.0 de «Línea de mujeres» no puede generarse: 9 problemas.')
    expect(spanish).toContain('- Sesión 3 «Mis derechos»: las actividades suman 145 de 150 minutos (faltan 5).')
    // The create form's check, before she has written a version: no gap where the version goes.
    expect(formatReleaseProblems(problems, { version: '', track: 'Línea de mujeres' }, 'es').split('\n')[0]).toBe('Esta versión de «Línea de mujeres» no puede generarse: 9 problemas.')
    expect(formatReleaseProblems(problems, { version: ' ', track: 'Línea de mujeres' }).split('\n')[0]).toBe('This release of «Línea de mujeres» cannot be built: 9 problems.')
    // Nothing blocking: the check says so, not "0 problemas".
    expect(formatReleaseProblems([], { version: '', track: 'Línea de mujeres' }, 'es')).toBe('Esta versión de «Línea de mujeres» puede generarse: nada la impide.')
    expect(formatReleaseProblems([], { version: '1.2.0', track: 'Línea de mujeres' })).toBe('Release 1.2.0 of «Línea de mujeres» can be built: nothing stands in its way.')
    expect(spanish).toContain('- Sesión 3 «Mis derechos»: título — falta en inglés (escrito en español).')
    expect(spanish).toContain('- Sesión 1 «Bienvenida y encuadre»: título de la actividad 5 «Cierre» — falta en inglés (escrito en español).')
    expect(spanish.some((line) => /^- El video «.+» \(sesión 2\) no tiene subtítulos en inglés\.$/.test(line))).toBe(true)
    expect(problems.filter((p) => p.sessionNumber === 3).every((p) => p.sessionId === String(snapshot.sessions[2].id))).toBe(true)
  })

  it('a release with no change and no notes is a warning until confirmed; a first release or notes end it', () => {
    const none = { previousVersion: '1.0.0', sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] }
    expect(noChangesProblem(none, false, false)).toMatchObject({ code: 'no-changes', severity: 'warning', blocking: true })
    expect(noChangesProblem(none, false, false)!.messages.es).toMatch(/^Ninguna sesión cambió desde la versión 1\.0\.0 y la versión no tiene notas\./)
    // She reads the create form's checkbox by its label, in her language; the API's field travels beside the words.
    const unconfirmed = noChangesProblem(none, false, false)!
    expect(unconfirmed.messages.es).toContain('marca «Confirmo publicar una versión sin cambios y sin notas».')
    expect(unconfirmed.messages.en).toContain('tick «I confirm releasing a version with no changes and no notes».')
    expect(Object.values(unconfirmed.messages).join(' ')).not.toMatch(/confirmNoChanges/)
    expect(unconfirmed.confirmWith).toBe('confirmNoChanges')
    expect(noChangesProblem(none, false, true)).toMatchObject({ blocking: false })
    expect(noChangesProblem(none, true, false)).toBeNull()
    expect(noChangesProblem({ ...none, previousVersion: null }, false, false)).toBeNull()
    expect(noChangesProblem({ ...none, sessionsAdded: [{ id: 's9', number: 9, title: {} } as never] }, false, false)).toBeNull()
    // Only the front matter, glossary or directory changed: something to tell facilitators.
    expect(noChangesProblem(none, false, false, true)).toBeNull()
  })

  it('lets the designer confirm fewer sessions than planned, and only that', () => {
    const snapshot = smallSnapshot()
    expect(blockingProblems(releaseChecks(snapshot)).map((p) => p.code)).toEqual(['fewer-sessions'])
    const [fewer] = releaseChecks(snapshot)
    expect(fewer.messages.es).toMatch(/marca «Confirmo publicar con menos sesiones publicadas que las previstas»\.$/)
    expect(fewer.messages.en).toMatch(/tick «I confirm releasing with fewer published sessions than planned»\.$/)
    expect(fewer.confirmWith).toBe('confirmFewerSessions')
    const confirmed = releaseChecks(snapshot, { confirmFewerSessions: true })
    expect(confirmed).toEqual([expect.objectContaining({ code: 'fewer-sessions', severity: 'warning', blocking: false })])
    expect(blockingProblems(confirmed)).toEqual([])

    snapshot.sessions[0].activities[0].minutes = 1
    expect(blockingProblems(releaseChecks(snapshot, { confirmFewerSessions: true })).map((p) => p.code)).toEqual(['timing'])
  })

  it('always refuses a release without sessions', () => {
    const snapshot = clean()
    snapshot.sessions = []
    expect(codes(releaseChecks(snapshot, { confirmFewerSessions: true }))).toEqual(['no-sessions:-:sessions:-'])
  })

  it('checks only the release locales, and optional fields only where another locale has them', () => {
    const snapshot = clean()
    snapshot.release.locales = ['es']
    snapshot.sessions[0].title.en = ''
    snapshot.resources[0].captionLanguages = ['es']
    snapshot.sessions[1].materials = { es: '' , en: 'Flipchart' } // not written in any release locale
    expect(releaseChecks(snapshot)).toEqual([])
  })

  it('does not ask captions of facilitator resources, images, documents or audio-less content', () => {
    const snapshot = clean()
    snapshot.resources[1] = { ...snapshot.resources[1], kind: 'video', captionLanguages: [] } // facilitator audience
    snapshot.resources[2] = { ...snapshot.resources[2], captionLanguages: [] } // participant image
    expect(releaseChecks(snapshot)).toEqual([])
    snapshot.resources.push({ ...snapshot.resources[0], id: 'r9', kind: 'audio', captionLanguages: ['en'] })
    expect(codes(releaseChecks(snapshot))).toEqual(['missing-captions:-:resources:es'])
  })
})

describe('semantic versions', () => {
  it('orders versions as semver.org does', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.10.0', '2.0.0']
    for (let i = 0; i < ordered.length; i++) {
      for (let j = 0; j < ordered.length; j++) {
        expect(Math.sign(compareVersions(ordered[i], ordered[j])), `${ordered[i]} vs ${ordered[j]}`).toBe(Math.sign(i - j))
      }
    }
    expect(compareVersions('1.2.0+build.5', '1.2.0')).toBe(0)
    expect(latestVersion(['1.2.0', '1.10.0', 'junk', null, '1.9.9'])).toBe('1.10.0')
    expect(latestVersion([])).toBeUndefined()
  })

  it('accepts only MAJOR.MINOR.PATCH with optional pre-release and build', () => {
    for (const ok of ['0.0.1', '1.2.3', '10.20.30', '1.0.0-rc.1', '1.0.0+20260308', '1.0.0-x-y.7+b.1']) expect(isValidVersion(ok), ok).toBe(true)
    for (const bad of ['1.0', '1', 'v1.0.0', '01.0.0', '1.02.0', '1.0.0-', '1.0.0-01', '1.0.0 ', ' 1.0.0', '1.0.0-é', '', null, 3]) {
      expect(isValidVersion(bad), String(bad)).toBe(false)
    }
    expect(versionProblem('1.0')).toContain('not a semantic version')
    expect(versionProblem('')).toContain('required')
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(TypeError)
  })
})
