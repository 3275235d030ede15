import { describe, expect, test } from 'vitest'

import { demoResources, glossaryTerms, manualChapters, menTrack, services, themes, tracks, womenTrack } from '@/cms/seed/curriculum'
import { MANUAL_CHAPTER_KINDS } from '@/core/releases/manualMatter'
import type { Localized } from '@/cms/seed/curriculum/types'
import { sessionMaterials } from '@/cms/seed/curriculum/materials'
import { publishTimingProblem } from '@/core/rules/timing'

const bothLocales = (text: Localized<string> | undefined) => Boolean(text?.es?.trim() && text?.en?.trim())

describe('the demo curriculum', () => {
  test('has the programme’s shape: 25 women’s sessions and 24 men’s, numbered in order', () => {
    expect(womenTrack.sessions.map((s) => s.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    expect(menTrack.sessions.map((s) => s.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
    expect(womenTrack.plannedSessions).toBe(25)
    expect(menTrack.plannedSessions).toBe(24)
  })

  test.each(tracks.flatMap((track) => track.sessions.map((session) => [track.key, session.number, session] as const)))(
    '%s session %i fills its track’s minutes (150; 120 for the facilitators’ support) with positive whole minutes and could be published',
    (trackKey, _number, session) => {
      for (const activity of session.activities) expect(Number.isInteger(activity.minutes) && activity.minutes > 0).toBe(true)
      const minutes = tracks.find((track) => track.key === trackKey)!.sessionMinutes
      expect(minutes).toBe(trackKey === 'facilitators' ? 120 : 150)
      expect(publishTimingProblem({ number: session.number, activities: session.activities, durationMinutes: minutes })).toBeNull()
    },
  )

  test('every text a person reads exists in Spanish and English', () => {
    for (const track of tracks) {
      expect(bothLocales(track.title)).toBe(true)
      for (const seedModule of track.modules) expect(bothLocales(seedModule.title)).toBe(true)
      for (const session of track.sessions) {
        const where = `${track.key} ${session.number}`
        expect(bothLocales(session.title), where).toBe(true)
        expect(bothLocales(session.summary), where).toBe(true)
        for (const objective of session.objectives) expect(bothLocales(objective), where).toBe(true)
        for (const activity of session.activities) {
          expect(bothLocales(activity.title), where).toBe(true)
          for (const locale of ['es', 'en'] as const) {
            expect(activity.facilitatorInstructions[locale].length, where).toBeGreaterThan(0)
            expect(activity.participantContent[locale].length, where).toBeGreaterThan(0)
          }
        }
        for (const locale of ['es', 'en'] as const) {
          expect(session.safetyNotes[locale].length, where).toBeGreaterThan(0)
          expect(session.facilitatorNotes[locale].length, where).toBeGreaterThan(0)
        }
      }
    }
  })

  test('modules, themes and resources that sessions name all exist, and themes link both tracks', () => {
    const themeKeys = new Set(themes.map((theme) => theme.key))
    for (const track of tracks) {
      const moduleKeys = new Set(track.modules.map((m) => m.key))
      for (const session of track.sessions) {
        expect(moduleKeys.has(session.moduleKey), `${track.key} ${session.number}`).toBe(true)
        for (const key of session.themeKeys) expect(themeKeys.has(key), key).toBe(true)
        for (const key of session.resourceKeys ?? []) expect(key in demoResources, key).toBe(true)
      }
    }
    const used = (track: typeof womenTrack) => new Set(track.sessions.flatMap((s) => s.themeKeys))
    const shared = [...used(womenTrack)].filter((key) => used(menTrack).has(key))
    expect(shared.length).toBeGreaterThanOrEqual(6)
  })

  test('the directory covers the pilot states, with fictional demo phone numbers', () => {
    const states = new Set(services.map((service) => service.state))
    for (const state of ['Colima', 'Sonora', 'Yucatán', 'Zacatecas', 'Campeche', 'Querétaro', 'Tabasco', 'Veracruz']) {
      expect(states.has(state), state).toBe(true)
    }
    for (const service of services) expect(service.phone).toMatch(/^(911|.*000 0\d{3})$/)
  })

  test('each track’s manual has every front-matter chapter once, in order, and a glossary, all in both languages', () => {
    for (const track of tracks) {
      const chapters = manualChapters.filter((chapter) => !chapter.trackKey || chapter.trackKey === track.key).sort((a, b) => a.order - b.order)
      expect(chapters.map((chapter) => chapter.kind), track.key).toEqual(MANUAL_CHAPTER_KINDS.filter((kind) => kind !== 'other'))
      for (const chapter of chapters) {
        expect(bothLocales(chapter.title), chapter.kind).toBe(true)
        expect(chapter.body.es.length && chapter.body.en.length, chapter.kind).toBeTruthy()
      }
      const terms = glossaryTerms.filter((entry) => !entry.trackKey || entry.trackKey === track.key)
      expect(terms.length).toBeGreaterThanOrEqual(10)
      for (const entry of terms) {
        expect(bothLocales(entry.term) && bothLocales(entry.definition), entry.term.es).toBe(true)
        if (entry.participantDefinition) expect(bothLocales(entry.participantDefinition), entry.term.es).toBe(true)
      }
    }
  })
})

describe('the materials of each demo session', () => {
  test('are written for every session in both languages: the room kit, each handout, each audio, video and picture, the directory', () => {
    for (const track of tracks) {
      for (const session of track.sessions) {
        const materials = sessionMaterials(session)
        const where = `${track.key} ${session.number}`
        expect(materials.es.split('\n').length, where).toBe(materials.en.split('\n').length)
        expect(materials.es, where).toMatch(/^Lista de asistencia/)
        expect(materials.es, where).toContain('directorio de servicios')
        for (const handout of session.handouts) {
          expect(materials.es, where).toContain(`«${handout.title.es}»`)
          expect(materials.en, where).toContain(`“${handout.title.en}”`)
        }
        for (const key of session.resourceKeys ?? []) {
          const resource = demoResources[key as keyof typeof demoResources]
          const line = materials.es.split('\n').find((each) => each.includes(`«${resource.title.es}»`))
          expect(line, `${where} ${key}`).toBeDefined()
          // A facilitator-only card is never put before the group.
          if (resource.audience === 'facilitator') expect(line, `${where} ${key}`).toContain('no se muestra al grupo')
        }
        // A vignette with no video file of its own is projected or read from its script.
        for (const activity of session.activities.filter((a) => a.kind === 'videoVignette' && !a.resourceKey)) {
          expect(materials.es, where).toContain(`Proyector o pantalla con bocinas para la ${activity.title.es.replace('Viñeta: ', 'viñeta ')}`)
        }
      }
    }
    expect(tracks.flatMap((track) => track.sessions).filter((session) => (session.resourceKeys ?? []).length > 0).length).toBeGreaterThan(5)
  })
})
