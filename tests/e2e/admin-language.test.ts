/**
 * A crawl of the main admin views, once with the admin in Spanish and once in English, against
 * the production build: the dashboard, every collection's list and one edit view, a session's
 * review history (as the reviewer, who cannot read other accounts), the theme map, the search
 * with results and the account page. Each page fails on any interface word of the other language
 * and on any internal name (field path, field name, "Payload") from the lists below.
 *
 * The lists name words people actually met (issue 15) and Payload's own words that a missing
 * translation or label would show; content (session titles, comments) is the authors' and is
 * read in the admin's language (`?locale=`), so it does not trip the lists.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { womenTrack } from '@/cms/seed/curriculum'
import { adminLogin, launchBrowser, screenshot } from './browser'

const baseURL = inject('baseURL')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

type Language = 'es' | 'en'

/** Interface words of one language that must not appear when the admin speaks the other. */
const FOREIGN: Record<Language, RegExp[]> = {
  // Seen in the Spanish admin: English words of ours and of Payload's untranslated corners.
  es: [
    /\bSearch\b/,
    /\bTheme map\b/,
    /\bThe content changed after approval/,
    /\bUntitled\b/,
    /\bFilename\b/,
    /\bMime Type\b/,
    /\bWidth\b/,
    /\bHeight\b/,
    /\bFile ?size\b/,
    /\bPoster\b/,
    /\bLow-bandwidth\b/,
    /\bRe-education programme\b/,
    /\bSession \d/,
    /\bactivity \d/i,
    /\bmissing in\b/,
    /\bChanged\b/,
    /\bCreated At\b/,
    /\bUpdated At\b/,
    /\b(true|false)\b/,
    /\bApproved\b/,
    /\bIn review\b/,
    /\bNot submitted\b/,
    /\bLetter\b/,
    /\bresults\b/,
    // Field names as the code spells them ("Cambió: activities", "title, summary falta en EN").
    /(^|[\s(:,])(activities|objectives|handouts|captions|summary|title)(?=[\s,.)]|$)/m,
  ],
  // The same in the English admin.
  en: [
    /\bBuscar\b/,
    /\bMapa de temas\b/,
    /\bSin título\b/,
    /\bConfiguración\b/,
    /\bSesión \d/,
    /\bactividad \d/i,
    /\bfalta en\b/,
    /\bCambió\b/,
    /\b(verdadero|falso)\b/,
    /\bAprobada\b/,
    /\bEn revisión\b/,
    /\bSin enviar\b/,
    /\bProgramma de reeducación\b/,
    /\bPrograma de reeducación\b/,
    /\bresultados\b/,
    /\bCarta\b/,
    /\bPóster\b/,
  ],
}

/** Internal names, in either language: field paths and names, the framework's name, raw dates. */
const INTERNAL: RegExp[] = [
  /\bPayload\b/,
  /\b[a-z]+[A-Z]\w*\.\d+\b/, // captions.0, activities.8.title …
  /\b(activities|objectives|handouts|captions)\.\d+/,
  /\b(reviewStatus|reviewHistory|sessionMinutes|plannedSessions|facilitatorNotes|safetyNotes|contentNotes|mimeType|durationSeconds|captionLocales|missingAltText|missingSpanishCaptions|lowBandwidth|sessionVersion|publishedBy)\b/,
  /\b_status\b/,
  /\bID: \d+/,
  // A { es, en } label read as text: "Ordenar por [object Object]" on list tables' sort buttons
  // (the root fix: collections/fields/labels.ts#bilingualLabels, applied in payload.config.ts).
  /\[object Object\]/,
  /\d+º/, // "diciembre 6º 2026": an English ordinal put on a Spanish date
]

interface PageText {
  url: string
  text: string
}

/** What a person reads on the page: the tab's title, the visible text, and labels read aloud. */
async function readPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element === document.body)
      .map((element) => [element.getAttribute('aria-label'), element.getAttribute('placeholder'), element.getAttribute('title')].filter(Boolean).join(' '))
    // Anywhere in the page's HTML too (hidden buttons, drawers not yet open, attributes the
    // visible-text pass does not read): what a screen reader or a later click would meet.
    // Not `<input type="hidden">`: nobody sees or hears it, and Payload's HiddenField writes a
    // hidden rich-text value (a release's `notes`) into it as "[object Object]".
    const html = document.documentElement.outerHTML.replace(/<input\b[^>]*\btype="hidden"[^>]*>/g, '')
    const at = html.indexOf('[object Object]')
    const raw = at < 0 ? [] : [`HTML: ${html.slice(Math.max(0, at - 120), at + 40)}`]
    return [`TITLE: ${document.title}`, document.body.innerText, ...labels, ...raw].join('\n')
  })
}

