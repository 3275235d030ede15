/**
 * Issue 20, part 1 (and part 3's offline evaluation record) in Chromium against the production
 * build: a facilitator keeps her tracks' current releases on the phone, goes offline (the
 * browser context's offline mode, which Playwright applies to the service worker too), opens
 * session 5, runs the timer, opens the handouts and plays a captioned video; back online, a new
 * release shows up with what changed; an evaluation record typed offline arrives when the
 * connection returns; signing out leaves nothing stored. The public pages register no worker and
 * store nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'

import { facilitatorsTrack, womenTrack } from '@/cms/seed/curriculum'
import { apiToken, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
const PHONE = { width: 390, height: 844 }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const token = (email: string) => apiToken(baseURL, email)

async function api(path: string, jwt: string, init: RequestInit = {}): Promise<any> {
  const response = await fetch(`${baseURL}${path}`, { ...init, headers: { Authorization: `JWT ${jwt}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

const stored = (page: Page) =>
  page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
  }))

async function portalLogin(page: Page, email: string) {
  await page.goto(`${baseURL}/portal/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill('reeduca-demo')
  await page.locator('form.login button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal', { timeout: 60_000 })
}

/** Waits until the portal's worker is active and in charge of this page. */
async function workerInCharge(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true)
}

test('the public pages register no service worker, link no manifest and store nothing', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: PHONE })
  const page = await context.newPage()
  for (const path of ['/', '/servicios']) {
    await page.goto(`${baseURL}${path}`)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('link[rel="manifest"]').count()).toBe(0)
    expect(await stored(page)).toEqual({ caches: [], workers: [] })
  }
  await context.close()
})

