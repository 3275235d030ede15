import { describe, expect, test } from 'vitest'

import { fromLiveSession, fromSnapshotSession, mediaFileUrl, sessionFilePaths } from '@/portal/sessionView'
import { timerStorageKey } from '@/core/curriculum/sessionTimer'
import { freezeSnapshot, type ReleaseSnapshot } from '@/core/releases/snapshot'
import { IMAGES, SMALL_MARKERS, SMALL_TITLES, smallSnapshot as sharedSnapshot } from '../releases/fixtures'
import { doc, p, paragraphs, upload } from '../releases/lexical'

/** A copy of its own: the fixture shares objects (resources, services) between calls, and views freeze snapshots. */
const smallSnapshot = (): ReleaseSnapshot => structuredClone(sharedSnapshot())
const session = (snapshot: ReleaseSnapshot, number: number) => snapshot.sessions.find((s) => s.number === number)!

describe('a session of a release, from its snapshot', () => {
  test('shows the release text in the asked locale, with the agenda timed from the activities', () => {
    const snapshot = freezeSnapshot(smallSnapshot())
    const view = fromSnapshotSession(snapshot, session(snapshot, 2), 'en', { releaseId: 7 })
    expect(view.source).toEqual({ kind: 'release', releaseId: '7', version: '1.1.0' })
    expect(view.number).toBe(2)
    expect(view.title).toEqual({ value: SMALL_TITLES.en[1], locale: 'en' })
    expect(view.duration).toBe(150)
    expect(view.agenda.map((item) => [item.startMinute, item.minutes, item.kind])).toEqual([
      [0, 15, 'checkIn'],
      [15, 45, 'videoVignette'],
      [60, 50, 'groupDiscussion'],
      [110, 25, 'homework'],
      [135, 15, 'closing'],
    ])
    expect(view.agenda[1].resourceId).toBe('r1')
    expect(JSON.stringify(view.agenda[1].facilitatorInstructions)).toContain('Play the vignette and pause at minute 2.')
    expect(JSON.stringify(view.safetyNotes)).toContain('If a participant reports recent violence')
    expect(JSON.stringify(view.facilitatorNotes)).toContain('Notice who does not speak')
    expect(view.objectives?.value).toEqual(['Know the group ground rules.', 'Recognise the types of violence.'])
    expect(view.fellBack).toEqual([])
  })

  test('in Spanish the facilitator-only texts are the Spanish ones', () => {
    const snapshot = smallSnapshot()
    const view = fromSnapshotSession(snapshot, session(snapshot, 1), 'es', { releaseId: 'abc' })
    expect(JSON.stringify(view.safetyNotes)).toContain(SMALL_MARKERS.safety)
    expect(JSON.stringify(view.facilitatorNotes)).toContain(SMALL_MARKERS.facilitatorNote)
  })

  test('media play from the media route, with a caption track per language and the light copy', () => {
    const snapshot = smallSnapshot()
    snapshot.resources[0] = {
      ...snapshot.resources[0],
      captions: [
        { language: 'es', file: { id: 'c1', filename: 'vineta-es.vtt', mimeType: 'text/vtt', path: 'vineta-es.vtt' } },
        { language: 'en', file: { id: 'c2', filename: 'vineta en.vtt', mimeType: 'text/vtt', path: 'vineta en.vtt' } },
      ],
      file: { ...IMAGES.video, renditions: { lowBandwidth: { path: 'vineta-1-light.mp4', contentType: 'video/mp4', sizeBytes: 1000 } } },
    }
    const view = fromSnapshotSession(freezeSnapshot(snapshot), session(snapshot, 2), 'es', { releaseId: 1 })
    // The session's own resources in the author's order; the vignette's video only once.
    expect(view.resources.map((r) => r.id)).toEqual(['r1', 'r2', 'r3'])
    const video = view.resources[0]
    expect(video.file?.url).toBe('/api/media/file/video%2Fvineta-1.mp4')
    expect(video.captions).toEqual([
      { language: 'es', url: '/api/media/file/vineta-es.vtt' },
      { language: 'en', url: '/api/media/file/vineta%20en.vtt' },
    ])
    expect(video.lowBandwidth?.url).toBe('/api/media/file/vineta-1-light.mp4')
    // What a snapshot does not keep is said, not invented.
    expect(video.transcript).toBeNull()
    expect(video.poster).toBeNull()
    expect(view.missing).toEqual(['transcripts', 'posters'])
    expect(view.handouts.map((h) => h.file?.url)).toEqual([mediaFileUrl(IMAGES.plan.path), mediaFileUrl(IMAGES.worksheet.path)])
    expect(view.handouts[0].file?.alt).toEqual({ value: 'Plan de acción', locale: 'es' })
  })

  test('files gone from the server since the release are left out, and the view says so', () => {
    const snapshot = smallSnapshot()
    snapshot.resources[0] = {
      ...snapshot.resources[0],
      captions: [
        { language: 'es', file: { id: 'c1', filename: 'v-es.vtt', mimeType: 'text/vtt', path: 'v-es.vtt' } },
        { language: 'en', file: { id: 'c2', filename: 'v-en.vtt', mimeType: 'text/vtt', path: 'v-en.vtt' } },
      ],
    }
    const gone = new Set([IMAGES.video.path, 'v-en.vtt', IMAGES.plan.path])
    const two = session(snapshot, 2)
    const view = fromSnapshotSession(snapshot, two, 'es', { releaseId: 1, fileAvailable: (path) => !gone.has(path) })
    expect(view.resources[0].file).toBeNull()
    expect(view.resources[0].captions.map((c) => c.language)).toEqual(['es'])
    expect(view.handouts[0].file).toBeNull()
    expect(view.handouts[1].file?.filename).toBe(IMAGES.worksheet.filename)
    expect(view.missing).toContain('files')
    expect(sessionFilePaths(snapshot, two).sort()).toEqual([IMAGES.plan.path, IMAGES.video.path, IMAGES.worksheet.path, 'v-en.vtt', 'v-es.vtt', ...(snapshot.resources[2].file ? [snapshot.resources[2].file.path] : [])].sort())
  })

  test('a text missing in the asked locale falls back to the release’s primary locale, and says so', () => {
    const snapshot = smallSnapshot()
    const two = session(snapshot, 2)
    delete two.title.en
    two.summary.en = ''
    two.activities[2].participantContent = { es: two.activities[2].participantContent.es, en: null }
    const view = fromSnapshotSession(freezeSnapshot(snapshot), two, 'en', { releaseId: 1 })
    expect(view.title).toEqual({ value: SMALL_TITLES.es[1], locale: 'es' })
    expect(view.summary?.locale).toBe('es')
    expect(view.agenda[2].participantContent?.locale).toBe('es')
    expect(view.agenda[2].title.locale).toBe('en')
    expect(view.fellBack).toEqual(['title', 'summary', 'agenda.3.participantContent'])
  })

  test('a locale the release does not cover reads entirely in its primary locale', () => {
    const snapshot = smallSnapshot()
    const view = fromSnapshotSession(snapshot, session(snapshot, 1), 'yua', { releaseId: 1 })
    expect(view.title.locale).toBe('es')
    expect(view.fellBack).toContain('title')
    expect(view.fellBack).toContain('agenda.1.title')
  })

  test('images inside rich text get a URL; the frozen snapshot is left as it was', () => {
    const snapshot = smallSnapshot()
    const one = session(snapshot, 1)
    one.facilitatorNotes = { es: doc(p('Mira la rueda:'), upload(IMAGES.wheel) as any), en: null }
    const frozen = freezeSnapshot(snapshot)
    const before = JSON.stringify(frozen)
    const view = fromSnapshotSession(frozen, one, 'es', { releaseId: 1 })
    const node = (view.facilitatorNotes!.value.root.children as any[])[1]
    expect(node.value).toMatchObject({ url: '/api/media/file/images%2Frueda-igualdad.png', alt: 'Rueda de la igualdad', mimeType: 'image/png' })
    expect(JSON.stringify(frozen)).toBe(before)
  })
})