function problemsIn(pageText: PageText, language: Language): string[] {
  const problems: string[] = []
  for (const pattern of [...FOREIGN[language], ...INTERNAL]) {
    const match = pattern.exec(pageText.text)
    if (match) {
      const at = match.index
      const context = pageText.text.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/g, ' ')
      problems.push(`${pageText.url}: ${pattern} in «${context}»`)
    }
  }
  return problems
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
  // Payload fills list cells and relationship labels after hydration.
  await page.waitForTimeout(800)
}

async function visit(page: Page, path: string, language: Language, found: PageText[], then?: (page: Page) => Promise<void>) {
  const url = `${baseURL}${path}${path.includes('?') ? '&' : '?'}locale=${language}`
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 })
  await settle(page)
  if (then) {
    await then(page)
    await settle(page)
  }
  expect(await page.locator('html').getAttribute('lang')).toBe(language)
  found.push({ url: path, text: await readPage(page) })
}

const COLLECTIONS = ['programmes', 'tracks', 'modules', 'sessions', 'review-decisions', 'themes', 'resources', 'media', 'services', 'manual-releases', 'users']

async function firstId(page: Page, slug: string, where = ''): Promise<string | null> {
  const response = await page.request.get(`${baseURL}/api/${slug}?limit=1&depth=0&draft=true${where}`)
  const body = await response.json()
  return body?.docs?.[0]?.id == null ? null : String(body.docs[0].id)
}

async function newPage(language: Language): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'es' ? 'es-MX' : 'en-US', viewport: { width: 1366, height: 900 } })
  return context.newPage()
}

describe.each(['es', 'en'] as const)('the admin in %s', (language) => {
  test('speaks only that language and shows no internal names, on every main view', { timeout: 600_000 }, async () => {
    const found: PageText[] = []
    const page = await newPage(language)
    await adminLogin(page, baseURL, 'admin@reeduca.test')

    await visit(page, '/admin', language, found, async (p) => {
      await p.locator('.coverage-dashboard').waitFor({ timeout: 60_000 })
    })
    await screenshot(page, `admin-language-${language}-dashboard`)
    for (const slug of COLLECTIONS) {
      await visit(page, `/admin/collections/${slug}`, language, found)
      const id = await firstId(page, slug)
      if (id) await visit(page, `/admin/collections/${slug}/${id}`, language, found)
    }
    // A video in the media collection: its poster fields.
    const video = await firstId(page, 'media', '&where[kind][equals]=video')
    if (video) await visit(page, `/admin/collections/media/${video}`, language, found)
    // A session's agenda with the drawer of activity kinds open (block labels, "Añadir Actividad").
    const session = await firstId(page, 'sessions')
    if (session) {
      await visit(page, `/admin/collections/sessions/${session}`, language, found, async (p) => {
        await p.locator('button.tabs-field__tab-button', { hasText: 'Agenda' }).click()
        await p.locator('.blocks-field__drawer-toggler').first().click()
        await p.locator('.blocks-drawer__block').first().waitFor({ timeout: 60_000 })
      })
      await screenshot(page, `admin-language-${language}-blocks-drawer`)
    }
    await visit(page, '/admin/theme-map', language, found)
    await visit(page, '/admin/search', language, found, async (p) => {
      await p.locator('#curriculum-search-query').fill(language === 'es' ? 'violencia' : 'violence')
      await p.locator('form[role="search"] button[type="submit"]').click()
      await p.locator('.curriculum-search__results, .curriculum-search p[aria-live]').first().waitFor({ timeout: 60_000 })
    })
    await screenshot(page, `admin-language-${language}-search`)
    await visit(page, '/admin/account', language, found)
    await page.context().close()

    // The reviewer reads a session's review history: the people who decided, by name.
    const reviewer = await newPage(language)
    await adminLogin(reviewer, baseURL, 'reviewer@reeduca.test')
    const last = womenTrack.sessions.at(-1)!.number
    const sessionId = await firstId(reviewer, 'sessions', `&where[number][equals]=${last}&where[track.slug][equals]=${womenTrack.slug}`)
    expect(sessionId).not.toBeNull()
    await visit(reviewer, `/admin/collections/sessions/${sessionId}`, language, found, async (p) => {
      await p.locator('button.tabs-field__tab-button', { hasText: language === 'es' ? 'Revisión' : 'Review' }).click()
      await p.locator('.review-history, .relationship-table').first().waitFor({ timeout: 60_000 })
    })
    const history = found.at(-1)!.text
    const unnamed = ['Diana Diseñadora', 'Rosa Revisora'].filter((name) => !history.includes(name))
    await screenshot(reviewer, `admin-language-${language}-review-history`)
    await reviewer.context().close()

    const problems = [
      ...found.flatMap((pageText) => problemsIn(pageText, language)),
      ...unnamed.map((name) => `review history: ${name} not named`),
      // Every tab is titled after the product, not the framework.
      ...found.filter((pageText) => !/^TITLE: (.+ · )?Reeduca$/.test(pageText.text.split('\n')[0])).map((pageText) => `${pageText.url}: tab «${pageText.text.split('\n')[0]}»`),
    ]
    expect(problems).toEqual([])
  })
})
