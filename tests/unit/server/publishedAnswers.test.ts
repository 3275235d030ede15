/**
 * The front that answers reads of published content from kept copies (src/server/publishedAnswers.ts),
 * on a real Node HTTP server with a stand-in for Next: what is kept is byte for byte what Next
 * sent, and what must not be shared never is.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'

import { forgetAnswers } from '@/cms/reads/answerCache'
import { answerPublishedRead, facilitatorSignature } from '@/server/publishedAnswers'

// Only what the public pages' path touches: the config's cookie prefix, the logger, and the
// shared-changes poll (no stamps).
const payload = { config: { cookiePrefix: 'payload' }, logger: { warn: () => {} }, db: { find: async () => ({ docs: [] }) } } as never
const sessionsPath = /^\/api\/sessions\/\d+$/

let built = 0
let answer: { status: number; cookie?: string } = { status: 200 }
let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer((request, response) => {
    // Next's part: a page in several chunks.
    const next = async () => {
      built++
      response.statusCode = answer.status
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.setHeader('cache-control', 'private, no-store')
      if (answer.cookie) response.setHeader('set-cookie', answer.cookie)
      response.write('<html><body>')
      response.write(Buffer.from(`<p>build ${built}: ${request.url}</p>`))
      response.end('</body></html>')
    }
    void answerPublishedRead(payload, sessionsPath, request, response, next)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  forgetAnswers('services')
  answer = { status: 200 }
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, age: response.headers.get('age'), cacheControl: response.headers.get('cache-control'), text: await response.text() }
}

test('the second visit to the directory is the first answer, byte for byte, with its headers', async () => {
  const first = await get('/servicios')
  const second = await get('/servicios')
  expect(first.age).toBeNull()
  expect(second.age).toBe('0')
  expect(second.text).toBe(first.text)
  expect(second.cacheControl).toBe('private, no-store')
})

test('another language is another answer; a filtered directory is never a copy (it would tell that someone searched)', async () => {
  const spanish = await get('/servicios')
  const english = await get('/servicios', { cookie: 'reeduca-lang=en' })
  expect(english.text).not.toBe(spanish.text)
  expect((await get('/servicios', { cookie: 'reeduca-lang=en' })).text).toBe(english.text)
  for (let i = 0; i < 2; i++) expect((await get('/servicios', { cookie: 'reeduca-lang=en; reeduca-filtros=abc' })).age).toBeNull()
})

test('a change of the directory forgets the kept page', async () => {
  const first = await get('/servicios')
  forgetAnswers('services')
  const after = await get('/servicios')
  expect(after.age).toBeNull()
  expect(after.text).not.toBe(first.text)
})

test('never from a copy: signed-in visitors, client navigations, conditional requests, refusals and answers that set a cookie', async () => {
  await get('/servicios')
  for (const headers of [{ cookie: 'payload-token=abc' }, { authorization: 'JWT abc' }, { rsc: '1' }, { 'if-none-match': '"x"' }, { range: 'bytes=0-10' }] as Array<Record<string, string>>) {
    expect((await get('/servicios', headers)).age, JSON.stringify(headers)).toBeNull()
  }
  answer = { status: 500 }
  await get('/')
  answer = { status: 200 }
  expect((await get('/')).age).toBeNull()
  answer = { status: 200, cookie: 'reeduca-lang=es' }
  await get('/?a=1')
  expect((await get('/?a=1')).age).toBeNull()
})

test('other addresses always go to Next', async () => {
  await get('/portal')
  expect((await get('/portal')).age).toBeNull()
  expect((await get('/servicios/filtros')).age).toBeNull()
})

test('only facilitators share session answers, by track scope', () => {
  expect(facilitatorSignature({ roles: ['facilitator'], tracks: [] })).toBe('facilitator:*')
  expect(facilitatorSignature({ roles: ['facilitator'], tracks: [7, { id: 3 }] as never })).toBe('facilitator:3,7')
  expect(facilitatorSignature({ roles: ['facilitator', 'reviewer'] })).toBeNull()
  expect(facilitatorSignature({ roles: ['curriculum-designer'] })).toBeNull()
  expect(facilitatorSignature({ roles: [] })).toBeNull()
  expect(facilitatorSignature(null)).toBeNull()
})