test('a facilitator keeps her tracks, works offline (session 5, timer, handouts, captioned video), sees a new release when back online, and signing out removes it all', async () => {
  const admin = await token('admin@reeduca.test')
  const context: BrowserContext = await browser.newContext({ locale: 'es-MX', viewport: PHONE, serviceWorkers: 'allow' })
  const page = await context.newPage()
  await portalLogin(page, 'facilitator@reeduca.test')
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/portal/manifest.webmanifest')
  const manifest = await (await page.request.get(`${baseURL}/portal/manifest.webmanifest`)).json()
  expect(manifest).toMatchObject({ start_url: '/portal', scope: '/portal/' })
  await workerInCharge(page)
  expect((await stored(page)).workers).toEqual([`${baseURL}/portal/`])

  // Keep for offline use: what is stored and its size are shown.
  await page.getByRole('button', { name: 'Guardar para usar sin conexión' }).click()
  await page.locator('[data-offline-state="kept"], [data-offline-state="partial"], [data-offline-state="failed"]').waitFor({ timeout: 300_000 })
  expect(await page.locator('[data-offline-state]').getAttribute('data-offline-state')).toBe('kept')
  const keptList = await page.locator('[data-offline-stored] li').allInnerTexts()
  expect(keptList.length).toBeGreaterThanOrEqual(2)
  expect(Number(await page.locator('[data-offline-size]').getAttribute('data-offline-size'))).toBeGreaterThan(100_000)
  expect(await page.locator('[data-offline-stored]').innerText()).toMatch(/Ocupa [\d.,]+ (kB|MB)/)
  await screenshot(page, 'offline-kept-phone')

  // The releases she keeps, as the server names them.
  const plan = await (await page.request.get(`${baseURL}/portal/sin-conexion`)).json()
  const women = plan.releases.find((release: any) => release.trackTitle === womenTrack.title.es)
  const support = plan.releases.find((release: any) => release.trackTitle === facilitatorsTrack.title.es)
  expect(women && support).toBeTruthy()

  // Open a track while online, then the signal goes.
  await page.goto(`${baseURL}/portal/tracks/${womenTrack.slug}`)
  await context.setOffline(true)
  // Really offline: a page that was not kept does not open (in another tab: a tab left on
  // Chromium's error page reports its next navigation as interrupted).
  const probe = await context.newPage()
  await expect(probe.goto(`${baseURL}/portal/sessions/999999`)).rejects.toThrow()
  await probe.close()

  // Session 5 of the kept release, with its agenda, safety notes and timer.
  const session5 = `${baseURL}/portal/releases/${women.releaseId}/sessions/5`
  await page.goto(session5)
  expect(await page.locator('h1').innerText()).toMatch(/\S/)
  expect(await page.locator('.agenda').count()).toBeGreaterThan(0)
  expect(await page.locator('main').innerText()).toContain('Notas de seguridad')
  const startTimer = page.locator('.timer').getByRole('button', { name: 'Iniciar', exact: true })
  await expect.poll(() => startTimer.isEnabled()).toBe(true)
  await startTimer.click()
  await expect.poll(() => page.locator('.timer__status').getAttribute('data-state')).toBe('running')
  const before = await page.locator('.timer__clock').innerText()
  await expect.poll(() => page.locator('.timer__clock').innerText(), { timeout: 10_000 }).not.toBe(before)
  await screenshot(page, 'offline-session5-timer')

  // Its handouts, through the page's own link.
  await page.locator(`a[href$="/sessions/5/handouts"]`).first().click()
  await page.waitForURL((url) => url.pathname.endsWith('/sessions/5/handouts'), { timeout: 30_000 })
  expect(await page.locator('article.handout').count()).toBeGreaterThan(0)

  // A captioned video, from the light copy kept on the phone, captions loaded.
  let played = false
  for (const url of women.pages.filter((path: string) => /\/sessions\/\d+$/.test(path))) {
    await page.goto(`${baseURL}${url}`)
    if ((await page.locator('video track[kind="captions"]').count()) === 0) continue
    const result = await page.locator('video').first().evaluate(async (element) => {
      const video = element as HTMLVideoElement
      video.muted = true
      video.textTracks[0].mode = 'showing'
      await video.play()
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return { time: video.currentTime, source: video.currentSrc, cues: video.textTracks[0].cues?.length ?? 0, error: video.error?.code ?? null }
    })
    expect(result.error).toBeNull()
    expect(result.time).toBeGreaterThan(0.3)
    expect(result.cues).toBeGreaterThan(0)
    expect(women.files).toContain(new URL(result.source).pathname)
    played = true
    break
  }
  expect(played).toBe(true)
  await screenshot(page, 'offline-video')

  // Meanwhile a new release of the support track is published.
  const supportTrack = (await api(`/api/tracks?where[slug][equals]=${facilitatorsTrack.slug}&depth=0`, admin)).docs[0]
  const created = await api('/api/manual-releases', admin, { method: 'POST', body: JSON.stringify({ track: supportTrack.id, version: '1.1.0', locales: ['es', 'en'], confirmNoChanges: true }) })
  const newId = String(created.doc.id)
  await expect.poll(async () => (await api(`/api/manual-releases/${newId}?depth=0`, admin)).status, { timeout: 300_000, interval: 2000 }).toBe('ready')

  // Back online: the new release is fetched and announced, the old one leaves the phone.
  await context.setOffline(false)
  const notice = page.locator('[data-offline-notice="new"]')
  await notice.waitFor({ timeout: 300_000 })
  expect(await notice.innerText()).toContain(`Nueva versión 1.1.0 de «${facilitatorsTrack.title.es}»`)
  const names = (await stored(page)).caches
  expect(names.some((name) => name.endsWith(`-r${newId}`))).toBe(true)
  expect(names.some((name) => name.endsWith(`-r${support.releaseId}`))).toBe(false)
  await screenshot(page, 'offline-new-release')

  // Sign out: every cache, the worker and its queue are gone, and nothing opens offline.
  await page.goto(`${baseURL}/portal`)
  await page.getByRole('button', { name: 'Salir de la cuenta' }).click()
  await page.waitForURL((url) => url.pathname === '/portal/login', { timeout: 60_000 })
  await expect.poll(() => stored(page), { timeout: 30_000 }).toEqual({ caches: [], workers: [] })
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))).not.toContain('workbox-background-sync')
  await context.setOffline(true)
  const after = await context.newPage()
  await expect(after.goto(session5)).rejects.toThrow()
  await context.close()
})

