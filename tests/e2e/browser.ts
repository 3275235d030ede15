/**
 * Debian's Chromium driven by playwright-core, and Debian's Firefox ESR driven by puppeteer-core
 * over WebDriver BiDi (playwright-core drives only its own patched Firefox, a download): never a
 * downloaded browser.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'

export async function launchFirefox(): Promise<FirefoxBrowser> {
  if (!fs.existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH).`)
  }
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false })
}

/** A seeded account's JWT, signed in over REST; a refused sign-in fails the test with its status. */
export async function apiToken(baseURL: string, email: string, password = 'reeduca-demo'): Promise<string> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`Sign-in of ${email} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return ((await response.json()) as { token: string }).token
}

/** Logs in through the admin's own login form. */
export async function adminLogin(page: Page, baseURL: string, email: string, password = 'reeduca-demo') {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}

/**
 * Clicks `target` until `appeared` is there. On a loaded machine a click can land before React
 * has hydrated the page (or a drawer's form has its state) and then does nothing; a person
 * clicks again, and so does this, rather than waiting on a timer.
 */
export async function clickUntil(target: Locator, appeared: Locator, { timeoutMs = 60_000, state = 'visible' as 'attached' | 'visible' } = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await target.click({ timeout: Math.max(1_000, deadline - Date.now()) })
    try {
      await appeared.first().waitFor({ state, timeout: 5_000 })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}
