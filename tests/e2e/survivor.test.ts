/**
 * Issue 17 in Chromium against the production build: the quick exit leaves no page of the site
 * behind Back, from the home page, the directory and a filtered directory, whether she arrived
 * by a link and clicked around or typed the addresses; help comes first on a 390 px phone; the
 * directory puts national lines first, filters by whom a service serves, keeps its filters out
 * of the address and lists the national lines when nothing matches; the 404 is a public page;
 * axe finds nothing serious on any public page.
 *
 * The quick exit is also tried in Debian's Firefox ESR, driven by puppeteer-core over WebDriver
 * BiDi (playwright-core drives only Playwright's own Firefox build, a download): four of the
 * Chromium cases, links and typed addresses, click and Escape, with and without filters.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { launchBrowser, launchFirefox, screenshot } from './browser'

const baseURL = inject('baseURL')
const outsideURL = inject('outsideURL')
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const DESKTOP = { viewport: { width: 1280, height: 900 } }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const newContext = (options: Parameters<Browser['newContext']>[0] = DESKTOP): Promise<BrowserContext> => browser.newContext({ locale: 'es-MX', ...options })
const onSite = (url: string) => url.startsWith(baseURL)

/** Presses Back until the browser can go no further; every address it showed on the way. */
async function everythingBehindBack(page: Page): Promise<string[]> {
  const seen: string[] = []
  for (let i = 0; i < 12; i++) {
    const before = page.url()
    const response = await page.goBack({ waitUntil: 'load', timeout: 10_000 }).catch(() => null)
    await page.waitForTimeout(300)
    if (!response && page.url() === before) break
    seen.push(page.url())
    // A page of the site shown for an instant counts too: it would be in front of her.
    if (onSite(page.url())) break
  }
  return seen
}

async function applyFilters(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await page.locator(`select[name="${name}"]`).selectOption(value)
  // The address stays /servicios: wait for the new page itself.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Aplicar filtros' }).click()])
}

type Start = 'home' | 'directory' | 'filtered'

/** Browses to the page `start` names, by links from an outside page, or by typing addresses. */
async function browseTo(page: Page, start: Start, how: 'links' | 'typed') {
  if (how === 'links') {
    await page.goto(`${outsideURL}/resultados?to=${encodeURIComponent(`${baseURL}/`)}`)
    await Promise.all([page.waitForURL(`${baseURL}/`), page.locator('#to-site').click()])
    if (start !== 'home') await Promise.all([page.waitForURL(`${baseURL}/servicios`), page.locator('.site-nav a[href="/servicios"]').click()])
  } else {
    await page.goto(`${baseURL}/`)
    if (start !== 'home') await page.goto(`${baseURL}/servicios`)
  }
  if (start === 'filtered') {
    await applyFilters(page, { estado: 'yucatan', atiende: 'women' })
    await expect.poll(() => page.locator('li.service h3').first().innerText()).toBe('Emergencias 911')
    expect(page.url()).toBe(`${baseURL}/servicios`)
  }
}

