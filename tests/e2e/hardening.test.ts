/**
 * The production server against what a hostile page or client tries: security headers on every
 * page, file and download (and the admin still working under that Content-Security-Policy in
 * Chromium), open redirects, forged cross-site writes, another track's media, HEAD on a
 * download.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { adminLogin, apiToken, launchBrowser } from './browser'

const baseURL = inject('baseURL')
let browser: Browser
const tokens: Record<string, string> = {}

const login = (email: string) => apiToken(baseURL, email)

beforeAll(async () => {
  browser = await launchBrowser()
  tokens.admin = await login('admin@reeduca.test')
  tokens.facilitator = await login('facilitator@reeduca.test')
  tokens.men = await login('facilitator.men@reeduca.test')
})
afterAll(async () => browser?.close())

const withToken = (token: string | undefined, headers: Record<string, string> = {}) => (token ? { Authorization: `JWT ${token}`, ...headers } : headers)

async function firstMedia(filename: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/media?where[filename][like]=${filename}&limit=1&depth=0`, { headers: withToken(tokens.admin) })
  const body = (await response.json()) as { docs: Array<{ filename: string }> }
  expect(body.docs.length, filename).toBe(1)
  return body.docs[0].filename
}

/** The newest release a facilitator may download: ready and not withdrawn (admin.test.ts withdraws one). */
async function currentRelease(): Promise<string> {
  const response = await fetch(`${baseURL}/api/manual-releases?where[status][equals]=ready&where[archived][not_equals]=true&limit=1&depth=0`, { headers: withToken(tokens.admin) })
  return String(((await response.json()) as { docs: Array<{ id: string }> }).docs[0].id)
}

function expectSecurityHeaders(headers: Headers, label: string) {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp, label).toContain("default-src 'self'")
  expect(csp, label).toMatch(/frame-ancestors '(none|self)'/)
  expect(headers.get('x-frame-options'), label).toMatch(/^(DENY|SAMEORIGIN)$/)
  expect(headers.get('x-content-type-options'), label).toBe('nosniff')
  expect(headers.get('referrer-policy'), label).toBe('no-referrer')
  expect(headers.get('permissions-policy'), label).toContain('camera=()')
}

