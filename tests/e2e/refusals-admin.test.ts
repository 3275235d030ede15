/**
 * Issue 15, the refusals a designer or a trainer meets in the admin, on the production build
 * (`npm start`), in the Spanish and in the English admin: each reason where she is looking.
 * - a publish the server refuses (403: the content changed after approval) reaches a toast with
 *   its reason, and the form's buttons stay usable;
 * - a broken caption file uploaded from a resource's Subtitles field: the reason at the file;
 * - the bulk-upload drawer: each refused file listed, marked and explained at its file field, also
 *   after moving between the files.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { adminLogin, apiToken, clickUntil, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const LANGUAGES = [
  ['es-MX', 'es'],
  ['en-US', 'en'],
] as const

const token = (email: string) => apiToken(baseURL, email)

async function openAdmin(locale: string, email: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, email)
  return page
}

const toasts = (page: Page) => page.locator('.payload-toast-container, [data-sonner-toaster]')
const UNKNOWN = /unknown error|error desconocido|ocurrió un error desconocido/i

const BULK_REASONS: Record<'es' | 'en', Record<'foto.png' | 'dibujo.svg', RegExp>> = {
  es: { 'foto.png': /«foto\.png» — No reconocemos el tipo de contenido del archivo/, 'dibujo.svg': /«dibujo\.svg» — No se aceptan imágenes SVG/ },
  en: { 'foto.png': /«foto\.png» — The file's content is not a type we recognise/, 'dibujo.svg': /«dibujo\.svg» — SVG images are not accepted/ },
}

const BULK_SUMMARY = { es: /No se pudieron guardar 2 archivos/, en: /Could not save 2 files/ }

/** The media list's bulk-upload drawer, as a trainer, with a text file named .png and an SVG chosen. */
async function openBulkDrawer(locale: string): Promise<Page> {
  const page = await openAdmin(locale, 'trainer@reeduca.test')
  await page.goto(`${baseURL}/admin/collections/media`)
  const input = page.locator('input[type="file"][multiple]').first()
  await clickUntil(page.getByRole('button', { name: /Subida en lotes|Bulk upload/i }).first(), input, { state: 'attached' })
  await input.setInputFiles([
    { name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('Esto es texto, no una imagen.\n') },
    { name: 'dibujo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>') },
  ])
  return page
}

