/**
 * GET /api/manual-releases/:id/download/:edition over HTTP: every status code and header of the
 * contract, conditional and range requests with the right bytes, scoping by track, withdrawn
 * releases, and the download counters. The whole suite runs twice: through the app's own route
 * handlers (Next.js and Payload's REST endpoint), and through the direct download server that
 * `npm start` puts in front of Next (src/server/directDownloads.ts); then both are compared.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import { EventEmitter } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { type Actor, type CurriculumFixture, type ID } from '../helpers/curriculumFixture'
import { type Api } from '../helpers/http'
import { buildBilingualTrack, readZip } from '../helpers/releaseFixture'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { buildReleaseFiles } from '@/cms/releases/buildFiles'
import { flushDownloadCounts } from '@/cms/releases/downloadCounter'
import { directDownloadPattern, serveDownloadDirectly } from '@/server/directDownloads'
import { TurnGate } from '@/server/downloadTurns'

process.env.REEDUCA_JOBS_AUTORUN = '0'
const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-downloads-'))
process.env.GENERATED_DIR = generated

type Doc = Record<string, any>

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let tokens: Record<Actor, string | null>
/** The women's track, Spanish only, built. */
let women: Doc
/** A bilingual release, built. */
let bilingual: Doc
/** Created but never built. */
let building: Doc
let directServer: http.Server
let directBase: string

const url = (release: Doc | ID, edition: string, query = '') =>
  `/api/manual-releases/${typeof release === 'object' ? release.id : release}/download/${edition}${query}`
const fileOf = (release: Doc, edition: string, locale: string | null) =>
  (release.files as Doc[]).find((file) => file.edition === edition && (locale === null || file.locale === locale))!
const bytesOf = (file: Doc) => fs.readFileSync(path.join(generated, file.path))
const stored = async (id: ID) => (await payload.findByID({ collection: 'manual-releases' as any, id, depth: 0 })) as Doc

beforeAll(async () => {
  ;({ ctx, payload, api, f, tokens } = await startSuite())
  const track = await buildBilingualTrack(payload, f.programme, 'mujeres')

  const create = async (data: Record<string, unknown>) => {
    const response = await api.post('/api/manual-releases', data, { token: tokens.designer })
    expect(response.status, response.text).toBe(201)
    return response.body.doc as Doc
  }
  women = await create({ track: f.tracks.women, version: '1.0.0', locales: ['es'], confirmFewerSessions: true })
  bilingual = await create({ track: track.track, version: '1.2.0', locales: ['es', 'en'] })
  await payload.jobs.run()
  women = await stored(women.id)
  bilingual = await stored(bilingual.id)
  expect(women.status).toBe('ready')
  expect(bilingual.status).toBe('ready')
  building = await create({ track: track.track, version: '1.3.0', locales: ['es', 'en'], confirmNoChanges: true })

  const pattern = directDownloadPattern(payload)
  // Taking turns as npm start's server does while Next has work (src/server/downloadTurns.ts):
  // one download a turn, with other work in flight for the whole suite.
  const turns = new TurnGate(1)
  turns.otherWork(new EventEmitter())
  directServer = http.createServer((request, response) => {
    void serveDownloadDirectly(payload, pattern, request, response, turns).then((answered) => {
      // Not a download: in the real server, Next.js would answer.
      if (!answered) response.writeHead(599, { 'X-Handled-By': 'next' }).end()
    })
  })
  await new Promise<void>((resolve) => directServer.listen(0, '127.0.0.1', resolve))
  directBase = `http://127.0.0.1:${(directServer.address() as AddressInfo).port}`
})
afterAll(async () => {
  directServer?.closeAllConnections()
  directServer?.close()
  await ctx?.cleanup()
  fs.rmSync(generated, { recursive: true, force: true })
})

interface Fetched {
  status: number
  headers: Headers
  body: Buffer
  /** The body parsed as JSON, null when it is not JSON. */
  json: any
}
type Download = (pathname: string, token: string | null | undefined, headers?: Record<string, string>) => Promise<Fetched>

