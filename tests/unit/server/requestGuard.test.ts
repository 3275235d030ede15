import { describe, expect, test } from 'vitest'

import {
  DEFAULT_MAX_JSON_BODY_BYTES,
  guardRequest,
  localeProblem,
  maxJsonBodyBytes,
  withRequestGuard,
} from '@/server/requestGuard'

const locales = ['es', 'en']
const url = (path: string) => `http://localhost:3000${path}`

/** A route handler that records what reached it. */
function recordingHandler() {
  const seen: Array<{ method: string; url: string; body: string; contentType: string | null }> = []
  const handler = async (request: Request, _context: { params: Promise<{ slug: string[] }> }) => {
    seen.push({ method: request.method, url: request.url, body: await request.text(), contentType: request.headers.get('content-type') })
    return Response.json({ ok: true }, { status: 201 })
  }
  return { seen, handler }
}

const context = { params: Promise.resolve({ slug: ['sessions'] }) }

/** A body sent in chunks, without Content-Length (Transfer-Encoding: chunked). */
function chunkedStream(chunks: number, chunkSize: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= chunks) return controller.close()
      sent += 1
      controller.enqueue(new Uint8Array(chunkSize).fill(0x61))
    },
  })
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json()) as { errors: Array<{ message: string }> }
  return body.errors[0].message
}

describe('locale', () => {
  test('an unknown locale is refused with 400, naming it and the accepted ones; the handler never runs', async () => {
    const { seen, handler } = recordingHandler()
    const response = await withRequestGuard(handler, { locales })(new Request(url('/api/sessions?locale=fr'), { headers: { 'accept-language': 'en-GB,en;q=0.9' } }), context)
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toBe('Unknown locale «fr». Accepted: es, en, all.')
    expect(seen).toHaveLength(0)
  })

  test('the refusal speaks Spanish without a language preference, and follows the admin language cookie', async () => {
    const { handler } = recordingHandler()
    const guarded = withRequestGuard(handler, { locales })
    expect(await messageOf(await guarded(new Request(url('/api/sessions?locale=fr')), context))).toBe('Idioma desconocido «fr». Se aceptan: es, en, all.')
    const cookie = await guarded(new Request(url('/api/sessions?locale=fr'), { headers: { cookie: 'a=b; payload-lng=en', 'accept-language': 'es' } }), context)
    expect(await messageOf(cookie)).toBe('Unknown locale «fr». Accepted: es, en, all.')
  })

  test('the site’s language switch (reeduca-lang) speaks for the API where the admin language cookie does not', async () => {
    const { handler } = recordingHandler()
    const guarded = withRequestGuard(handler, { locales })
    const site = await guarded(new Request(url('/api/sessions?locale=fr'), { headers: { cookie: 'reeduca-lang=en', 'accept-language': 'es-MX,es;q=0.9' } }), context)
    expect(await messageOf(site)).toBe('Unknown locale «fr». Accepted: es, en, all.')
    const admin = await guarded(new Request(url('/api/sessions?locale=fr'), { headers: { cookie: 'payload-lng=es; reeduca-lang=en', 'accept-language': 'en' } }), context)
    expect(await messageOf(admin)).toBe('Idioma desconocido «fr». Se aceptan: es, en, all.')
  })

  test('Payload reads the language the site’s switch chose: it goes first in Accept-Language, the body untouched', async () => {
    const seen: Array<{ language: string | null; body: string }> = []
    const handler = async (request: Request) => {
      seen.push({ language: request.headers.get('accept-language'), body: await request.text() })
      return Response.json({ ok: true })
    }
    const guarded = withRequestGuard(handler, { locales })
    const post = (cookie: string) =>
      guarded(new Request(url('/api/sessions'), { method: 'POST', body: '{"title":"x"}', headers: { cookie, 'accept-language': 'es-MX', 'content-type': 'application/json' } }), context)
    await post('reeduca-lang=en')
    await post('payload-lng=es; reeduca-lang=en')
    await post('other=1')
    expect(seen).toEqual([
      { language: 'en', body: '{"title":"x"}' },
      { language: 'es-MX', body: '{"title":"x"}' },
      { language: 'es-MX', body: '{"title":"x"}' },
    ])
  })

  test('an unknown locale on a write is refused before the body is read', async () => {
    const { seen, handler } = recordingHandler()
    const response = await withRequestGuard(handler, { locales })(
      new Request(url('/api/sessions?locale=xx'), { method: 'POST', body: '{"title":"x"}', headers: { 'content-type': 'application/json' } }),
      context,
    )
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toContain('«xx»')
    expect(seen).toHaveLength(0)
  })

  test.each(['es', 'en', 'all'])('locale=%s passes', async (locale) => {
    const { seen, handler } = recordingHandler()
    const response = await withRequestGuard(handler, { locales })(new Request(url(`/api/sessions?locale=${locale}`)), context)
    expect(response.status).toBe(201)
    expect(seen).toHaveLength(1)
  })

  test('no locale passes', () => {
    expect(localeProblem(new URL(url('/api/sessions')), locales)).toBeNull()
  })

  test('an unknown fallback locale is refused too; none and null are Payload’s “no fallback”', () => {
    expect(localeProblem(new URL(url('/api/sessions?fallback-locale=de')), locales)).toBe('Unknown fallback locale «de». Accepted: es, en, none.')
    expect(localeProblem(new URL(url('/api/sessions?fallbackLocale=de')), locales)).toContain('«de»')
    expect(localeProblem(new URL(url('/api/sessions?fallback-locale=none')), locales)).toBeNull()
    expect(localeProblem(new URL(url('/api/sessions?fallback-locale=null')), locales)).toBeNull()
    expect(localeProblem(new URL(url('/api/sessions?fallback-locale=en')), locales)).toBeNull()
  })

  test('the configured locales are the default list', async () => {
    const outcome = await guardRequest(new Request(url('/api/sessions?locale=en')))
    expect('request' in outcome).toBe(true)
    const refused = await guardRequest(new Request(url('/api/sessions?locale=klingon')))
    expect('refused' in refused && refused.refused.status).toBe(400)
  })
})