for (const [locale, language] of LANGUAGES) {
  test(`[${language}] a publish the server refuses (403) shows its reason in a toast, and the buttons stay usable`, async () => {
    // A seeded session, approved and published: its Publish button is offered. Changing its title
    // makes the approval lapse, which the server sees when the designer publishes: 403.
    const jwt = await token('designer@reeduca.test')
    const found = await fetch(`${baseURL}/api/sessions?where[reviewStatus][equals]=approved&where[_status][equals]=published&limit=1&depth=0&sort=number`, {
      headers: { Authorization: `JWT ${jwt}` },
    }).then((response) => response.json())
    const session = found.docs[0]
    expect(session, 'an approved, published seeded session').toBeTruthy()

    const page = await openAdmin(locale, 'designer@reeduca.test')
    await page.goto(`${baseURL}/admin/collections/sessions/${session.id}`)
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 60_000 })
    const publish = page.locator('#action-save')
    await publish.waitFor({ timeout: 60_000 })
    await title.fill(`${session.title} (${language})`)
    await expect.poll(() => publish.isEnabled(), { timeout: 30_000 }).toBe(true)
    await publish.click()

    const said = toasts(page)
    await expect
      .poll(() => said.innerText(), { timeout: 60_000 })
      .toMatch(language === 'es' ? /Solo se publican sesiones aprobadas/ : /Only approved sessions can be published/)
    const text = await said.innerText()
    expect(text).not.toMatch(UNKNOWN)
    expect(text).toMatch(language === 'es' ? /cambió después de aprobarse/ : /changed after approval/)
    await screenshot(page, `refusals-publish-403-${language}`)

    // Nothing was saved, and the edit is still there to save as a draft (or to send to review).
    expect(await title.inputValue()).toBe(`${session.title} (${language})`)
    // Payload marks the form unmodified after any answer and restores it only for a refused draft
    // save; both buttons stayed disabled over unsaved edits (src/ui/admin/useEditsKeptAfterRefusedPublish.ts).
    const draft = page.locator('#action-save-draft')
    await expect.poll(() => draft.isEnabled(), { timeout: 10_000 }).toBe(true)
    expect(await publish.isEnabled()).toBe(true)
    const stored = await fetch(`${baseURL}/api/sessions/${session.id}?depth=0&draft=true`, { headers: { Authorization: `JWT ${jwt}` } }).then((r) => r.json())
    expect(stored.title).toBe(session.title)
    await page.context().close()
  })

  test(`[${language}] a resource's publish refused for its missing captions: the reason is said, and the edits stay saveable`, async () => {
    // A participant video with credits but no Spanish captions: the server refuses to publish it.
    const jwt = await token('trainer@reeduca.test')
    const headers = { Authorization: `JWT ${jwt}`, 'Content-Type': 'application/json' }
    const video = await fetch(`${baseURL}/api/media?where[mimeType][like]=video&limit=1&depth=0`, { headers }).then((r) => r.json())
    expect(video.docs[0], 'a seeded video').toBeTruthy()
    const created = await fetch(`${baseURL}/api/resources?draft=true`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Viñeta sin subtítulos ${language}`, kind: 'video', audience: 'participant', credit: 'Equipo Reeduca', licence: 'CC BY 4.0', file: video.docs[0].id, _status: 'draft' }),
    }).then((r) => r.json())
    const id = created.doc?.id
    expect(id, JSON.stringify(created)).toBeTruthy()

    const page = await openAdmin(locale, 'trainer@reeduca.test')
    await page.goto(`${baseURL}/admin/collections/resources/${id}`)
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 60_000 })
    const publish = page.locator('#action-save')
    await title.fill(`Viñeta sin subtítulos ${language} (cambiada)`)
    await expect.poll(() => publish.isEnabled(), { timeout: 30_000 }).toBe(true)
    await publish.click()
    await expect
      .poll(() => toasts(page).innerText(), { timeout: 60_000 })
      .toMatch(language === 'es' ? /Hacen falta subtítulos en español/ : /Captions in Spanish \(a WebVTT file\) are required/)
    expect(await toasts(page).innerText()).not.toMatch(UNKNOWN)
    // And at the field, after the form has refreshed its state (which used to wipe it: scripts/patches).
    const atCaptions = page.locator('#field-captions .field-error')
    await expect.poll(() => atCaptions.first().textContent().catch(() => ''), { timeout: 30_000 }).toMatch(language === 'es' ? /Hacen falta subtítulos en español/ : /Captions in Spanish/)
    // Held through the next refresh of the form's state (an edit, or the edits-kept hook, asks for one).
    await page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/admin/collections/resources/${id}`, { timeout: 15_000 }).catch(() => null)
    expect(await atCaptions.first().textContent()).toMatch(language === 'es' ? /Hacen falta subtítulos en español/ : /Captions in Spanish/)
    // The edit is still there, unsaved, and both buttons can act on it.
    expect(await title.inputValue()).toBe(`Viñeta sin subtítulos ${language} (cambiada)`)
    await expect.poll(() => page.locator('#action-save-draft').isEnabled(), { timeout: 10_000 }).toBe(true)
    expect(await publish.isEnabled()).toBe(true)
    const stored = await fetch(`${baseURL}/api/resources/${id}?depth=0&draft=true`, { headers }).then((r) => r.json())
    expect(stored.title).toBe(`Viñeta sin subtítulos ${language}`)
    expect(stored._status).toBe('draft')
    await page.context().close()
  })

  test(`[${language}] a broken caption file uploaded from a resource's Subtitles field: the reason is at the file, in the admin's language`, async () => {
    const page = await openAdmin(locale, 'trainer@reeduca.test')
    await page.goto(`${baseURL}/admin/collections/resources/create`)
    const captions = page.locator('#field-captions')
    await captions.waitFor({ timeout: 60_000 })
    const vttField = captions.locator('.upload').first()
    await clickUntil(captions.locator('.array-field__add-row, button:has-text("Añadir"), button:has-text("Add")').first(), vttField)
    const drawer = page.locator('.doc-drawer.drawer--is-open').last()
    const input = drawer.locator('input[type="file"]').first()
    await clickUntil(vttField.locator('.upload__createNewToggler'), input, { state: 'attached' })
    // The end of the cue comes before its start. The drawer's form can still be taking its state
    // when the input appears (a file chosen then is dropped on a loaded machine, as in two runs of
    // three): choose it until the form shows its name, then save and wait for the server's answer.
    const chosen = drawer.locator('input.file-field__filename')
    await expect
      .poll(async () => {
        if ((await chosen.count()) === 0) {
          await input.setInputFiles({ name: 'al-reves.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHola\n') })
        }
        return chosen.inputValue({ timeout: 3_000 }).catch(() => '')
      }, { timeout: 60_000, interval: 1_000 })
      .toBe('al-reves.vtt')
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/media', { timeout: 60_000 })
    await drawer.locator('#action-save').click()
    expect((await answered).status()).toBe(400)

    const reason =
      language === 'es'
        ? '«al-reves.vtt» — El archivo de subtítulos WebVTT tiene errores: línea 3: El final del subtítulo no es posterior a su inicio.'
        : '«al-reves.vtt» — The WebVTT caption file is broken: line 3: The end time is not after the start time.'
    // At the file, in the drawer opened from the Subtitles field.
    const atFile = drawer.locator('.field-error, .tooltip').filter({ hasText: 'al-reves.vtt' })
    await expect.poll(() => atFile.first().textContent(), { timeout: 60_000 }).toContain(reason)
    const toastText = await toasts(page).innerText().catch(() => '')
    expect(toastText).not.toMatch(UNKNOWN)
    expect(toastText).not.toMatch(/El siguiente campo es inválido|The following field is invalid/)
    await screenshot(page, `refusals-caption-file-${language}`)
    await page.context().close()
  })

  test(`[${language}] the bulk-upload drawer: two refused files, both listed and marked, each reason named by its file`, async () => {
    const page = await openBulkDrawer(locale)
    const rows = page.locator('.file-selections__fileRowContainer')
    // Both are listed: none is dropped on the way for its browser-given type (an SVG used to vanish).
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(2)
    await page.locator('.bulk-upload--actions-bar__buttons button').last().click()
    // Each refused file gets a toast with its own reason, named by the file, in the admin's language.
    const expected = BULK_REASONS[language]
    await expect.poll(() => toasts(page).innerText(), { timeout: 60_000 }).toMatch(expected['foto.png'])
    await expect.poll(() => toasts(page).innerText(), { timeout: 10_000 }).toMatch(expected['dibujo.svg'])
    expect(await toasts(page).innerText()).not.toMatch(UNKNOWN)
    // The drawer's summary in the admin's language too (Payload says it in English: scripts/patches).
    await expect.poll(() => toasts(page).innerText(), { timeout: 10_000 }).toMatch(BULK_SUMMARY[language])
    expect(await toasts(page).innerText()).not.toMatch(/Failed to save|Successfully saved/)
    // Both stay in the drawer, each marked with its error.
    await expect.poll(() => page.locator('.file-selections__fileRowContainer--error').count(), { timeout: 60_000 }).toBe(2)
    // The file that is not open when the save ends shows its reason at its file field.
    const photo = rows.filter({ hasText: 'foto.png' })
    await photo.locator('.file-selections__fileRow').click()
    const error = page.locator('.field-error').filter({ hasText: 'foto.png' })
    await expect.poll(() => error.first().textContent().catch(() => ''), { timeout: 30_000 }).toMatch(expected['foto.png'])
    await screenshot(page, `refusals-bulk-${language}`)
    // And back to the file that was open when the save ended: its reason was not lost on the way.
    await rows.filter({ hasText: 'dibujo.svg' }).locator('.file-selections__fileRow').click()
    const drawing = page.locator('.field-error').filter({ hasText: 'dibujo.svg' })
    await expect.poll(() => drawing.first().textContent().catch(() => ''), { timeout: 30_000 }).toMatch(expected['dibujo.svg'])
    await expect.poll(() => page.locator('.file-selections__fileRowContainer--error').count(), { timeout: 10_000 }).toBe(2)
    await page.context().close()
  })

  // Payload's editor says its screen-reader labels in English with no i18n key (scripts/patches).
  test(`[${language}] the rich-text editor's screen-reader labels speak the admin's language`, async () => {
    const page = await openAdmin(locale, 'admin@reeduca.test')
    try {
      await page.goto(`${baseURL}/admin/collections/manual-chapters/create`)
      const drag = page.locator('button.draggable-block-menu').first()
      await drag.waitFor({ state: 'attached', timeout: 60_000 })
      expect(await drag.getAttribute('aria-label')).toBe(language === 'es' ? 'Arrastrar para mover' : 'Drag to move')
      const insert = page.locator('.insert-paragraph-at-end').first()
      expect(await insert.getAttribute('aria-label')).toBe(language === 'es' ? 'Añadir un párrafo al final' : 'Add a paragraph at the end')
      const dropdowns = page.locator('button.toolbar-popup__dropdown')
      await expect.poll(() => dropdowns.count(), { timeout: 30_000 }).toBeGreaterThan(0)
      const labels = await dropdowns.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))
      expect(labels.filter((label) => /dropdown|reeduca:/.test(label) || !label.startsWith(language === 'es' ? 'Menú' : 'Menu'))).toEqual([])
    } finally {
      await page.context().close()
    }
  })
}