describe('quick exit leaves no way back', () => {
  for (const how of ['links', 'typed'] as const) {
    for (const start of ['home', 'directory', 'filtered'] as const) {
      for (const press of ['click', 'Escape'] as const) {
        test(`${start}, arrived by ${how === 'links' ? 'links' : 'typed addresses'}, exit by ${press}: Back never shows the site`, async () => {
          const context = await newContext(press === 'click' ? PHONE : DESKTOP)
          const page = await context.newPage()
          await browseTo(page, start, how)
          if (press === 'click') await page.locator('#quick-exit').click()
          else await page.keyboard.press('Escape')
          await page.waitForURL((url) => url.href.startsWith(outsideURL) && url.pathname === '/buscar', { timeout: 30_000 })
          await page.waitForLoadState('load')
          // The site's cookies went with her exit.
          expect((await context.cookies(baseURL)).map((cookie) => cookie.name).filter((name) => name.startsWith('reeduca-'))).toEqual([])
          const behind = await everythingBehindBack(page)
          expect(behind.filter(onSite), `Back showed: ${behind.join(' → ')}`).toEqual([])
          await context.close()
        })
      }
    }
  }

  test('the exit is a plain link to the outside site: without JavaScript it still leads away', async () => {
    const context = await newContext({ ...DESKTOP, javaScriptEnabled: false })
    const page = await context.newPage()
    for (const path of ['/', '/servicios']) {
      await page.goto(`${baseURL}${path}`)
      expect(await page.locator('#quick-exit').getAttribute('href')).toBe(`${outsideURL}/buscar?q=clima`)
    }
    await page.locator('#quick-exit').click()
    await page.waitForURL((url) => url.href.startsWith(outsideURL))
    await context.close()
  })

  // Debian's Firefox ESR (puppeteer-core over WebDriver BiDi): the same exits, the same Back.
  // Firefox 153 has the Navigation API the exit uses to step back over typed addresses.
  describe('in Firefox', () => {
    let firefox: FirefoxBrowser
    beforeAll(async () => {
      firefox = await launchFirefox()
    })
    afterAll(async () => firefox?.close())

    /** Waits for a navigation that `act` starts (the filters' form, which comes back to the same address), up to its load. */
    const navigating = async (page: FirefoxPage, act: () => Promise<unknown>) => {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 }), act()])
    }
    /** Follows a link (the site turns it into a replace), up to the new page's load. */
    const following = async (page: FirefoxPage, selector: string, to: string) => {
      await page.click(selector)
      await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(to)
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 })
    }

    for (const [how, start, press] of [
      ['links', 'home', 'click'],
      ['links', 'filtered', 'Escape'],
      ['typed', 'directory', 'click'],
      ['typed', 'filtered', 'Escape'],
    ] as Array<['links' | 'typed', Start, 'click' | 'Escape']>) {
      test(`${start}, arrived by ${how === 'links' ? 'links' : 'typed addresses'}, exit by ${press}: Back never shows the site`, async () => {
        const context = await firefox.createBrowserContext()
        const page = await context.newPage()
        try {
          if (how === 'links') {
            await page.goto(`${outsideURL}/resultados?to=${encodeURIComponent(`${baseURL}/`)}`, { waitUntil: 'load' })
            await following(page, '#to-site', `${baseURL}/`)
            if (start !== 'home') await following(page, '.site-nav a[href="/servicios"]', `${baseURL}/servicios`)
          } else {
            await page.goto(`${baseURL}/`, { waitUntil: 'load' })
            if (start !== 'home') await page.goto(`${baseURL}/servicios`, { waitUntil: 'load' })
          }
          if (start === 'filtered') {
            await page.select('select[name="estado"]', 'yucatan')
            await page.select('select[name="atiende"]', 'women')
            await navigating(page, () => page.click('button ::-p-text(Aplicar filtros)'))
            expect(await page.$eval('li.service h3', (heading) => heading.textContent)).toBe('Emergencias 911')
            expect(page.url()).toBe(`${baseURL}/servicios`)
            // The filters are a cookie of this site: the exit must take it away.
            expect((await context.cookies()).map((cookie) => cookie.name)).toContain('reeduca-filtros')
          }
          if (press === 'click') await page.click('#quick-exit')
          else await page.keyboard.press('Escape')
          await expect.poll(() => page.url().startsWith(`${outsideURL}/buscar`), { timeout: 30_000 }).toBe(true)
          expect((await context.cookies()).map((cookie) => cookie.name).filter((name) => name.startsWith('reeduca-'))).toEqual([])

          const behind: string[] = []
          for (let i = 0; i < 12; i++) {
            const before = page.url()
            const response = await page.goBack({ waitUntil: 'load', timeout: 10_000 }).catch(() => null)
            await new Promise((resolve) => setTimeout(resolve, 300))
            if (!response && page.url() === before) break
            behind.push(page.url())
            if (onSite(page.url())) break
          }
          expect(behind.filter(onSite), `Back showed: ${behind.join(' → ')}`).toEqual([])
          // Back does work here: it leads to the outside page she came from.
          if (how === 'links') expect(behind[0], `Back showed: ${behind.join(' → ')}`).toMatch(`${outsideURL}/resultados`)
        } finally {
          await context.close()
        }
      })
    }
  })

  test('the first Tab focuses the quick exit on every public page, the 404 included', async () => {
    const context = await newContext()
    const page = await context.newPage()
    for (const path of ['/', '/servicios', '/no-existe-esta-pagina']) {
      await page.goto(`${baseURL}${path}`)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id), path).toBe('quick-exit')
    }
    await context.close()
  })
})

