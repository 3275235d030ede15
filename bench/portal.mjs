#!/usr/bin/env node
// Benchmark: server response times of the public services page and the portal's session pages
// (the live session and the same session of the current release)
// (server-rendered, through the Local API) at 32 connections with autocannon, and the
// JavaScript the public page ships: every script response Chromium loads for /servicios,
// gzip-compressed here (target ≤ 150 KB), plus the inline scripts of the HTML for the record.
import zlib from 'node:zlib'

import { chromium } from 'playwright-core'

import { startThrowawayServer } from '../scripts/lib.mjs'
import { latencyRow, load } from './lib/http.mjs'

const duration = Number(process.env.BENCH_SECONDS || 15)
const connections = Number(process.env.BENCH_CONNECTIONS || 32)
const gzipSize = (buffer) => zlib.gzipSync(buffer, { level: 9 }).byteLength
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10

async function publicJavaScript(url) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    const scripts = []
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      scripts.push(response.body().then((body) => ({ url: response.url(), raw: body.byteLength, gzip: gzipSize(body) })))
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    const files = await Promise.all(scripts)
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '').join('\n'),
    )
    return { files, inlineGzip: gzipSize(Buffer.from(inline)) }
  } finally {
    await browser.close()
  }
}

// BENCH_BASE_URL measures a server you already run (seeded with the demo content).
const server = process.env.BENCH_BASE_URL
  ? { baseURL: process.env.BENCH_BASE_URL, stop: () => {} }
  : await startThrowawayServer()
try {
  const login = await fetch(`${server.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'facilitator@reeduca.test', password: process.env.SEED_PASSWORD || 'reeduca-demo' }),
  })
  const { token } = await login.json()
  const cookie = { cookie: `payload-token=${token}` }
  const list = await fetch(
    `${server.baseURL}/api/sessions?where[and][0][number][equals]=5&where[and][1][track.slug][equals]=mujeres&limit=1&depth=0`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const session = (await list.json()).docs[0]
  const sessionURL = `${server.baseURL}/portal/sessions/${session.id}`
  // The same session in the track's current release (read from its snapshot, cached per release).
  const releases = await fetch(
    `${server.baseURL}/api/manual-releases?where[and][0][track][equals]=${session.track}&where[and][1][status][equals]=ready&sort=-publishedAt&limit=1&depth=0&select[version]=true`,
    { headers: { authorization: `JWT ${token}` } },
  )
  const release = (await releases.json()).docs[0]
  const releaseSessionURL = `${server.baseURL}/portal/releases/${release.id}/sessions/5`
  for (const url of [sessionURL, releaseSessionURL]) {
    const probe = await fetch(url, { headers: cookie, redirect: 'manual' })
    if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}, not 200`)
  }

  const rows = []
  for (const [title, url, headers] of [
    ['GET /servicios (public, anonymous)', `${server.baseURL}/servicios`, {}],
    ['GET /portal/sessions/:id (facilitator, session 5, live)', sessionURL, cookie],
    ['GET /portal/releases/:id/sessions/5 (facilitator, release)', releaseSessionURL, cookie],
  ]) {
    // A generous timeout: on a shared two-core machine a server-rendered page at 32 connections
    // can queue for seconds, and a timed-out request would drop out of the latency figures.
    const result = await load({ title, url, headers, connections, duration, timeout: 60 })
    rows.push(latencyRow(title, result))
  }
  console.log(`\nServer-rendered pages, ${connections} connections, ${duration} s each:`)
  console.table(rows)

  const js = await publicJavaScript(`${server.baseURL}/servicios`)
  const total = js.files.reduce((sum, file) => sum + file.gzip, 0)
  console.log(`\nJavaScript shipped to /servicios: ${js.files.length} script files, ${kb(total)} KB gzip (target ≤ 150 KB); inline scripts of the HTML ${kb(js.inlineGzip)} KB gzip.`)
  console.table(js.files.map((file) => ({ script: new URL(file.url).pathname, 'raw KB': kb(file.raw), 'gzip KB': kb(file.gzip) })))
} finally {
  server.stop()
}
