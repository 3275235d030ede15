/**
 * Issue 15: every refusal reaches the person, on the production build (`npm start`), with its
 * status and reason, in the language of her interface, where she is looking.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { womenTrack } from '@/cms/seed/curriculum'
import { adminLogin, apiToken, clickUntil, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const token = (email: string) => apiToken(baseURL, email)

async function send(path: string, init: RequestInit & { language?: string; jwt?: string }) {
  const headers = new Headers(init.headers)
  if (init.language) headers.set('Accept-Language', init.language)
  if (init.jwt) headers.set('Authorization', `JWT ${init.jwt}`)
  const response = await fetch(`${baseURL}${path}`, { ...init, headers })
  const body = await response.json().catch(() => null)
  return { status: response.status, body, message: String(body?.errors?.[0]?.message ?? '') }
}

const womenTrackId = async (jwt: string) =>
  (await send(`/api/tracks?where[slug][equals]=${womenTrack.slug}&depth=0`, { jwt })).body.docs[0].id

test('REST on the production build: each refusal carries its status and its reason, in Spanish and in English', async () => {
  const designer = await token('designer@reeduca.test')
  const trainer = await token('trainer@reeduca.test')

  const malformed = await send('/api/sessions', { method: 'POST', jwt: designer, language: 'en', headers: { 'Content-Type': 'application/json' }, body: '{"title": ' })
  expect(malformed.status).toBe(400)
  expect(malformed.message).toMatch(/^The request body is not valid JSON \(.+\); nothing was saved\.$/)
  const plain = await send('/api/sessions', { method: 'POST', jwt: designer, language: 'es', headers: { 'Content-Type': 'text/plain' }, body: 'hola' })
  expect(plain.status).toBe(415)
  expect(plain.message).toContain('La API recibe JSON')

  const svg = new FormData()
  svg.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }), 'dibujo.svg')
  svg.append('_payload', '{}')
  const refusedEs = await send('/api/media', { method: 'POST', jwt: trainer, language: 'es', body: svg })
  expect(refusedEs.status).toBe(400)
  expect(refusedEs.message).toBe('«dibujo.svg» — No se aceptan imágenes SVG (pueden llevar scripts): exporta el dibujo como PNG o WebP.')
  expect(refusedEs.body.errors[0].data.errors[0].path).toBe('file')

  const track = await womenTrackId(designer)
  // The women's track's newest release is 1.1.0 (the seed publishes it after adapting 1.0.0).
  const release = { track, version: '1.1.1', locales: ['es', 'en'] }
  for (const [language, says] of [
    ['es', /^La versión 1\.1\.1 de «.+» no puede generarse: 1 problema\.\n- Ninguna sesión cambió desde la versión 1\.1\.0/],
    ['en', /^Release 1\.1\.1 of «.+» cannot be built: 1 problem\.\n- No session changed since release 1\.1\.0/],
  ] as const) {
    const refused = await send('/api/manual-releases', { method: 'POST', jwt: designer, language, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(release) })
    expect(refused.status).toBe(422)
    expect(refused.message).toMatch(says)
    expect(refused.body.errors[0].name).toBe('APIError')
  }

  const draft = await send('/api/sessions?draft=true', {
    method: 'POST',
    jwt: designer,
    headers: { 'Content-Type': 'application/json' },
    // A full agenda: only review stands between it and publishing.
    body: JSON.stringify({ track, number: 95, title: 'Sesión sin aprobar', activities: [{ blockType: 'checkIn', title: 'Registro', minutes: 150 }], _status: 'draft' }),
  })
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const publish = await send(`/api/sessions/${draft.body.doc.id}`, { method: 'PATCH', jwt: designer, language: 'en', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ _status: 'published' }) })
  expect(publish.status).toBe(403)
  expect(publish.message).toMatch(/^Only approved sessions can be published/)
})

test('a facilitator who switched the portal to English is refused in English by the API, though her browser asks for Spanish', async () => {
  const context = await browser.newContext({ locale: 'es-MX' })
  try {
    const page = await context.newPage()
    await adminLogin(page, baseURL, 'facilitator@reeduca.test')
    await page.goto(`${baseURL}/idioma?lang=en&next=/portal`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    // A download link to a release that is gone, opened from the portal.
    const gone = await page.goto(`${baseURL}/api/manual-releases/999999/download/facilitator-manual?locale=en`)
    expect(gone?.status()).toBe(404)
    // A page, not the API's JSON: the reason in English and a way back to the portal.
    expect(await page.locator('[role="alert"]').innerText()).toBe('No such manual release: it does not exist or was withdrawn.')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('link', { name: 'Back to the portal' }).click()
    await page.waitForURL(/\/portal/)
    // A refusal Payload itself writes (its request language), through the same browser.
    const missing = await page.goto(`${baseURL}/api/manual-releases/999999`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator('body').innerText()).toMatch(/not found/i)
  } finally {
    await context.close()
  }
  // The same by the API with a token: the site's cookie decides where the admin's does not.
  const designer = await token('designer@reeduca.test')
  const track = await womenTrackId(designer)
  const create = (cookie: string) =>
    send('/api/manual-releases', {
      method: 'POST',
      jwt: designer,
      language: 'es-MX',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ track, version: '1.1.1', locales: ['es', 'en'] }),
    })
  const english = await create('reeduca-lang=en')
  expect(english.status).toBe(422)
  expect(english.message).toMatch(/^Release 1\.1\.1 of «.+» cannot be built/)
  const adminSpanish = await create('payload-lng=es; reeduca-lang=en')
  expect(adminSpanish.message).toMatch(/^La versión 1\.1\.1 de «.+» no puede generarse/)
})

async function chooseWomenTrack(page: Page) {
  // The women's course by its full title (the demo also has «Mujeres — Yucatán rural»); a click
  // that lands before the form is hydrated opens no menu, so it is repeated until one opens.
  const option = page.locator('.rs__option', { hasText: /^(Grupo de reeducación para mujeres|Re-education group for women)/ })
  await clickUntil(page.locator('#field-track .rs__control'), option)
  await option.first().click()
}

for (const [locale, language] of [
  ['es-MX', 'es'],
  ['en-US', 'en'],
] as const) {
  test(`[${language}] the release create form lists the checks' problems, and Publish is not offered for an unapproved session`, async () => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } })
    const page = await context.newPage()
    await adminLogin(page, baseURL, 'designer@reeduca.test')

    await page.goto(`${baseURL}/admin/collections/manual-releases/create`)
    const panel = page.locator('.release-checks')
    await panel.waitFor({ timeout: 60_000 })
    await chooseWomenTrack(page)
    const item = panel.locator('li[data-code="no-changes"]')
    await item.waitFor({ timeout: 60_000 })
    expect(await item.innerText()).toMatch(language === 'es' ? /Ninguna sesión cambió desde la versión 1\.1\.0/ : /No session changed since release 1\.1\.0/)
    // Both notes editors are offered at creation, one per locale (waited for: they load after the
    // panel), labelled in the admin's language: Payload renders rich text on the server from a
    // field map it cached by collection alone, so the language of the first visitor stuck
    // (src/cms/admin/clientSchemaMapPerLanguage.ts). Spanish is opened first in this file.
    const notesLabel = language === 'es' ? 'Notas de la versión' : 'Release notes'
    for (const name of ['Español', 'English']) {
      await page.locator('label', { hasText: `${notesLabel} · ${name}` }).first().waitFor({ timeout: 60_000 })
    }
    const otherLabel = language === 'es' ? 'Release notes' : 'Notas de la versión'
    expect(await page.locator('label', { hasText: otherLabel }).count()).toBe(0)
    // No form input holds a Lexical state printed as text (the stored notes field used to sit in
    // the form as an <input type="hidden" value="[object Object]">).
    const objectValues = await page.locator('form input').evaluateAll((inputs) =>
      inputs.filter((input) => (input as HTMLInputElement).value.includes('[object Object]')).map((input) => input.getAttribute('name') ?? input.id),
    )
    expect(objectValues).toEqual([])
    await screenshot(page, `refusals-release-checks-${language}`)

    // Submitting anyway: the toast carries the same reason, not "unknown error".
    await page.locator('input[name="version"]').fill('1.1.1')
    await page.locator('#action-save').click()
    const toast = page.locator('.payload-toast-container, [data-sonner-toaster]')
    await expect.poll(() => toast.innerText(), { timeout: 60_000 }).toMatch(language === 'es' ? /no puede generarse/ : /cannot be built/)
    expect(await toast.innerText()).not.toMatch(/unknown error|error desconocido/i)

    // A release that exists (the seeded 1.0.0): its read-only view holds no value printed as
    // "[object Object]" (the stored notes and the change list sat in the form as hidden inputs).
    const seeded = await send(`/api/manual-releases?where[version][equals]=1.0.0&limit=1&depth=0`, { jwt: await token('designer@reeduca.test') })
    await page.goto(`${baseURL}/admin/collections/manual-releases/${seeded.body.docs[0].id}`)
    await page.locator('.release-overview').waitFor({ timeout: 60_000 })
    const printedObjects = await page.locator('input, textarea').evaluateAll((inputs) =>
      inputs.filter((input) => (input as HTMLInputElement).value.includes('[object Object]')).map((input) => input.getAttribute('name') ?? input.id),
    )
    expect(printedObjects).toEqual([])
    expect(await page.content()).not.toContain('[object Object]')

    // A session nobody approved: the sidebar says why it cannot be published.
    const jwt = await token('designer@reeduca.test')
    const track = await womenTrackId(jwt)
    const draft = await send('/api/sessions?draft=true', {
      method: 'POST',
      jwt,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ track, number: language === 'es' ? 96 : 97, title: 'Borrador sin revisar', _status: 'draft' }),
    })
    await page.goto(`${baseURL}/admin/collections/sessions/${draft.body.doc.id}`)
    const blocked = page.locator('.session-publish--blocked')
    await blocked.waitFor({ timeout: 60_000 })
    expect(await blocked.locator('button').isDisabled()).toBe(true)
    expect(await blocked.innerText()).toMatch(language === 'es' ? /La sesión no está aprobada/ : /The session is not approved/)
    expect(await blocked.innerText()).toMatch(language === 'es' ? /las actividades suman 0 de 150 minutos/ : /activities add up to 0 of 150 minutes/)
    await screenshot(page, `refusals-publish-blocked-${language}`)
    await context.close()
  })
}
