import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { womenTrack } from '../../src/seed/curriculum'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
  return context.newPage()
}

async function sessionId(page: Page, number: number): Promise<string> {
  const response = await page.request.get(
    `${baseURL}/api/sessions?where[and][0][number][equals]=${number}&where[and][1][track.slug][equals]=${womenTrack.slug}&depth=0&limit=1`,
  )
  const body = await response.json()
  return String(body.docs[0].id)
}

describe('a curriculum designer in the admin', () => {
  test('opens session 3 of the women’s track, sees its timed activities, and switches the admin to Spanish', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL, 'designer@reeduca.test')

    const session3 = womenTrack.sessions.find((session) => session.number === 3)!
    await page.goto(`${baseURL}/admin/collections/sessions?limit=100`)
    await page.getByRole('link', { name: session3.title.es, exact: true }).first().click()
    await page.waitForURL(new RegExp(`/admin/collections/sessions/${await sessionId(page, 3)}`))

    await page.getByRole('tab', { name: /Agenda/ }).click()
    for (const activity of session3.activities) {
      await expect.poll(() => page.getByText(activity.title.es, { exact: true }).first().isVisible()).toBe(true)
    }
    const minutes = await page.locator('input[name$=".minutes"]').evaluateAll((inputs) =>
      inputs.map((input) => Number((input as HTMLInputElement).value)),
    )
    expect(minutes).toEqual(session3.activities.map((activity) => activity.minutes))
    expect(minutes.reduce((sum, n) => sum + n, 0)).toBe(150)
    await screenshot(page, 'admin-session-3-agenda')

    // The account page's language switch turns the admin's own interface to Spanish.
    await page.goto(`${baseURL}/admin/account`)
    await page.locator('#field-language').click()
    await page.getByText('Español', { exact: true }).click()
    await page.goto(`${baseURL}/admin/collections/sessions`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es')
    await expect.poll(() => page.getByText('Sesiones').first().isVisible()).toBe(true)
    await screenshot(page, 'admin-sessions-list-es')
  })
})

describe('a facilitator in the admin', () => {
  test('cannot see Users and cannot edit a session', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL, 'facilitator@reeduca.test')
    await page.goto(`${baseURL}/admin`)
    await expect.poll(() => page.getByRole('link', { name: /Sessions|Sesiones/ }).first().isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: /^Users$|Usuarias y usuarios/ }).count()).toBe(0)

    const usersPage = await page.goto(`${baseURL}/admin/collections/users`)
    expect(usersPage?.status() === 404 || (await page.getByText(/not found|Unauthorized|No autorizado|no encontrad/i).count()) > 0).toBe(true)

    const id = await sessionId(page, 3)
    await page.goto(`${baseURL}/admin/collections/sessions/${id}`)
    await expect.poll(() => page.locator('input[name="title"]').count()).toBeGreaterThan(0)
    expect(await page.locator('input[name="title"]').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: /^(Publish changes|Publicar cambios|Save|Guardar)$/ }).count()).toBe(0)

    // And the API agrees: the update is refused.
    const refused = await page.request.patch(`${baseURL}/api/sessions/${id}`, { data: { title: 'Changed by a facilitator' } })
    expect(refused.status()).toBe(403)
    await screenshot(page, 'admin-facilitator-session')
  })
})
