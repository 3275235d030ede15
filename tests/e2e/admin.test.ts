import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { menTrack, womenTrack } from '@/cms/seed/curriculum'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** Every request the admin makes to a host other than ours: there must be none (no avatars, fonts, telemetry). */
const outsideRequests: string[] = []

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
  const ownHost = new URL(baseURL).host
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (/^https?:$/.test(url.protocol) && url.host !== ownHost) outsideRequests.push(request.url())
  })
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
  test('opens session 3 of the women’s track, sees its timed activities, and switches the admin to Spanish', { timeout: 300_000 }, async () => {
    const page = await newPage()
    await adminLogin(page, baseURL, 'designer@reeduca.test')

    const session3 = womenTrack.sessions.find((session) => session.number === 3)!
    // Content in Spanish, whatever locale this account last edited in (the admin remembers it).
    await page.goto(`${baseURL}/admin/collections/sessions?limit=100&depth=1&locale=es`, { waitUntil: 'networkidle' })
    // The list links each row from its first column, the session number. The list re-renders
    // while it hydrates and loads relationship cells, which can swallow an early click; the
    // link's address is what a click would follow, so the test follows it once it is there.
    const id = await sessionId(page, 3)
    const link = page.locator('tr', { hasText: session3.title.es }).first().getByRole('link').first()
    await link.waitFor({ timeout: 90_000 })
    const href = await link.getAttribute('href')
    expect(href).toMatch(new RegExp(`/admin/collections/sessions/${id}$`))
    await page.goto(`${new URL(href!, baseURL).href}?locale=es`)
    await expect.poll(() => page.locator('input[name="number"]').inputValue(), { timeout: 60_000 }).toBe('3')

    await page.locator('button.tabs-field__tab-button', { hasText: 'Agenda' }).click()
    // Each activity's header reads "title · N min", so the whole agenda shows collapsed.
    for (const activity of session3.activities) {
      await expect
        .poll(() => page.getByText(`${activity.title.es} · ${activity.minutes} min`, { exact: true }).count())
        .toBeGreaterThan(0)
    }
    const labels = await page.locator('.activity-row-label__minutes').allInnerTexts()
    const minutes = labels.map((label) => Number(/(\d+) min/.exec(label)?.[1]))
    expect(minutes).toEqual(session3.activities.map((activity) => activity.minutes))
    expect(minutes.reduce((sum, n) => sum + n, 0)).toBe(150)
    await screenshot(page, 'admin-session-3-agenda')

    // The account page's language switch turns the admin's own interface to Spanish.
    await page.goto(`${baseURL}/admin/account`)
    await page.locator('#language-select').click()
    await page.getByRole('option', { name: 'Español' }).click()
    // The account page itself re-renders in Spanish once the choice is saved.
    await expect.poll(() => page.getByText('Idioma', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await page.goto(`${baseURL}/admin/collections/sessions`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es')
    await expect.poll(() => page.getByRole('heading', { name: 'Sesiones' }).count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByText('Crear', { exact: true }).count()).toBeGreaterThan(0)
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

  test('reads a release without an account she may not read printed as "Untitled - ID"', async () => {
    const page = await newPage()
    await adminLogin(page, baseURL, 'facilitator@reeduca.test')
    const releases = await (await page.request.get(`${baseURL}/api/manual-releases?where[version][equals]=1.0.0&depth=0&limit=1`)).json()
    await page.goto(`${baseURL}/admin/collections/manual-releases/${releases.docs[0].id}`)
    await expect.poll(() => page.locator('.release-overview').getAttribute('data-status'), { timeout: 60_000 }).toBe('ready')
    const text = await page.locator('main, .template-default').first().innerText()
    expect(text).not.toMatch(/Untitled|Sin título/)
    expect(text).not.toMatch(/Published by|Publicada por/)
  })
})

describe('an admin and a published release', () => {
  test('sees what the release is and its files, downloads the manual, and withdraws it without changing anything else', { timeout: 300_000 }, async () => {
    const page = await newPage()
    await adminLogin(page, baseURL, 'admin@reeduca.test')
    // A release of its own, so that withdrawing it leaves the seeded 1.0.0 as every other test knows it.
    const tracks = await (await page.request.get(`${baseURL}/api/tracks?where[slug][equals]=${menTrack.slug}&depth=0&limit=1`)).json()
    const notes = { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text: 'Revisión de prueba E2E', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] } }
    const created = await page.request.post(`${baseURL}/api/manual-releases?locale=es`, { data: { track: tracks.docs[0].id, version: '1.0.1-e2e', locales: ['es', 'en'], notes } })
    expect(created.status(), await created.text()).toBe(201)
    const id = String((await created.json()).doc.id)

    // Opened while it builds, the page turns to ready with its files without a reload.
    await page.goto(`${baseURL}/admin/collections/manual-releases/${id}`)
    const overview = page.locator('.release-overview')
    await expect.poll(() => overview.getAttribute('data-status'), { timeout: 120_000 }).toBe('ready')
    await expect.poll(() => overview.locator('.release-overview__files tbody tr').count()).toBe(5)
    expect(await overview.innerText()).toContain('Revisión de prueba E2E')
    // Frozen: the inputs a new release has are not offered for an existing one.
    expect(await page.locator('input[name="version"]').count()).toBe(0)
    expect(await page.locator('[contenteditable="true"]').count()).toBe(0)
    const manualRow = overview.locator('tr[data-edition="facilitator-manual"][data-locale="es"]')
    expect(await manualRow.innerText()).toMatch(/\d+(\.\d)? kB|\d+(\.\d)? MB/)
    const href = await manualRow.getByRole('link').getAttribute('href')
    const download = await page.request.get(new URL(href!, baseURL).href)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toBe('application/pdf')
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await screenshot(page, 'admin-release-overview')

    // Withdrawing is the one change left, after a confirmation.
    page.once('dialog', (dialog) => void dialog.accept())
    await overview.getByRole('button', { name: 'Withdraw this release' }).click()
    await expect.poll(() => page.locator('.release-overview__withdrawn').count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => page.locator('.release-overview').getByRole('button', { name: 'Offer this release again' }).count()).toBe(1)
    const stored = await (await page.request.get(`${baseURL}/api/manual-releases/${id}?depth=0&locale=es`)).json()
    expect(stored).toMatchObject({ archived: true, status: 'ready', version: '1.0.1-e2e', locales: ['es', 'en'] })
    expect(stored.files).toHaveLength(5)
    expect(JSON.stringify(stored.notes)).toContain('Revisión de prueba E2E')

    // The list of releases, newest first: this one above the seeded ones (read without their
    // snapshots, in the order an index gives: collections/ManualReleases).
    await page.goto(`${baseURL}/admin/collections/manual-releases`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(1)
    expect(await rows.first().innerText()).toContain('1.0.1-e2e')
    expect(await page.locator('table tbody').innerText()).toContain('1.0.0')
  })
})

test('the admin calls no outside host (avatars, fonts, telemetry)', () => {
  expect(outsideRequests).toEqual([])
})
