/**
 * POST /api/sessions/preview: the session editor's live preview prints the unsaved form with the
 * release renderers. What the designer would notice: pages come back for either edition, the
 * workbook's pages do not change whatever facilitator-only text the form holds (nothing of it is
 * printed), the manual's do, and bad requests are refused with a reason.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'

import { activity, fullAgenda, richText, type CurriculumFixture } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'

let ctx: TestPayload
let api: Api
let f: CurriculumFixture
let designer: string
let facilitator: string

beforeAll(async () => {
  const suite = await startSuite({ fixture: { accounts: ['designer', 'facilitator'] } })
  ;({ ctx, api, f } = suite)
  designer = suite.tokens.designer!
  facilitator = suite.tokens.facilitator!
})
afterAll(async () => ctx?.cleanup())

/** The form as the admin posts it: one locale, unsaved, relationships as ids. */
function form(facilitatorText: string) {
  const [first, ...rest] = fullAgenda()
  return {
    track: f.tracks.women,
    number: 7,
    title: 'Vista previa de la sesión',
    summary: 'Hablamos de lo que nos ayuda.',
    facilitatorNotes: richText(`Notas: ${facilitatorText}`),
    safetyNotes: richText(`Seguridad: ${facilitatorText}`),
    activities: [
      activity('themeWork', 'Presentación', first.minutes, {
        facilitatorInstructions: richText(`Instrucciones: ${facilitatorText}`),
        participantContent: richText('Cada persona dice su nombre.'),
      }),
      ...rest,
    ],
  }
}

const preview = (data: unknown, edition: string, token: string | null = designer, locale = 'es') =>
  api.post('/api/sessions/preview', { data, locale, edition }, { token })

test('the manual and the workbook come back as printed pages (PDF)', async () => {
  for (const edition of ['facilitator-manual', 'participant-workbook']) {
    const response = await preview(form('corto'), edition)
    expect(response.status, edition).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.text.startsWith('%PDF-')).toBe(true)
  }
})

test('facilitator-only text changes the manual’s pages and never the workbook’s', async () => {
  const long = 'Riesgo: si alguien muestra lesiones, detener la actividad y derivar. '.repeat(40)
  const [workbookShort, workbookLong, manualShort, manualLong] = await Promise.all([
    preview(form('corto'), 'participant-workbook'),
    preview(form(long), 'participant-workbook'),
    preview(form('corto'), 'facilitator-manual'),
    preview(form(long), 'facilitator-manual'),
  ])
  expect(workbookLong.text).toBe(workbookShort.text)
  expect(manualLong.text).not.toBe(manualShort.text)
  expect(manualLong.text.length).toBeGreaterThan(manualShort.text.length)
})

test('refusals name the problem: anonymous 401, facilitator 403, no track 400, unknown edition or locale 400', async () => {
  expect((await preview(form('x'), 'facilitator-manual', null)).status).toBe(401)
  expect((await preview(form('x'), 'facilitator-manual', facilitator)).status).toBe(403)
  const noTrack = await preview({ ...form('x'), track: null }, 'facilitator-manual')
  expect(noTrack.status).toBe(400)
  expect(noTrack.body.errors[0].message).toContain('track')
  const edition = await preview(form('x'), 'poster')
  expect(edition.status).toBe(400)
  expect(edition.body.errors[0].message).toContain('poster')
  expect((await preview(form('x'), 'facilitator-manual', designer, 'fr')).status).toBe(400)
})