const fetched = async (response: Response): Promise<Fetched> => {
  const body = Buffer.from(await response.arrayBuffer())
  let json: any = null
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    // not JSON: a file
  }
  return { status: response.status, headers: response.headers, body, json }
}

const authorization = (token: string | null | undefined): Record<string, string> => (token ? { Authorization: `JWT ${token}` } : {})

/** GET through the app's route handler (request guard, Payload's REST endpoint), in process. */
const throughRouteHandlers: Download = async (pathname, token, headers = {}) => {
  const rest = await import('@/app/(payload)/api/[...slug]/route')
  const target = new URL(pathname, 'http://localhost:3000')
  const segments = target.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const response = await (rest.GET as any)(new Request(target, { headers: { ...authorization(token), ...headers } }), {
    params: Promise.resolve({ slug: segments }),
  })
  return fetched(response)
}

/** GET over a real socket from the direct download server. */
const fromDirectServer: Download = async (pathname, token, headers = {}) =>
  fetched(await fetch(`${directBase}${pathname}`, { headers: { ...authorization(token), ...headers } }))

describe.each([
  ['through the route handlers', throughRouteHandlers],
  ['from the direct download server', fromDirectServer],
] as const)('downloads %s', (_, download: Download) => {
  describe('who may download', () => {
    test('401 without a user', async () => {
      const response = await download(url(women, 'facilitator-manual'), null)
      expect(response.status).toBe(401)
      // Spanish by default, the request's language when it names one.
      expect(response.json.errors[0].message).toBe('Inicia sesión para descargar los manuales.')
      const english = await download(url(women, 'facilitator-manual'), null, { 'Accept-Language': 'en-GB,en;q=0.9' })
      expect(english.json.errors[0].message).toBe('Log in to download manual releases.')
    })

    test('403 for an account below facilitator level', async () => {
      const response = await download(url(women, 'facilitator-manual'), tokens.noRole)
      expect(response.status).toBe(403)
      expect(response.json.errors[0].message).toContain('se necesita el rol de facilitación')
    })

    test("403 for a men's-track facilitator on a women's release; their own track's releases are theirs", async () => {
      const response = await download(url(women, 'facilitator-manual'), tokens.scopedFacilitator, { 'Accept-Language': 'en' })
      expect(response.status).toBe(403)
      expect(response.json.errors[0].message).toBe('This release is of a track you are not assigned to.')
      expect(response.body.toString('latin1')).not.toContain('%PDF')
      // The release itself is not even listed for them.
      expect((await api.get(`/api/manual-releases/${women.id}`, { token: tokens.scopedFacilitator })).status).toBe(404)
    })

    test('every role from facilitator up downloads the manual', async () => {
      for (const actor of ['admin', 'designer', 'trainer', 'reviewer', 'facilitator'] as const) {
        const response = await download(url(women, 'facilitator-manual'), tokens[actor])
        expect(response.status, actor).toBe(200)
      }
    })
  })

  describe('what there is to download', () => {
    test('404 for an unknown release, in any id shape', async () => {
      for (const id of ['999999', '00000000-0000-4000-8000-000000000000', 'nope']) {
        expect((await download(url(id, 'facilitator-manual'), tokens.facilitator)).status, id).toBe(404)
      }
    })

    test('a browser that followed a download link reads the refusal as a page in her language, with a way back; a program gets JSON', async () => {
      const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
      const page = await download(url('999999', 'facilitator-manual'), tokens.facilitator, { Accept: browser, Cookie: 'reeduca-lang=en', 'Accept-Language': 'es-MX' })
      expect(page.status).toBe(404)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = page.body.toString('utf8')
      expect(html).toContain('<html lang="en">')
      expect(html).toContain('<p role="alert">No such manual release: it does not exist or was withdrawn.</p>')
      expect(html).toContain('<a href="/portal">Back to the portal</a>')
      // An edition named by the request is printed as text, never as markup.
      const named = await download(url(women, '<b>x'), tokens.facilitator, { Accept: browser })
      expect(named.body.toString('utf8')).toContain('No existe la edición «&lt;b&gt;x»')
      const program = await download(url('999999', 'facilitator-manual'), tokens.facilitator, { Accept: 'application/json' })
      expect(program.headers.get('content-type')).toBe('application/json')
      expect(program.json.errors[0].message).toBe('Esa versión del manual no existe o fue retirada.')
    })

    test('404 for an unknown edition', async () => {
      const response = await download(url(women, 'teacher-edition'), tokens.facilitator)
      expect(response.status).toBe(404)
      expect(response.json.errors[0].message).toContain('No existe la edición «teacher-edition»')
      expect(response.json.errors[0].message).toContain('facilitator-manual, participant-workbook u offline-bundle')
    })

    test('409 while the release is building, and for a failed release', async () => {
      const response = await download(url(building, 'facilitator-manual'), tokens.facilitator)
      expect(response.status).toBe(409)
      expect(response.headers.get('retry-after')).toBe('10')
      expect(response.json.errors[0].message).toContain('todavía se está generando')
      const english = await download(url(building, 'facilitator-manual'), tokens.facilitator, { 'Accept-Language': 'en' })
      expect(english.json.errors[0].message).toContain('still being built')

      await payload.db.updateOne({ collection: 'manual-releases', id: building.id, data: { status: 'failed', failureReason: 'Typst ran out of memory' }, returning: false } as any)
      const failed = await download(url(building, 'participant-workbook'), tokens.facilitator)
      expect(failed.status).toBe(409)
      expect(failed.json.errors[0].message).toContain('Typst ran out of memory')
      await payload.db.updateOne({ collection: 'manual-releases', id: building.id, data: { status: 'building', failureReason: null }, returning: false } as any)
    })

    test('400 for a locale the release does not cover', async () => {
      const response = await download(url(women, 'facilitator-manual', '?locale=en'), tokens.facilitator, { 'Accept-Language': 'en' })
      expect(response.status).toBe(400)
      expect(response.json.errors[0].message).toContain('covers es, not «en»')
      const spanish = await download(url(women, 'facilitator-manual', '?locale=en'), tokens.facilitator)
      expect(spanish.json.errors[0].message).toContain('está en es, no en «en»')
      // A locale the app does not know at all is refused before anything else looks at it.
      expect((await download(url(women, 'facilitator-manual', '?locale=fr'), tokens.facilitator)).status).toBe(400)
    })

    test('each edition in each locale', async () => {
      for (const [edition, locale, type] of [
        ['facilitator-manual', 'es', 'application/pdf'],
        ['facilitator-manual', 'en', 'application/pdf'],
        ['participant-workbook', 'en', 'application/pdf'],
        ['offline-bundle', 'en', 'application/zip'],
      ] as const) {
        const response = await download(url(bilingual, edition, `?locale=${locale}`), tokens.facilitator)
        expect(response.status, `${edition} ${locale}`).toBe(200)
        expect(response.headers.get('content-type')).toBe(type)
      }
    })
  })

  describe('the file and its headers', () => {
    test('200 with type, attachment name, strong ETag, Last-Modified, immutable caching, byte ranges', async () => {
      const file = fileOf(bilingual, 'facilitator-manual', 'en')
      const response = await download(url(bilingual, 'facilitator-manual', '?locale=en'), tokens.facilitator)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="reeduca-mujeres-1.2.0-manual-en.pdf"')
      expect(response.headers.get('etag')).toBe(`"${file.sha256}"`)
      expect(response.headers.get('etag')).not.toMatch(/^W\//)
      expect(new Date(response.headers.get('last-modified')!).toUTCString()).toBe(response.headers.get('last-modified'))
      expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
      expect(response.headers.get('accept-ranges')).toBe('bytes')
      expect(response.headers.get('content-length')).toBe(String(file.size))
      expect(Buffer.compare(response.body, bytesOf(file))).toBe(0)
      expect(crypto.createHash('sha256').update(response.body).digest('hex')).toBe(file.sha256)
    })

    test('without ?locale= the release’s first locale is served', async () => {
      const response = await download(url(bilingual, 'participant-workbook'), tokens.facilitator)
      expect(response.headers.get('content-disposition')).toContain('reeduca-mujeres-1.2.0-workbook-es.pdf')
    })

    test('If-None-Match with the ETag → 304, no body; another ETag → 200', async () => {
      const file = fileOf(women, 'facilitator-manual', 'es')
      const etag = `"${file.sha256}"`
      for (const header of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
        const response = await download(url(women, 'facilitator-manual'), tokens.facilitator, { 'If-None-Match': header })
        expect(response.status, header).toBe(304)
        expect(response.body.byteLength).toBe(0)
        expect(response.headers.get('etag')).toBe(etag)
        expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
      }
      expect((await download(url(women, 'facilitator-manual'), tokens.facilitator, { 'If-None-Match': '"stale"' })).status).toBe(200)
      const lastModified = (await download(url(women, 'facilitator-manual'), tokens.facilitator)).headers.get('last-modified')!
      expect((await download(url(women, 'facilitator-manual'), tokens.facilitator, { 'If-Modified-Since': lastModified })).status).toBe(304)
    })

    test('Range → 206 with Content-Range and exactly those bytes', async () => {
      const file = fileOf(women, 'facilitator-manual', 'es')
      const whole = bytesOf(file)
      const cases: [string, number, number][] = [
        ['bytes=0-99', 0, 99],
        ['bytes=100-', 100, whole.length - 1],
        ['bytes=-50', whole.length - 50, whole.length - 1],
        [`bytes=1000-${whole.length + 5000}`, 1000, whole.length - 1],
      ]
      for (const [range, start, end] of cases) {
        const response = await download(url(women, 'facilitator-manual'), tokens.facilitator, { Range: range })
        expect(response.status, range).toBe(206)
        expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${whole.length}`)
        expect(response.headers.get('content-length')).toBe(String(end - start + 1))
        expect(Buffer.compare(response.body, whole.subarray(start, end + 1)), range).toBe(0)
        expect(response.headers.get('etag')).toBe(`"${file.sha256}"`)
      }
    })

    test('an unsatisfiable range → 416 with the size; If-Range with another ETag → the whole file', async () => {
      const file = fileOf(women, 'facilitator-manual', 'es')
      const response = await download(url(women, 'facilitator-manual'), tokens.facilitator, { Range: `bytes=${file.size}-` })
      expect(response.status).toBe(416)
      expect(response.headers.get('content-range')).toBe(`bytes */${file.size}`)
      const stale = await download(url(women, 'facilitator-manual'), tokens.facilitator, { Range: 'bytes=0-9', 'If-Range': '"old"' })
      expect(stale.status).toBe(200)
      expect(stale.body.byteLength).toBe(file.size)
      const current = await download(url(women, 'facilitator-manual'), tokens.facilitator, { Range: 'bytes=0-9', 'If-Range': `"${file.sha256}"` })
      expect(current.status).toBe(206)
    })

    test('the offline bundle is a ZIP whose manifest lists every file with its size and SHA-256', async () => {
      const response = await download(url(bilingual, 'offline-bundle'), tokens.facilitator)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="reeduca-mujeres-1.2.0-offline.zip"')
      const entries = await readZip(response.body)
      const manifest = JSON.parse(entries.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8'))
      expect(manifest).toMatchObject({ format: 'reeduca-offline-bundle/1', locales: ['es', 'en'], release: { version: '1.2.0', id: String(bilingual.id) } })
      for (const entry of entries.filter((e) => e.name !== 'manifest.json')) {
        const listed = manifest.files.find((file: Doc) => file.path === entry.name)
        expect(listed, entry.name).toMatchObject({ size: entry.data.byteLength, sha256: crypto.createHash('sha256').update(entry.data).digest('hex') })
      }
      // The PDFs inside are the very files served on their own.
      const manual = entries.find((entry) => entry.name === 'en/reeduca-mujeres-1.2.0-manual-en.pdf')!
      expect(crypto.createHash('sha256').update(manual.data).digest('hex')).toBe(fileOf(bilingual, 'facilitator-manual', 'en').sha256)
    })
  })

  describe('withdrawn releases', () => {
    test('404 for facilitators, still served to admins and designers', async () => {
      await payload.update({ collection: 'manual-releases' as any, id: women.id, data: { archived: true } as any })
      try {
        expect((await download(url(women, 'facilitator-manual'), tokens.facilitator)).status).toBe(404)
        expect((await download(url(women, 'facilitator-manual'), tokens.trainer)).status).toBe(404)
        expect((await download(url(women, 'facilitator-manual'), tokens.admin)).status).toBe(200)
        expect((await download(url(women, 'facilitator-manual'), tokens.designer)).status).toBe(200)
      } finally {
        await payload.update({ collection: 'manual-releases' as any, id: women.id, data: { archived: false } as any })
      }
    })
  })

  describe('download counts', () => {
    test('count per file and edition, not who; 304s and resumed ranges are not counted again', async () => {
      // Counts reach the database once a second (src/cms/releases/downloadCounter.ts):
      // the earlier tests' downloads first, then this test's, without waiting for the timer.
      await flushDownloadCounts()
      const before = await stored(bilingual.id)
      const count = (release: Doc, edition: string, locale: string | null) => fileOf(release, edition, locale).downloads as number
      const manualEs = count(before, 'facilitator-manual', 'es')
      const manualEn = count(before, 'facilitator-manual', 'en')
      const bundle = count(before, 'offline-bundle', null)

      await Promise.all(Array.from({ length: 8 }, () => download(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator)))
      await download(url(bilingual, 'offline-bundle'), tokens.reviewer)
      await download(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator, { 'If-None-Match': `"${fileOf(before, 'facilitator-manual', 'es').sha256}"` })
      await download(url(bilingual, 'facilitator-manual', '?locale=es'), tokens.facilitator, { Range: 'bytes=500-' })

      await flushDownloadCounts()
      const after = await stored(bilingual.id)
      expect(count(after, 'facilitator-manual', 'es')).toBe(manualEs + 8)
      expect(count(after, 'facilitator-manual', 'en')).toBe(manualEn)
      expect(count(after, 'offline-bundle', null)).toBe(bundle + 1)
      // Nothing about who downloaded is stored with the release.
      const raw = JSON.stringify(await payload.findByID({ collection: 'manual-releases' as any, id: bilingual.id, depth: 0, showHiddenFields: true }))
      expect(raw).not.toContain(f.accounts.facilitator.email)
      expect(raw).not.toContain(f.accounts.reviewer.email)
      // The counter did not touch anything else.
      expect(after.updatedAt).toBe(before.updatedAt)
      expect(after.files.map((file: Doc) => file.sha256)).toEqual(before.files.map((file: Doc) => file.sha256))
    })

    test('counts reach the database by themselves shortly after the download', async () => {
      await flushDownloadCounts()
      const count = async () => fileOf(await stored(bilingual.id), 'participant-workbook', 'en').downloads as number
      const before = await count()
      expect((await download(url(bilingual, 'participant-workbook', '?locale=en'), tokens.facilitator)).status).toBe(200)
      await expect.poll(count, { timeout: 15_000, interval: 200 }).toBe(before + 1)
    })
  })
})

describe('the direct download server', () => {
  test('answers exactly as the route handlers do: status, headers and bytes', async () => {
    const manual = fileOf(women, 'facilitator-manual', 'es')
    const cases: [string, string | null, Record<string, string>][] = [
      [url(women, 'facilitator-manual'), null, {}],
      [url(women, 'facilitator-manual'), tokens.noRole, {}],
      [url(women, 'facilitator-manual'), tokens.scopedFacilitator, {}],
      [url(women, 'facilitator-manual'), tokens.facilitator, {}],
      [url(women, 'facilitator-manual', '?locale=en'), tokens.facilitator, {}],
      [url(women, 'facilitator-manual', '?locale=fr'), tokens.facilitator, {}],
      [url(women, 'teacher-edition'), tokens.facilitator, {}],
      [url('nope', 'facilitator-manual'), tokens.facilitator, {}],
      [url(building, 'facilitator-manual'), tokens.facilitator, {}],
      [url(women, 'facilitator-manual'), tokens.facilitator, { 'If-None-Match': `"${manual.sha256}"` }],
      [url(women, 'facilitator-manual'), tokens.facilitator, { Range: 'bytes=10-99' }],
      [url(women, 'facilitator-manual'), tokens.facilitator, { Range: `bytes=${manual.size}-` }],
      [url(bilingual, 'offline-bundle'), tokens.facilitator, { Range: 'bytes=-1000' }],
      [url(women, 'facilitator-manual'), 'not-a-token', {}],
      [url(women, 'facilitator-manual'), tokens.facilitator, { Origin: 'https://elsewhere.example' }],
    ]
    // Set by whichever HTTP server sends the answer, not by the app.
    const transport = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
    const comparable = (headers: Headers) => Object.fromEntries([...headers.entries()].filter(([name]) => !transport.has(name)))
    for (const [pathname, token, headers] of cases) {
      const viaNext = await throughRouteHandlers(pathname, token, headers)
      const direct = await fromDirectServer(pathname, token, headers)
      const label = `${pathname} ${JSON.stringify(headers)}`
      expect(direct.status, label).toBe(viaNext.status)
      expect(comparable(direct.headers), label).toEqual(comparable(viaNext.headers))
      expect(Buffer.compare(direct.body, viaNext.body), label).toBe(0)
    }
  })

  test('leaves every other request to Next.js', async () => {
    const token = tokens.facilitator!
    const leftToNext = async (pathname: string, init: RequestInit = {}) =>
      (await fetch(`${directBase}${pathname}`, { ...init, headers: { ...authorization(token), ...(init.headers as any) } })).headers.get('x-handled-by')
    expect(await leftToNext(`/api/manual-releases/${women.id}`)).toBe('next')
    expect(await leftToNext(`/api/manual-releases/${women.id}/changes`)).toBe('next')
    expect(await leftToNext(`${url(women, 'facilitator-manual')}/`)).toBe('next')
    expect(await leftToNext(`/api/manual-releases/%E0%A4%A/download/facilitator-manual`)).toBe('next')
    expect(await leftToNext(url(women, 'facilitator-manual'), { method: 'POST', body: '{}' })).toBe('next')
    expect(await leftToNext(`/admin${url(women, 'facilitator-manual')}`)).toBe('next')
    expect(await leftToNext(url(women, 'facilitator-manual'))).toBeNull()
  })
})

describe('HEAD on a download URL', () => {
  /** HEAD through the app's route handler: Next.js calls the route's HEAD export. */
  const headThroughRoute = async (pathname: string, token: string | null, headers: Record<string, string> = {}) => {
    const rest = await import('@/app/(payload)/api/[...slug]/route')
    const target = new URL(pathname, 'http://localhost:3000')
    const segments = target.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
    return fetched(
      await (rest as any).HEAD(new Request(target, { method: 'HEAD', headers: { ...authorization(token), ...headers } }), { params: Promise.resolve({ slug: segments }) }),
    )
  }
  const headFromDirect = async (pathname: string, token: string | null, headers: Record<string, string> = {}) =>
    fetched(await fetch(`${directBase}${pathname}`, { method: 'HEAD', headers: { ...authorization(token), ...headers } }))
  const transport = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
  const comparable = (headers: Headers) => Object.fromEntries([...headers.entries()].filter(([name]) => !transport.has(name)))

  test.each([
    ['through the route handlers', headThroughRoute, throughRouteHandlers],
    ['from the direct download server', headFromDirect, fromDirectServer],
  ] as const)('answers like GET, without a body and without counting a download (%s)', async (_, head, get) => {
    await flushDownloadCounts()
    const manual = fileOf(women, 'facilitator-manual', 'es')
    const downloads = async () => fileOf(await stored(women.id), 'facilitator-manual', 'es').downloads as number
    const before = await downloads()
    for (const [pathname, token, headers] of [
      [url(women, 'facilitator-manual'), tokens.facilitator, {}],
      [url(women, 'facilitator-manual'), tokens.facilitator, { Range: 'bytes=0-99' }],
      [url(bilingual, 'offline-bundle', '?locale=en'), tokens.facilitator, {}],
      [url(women, 'facilitator-manual'), null, {}],
      [url('nope', 'facilitator-manual'), tokens.facilitator, {}],
    ] as [string, string | null, Record<string, string>][]) {
      const answer = await head(pathname, token, headers)
      const whole = await get(pathname, token, headers)
      expect(answer.status, pathname).toBe(whole.status)
      expect(answer.body.byteLength, pathname).toBe(0)
      const { 'content-length': _length, ...rest } = comparable(answer.headers)
      const { 'content-length': _wholeLength, ...wholeRest } = comparable(whole.headers)
      expect(rest, pathname).toEqual(wholeRest)
      if (whole.status === 200 || whole.status === 206) expect(answer.headers.get('content-length'), pathname).toBe(String(whole.body.byteLength))
    }
    expect(fileOf(women, 'facilitator-manual', 'es').size).toBe(manual.size)
    await flushDownloadCounts()
    // The GETs above counted (the whole Spanish manual, and a range from its first byte); the HEADs did not.
    expect(await downloads()).toBe(before + 2)
  })
})

describe('the moment a release is ready', () => {
  test('a release refused while building downloads at once when its build ends, its snapshot as frozen and its files in order', async () => {
    for (const download of [throughRouteHandlers, fromDirectServer]) {
      expect((await download(url(building, 'facilitator-manual'), tokens.facilitator)).status).toBe(409)
    }
    const frozen = (await stored(building.id)).snapshot
    await buildReleaseFiles(payload, building.id)

    const ready = await stored(building.id)
    expect(ready.status).toBe('ready')
    expect(ready.failureReason ?? null).toBeNull()
    // The state write sets the status and the file rows, nothing else.
    expect(ready.snapshot).toEqual(frozen)
    expect(ready.version).toBe('1.3.0')
    expect((ready.files as Doc[]).map((file) => `${file.edition} ${file.locale ?? ''}`.trim())).toEqual([
      'facilitator-manual es',
      'participant-workbook es',
      'facilitator-manual en',
      'participant-workbook en',
      'offline-bundle',
    ])
    expect(new Set((ready.files as Doc[]).map((file) => file.id)).size).toBe(5)
    for (const download of [throughRouteHandlers, fromDirectServer]) {
      const manual = await download(url(building, 'facilitator-manual', '?locale=en'), tokens.facilitator)
      expect(manual.status).toBe(200)
      expect(crypto.createHash('sha256').update(manual.body).digest('hex')).toBe(fileOf(ready, 'facilitator-manual', 'en').sha256)
    }
    // And the facilitators' list of releases says so.
    const listed = await api.get(`/api/manual-releases?where[id][equals]=${building.id}&depth=0&select[status]=true`, { token: tokens.facilitator })
    expect(listed.body.docs.map((doc: Doc) => doc.status)).toEqual(['ready'])
  })
})
