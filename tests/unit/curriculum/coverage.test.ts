/** The admin home's coverage report: what the team still has to write, translate and caption. */
import { expect, test } from 'vitest'

import { coverageReport, type CoverageResource, type CoverageSession } from '@/core/curriculum/coverage'

const tracks = [
  { id: 1, title: 'Línea de mujeres', plannedSessions: 25 },
  { id: 2, title: 'Línea de hombres', plannedSessions: 24 },
]
const resources: CoverageResource[] = [
  { id: 'v1', title: 'Viñeta: el control', kind: 'video', audience: 'participant', captions: [{ language: 'es' }, { language: 'en' }] },
  { id: 'v2', title: 'Testimonio', kind: 'audio', audience: 'participant', captions: [{ language: 'es' }] },
  { id: 'v3', title: 'Guía de facilitación', kind: 'video', audience: 'facilitator', captions: [] },
  { id: 'i1', title: 'Ilustración', kind: 'image', audience: 'participant', captions: [] },
]
const both = (es: string, en: string | null) => ({ es, en })
const sessions: CoverageSession[] = [
  {
    id: 10, number: 1, track: 1, _status: 'published', reviewStatus: 'approved',
    title: both('Bienvenida', 'Welcome'), summary: both('Resumen', 'Summary'),
    activities: [{ title: both('Acuerdos', 'Agreements'), blockType: 'videoVignette', resource: 'v1' }],
  },
  {
    id: 11, number: 2, track: 1, _status: 'draft', reviewStatus: 'in-review',
    title: both('Derechos', null), summary: both('Resumen', 'Summary'),
    activities: [{ title: both('Ronda', 'Round') }, { title: both('Cierre', '') }],
    resources: ['i1'],
  },
  { id: 20, number: 1, track: { id: 2 }, _status: 'published', title: both('No violencia', 'Non-violence'), summary: both('R', 'S'), resources: [{ id: 'v2' }] },
]

const report = coverageReport({ tracks, sessions, resources, locales: ['es', 'en'], defaultLocale: 'es' })

test('per track: planned, written, published, approved and in-review sessions', () => {
  expect(report.tracks).toEqual([
    { id: 1, title: 'Línea de mujeres', planned: 25, written: 2, published: 1, approved: 1, inReview: 1 },
    // Published before the review workflow existed: published, but not counted as approved.
    { id: 2, title: 'Línea de hombres', planned: 24, written: 1, published: 1, approved: 0, inReview: 0 },
  ])
})

test('approval counts the newest version: a change after approval or changes requested is not approved', () => {
  const states = ['approved', 'approved', 'not-submitted', 'changes-requested', 'in-review', null]
  const many: CoverageSession[] = states.map((reviewStatus, index) => ({
    id: 100 + index, number: index + 1, track: 1, _status: index < 3 ? 'published' : 'draft', reviewStatus,
    title: both(`S${index}`, `S${index}`), summary: both('R', 'S'),
  }))
  const [women] = coverageReport({ tracks, sessions: many, resources, locales: ['es', 'en'], defaultLocale: 'es' }).tracks
  expect(women).toMatchObject({ written: 6, published: 3, approved: 2, inReview: 1 })
})

test('a session missing its English title (and an activity title) is listed once for English, with the fields', () => {
  expect(report.missingTranslations).toEqual([
    {
      sessionId: 11,
      number: 2,
      trackId: 1,
      trackTitle: 'Línea de mujeres',
      title: 'Derechos',
      locale: 'en',
      fields: ['title', 'activities.2.title'],
      // What the admin words as "título; Actividad 2 «Cierre» · título": the activity by its number and title.
      missing: [{ field: 'title' }, { field: 'activity-title', activity: 2, activityTitle: 'Cierre' }],
    },
  ])
})

test('participant audio and video without captions in a locale; facilitator videos and images are not listed', () => {
  expect(report.uncaptionedMedia).toEqual([{ resourceId: 'v2', title: 'Testimonio', kind: 'audio', missingLocales: ['en'] }])
})

test('sessions that link no video or audio, directly or through a video vignette', () => {
  expect(report.sessionsWithoutAudiovisual).toEqual([{ sessionId: 11, number: 2, trackId: 1, trackTitle: 'Línea de mujeres', title: 'Derechos' }])
})
