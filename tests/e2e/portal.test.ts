/**
 * The facilitator portal and the public pages in Chromium: sign-in, downloads of the current
 * release, the session timer across a reload, track scoping by URL, the quick exit, and axe-core
 * on every page. Screenshots at phone and desktop width go to tests/artifacts (git-ignored).
 */
import fs from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { womenTrack } from '@/cms/seed/curriculum'
import { readPdf } from '../unit/releases/pdf'
import { launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
/** The quick exit's stand-in outside site (tests/e2e/globalSetup.ts); the exit may go there. */
const outsideURL = inject('outsideURL')
const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 900 }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** Requests to any host but ours: the public pages and the portal must make none. */
const outsideRequests: string[] = []

async function newContext(viewport = DESKTOP, extra: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'es-MX', viewport, acceptDownloads: true, ...extra })
  const ownHost = new URL(baseURL).host
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (/^https?:$/.test(url.protocol) && url.host !== ownHost && !(outsideURL && request.url().startsWith(outsideURL))) outsideRequests.push(request.url())
  })
  return context
}

async function portalLogin(page: Page, email: string, password = 'reeduca-demo') {
  await page.goto(`${baseURL}/portal/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('form.login button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/portal', { timeout: 60_000 })
}

/** Serious and critical axe-core findings on the page as it is now, as readable lines. */
async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${page.url()}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Shared between tests: the women's session 5 as the unscoped facilitator found it (in the current release, and live). */
let womenSession5URL = ''
let womenLiveSession5URL = ''
let releaseURL = ''

describe('public pages', () => {
  test('quick exit: first Tab focuses it, it stays visible while scrolling, Esc leaves, and Back does not return', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseURL}/servicios`)
    expect(await page.title()).not.toMatch(/violencia|violence/i)
    await expect.poll(() => page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0)

    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit')
    // A real link: without JavaScript it still leads away.
    expect(await page.locator('#quick-exit').getAttribute('href')).toBeTruthy()

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
    const onTop = await page.evaluate(() => {
      const exit = document.getElementById('quick-exit')!
      const box = exit.getBoundingClientRect()
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return { inView: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0, uncovered: Boolean(hit && exit.contains(hit)) }
    })
    expect(onTop).toEqual({ inView: true, uncovered: true })
    await screenshot(page, 'public-services-phone-scrolled')

    await page.keyboard.press('Escape')
    await page.waitForURL((url) => !url.pathname.startsWith('/servicios'), { timeout: 30_000 })
    expect(page.url()).toBe(`${outsideURL}/buscar?q=clima`)
    await page.goBack().catch(() => null)
    await page.waitForTimeout(500)
    expect(page.url()).not.toContain('/servicios')
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0)
    await context.close()
  })

  test('the landing page’s quick exit answers a click the same way, and the language switch turns the page to English', async () => {
    const context = await newContext(DESKTOP)
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit')
    await page.getByRole('link', { name: /English/ }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    await expect.poll(() => page.locator('h1').innerText()).toContain('Reflection groups')
    await screenshot(page, 'public-landing-desktop-en')
    // A fresh tab (the switch above added the page to this one's history twice).
    const tab = await context.newPage()
    await tab.goto(`${baseURL}/`)
    await tab.locator('#quick-exit').click()
    await tab.waitForURL((url) => url.href.startsWith(outsideURL))
    await tab.goBack().catch(() => null)
    await tab.waitForTimeout(500)
    expect(tab.url()).not.toBe(`${baseURL}/`)
    await context.close()
  })

  test('the directory filters by state, kind of service, language and rural coverage', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseURL}/servicios`)
    const all = await page.locator('li.service').count()
    expect(all).toBeGreaterThan(1)
    await page.locator('input[name="rural"]').check()
    // The filters are posted, not put in the address (issue 17): wait for the new list.
    await page.getByRole('button', { name: 'Aplicar filtros' }).click()
    await expect.poll(() => page.locator('li.service:not(:has(.badge))').count(), { timeout: 30_000 }).toBe(0)
    const rural = await page.locator('li.service').count()
    expect(rural).toBeLessThanOrEqual(all)
    expect(await page.locator('li.service:not(:has(.badge))').count()).toBe(0)

    await page.goto(`${baseURL}/servicios?tipo=hotline`)
    const hotlines = await page.locator('li.service .service__meta').allInnerTexts()
    expect(hotlines.length).toBeGreaterThan(0)
    for (const meta of hotlines) expect(meta).toContain('Línea telefónica')
    await context.close()
  })

  test('axe-core finds no serious or critical problem on the public pages, at phone and desktop width', async () => {
    const problems: string[] = []
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      for (const [slug, path] of [['landing', '/'], ['services', '/servicios'], ['neutral', '/tiempo']]) {
        await page.goto(`${baseURL}${path}`)
        problems.push(...(await axeProblems(page)))
        await screenshot(page, `public-${slug}-${name}`)
      }
      await context.close()
    }
    expect(problems).toEqual([])
  })
})

describe('the facilitator portal', () => {
  test('without signing in, portal pages lead to the login page', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL}/portal/tracks/mujeres`)
    expect(new URL(page.url()).pathname).toBe('/portal/login')
    expect(await page.locator('input[name="password"]').count()).toBe(1)
    await context.close()
  })

  test('a facilitator signs in, opens the women’s track, downloads the manual (a PDF of the current release) and the offline bundle, and runs session 5 with the timer across a reload', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await portalLogin(page, 'facilitator@reeduca.test')
    await screenshot(page, 'portal-home-desktop')
    await page.locator(`a[href="/portal/tracks/${womenTrack.slug}"]`).first().click()
    await page.waitForURL((url) => url.pathname === `/portal/tracks/${womenTrack.slug}`)
    const currentVersion = (await page.locator('#current-release').innerText()).match(/\d+\.\d+\.\d+/)?.[0]
    expect(currentVersion).toBeTruthy()

    const [manual] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-edition="facilitator-manual"][data-locale="es"]').first().click(),
    ])
    const manualBytes = fs.readFileSync((await manual.path())!)
    expect(manualBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await readPdf(manualBytes)
    expect(pdf.text).toContain(currentVersion!)
    expect(pdf.text).toContain(womenTrack.sessions[0].title.es)

    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[data-edition="offline-bundle"]').first().click(),
    ])
    const bundleBytes = fs.readFileSync((await bundle.path())!)
    expect(bundleBytes.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(bundle.suggestedFilename()).toMatch(/\.zip$/)

    releaseURL = `${baseURL}${await page.locator('#history-title ~ article h3 a').first().getAttribute('href')}`
    const session5 = womenTrack.sessions.find((session) => session.number === 5)!
    // The track lists the current release's sessions, and says which release they come from.
    expect(await page.locator('.release-source').first().innerText()).toContain(currentVersion!)
    await page.locator('a.session-link', { hasText: session5.title.es }).click()
    await page.waitForURL((url) => /^\/portal\/releases\/[^/]+\/sessions\/5$/.test(url.pathname))
    womenSession5URL = page.url()
    await expect.poll(() => page.locator('h1').innerText()).toContain(session5.title.es)
    expect(await page.locator('main .release-source').innerText()).toContain(currentVersion!)
    // The agenda: every activity with its start time and minutes, adding up to the session.
    const times = await page.locator('.agenda__time').allInnerTexts()
    expect(times).toHaveLength(session5.activities.length)
    expect(times[0]).toBe(`0:00 · ${session5.activities[0].minutes} min`)

    const timer = page.locator('.timer')
    await expect.poll(() => timer.getByRole('button', { name: 'Iniciar', exact: true }).isEnabled()).toBe(true)
    await timer.getByRole('button', { name: 'Iniciar', exact: true }).click()
    await expect.poll(() => timer.locator('.timer__status').getAttribute('data-state')).toBe('running')
    await expect.poll(() => timer.locator('.timer__clock').innerText(), { timeout: 10_000 }).not.toBe('0:00')
    await page.keyboard.press('Tab') // full keyboard use: the controls are ordinary buttons
    await page.reload()
    await expect.poll(() => timer.locator('.timer__status').getAttribute('data-state')).toBe('running')
    const afterReload = await timer.locator('.timer__clock').innerText()
    expect(afterReload).not.toBe('0:00')
    // It keeps counting from where it was, not from zero.
    await expect.poll(() => timer.locator('.timer__clock').innerText(), { timeout: 10_000 }).not.toBe(afterReload)
    await timer.getByRole('button', { name: 'Siguiente actividad' }).click()
    await expect.poll(() => page.locator('[data-activity-index="1"]').getAttribute('aria-current')).toBe('step')
    await screenshot(page, 'portal-session-5-desktop')

    // The print view holds the participants' handouts and nothing written for facilitators.
    await page.getByRole('link', { name: 'Vista para imprimir las hojas' }).click()
    await page.waitForURL((url) => url.pathname.endsWith('/handouts'))
    expect(await page.locator('article.handout').count()).toBeGreaterThan(0)
    expect(await page.locator('main').innerText()).not.toMatch(/Instrucciones para facilitación|Notas de seguridad/)

    // The live session (the current text) still opens, says it is not a release, and links
    // back to the same session in the current release.
    const found = await page.request.get(`${baseURL}/api/sessions?where[and][0][number][equals]=5&where[and][1][track.slug][equals]=${womenTrack.slug}&depth=0&limit=1`)
    expect(found.status()).toBe(200)
    const liveId = (await found.json()).docs[0].id
    womenLiveSession5URL = `${baseURL}/portal/sessions/${encodeURIComponent(String(liveId))}`
    await page.goto(womenLiveSession5URL)
    await expect.poll(() => page.locator('h1').innerText()).toContain(session5.title.es)
    expect(await page.locator('.live-notice').innerText()).toContain('Este es el texto vigente, no una versión')
    const back = page.locator('.live-notice a')
    expect(await back.innerText()).toContain(currentVersion!)
    expect(`${baseURL}${await back.getAttribute('href')}`).toBe(womenSession5URL)
    await context.close()
  })

  test('captions in the page’s language are on by default', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await portalLogin(page, 'facilitator@reeduca.test')
    // Find a session with captioned media through the portal's own pages.
    await page.goto(`${baseURL}/portal/tracks/${womenTrack.slug}`)
    const links = await page.locator('a.session-link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
    let found = false
    for (const link of links) {
      await page.goto(link)
      if ((await page.locator('video track[kind="captions"]').count()) === 0) continue
      found = true
      expect(await page.locator('video track[default]').getAttribute('srclang')).toBe('es')
      break
    }
    expect(found).toBe(true)
    await context.close()
  })

  test('a men’s-track facilitator cannot open a women’s session by URL', async () => {
    expect(womenSession5URL).not.toBe('')
    expect(womenLiveSession5URL).not.toBe('')
    const context = await newContext()
    const page = await context.newPage()
    await portalLogin(page, 'facilitator.men@reeduca.test')
    expect(await page.locator(`a[href="/portal/tracks/${womenTrack.slug}"]`).count()).toBe(0)
    const response = await page.goto(womenSession5URL)
    expect([403, 404]).toContain(response?.status())
    const session5 = womenTrack.sessions.find((session) => session.number === 5)!
    expect(await page.content()).not.toContain(session5.title.es)
    expect(await page.locator('.agenda').count()).toBe(0)
    // Nor the live text of the same session.
    const live = await page.goto(womenLiveSession5URL)
    expect([403, 404]).toContain(live?.status())
    expect(await page.content()).not.toContain(session5.title.es)
    const track = await page.goto(`${baseURL}/portal/tracks/${womenTrack.slug}`)
    expect([403, 404]).toContain(track?.status())
    const release = await page.goto(releaseURL)
    expect([403, 404]).toContain(release?.status())
    await context.close()
  })

  test('axe-core finds no serious or critical problem on the portal pages, at phone and desktop width', async () => {
    expect(womenSession5URL).not.toBe('')
    const problems: string[] = []
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const context = await newContext(viewport)
      const page = await context.newPage()
      await page.goto(`${baseURL}/portal/login`)
      problems.push(...(await axeProblems(page)))
      await screenshot(page, `portal-login-${name}`)
      await portalLogin(page, 'facilitator@reeduca.test')
      for (const [slug, url] of [
        ['home', `${baseURL}/portal`],
        ['track', `${baseURL}/portal/tracks/${womenTrack.slug}`],
        ['release', releaseURL],
        ['session', womenSession5URL],
        ['handouts', `${womenSession5URL}/handouts`],
        ['live-session', womenLiveSession5URL],
      ]) {
        await page.goto(url)
        problems.push(...(await axeProblems(page)))
        await screenshot(page, `portal-${slug}-${name}`)
      }
      await context.close()
    }
    expect(problems).toEqual([])
  }, 480_000)

  test('no page made a request to another host', () => {
    expect(outsideRequests).toEqual([])
  })
})