describe('the live session', () => {
  const media = (filename: string, extra: Record<string, unknown> = {}) => ({ id: filename, filename, url: `/api/media/file/${filename}`, mimeType: 'video/mp4', filesize: 5000, ...extra })
  const resource = {
    id: 11,
    kind: 'video',
    audience: 'participant',
    title: { es: 'Viñeta', en: 'Vignette' },
    description: { es: 'Una pareja discute.', en: null },
    file: media('v.mp4', { renditions: { status: 'ready', poster: { url: '/api/media/file/v-poster.jpg' }, lowBandwidth: { url: '/api/media/file/v-light.mp4', filesize: 900 } } }),
    captions: [{ language: 'es', file: media('v-es.vtt', { mimeType: 'text/vtt' }) }, { language: 'en', file: 12 }],
    transcript: { es: paragraphs('Transcripción'), en: null },
  }
  /** As the Local API returns it with locale 'all' and depth 2. */
  const live = {
    id: 5,
    number: 3,
    title: { es: 'Apoyo y confianza', en: 'Support and trust' },
    summary: { es: 'Resumen', en: null },
    objectives: [{ id: 'o1', objective: { es: 'Objetivo', en: 'Objective' } }],
    track: { id: 1, slug: 'hombres', sessionMinutes: 150 },
    activities: [
      { id: 'a', blockType: 'checkIn', minutes: 30, title: { es: 'Registro', en: 'Check-in' }, facilitatorInstructions: { es: paragraphs('Instrucciones'), en: paragraphs('Instructions') } },
      { id: 'b', blockType: 'videoVignette', minutes: 120, title: { es: 'Viñeta', en: 'Vignette' }, resource },
    ],
    safetyNotes: { es: paragraphs('Seguridad'), en: null },
    handouts: [{ id: 'h', title: { es: 'Hoja', en: 'Handout' }, body: { es: paragraphs('Texto'), en: paragraphs('Text') }, file: media('h.png', { mimeType: 'image/png', alt: { es: 'Hoja', en: 'Sheet' }, sizes: { print: { url: '/api/media/file/h-print.png' } } }) }],
    resources: [resource],
  }

  test('reads the session in the asked locale; untranslated texts come from the default locale and are named', () => {
    const view = fromLiveSession(live, 'en', { fallbackLocales: ['es', 'en'] })
    expect(view.source).toEqual({ kind: 'live', sessionId: '5' })
    expect(view.title).toEqual({ value: 'Support and trust', locale: 'en' })
    expect(view.summary).toEqual({ value: 'Resumen', locale: 'es' })
    expect(view.safetyNotes?.locale).toBe('es')
    expect(view.objectives).toEqual({ value: ['Objective'], locale: 'en' })
    expect(view.duration).toBe(150)
    expect(view.agenda.map((item) => [item.startMinute, item.minutes, item.title.value])).toEqual([
      [0, 30, 'Check-in'],
      [30, 120, 'Vignette'],
    ])
    expect([...view.fellBack].sort()).toEqual(['resources.11.description', 'resources.11.transcript', 'safetyNotes', 'summary'])
  })

  test('each resource once, playable with its captions, poster, light copy and transcript', () => {
    const view = fromLiveSession(live, 'es', { fallbackLocales: ['es'] })
    expect(view.resources).toHaveLength(1)
    const video = view.resources[0]
    expect(video.file?.url).toBe('/api/media/file/v.mp4')
    // A caption whose file was not populated has no URL to play: left out.
    expect(video.captions).toEqual([{ language: 'es', url: '/api/media/file/v-es.vtt' }])
    expect(video.poster).toBe('/api/media/file/v-poster.jpg')
    expect(video.lowBandwidth?.url).toBe('/api/media/file/v-light.mp4')
    expect(video.transcript?.locale).toBe('es')
    expect(view.handouts[0].file).toMatchObject({ printUrl: '/api/media/file/h-print.png', alt: { value: 'Hoja', locale: 'es' } })
    expect(view.missing).toEqual([])
  })

  test('a session read in one locale (plain strings) is taken as Payload localized it', () => {
    const plain = { ...live, title: 'Apoyo y confianza', summary: 'Resumen', duration: null, track: 1, activities: [], resources: [], handouts: [] }
    const view = fromLiveSession(plain, 'es', { defaultMinutes: 150 })
    expect(view.title).toEqual({ value: 'Apoyo y confianza', locale: 'es' })
    expect(view.duration).toBe(150)
    expect(view.fellBack).toEqual([])
  })
})

test('the timer of a release session and of the live session are kept apart', () => {
  const release = timerStorageKey({ kind: 'release', releaseId: 5, number: 5 })
  const live = timerStorageKey({ kind: 'live', sessionId: 5 })
  expect(release).not.toBe(live)
  expect(timerStorageKey({ kind: 'release', releaseId: 6, number: 5 })).not.toBe(release)
})