describe('body size', () => {
  const limit = 1024

  test('a body declared larger than the limit (Content-Length) is refused with 413 before it is read', async () => {
    const { seen, handler } = recordingHandler()
    const body = JSON.stringify({ title: 'x'.repeat(2 * limit) })
    const response = await withRequestGuard(handler, { locales, maxJsonBodyBytes: limit })(
      new Request(url('/api/sessions'), {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), 'accept-language': 'en' },
      }),
      context,
    )
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toBe(`Request body is larger than the ${limit} bytes the API accepts; nothing was saved.`)
    expect(seen).toHaveLength(0)
  })

  test('a chunked body without Content-Length is refused with 413 once it passes the limit', async () => {
    const { seen, handler } = recordingHandler()
    let pulled = 0
    const source = chunkedStream(1000, 256)
    const counting = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += 1
          controller.enqueue(chunk)
        },
      }),
    )
    const request = new Request(url('/api/sessions'), {
      method: 'PATCH',
      body: counting,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(request.headers.get('content-length')).toBeNull()
    const response = await withRequestGuard(handler, { locales, maxJsonBodyBytes: limit })(request, context)
    expect(response.status).toBe(413)
    expect(seen).toHaveLength(0)
    // It stopped reading soon after the limit instead of buffering the whole 256 kB.
    expect(pulled).toBeLessThan(20)
  })

  test('a chunked body under the limit reaches the handler whole', async () => {
    const { seen, handler } = recordingHandler()
    // A JSON string of 300 bytes ("aaa…a"), in three chunks.
    const quoted = chunkedStream(3, 100).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('"'))
        },
        transform(chunk, controller) {
          controller.enqueue(chunk)
        },
        flush(controller) {
          controller.enqueue(new TextEncoder().encode('"'))
        },
      }),
    )
    const request = new Request(url('/api/sessions'), {
      method: 'POST',
      body: quoted,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    const response = await withRequestGuard(handler, { locales, maxJsonBodyBytes: limit })(request, context)
    expect(response.status).toBe(201)
    expect(seen[0].body).toBe(`"${'a'.repeat(300)}"`)
  })

  test('a body of exactly the limit passes', async () => {
    const outcome = await guardRequest(
      new Request(url('/api/sessions'), { method: 'POST', body: `"${'a'.repeat(limit - 2)}"`, headers: { 'content-type': 'application/json' } }),
      { locales, maxJsonBodyBytes: limit },
    )
    expect('request' in outcome).toBe(true)
  })

  test('multipart uploads pass through untouched (the media collection bounds them)', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(4 * limit)], { type: 'image/png' }), 'photo.png')
    form.append('_payload', JSON.stringify({ alt: 'Foto' }))
    const request = new Request(url('/api/media'), { method: 'POST', body: form })
    const outcome = await guardRequest(request, { locales, maxJsonBodyBytes: limit })
    expect('request' in outcome && outcome.request).toBe(request)
  })

  test('a small JSON body is preserved for the handler, with its method, URL and headers', async () => {
    const { seen, handler } = recordingHandler()
    const json = { title: 'Sesión «Derechos»', number: 3, activities: [{ blockType: 'checkIn', minutes: 20 }] }
    const response = await withRequestGuard(handler, { locales, maxJsonBodyBytes: limit })(
      new Request(url('/api/sessions?locale=es&draft=true'), {
        method: 'POST',
        body: JSON.stringify(json),
        headers: { 'content-type': 'application/json', authorization: 'JWT abc' },
      }),
      context,
    )
    expect(response.status).toBe(201)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'POST', url: url('/api/sessions?locale=es&draft=true'), contentType: 'application/json' })
    expect(JSON.parse(seen[0].body)).toEqual(json)
  })

  test('GET and DELETE requests are handed on as they are', async () => {
    for (const method of ['GET', 'DELETE']) {
      const request = new Request(url('/api/sessions/1'), { method })
      const outcome = await guardRequest(request, { locales, maxJsonBodyBytes: limit })
      expect('request' in outcome && outcome.request).toBe(request)
    }
  })

  test('the limit defaults to 2 MiB and REEDUCA_MAX_JSON_BODY_BYTES changes it', () => {
    expect(DEFAULT_MAX_JSON_BODY_BYTES).toBe(2 * 1024 * 1024)
    expect(maxJsonBodyBytes({})).toBe(DEFAULT_MAX_JSON_BODY_BYTES)
    expect(maxJsonBodyBytes({ REEDUCA_MAX_JSON_BODY_BYTES: '4096' })).toBe(4096)
    expect(maxJsonBodyBytes({ REEDUCA_MAX_JSON_BODY_BYTES: 'lots' })).toBe(DEFAULT_MAX_JSON_BODY_BYTES)
    expect(maxJsonBodyBytes({ REEDUCA_MAX_JSON_BODY_BYTES: '-1' })).toBe(DEFAULT_MAX_JSON_BODY_BYTES)
  })
})

