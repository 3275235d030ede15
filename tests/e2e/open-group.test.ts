/**
 * The men's open group (issue 20, part 4, the Duluth model) in the portal: a facilitator opening
 * the track reads that men may join at any session and when the themes repeat, and how a newcomer
 * is brought in, in Spanish and in English; a closed course's page says nothing of the kind.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

async function portalLogin(page: Page, email: string) {
  await page.goto(`${baseURL}/portal/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill('reeduca-demo')
  await page.locator('form.login button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal', { timeout: 60_000 })
}

test('the open group’s page in the portal says men may join at any session, and how', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1100, height: 900 } })
  const page = await context.newPage()
  await portalLogin(page, 'facilitator@reeduca.test')
  await page.locator('a[href="/portal/tracks/hombres-grupo-abierto"]').first().click()
  await page.waitForURL((url) => url.pathname === '/portal/tracks/hombres-grupo-abierto')
  const format = page.locator('section.open-group')
  expect(await format.getByRole('heading', { level: 2, name: 'Formato del grupo' }).count()).toBe(1)
  expect(await format.textContent()).toContain('Grupo abierto: se puede entrar en cualquier sesión; los temas se repiten cada 9 semanas.')
  expect(await format.textContent()).toContain('Antes de su primera sesión')
  // The nine sessions of its release are listed below it.
  expect(await page.locator('.session-list li').count()).toBe(9)
  await screenshot(page, 'portal-open-group')

  await context.addCookies([{ name: 'reeduca-lang', value: 'en', url: baseURL }])
  await page.reload()
  expect(await page.locator('section.open-group').textContent()).toContain('Open group: men may join at any session; the themes repeat every 9 weeks.')

  // The closed men's course starts everyone at session 1: no such note.
  await page.goto(`${baseURL}/portal/tracks/hombres`)
  await page.locator('.session-list').waitFor()
  expect(await page.locator('section.open-group').count()).toBe(0)
  await context.close()
})