describe('help first', () => {
  test('at 390 px, 911 and the women’s 24-hour line are tap-to-call links in the first screen, not under the exit', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    for (const path of ['/', '/servicios', '/no-existe-esta-pagina']) {
      await page.goto(`${baseURL}${path}`)
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('.help-bar a')].map((link) => {
          const box = link.getBoundingClientRect()
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          return { href: link.getAttribute('href'), inFirstScreen: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0, uncovered: Boolean(hit && link.contains(hit)) }
        }),
      )
      expect(links, path).toEqual([
        { href: 'tel:911', inFirstScreen: true, uncovered: true },
        { href: 'tel:8000000100', inFirstScreen: true, uncovered: true },
      ])
      // "o pulsa Esc" means nothing on a phone.
      expect(await page.locator('.quick-exit__hint').isVisible()).toBe(false)
      await screenshot(page, `survivor-first-screen-390${path.replace(/\//g, '-')}`)
    }
    // On the home page: "call 911" is a link too, and how to join is there.
    await page.goto(`${baseURL}/`)
    expect(await page.locator('main a[href="tel:911"]').count()).toBe(1)
    await expect.poll(() => page.getByRole('heading', { name: 'Cómo participar en un grupo' }).count()).toBe(1)
    expect(await page.locator('main a[href="tel:8000000300"]').count()).toBe(1)
    await context.close()
  })

  test('the directory: national lines first, then the chosen state; a women filter shows no men’s service; filters stay out of the address', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseURL}/servicios`)
    const entries = await page.evaluate(() => history.length)
    const first = await page.locator('li.service h3').allInnerTexts()
    expect(first.slice(0, 2)).toEqual(['Emergencias 911', 'Línea Violeta de Orientación para Mujeres'])
    const metas = await page.locator('li.service .service__meta').allInnerTexts()
    const firstState = metas.findIndex((meta) => !meta.includes('Nacional'))
    expect(metas.slice(firstState).some((meta) => meta.includes('Nacional'))).toBe(false)

    await applyFilters(page, { estado: 'queretaro' })
    expect(page.url()).toBe(`${baseURL}/servicios`)
    const queretaro = await page.locator('li.service .service__meta').allInnerTexts()
    expect(queretaro.every((meta) => meta.includes('Nacional') || meta.includes('Querétaro'))).toBe(true)
    expect(await page.locator('li.service h3').allInnerTexts()).toContain('Centro de Atención a Hombres Bernal')

    await applyFilters(page, { atiende: 'women' })
    const forWomen = await page.locator('li.service h3').allInnerTexts()
    expect(forWomen).not.toContain('Centro de Atención a Hombres Bernal')
    expect(forWomen).not.toContain('Línea Hombres por la Igualdad')
    expect(forWomen).toContain('Casa de la Mujer Flor de Maguey')
    // The filters live in a short cookie, not in the address or the history.
    const cookie = (await context.cookies(baseURL)).find((c) => c.name === 'reeduca-filtros')
    expect(decodeURIComponent(cookie?.value ?? '')).toContain('atiende=women')
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60 * 1000 + 5000)
    // Filtering added no entry to the tab's history.
    expect(await page.evaluate(() => history.length)).toBe(entries)
    await context.close()
  })

  test('an empty result lists the national lines to call', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseURL}/servicios`)
    await applyFilters(page, { estado: 'colima', tipo: 'legal-aid' })
    await expect.poll(() => page.locator('.results-count').innerText()).toBe('0 servicios')
    expect(await page.locator('#no-results').innerText()).toContain('líneas nacionales')
    const lines = await page.locator('li.service h3').allInnerTexts()
    expect(lines.slice(0, 2)).toEqual(['Emergencias 911', 'Línea Violeta de Orientación para Mujeres'])
    expect(await page.locator('li.service a[href="tel:911"]').count()).toBe(1)
    await context.close()
  })

  test('the language choice is a session cookie, not kept for a year', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${baseURL}/`)
    await Promise.all([page.waitForURL(`${baseURL}/`), page.getByRole('link', { name: /English/ }).click()])
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    const cookie = (await context.cookies(baseURL)).find((c) => c.name === 'reeduca-lang')
    expect(cookie?.expires).toBe(-1)
    await context.close()
  })

  test('an unknown address answers a Spanish 404 with the quick exit and help', async () => {
    const context = await newContext()
    const page = await context.newPage()
    const response = await page.goto(`${baseURL}/no-existe-esta-pagina`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe('es')
    expect(await page.locator('h1').innerText()).toBe('Página no encontrada')
    expect(await page.locator('#quick-exit').getAttribute('href')).toBe(`${outsideURL}/buscar?q=clima`)
    await context.close()
  })
})

describe('axe on every public page', () => {
  test('no serious or critical finding at 390 and 1280 px', async () => {
    const problems: string[] = []
    for (const [name, options] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const context = await newContext(options)
      const page = await context.newPage()
      const visit = async (label: string, go: () => Promise<unknown>) => {
        await go()
        const results = await new AxeBuilder({ page: page as never }).analyze()
        for (const violation of results.violations) {
          if (violation.impact === 'serious' || violation.impact === 'critical') {
            problems.push(`${label} (${name}): ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
          }
        }
        await screenshot(page, `survivor-${label}-${name}`)
      }
      await visit('home', () => page.goto(`${baseURL}/`))
      await visit('directory', () => page.goto(`${baseURL}/servicios`))
      await visit('directory-empty', () => applyFilters(page, { estado: 'colima', tipo: 'legal-aid' }))
      await visit('not-found', () => page.goto(`${baseURL}/no-existe-esta-pagina`))
      await visit('neutral', () => page.goto(`${baseURL}/tiempo`))
      await context.close()
    }
    expect(problems).toEqual([])
  })
})

