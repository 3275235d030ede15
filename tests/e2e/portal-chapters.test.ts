/**
 * The portal shows a release's front-matter chapters and glossary (facilitator edition) as the
 * release froze them: the men's-track facilitator reads the programme's chapters and her track's
 * own ground rules, never the women's, and the glossary with the workbook's plain words beside it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { apiToken, launchBrowser, screenshot } from './browser'

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

test('a facilitator reads the release’s chapters and glossary in the portal, in her language', async () => {
  const token = await apiToken(baseURL, 'facilitator.men@reeduca.test')
  // The men's track's own release: this account also facilitates the support track, whose release is newer.
  const list = await fetch(`${baseURL}/api/manual-releases?where[status][equals]=ready&where[archived][not_equals]=true&where[track.slug][equals]=hombres&limit=1&depth=0&sort=-createdAt`, { headers: { Authorization: `JWT ${token}` } })
  const release = ((await list.json()) as { docs: { id: string | number }[] }).docs[0]
  expect(release).toBeDefined()

  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1100, height: 900 } })
  const page = await context.newPage()
  await portalLogin(page, 'facilitator.men@reeduca.test')
  await page.goto(`${baseURL}/portal/releases/${release.id}`)
  await page.getByRole('link', { name: 'Capítulos del manual y glosario' }).click()
  await page.waitForURL(/\/chapters$/)
  expect(await page.getByRole('heading', { level: 3, name: 'Encuadre del grupo de hombres' }).count()).toBe(1)
  expect(await page.getByRole('heading', { level: 3, name: 'Introducción al programa' }).count()).toBe(1)
  expect(await page.getByRole('heading', { level: 3, name: 'Valoración de riesgo y canalización' }).count()).toBe(1)
  const text = (await page.locator('main').textContent()) ?? ''
  expect(text).not.toContain('Encuadre del grupo de mujeres')
  expect(await page.locator('dl.glossary dt', { hasText: 'Violencia económica' }).count()).toBe(1)
  expect(text).toContain('En el cuaderno de participantes')
  await screenshot(page, 'portal-chapters')

  // In English, the same page speaks English.
  await context.addCookies([{ name: 'reeduca-lang', value: 'en', url: baseURL }])
  await page.reload()
  expect(await page.getByRole('heading', { level: 3, name: 'Ground rules of the men’s group' }).count()).toBe(1)
  expect(await page.locator('dl.glossary dt', { hasText: 'Economic violence' }).count()).toBe(1)
  await context.close()
})
