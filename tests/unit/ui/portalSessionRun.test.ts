/**
 * The shared session and handouts markup, rendered to HTML from a release view: headings in
 * order, fallback texts marked with their language, captions on in the page's language, and no
 * facilitator-only text on the handouts sheet.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'

import { HandoutsPrint, SessionRun } from '@/ui/portal/SessionRun'
import { STRINGS } from '@/ui/strings'
import { fromSnapshotSession } from '@/portal/sessionView'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { IMAGES, SMALL_MARKERS, smallSnapshot } from '../releases/fixtures'

function releaseView(locale: 'es' | 'en') {
  const snapshot: ReleaseSnapshot = structuredClone(smallSnapshot())
  snapshot.resources[0] = {
    ...snapshot.resources[0],
    captions: [
      { language: 'es', file: { id: 'c1', filename: 'v-es.vtt', mimeType: 'text/vtt', path: 'v-es.vtt' } },
      { language: 'en', file: { id: 'c2', filename: 'v-en.vtt', mimeType: 'text/vtt', path: 'v-en.vtt' } },
    ],
    file: IMAGES.video,
  }
  const session = snapshot.sessions[1]
  delete session.summary.en
  return fromSnapshotSession(snapshot, session, locale, { releaseId: 9 })
}

const render = (lang: 'es' | 'en') =>
  renderToStaticMarkup(createElement(SessionRun, { view: releaseView(lang), lang, t: STRINGS[lang], timerKey: 'k', handoutsHref: '/h' }))

describe('the session page from a release', () => {
  test('headings go h1, h2, h3, h4 without skipping a level', () => {
    const html = render('es')
    const levels = [...html.matchAll(/<h([1-6])/g)].map((match) => Number(match[1]))
    expect(levels[0]).toBe(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1)
  })

  test('safety notes set apart, instructions and the agenda with start times', () => {
    const html = render('es')
    expect(html).toContain('class="safety-notes"')
    expect(html).toContain('0:15 · 45 min')
    expect(html).toContain('Proyecta la viñeta y pausa en el minuto 2.')
  })

  test('a text shown in the primary locale is marked with its language, and the page says so', () => {
    const html = render('en')
    expect(html).toMatch(/<p lang="es">Resumen sencillo de la sesión 2/)
    expect(html).toContain('Part of this session is not translated and is shown in Español.')
  })

  test('video plays from the media route with captions on in the page’s language', () => {
    const html = render('en')
    expect(html).toContain('<source src="/api/media/file/video%2Fvineta-1.mp4" type="video/mp4"/>')
    expect(html).toMatch(/<track kind="captions" src="\/api\/media\/file\/v-en.vtt" srcLang="en" label="[^"]+" default=""\/>/)
    expect(html).not.toMatch(/srcLang="es"[^>]*default/)
    expect(html).toContain(STRINGS.en.releaseHasNoTranscripts)
  })

  test('the handouts sheet holds no facilitator-only text', () => {
    const html = renderToStaticMarkup(createElement(HandoutsPrint, { view: releaseView('es'), lang: 'es', t: STRINGS.es }))
    expect(html).toContain('Hoja: mitos y realidades')
    expect(html).toContain(`src="/api/media/file/${encodeURIComponent(IMAGES.plan.path)}"`)
    for (const text of [SMALL_MARKERS.safety, SMALL_MARKERS.facilitatorNote, 'Proyecta la viñeta', STRINGS.es.facilitatorInstructions]) expect(html).not.toContain(text)
  })
})