describe('the session timer on a phone in a group room', () => {
  test('pinned in view while the session scrolls, previous and next, reset only after confirming, and an overrun that is not colour alone', async () => {
    const context = await newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseURL}/portal/login`)
    await page.locator('input[name="email"]').fill('facilitator@reeduca.test')
    await page.locator('input[name="password"]').fill('reeduca-demo')
    await Promise.all([page.waitForURL((url) => url.pathname === '/portal', { timeout: 60_000 }), page.locator('form.login button[type="submit"]').click()])
    await page.goto(`${baseURL}/portal/tracks/mujeres`)
    await Promise.all([page.waitForURL((url) => url.pathname.includes('/sessions/')), page.locator('a.session-link').nth(2).click()])
    const timer = page.locator('.timer')
    await expect.poll(() => timer.getByRole('button', { name: 'Iniciar', exact: true }).isEnabled()).toBe(true)
    await timer.getByRole('button', { name: 'Iniciar', exact: true }).click()

    // Always in view: scrolled to the end of the session, the timer is still on screen, uncovered.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    const inView = await page.evaluate(() => {
      const box = document.querySelector('.timer')!.getBoundingClientRect()
      const clock = document.querySelector('.timer__clock')!.getBoundingClientRect()
      const hit = document.elementFromPoint(clock.left + 2, clock.top + clock.height / 2)
      return { top: box.top >= 0 && box.top < 5, clockVisible: clock.bottom <= window.innerHeight && Boolean(hit?.closest('.timer')), height: Math.round(box.height) }
    })
    expect(inView.top && inView.clockVisible).toBe(true)
    expect(inView.height).toBeLessThan(844 / 2)

    // Next, then previous.
    await timer.getByRole('button', { name: /Siguiente actividad/ }).click()
    await expect.poll(() => timer.locator('.timer__now').innerText()).toMatch(/\(2\//)
    await timer.getByRole('button', { name: /Anterior/ }).click()
    await expect.poll(() => timer.locator('.timer__now').innerText()).toMatch(/\(1\//)

    // Reset asks first; "No" keeps the running session.
    await timer.getByRole('button', { name: 'Reiniciar' }).click()
    await expect.poll(() => timer.getByText('¿Reiniciar el cronómetro?').isVisible()).toBe(true)
    await timer.getByRole('button', { name: 'No, seguir' }).click()
    expect(await timer.locator('.timer__status').getAttribute('data-state')).toBe('running')

    // An activity past its minutes: a banner with words and the minutes over.
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('reeduca-timer:'))!)
    await page.evaluate((k) => {
      const state = JSON.parse(localStorage.getItem(k)!)
      localStorage.setItem(k, JSON.stringify({ ...state, runningSince: Date.now() - 45 * 60_000, elapsedMs: 0, activityStartedAtMs: 0 }))
    }, key)
    await page.reload()
    const banner = timer.locator('.timer__overrun[data-overrun="activity"]')
    await expect.poll(() => banner.isVisible()).toBe(true)
    expect(await banner.innerText()).toMatch(/Tiempo de la actividad excedido\s*\+\d+:\d\d/)
    await screenshot(page, 'survivor-timer-overrun-390')

    await timer.getByRole('button', { name: 'Reiniciar' }).click()
    await timer.getByRole('button', { name: 'Sí, reiniciar' }).click()
    await expect.poll(() => timer.locator('.timer__status').getAttribute('data-state')).toBe('stopped')
    await context.close()
  })
})
