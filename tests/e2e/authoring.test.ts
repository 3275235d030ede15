/**
 * Authoring in the admin: the session editor's live agenda turns from red to green as activities
 * are added (before saving); the coverage dashboard sends the designer to what needs fixing.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { womenTrack } from '@/cms/seed/curriculum'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const agendaPanel = (page: Page) => page.locator('.live-agenda:not(.live-agenda--compact)')

async function addActivity(page: Page, kind: RegExp, index: number, title: string, minutes: number) {
  await page.getByRole('button', { name: /^(Add Activity|Agregar Actividad|Añadir Actividad)$/i }).click()
  // The block chooser lists every kind of activity; pick one by its label.
  await page.locator('.blocks-drawer__block', { hasText: kind }).first().click()
  const titleInput = page.locator(`[name="activities.${index}.title"]`)
  await titleInput.waitFor({ timeout: 30_000 })
  await titleInput.fill(title)
  await page.locator(`[name="activities.${index}.minutes"]`).fill(String(minutes))
}

test('a designer adds activities and sees the total turn from red to green before saving', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'designer@reeduca.test')
  await page.goto(`${baseURL}/admin/collections/sessions/create`)
  await page.locator('button.tabs-field__tab-button', { hasText: 'Agenda' }).click()

  // A new session: nothing planned yet, the whole 150 minutes are missing.
  await expect.poll(() => agendaPanel(page).getAttribute('data-balanced'), { timeout: 60_000 }).toBe('false')
  expect(await agendaPanel(page).innerText()).toMatch(/0 (of|de) 150/)

  await addActivity(page, /^(Check-in|Registro de entrada)$/, 0, 'Bienvenida y acuerdos', 120)
  await expect.poll(() => agendaPanel(page).innerText()).toMatch(/120 (of|de) 150 min\w*: (30 missing|faltan 30)/)
  expect(await agendaPanel(page).getAttribute('data-balanced')).toBe('false')
  expect(await agendaPanel(page).evaluate((element) => getComputedStyle(element).borderLeftColor)).toBe('rgb(180, 35, 24)')

  await addActivity(page, /^(Break|Receso)$/, 1, 'Pausa', 30)
  await expect.poll(() => agendaPanel(page).getAttribute('data-balanced')).toBe('true')
  expect(await agendaPanel(page).innerText()).toMatch(/150 (of|de) 150/)
  expect(await agendaPanel(page).evaluate((element) => getComputedStyle(element).borderLeftColor)).toBe('rgb(26, 127, 55)')
  // The running agenda gives each activity its start time.
  expect(await agendaPanel(page).locator('tbody tr').allInnerTexts()).toEqual([
    expect.stringMatching(/^0:00\s+Bienvenida y acuerdos\s+120$/),
    expect.stringMatching(/^2:00\s+Pausa\s+30$/),
  ])
  // The sidebar's total agrees, from any tab.
  expect(await page.locator('.live-agenda--compact').getAttribute('data-balanced')).toBe('true')
  await screenshot(page, 'admin-live-agenda-balanced')
  await context.close()
})

test('the coverage dashboard lists a session with a missing English title, and its link opens that session', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'designer@reeduca.test')
  const tracks = await (await page.request.get(`${baseURL}/api/tracks?where[slug][equals]=${womenTrack.slug}&depth=0`)).json()
  const created = await page.request.post(`${baseURL}/api/sessions?draft=true&locale=es`, {
    data: { track: tracks.docs[0].id, number: 90, title: 'Sesión aún sin traducir', summary: 'Borrador', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const session = (await created.json()).doc

  await page.goto(`${baseURL}/admin?locale=en`)
  const list = page.locator('[data-list="missing-translations"]')
  // Under its track's title, by number and title; the missing texts named as the form names them.
  const link = list.getByRole('link', { name: 'Session 90 · Sesión aún sin traducir' })
  await expect.poll(() => link.count(), { timeout: 60_000 }).toBe(1)
  expect(await link.locator('xpath=..').innerText()).toMatch(/— title; summary for participants missing in English$/)
  expect(await link.locator('xpath=../../preceding-sibling::h4[1]').innerText()).toBe(womenTrack.title.en)
  await screenshot(page, 'admin-coverage-dashboard')
  await link.click()
  await expect.poll(() => page.url(), { timeout: 60_000 }).toContain(`/admin/collections/sessions/${session.id}`)
  await expect.poll(() => page.locator('input[name="number"]').inputValue(), { timeout: 60_000 }).toBe('90')
  await context.close()
})

test('the theme map shows, for each theme, the sessions of every track that covers it (women’s, men’s, the facilitators’ support)', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
  const page = await context.newPage()
  await adminLogin(page, baseURL, 'designer@reeduca.test')
  await page.goto(`${baseURL}/admin/theme-map`)
  const table = page.locator('table.theme-map')
  await table.waitFor({ timeout: 60_000 })
  const headers = await table.locator('thead th').allInnerTexts()
  // The theme, then one column per track: the women's, the men's, the teams' support track (issue 20,
  // part 5), the men's open group (part 4) and the women's rural Yucatán adaptation (part 2).
  expect(headers).toHaveLength(6)
  expect(headers.some((header) => /Yucatán/.test(header))).toBe(true)
  expect(headers.some((header) => /Apoyo a los equipos de facilitación|Support for the facilitation teams/.test(header))).toBe(true)
  // Every seeded theme is worked on by some session, and the cells link to the sessions.
  const firstLink = table.locator('tbody td a').first()
  expect(await table.locator('tbody td a').count()).toBeGreaterThan(10)
  const href = await firstLink.getAttribute('href')
  expect(href).toMatch(/^\/admin\/collections\/sessions\/[^/]+$/)
  await screenshot(page, 'admin-theme-map')
  await firstLink.click()
  await expect.poll(() => page.url(), { timeout: 60_000 }).toContain(href!)
  await context.close()
})