describe('body type and JSON', () => {
  const post = (body: string, headers: Record<string, string>) =>
    new Request(url('/api/sessions'), { method: 'POST', body, headers })

  test('malformed JSON is refused with 400 naming what is wrong, in the request language; the handler never runs', async () => {
    const { seen, handler } = recordingHandler()
    const guarded = withRequestGuard(handler, { locales })
    const english = await guarded(post('{"title": ', { 'content-type': 'application/json', 'accept-language': 'en' }), context)
    expect(english.status).toBe(400)
    expect(await messageOf(english)).toMatch(/^The request body is not valid JSON \(.*JSON.*\); nothing was saved\.$/)
    const spanish = await guarded(post('{"title": "x",}', { 'content-type': 'application/json; charset=utf-8', 'accept-language': 'es-MX' }), context)
    expect(spanish.status).toBe(400)
    expect(await messageOf(spanish)).toMatch(/^El cuerpo de la petición no es JSON válido \(.+\); no se guardó nada\.$/)
    expect(seen).toHaveLength(0)
  })

  test('text/plain and urlencoded bodies are refused with 415 naming the type sent', async () => {
    const { seen, handler } = recordingHandler()
    const guarded = withRequestGuard(handler, { locales })
    const plain = await guarded(post('hola', { 'content-type': 'text/plain;charset=UTF-8', 'accept-language': 'en' }), context)
    expect(plain.status).toBe(415)
    expect(await messageOf(plain)).toBe(
      'The API takes JSON (Content-Type: application/json) and, for file uploads, multipart/form-data; this request sent «text/plain». Nothing was saved.',
    )
    const form = await guarded(post('title=x', { 'content-type': 'application/x-www-form-urlencoded' }), context)
    expect(form.status).toBe(415)
    expect(await messageOf(form)).toContain('«application/x-www-form-urlencoded»')
    expect(seen).toHaveLength(0)
  })

  test("the admin's urlencoded query sent as POST with a GET override passes, and so does valid JSON of any letter case", async () => {
    const { seen, handler } = recordingHandler()
    const guarded = withRequestGuard(handler, { locales })
    const query = await guarded(post('limit=5', { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }), context)
    expect(query.status).toBe(201)
    const json = await guarded(post('{"title":"x"}', { 'content-type': 'Application/JSON' }), context)
    expect(json.status).toBe(201)
    expect(seen.map((request) => [request.body, request.contentType])).toEqual([
      ['limit=5', 'application/x-www-form-urlencoded'],
      ['{"title":"x"}', 'application/json'],
    ])
  })
})

describe('nesting and page numbers', () => {
  test('jsonDeeperThan counts brackets outside strings only', async () => {
    const { jsonDeeperThan } = await import('@/server/requestGuard')
    const bytes = (text: string) => new TextEncoder().encode(text)
    expect(jsonDeeperThan(bytes('[[[]]]'), 3)).toBe(false)
    expect(jsonDeeperThan(bytes('[[[[]]]]'), 3)).toBe(true)
    expect(jsonDeeperThan(bytes('{"a": "[[[[[[\\"[[[["}'), 3)).toBe(false)
    expect(jsonDeeperThan(bytes('[{}, {}, [], [{}]]'), 3)).toBe(false)
  })

  test('page and limit are whole numbers of at most nine digits; page from 1', async () => {
    const { paginationProblem } = await import('@/server/requestGuard')
    expect(paginationProblem(new URL(url('/api/sessions?page=2&limit=0')))).toBeNull()
    for (const query of ['page=1e308', 'page=0', 'page=-1', 'limit=1.5', 'limit=1234567890', 'page=']) {
      expect(paginationProblem(new URL(url(`/api/sessions?${query}`))), query).toMatch(/whole number/)
    }
  })
})
