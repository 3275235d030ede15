/**
 * Adapted tracks (issue 20) in the Spanish admin: the demo's «Mujeres — Yucatán rural» is one
 * release behind the women's track in sessions 2 and 5. A designer sees «Actualización
 * disponible» with what changed in the source, is told a set-aside needs a reason, marks one as
 * merged by hand, and finds the adaptation on the coverage dashboard with the sessions behind.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { ADAPTATION_SLUG } from '@/cms/seed/adaptation'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

async function adaptedSession(page: Page, number: number): Promise<string> {
  const tracks = await (await page.request.get(`${baseURL}/api/tracks?where[slug][equals]=${ADAPTATION_SLUG}&depth=0`)).json()
  const track = tracks.docs[0].id
  const sessions = await (await page.request.get(`${baseURL}/api/sessions?where[and][0][track][equals]=${track}&where[and][1][number][equals]=${number}&draft=true&depth=0`)).json()
  return String(sessions.docs[0].id)
}

test('a designer sees «Actualización disponible» on an adapted session, with what changed in its source, and answers it', { timeout: 300_000 }, async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'designer@reeduca.test')

  // Session 5: the source completed its materials. Setting it aside without a reason is refused, saying why.
  await page.goto(`${baseURL}/admin/collections/sessions/${await adaptedSession(page, 5)}`)
  const update5 = page.locator('.adaptation-update')
  await update5.getByRole('heading', { name: 'Actualización disponible' }).waitFor({ timeout: 90_000 })
  await expect(update5.locator('.adaptation-update__change').textContent()).resolves.toMatch(/^Sesión 5 «.+»: materiales$/)
  await update5.getByRole('button', { name: 'Dejar de lado' }).click()
  await expect(update5.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toContain('escribe el motivo')

  // Session 2: a new safety note in the source; the designer merged it by hand.
  await page.goto(`${baseURL}/admin/collections/sessions/${await adaptedSession(page, 2)}`)
  const update2 = page.locator('.adaptation-update')
  await update2.getByRole('heading', { name: 'Actualización disponible' }).waitFor({ timeout: 90_000 })
  await expect(update2.locator('.adaptation-update__change').textContent()).resolves.toMatch(/^Sesión 2 «.+»: notas de seguridad$/)
  await screenshot(page, 'adaptation-update-available-es')
  await update2.getByRole('button', { name: 'Lo integré a mano' }).click()
  await page.locator('.adaptation-update__follows', { hasText: 'Sigue la versión 1.1.0 del origen.' }).waitFor({ timeout: 90_000 })
  expect(await page.locator('.adaptation-update').count()).toBe(0)

  // The coverage dashboard: the adaptation, the source release it follows, one session still behind.
  // Its title in the admin's content locale, which is the designer's saved choice: another test
  // file that opened the admin in English leaves it at English («Women — rural Yucatán»).
  await page.goto(`${baseURL}/admin`)
  const row = page.locator('.coverage-dashboard__adaptations tr', { hasText: /Yucatán/ })
  await row.waitFor({ timeout: 90_000 })
  expect(await row.getAttribute('data-behind')).toBe('1')
  await expect(row.textContent()).resolves.toContain('1.1.0')
  await context.close()
})