test('an evaluation record typed offline waits on the phone and arrives when the connection returns', async () => {
  const facilitator = await token('facilitator@reeduca.test')
  const context = await browser.newContext({ locale: 'es-MX', viewport: PHONE })
  const page = await context.newPage()
  await portalLogin(page, 'facilitator@reeduca.test')
  await workerInCharge(page)
  await page.goto(`${baseURL}/portal/evaluacion`)
  await workerInCharge(page)
  const offered = await page.locator('select[name="track"] option').allInnerTexts()
  await page.locator('select[name="track"]').selectOption({ label: offered.find((title) => /^Grupo de reeducación para mujeres/i.test(title))! })
  await page.locator('select[name="state"]').selectOption('colima')
  await page.locator('input[name="startDate"]').fill('2026-02-02')
  await page.getByRole('button', { name: 'Abrir el grupo' }).click()
  const group = page.locator('[data-evaluation-group]').first()
  await group.waitFor({ timeout: 30_000 })
  const groupId = await group.getAttribute('data-evaluation-group')

  await context.setOffline(true)
  await group.locator('input[name="date"]').fill('2026-02-09')
  await group.locator('input[name="present"]').fill('7')
  await group.getByRole('button', { name: 'Guardar la sesión' }).click()
  const pending = page.locator('[data-evaluation-pending]')
  await pending.waitFor({ timeout: 30_000 })
  expect(await pending.innerText()).toContain('pendiente de enviar')
  await screenshot(page, 'offline-evaluation-pending')
  // Nothing reached the server yet.
  const none = await api(`/api/evaluation-sessions?where[group][equals]=${groupId}&depth=0`, facilitator)
  expect(none.docs).toHaveLength(0)

  await context.setOffline(false)
  await page.locator('[data-evaluation-sent]').waitFor({ timeout: 60_000 })
  await expect.poll(() => page.locator('[data-evaluation-group]').first().innerText(), { timeout: 30_000 }).toContain('1 sesión registrada')
  const arrived = await api(`/api/evaluation-sessions?where[group][equals]=${groupId}&depth=0`, facilitator)
  expect(arrived.docs.map((doc: any) => doc.present)).toEqual([7])
  await context.close()
})

test('another person signing in on the same phone never gets the first one’s kept content', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: PHONE })
  const page = await context.newPage()
  await portalLogin(page, 'facilitator.men@reeduca.test')
  await workerInCharge(page)
  await page.getByRole('button', { name: 'Guardar para usar sin conexión' }).click()
  await page.locator('[data-offline-state="kept"], [data-offline-state="partial"], [data-offline-state="failed"]').waitFor({ timeout: 300_000 })
  // Her light video copies are hers to keep too (scoped facilitator): nothing failed.
  expect(await page.locator('[data-offline-state]').getAttribute('data-offline-state')).toBe('kept')
  const first = (await (await page.request.get(`${baseURL}/portal/sin-conexion`)).json()).userKey as string
  expect((await stored(page)).caches.some((name) => name.startsWith(`reeduca-u${first}-`))).toBe(true)

  // Her session ends without signing out (expired); someone else signs in on the phone.
  await context.clearCookies()
  await portalLogin(page, 'facilitator@reeduca.test')
  await workerInCharge(page)
  await expect.poll(async () => (await stored(page)).caches.filter((name) => name.startsWith('reeduca-u')), { timeout: 30_000 }).toEqual([])
  expect(await page.locator('[data-offline-stored="none"]').count()).toBe(1)
  await context.close()
})