describe('security headers', () => {
  test('on every public, portal and admin page, the API, media files and downloads', { timeout: 180_000 }, async () => {
    const release = await currentRelease()
    const image = await firstMedia('power-wheel')
    const cases: Array<[string, string | undefined]> = [
      ['/', undefined],
      ['/servicios', undefined],
      ['/tiempo', undefined],
      ['/portal/login', undefined],
      ['/no-such-page', undefined],
      ['/idioma?lang=en&next=/servicios', undefined],
      ['/portal', tokens.facilitator],
      [`/portal/releases/${release}`, tokens.facilitator],
      ['/admin/login', undefined],
      ['/admin', tokens.admin],
      ['/admin/collections/sessions', tokens.admin],
      ['/api/users/me', tokens.admin],
      [`/api/media/file/${encodeURIComponent(image)}`, tokens.facilitator],
      [`/api/manual-releases/${release}/download/facilitator-manual`, tokens.facilitator],
      [`/api/manual-releases/${release}/download/facilitator-manual`, undefined],
    ]
    for (const [path, token] of cases) {
      const response = await fetch(`${baseURL}${path}`, { headers: withToken(token), redirect: 'manual' })
      expect(response.status, path).toBeLessThan(500)
      expectSecurityHeaders(response.headers, `${path} (${response.status})`)
      await response.body?.cancel()
    }
  })

  test('the admin loads and works in Chromium under its Content-Security-Policy', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })
    const page: Page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`))
    await adminLogin(page, baseURL, 'designer@reeduca.test')
    await page.getByText(/coverage|cobertura/i).first().waitFor({ timeout: 60_000 })
    await page.goto(`${baseURL}/admin/collections/sessions`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    await page.locator('table tbody tr a').first().click()
    await page.locator('input[name="title"]').waitFor({ timeout: 60_000 })
    await page.locator('input[name="title"]').fill('Cambio sin guardar')
    // The live preview: this site frames its own /preview page, which frames a blob: PDF.
    await page.locator('.live-preview-toggler').first().click()
    const preview = page.frameLocator('iframe[src*="/preview/sessions/"]')
    await preview.locator('[data-testid="preview-status"][data-state="ready"]').waitFor({ timeout: 120_000 })
    await preview.locator('iframe[data-testid="preview-pages"]').waitFor({ timeout: 30_000 })
    await page.goto(`${baseURL}/admin/collections/media`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    await page.goto(`${baseURL}/admin/search`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    await context.close()
  })
})

describe('open redirects', () => {
  test('the language switch never leads off-site, and odd `next` values never answer 500', async () => {
    for (const next of ['/%09/evil.example', '/%0D%0A/evil.example', '%2F%2Fevil.example', '/%5Cevil.example', 'https://evil.example/', '/.//evil.example']) {
      const response = await fetch(`${baseURL}/idioma?lang=en&next=${next}`, { redirect: 'manual' })
      expect(response.status, next).toBe(303)
      const location = new URL(response.headers.get('location')!, baseURL)
      expect(location.origin, next).toBe(new URL(baseURL).origin)
    }
    for (const next of ['/portal%0D%0ASet-Cookie:%20x=1', '/servicios?estado=yucat%C3%A1n', '/sesi%C3%B3n']) {
      const response = await fetch(`${baseURL}/idioma?lang=en&next=${next}`, { redirect: 'manual' })
      expect(response.status, next).toBe(303)
      expect(response.headers.get('set-cookie') ?? '', next).not.toMatch(/x=1/)
    }
  })

  test('signing in to the portal with a hostile `next` stays on this site', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'es-MX' })
    const page = await context.newPage()
    await page.goto(`${baseURL}/portal/login?next=/%09/evil.example`)
    await page.locator('input[name="email"]').fill('facilitator@reeduca.test')
    await page.locator('input[name="password"]').fill('reeduca-demo')
    await page.locator('form.login button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname !== '/portal/login', { timeout: 60_000 })
    expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin)
    await context.close()
  })
})

test('a cross-site form post with the admin’s cookie is refused; the same from this site works', async () => {
  const form = new URLSearchParams({ name: 'Servicio falso' })
  const forged = await fetch(`${baseURL}/api/services`, {
    method: 'POST',
    headers: { Cookie: `payload-token=${tokens.admin}`, Origin: 'http://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  })
  expect(forged.status).toBe(403)
  const own = await fetch(`${baseURL}/api/services`, {
    method: 'POST',
    headers: { Cookie: `payload-token=${tokens.admin}`, Origin: new URL(baseURL).origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Servicio propio', kind: 'hotline', state: 'national', phone: '800 111 1111' }),
  })
  expect(own.status).toBe(201)
})

test('the men’s-track facilitator neither downloads nor lists the women’s safety plan', async () => {
  const file = await firstMedia('safety-plan')
  const download = await fetch(`${baseURL}/api/media/file/${encodeURIComponent(file)}`, { headers: withToken(tokens.men) })
  expect([403, 404]).toContain(download.status)
  const list = await fetch(`${baseURL}/api/media?limit=100&depth=0`, { headers: withToken(tokens.men) })
  const names = ((await list.json()) as { docs: Array<{ filename: string }> }).docs.map((doc) => doc.filename)
  expect(names).not.toContain(file)
  expect(names.length).toBeGreaterThan(0)
  const unscoped = await fetch(`${baseURL}/api/media/file/${encodeURIComponent(file)}`, { headers: withToken(tokens.facilitator) })
  expect(unscoped.status).toBe(200)
})

test('HEAD on a download answers like GET, without a body', async () => {
  const path = `/api/manual-releases/${await currentRelease()}/download/facilitator-manual`
  const head = await fetch(`${baseURL}${path}`, { method: 'HEAD', headers: withToken(tokens.facilitator) })
  const get = await fetch(`${baseURL}${path}`, { headers: withToken(tokens.facilitator) })
  const bytes = Buffer.from(await get.arrayBuffer())
  expect(head.status).toBe(200)
  expect(head.headers.get('content-length')).toBe(String(bytes.byteLength))
  expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
  expect((await head.arrayBuffer()).byteLength).toBe(0)
})
