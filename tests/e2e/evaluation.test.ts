/**
 * Issue 20 in Chromium against the production build: a facilitator records a group's sessions in
 * the portal in a few taps; a reviewer sees them on the evaluation dashboard and in the CSV with
 * small counts withheld; the facilitators' support track is in her portal and on no public page.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { facilitatorsTrack } from '@/cms/seed/curriculum'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

test('the men’s facilitator opens a group, records two sessions and closes it in the portal; she also finds the support track', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${baseURL}/portal/login`)
  await page.locator('input[name="email"]').fill('facilitator.men@reeduca.test')
  await page.locator('input[name="password"]').fill('reeduca-demo')
  await page.locator('form.login button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal', { timeout: 60_000 })

  // The teams' own support track is among her tracks, with its release.
  await expect.poll(() => page.locator(`a[href="/portal/tracks/${facilitatorsTrack.slug}"]`).count()).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Registrar grupos y sesiones (evaluación)' }).click()
  await page.waitForURL((url) => url.pathname === '/portal/evaluacion')
  // Only her tracks are offered: the men's and the support track, not the women's.
  const offered = await page.locator('select[name="track"] option').allInnerTexts()
  expect(offered.some((title) => /mujeres/i.test(title))).toBe(false)
  await page.locator('select[name="track"]').selectOption({ label: offered.find((title) => /hombres/i.test(title))! })
  await page.locator('select[name="state"]').selectOption('yucatan')
  await page.locator('input[name="startDate"]').fill('2026-01-12')
  await page.getByRole('button', { name: 'Abrir el grupo' }).click()
  await expect.poll(() => page.locator('[data-evaluation-group]').count(), { timeout: 30_000 }).toBe(1)

  for (const [date, present, recorded] of [['2026-01-12', '3', '1 sesión registrada'], ['2026-01-19', '4', '2 sesiones registradas']]) {
    const group = page.locator('[data-evaluation-group]').first()
    await group.locator('input[name="date"]').fill(date)
    await group.locator('input[name="present"]').fill(present)
    await group.getByRole('button', { name: 'Guardar la sesión' }).click()
    // Saved, and the page shows it before the next one is typed.
    await expect.poll(() => page.locator('[data-evaluation-group]').first().innerText(), { timeout: 30_000 }).toContain(recorded)
  }
  // The next session number is suggested.
  expect(await page.locator('[data-evaluation-group] input[name="sessionNumber"]').inputValue()).toBe('3')

  const group = page.locator('[data-evaluation-group]').first()
  await group.getByText('Cerrar el grupo', { exact: true }).first().click()
  await group.locator('input[name="closedOn"]').fill('2026-03-20')
  await group.locator('input[name="attended1to12"]').fill('6')
  await group.locator('input[name="attended13plus"]').fill('2')
  await group.getByRole('button', { name: 'Cerrar el grupo' }).click()
  await expect.poll(() => page.locator('[data-evaluation-group]').first().innerText(), { timeout: 30_000 }).toContain('Cerrado el 2026-03-20')
  await screenshot(page, 'portal-evaluation-phone')
  await context.close()
})

test('a reviewer sees the dashboard by state, track and quarter with counts under 5 withheld, and the CSV says the same', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'reviewer@reeduca.test')
  await page.goto(`${baseURL}/admin/evaluation`)
  const row = page.locator('table.evaluation-table tbody tr', { hasText: 'Yucatán' })
  await row.waitFor({ timeout: 60_000 })
  const cell = (column: string) => row.locator(`td[data-column="${column}"]`).innerText()
  expect(await cell('quarter')).toBe('2026-T1')
  expect(await cell('sessionsDelivered')).toBe('2')
  expect(await cell('attendances')).toBe('7')
  expect(await cell('attended1to12')).toBe('6')
  expect(await cell('attended13plus')).toBe('<5')
  expect(await page.locator('table.evaluation-table').innerText()).not.toMatch(/\t2\s*$/m)
  await screenshot(page, 'admin-evaluation')

  const href = await page.getByRole('link', { name: 'Descargar CSV' }).getAttribute('href')
  const csv = await page.request.get(`${baseURL}${href}`)
  expect(csv.status()).toBe(200)
  const line = (await csv.text()).split(/\r\n/).find((text) => text.includes('Yucatán'))!
  expect(line.split(',').slice(3)).toEqual(['1', '1', '0', '2', '7', '1', '6', '<5'])
  await context.close()
})

test('the support track appears on no public page, and its portal page asks for a sign-in', async () => {
  const context = await browser.newContext({ locale: 'es-MX' })
  const page = await context.newPage()
  for (const path of ['/', '/servicios']) {
    await page.goto(`${baseURL}${path}`)
    const html = await page.content()
    expect(html).not.toContain(facilitatorsTrack.title.es)
    expect(html).not.toContain(facilitatorsTrack.slug)
  }
  await page.goto(`${baseURL}/portal/tracks/${facilitatorsTrack.slug}`)
  expect(new URL(page.url()).pathname).toBe('/portal/login')
  const api = await page.request.get(`${baseURL}/api/tracks?where[slug][equals]=${facilitatorsTrack.slug}`)
  expect(JSON.stringify(await api.json().catch(() => ({})))).not.toContain(facilitatorsTrack.slug)
  await context.close()
})
