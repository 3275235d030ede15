/**
 * Checks every REST and GraphQL request before Payload sees it, so that bad input gets a clear
 * 4xx and nothing is written: a write forged by another site (src/core/rules/origins.ts), an
 * unknown locale (Payload would silently fall back to the default), a page or limit that is not
 * a plain whole number (Payload would pass 1e308 on to the database: a 500), a body larger than
 * the API accepts (Next.js route handlers have no limit of their own) and JSON nested deeper
 * than any document here (Payload's field walks are recursive: 100,000 levels overflowed the stack).
 */
import { HEAD_REQUEST_HEADER } from '@/core/files/conditionalRequests'
import { localeCodes } from '@/core/locales'
import { MAX_JSON_DEPTH } from '@/core/rules/inputLimits'
import { crossSiteProblem, trustedOrigins } from '@/core/rules/origins'

export { MAX_JSON_DEPTH }

export const DEFAULT_MAX_JSON_BODY_BYTES = 2 * 1024 * 1024
/** Largest page number and limit: nine digits, far above any real collection, far below overflow. */
const WHOLE_NUMBER = /^\d{1,9}$/

export interface GuardOptions {
  locales?: string[]
  maxJsonBodyBytes?: number
  maxJsonDepth?: number
  /** Origins allowed to write with a cookie besides the site's own (default: from the environment). */
  trustedOrigins?: string[]
}

export function maxJsonBodyBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.REEDUCA_MAX_JSON_BODY_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_JSON_BODY_BYTES
}

export function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/** A locale query parameter must name a configured locale ('all' is Payload's "every locale"). */
export function localeProblem(url: URL, locales: string[]): string | null {
  const locale = url.searchParams.get('locale')
  if (locale !== null && locale !== 'all' && !locales.includes(locale)) {
    return `Unknown locale «${locale}». Accepted: ${locales.join(', ')}, all.`
  }
  const fallback = url.searchParams.get('fallback-locale') ?? url.searchParams.get('fallbackLocale')
  if (fallback !== null && fallback !== 'none' && fallback !== 'null' && !locales.includes(fallback)) {
    return `Unknown fallback locale «${fallback}». Accepted: ${locales.join(', ')}, none.`
  }
  return null
}

/** `page` and `limit` must be plain whole numbers (page from 1): a reason, or null. */
export function paginationProblem(url: URL): string | null {
  for (const name of ['page', 'limit']) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    if (!WHOLE_NUMBER.test(value) || (name === 'page' && Number(value) < 1)) {
      return `«${name}» must be a whole number${name === 'page' ? ' from 1' : ''} of at most nine digits (got «${value.slice(0, 40)}»).`
    }
  }
  return null
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`. A scan of the bytes, counting
 * brackets outside strings, before anything parses them: JSON.parse has no depth option, and no
 * library here offers one without parsing the whole body first.
 */
export function jsonDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (inString) {
      if (byte === 0x5c) i++ // backslash: skip the escaped character
      else if (byte === 0x22) inString = false
    } else if (byte === 0x22) inString = true
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true
    } else if (byte === 0x5d || byte === 0x7d) depth--
  }
  return false
}

const methodsWithBody = new Set(['POST', 'PATCH', 'PUT'])

/** Reads at most `limit` bytes of a body; null when it is longer. */
async function readBounded(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const whole = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return whole
}

/**
 * Returns either a Response to send at once (the request is refused) or the request to hand on
 * (the same one, or a copy whose body was read while checking its size).
 */
export async function guardRequest(
  request: Request,
  options: GuardOptions = {},
): Promise<{ refused: Response } | { request: Request }> {
  const url = new URL(request.url)
  // Only headAsGet below may say a GET stands for a HEAD.
  if (request.headers.has(HEAD_REQUEST_HEADER)) {
    const headers = new Headers(request.headers)
    headers.delete(HEAD_REQUEST_HEADER)
    request = new Request(request, { headers })
  }
  const forged = crossSiteProblem(
    {
      method: request.method,
      origin: request.headers.get('origin'),
      hosts: [request.headers.get('host') ?? url.host, request.headers.get('x-forwarded-host')],
      secFetchSite: request.headers.get('sec-fetch-site'),
    },
    options.trustedOrigins ?? trustedOrigins(process.env),
  )
  if (forged) return { refused: errorResponse(403, forged) }
  const problem = localeProblem(url, options.locales ?? localeCodes()) ?? paginationProblem(url)
  if (problem) return { refused: errorResponse(400, problem) }

  if (!methodsWithBody.has(request.method) || !request.body) return { request }
  const contentType = request.headers.get('content-type') ?? ''
  // Multipart uploads are bounded by the upload limits of the media collection.
  if (contentType.startsWith('multipart/form-data')) return { request }

  const limit = options.maxJsonBodyBytes ?? maxJsonBodyBytes()
  const tooLarge = () =>
    errorResponse(413, `Request body is larger than the ${limit} bytes the API accepts; nothing was saved.`)
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return { refused: tooLarge() }

  const body = await readBounded(request.body, limit)
  if (!body) return { refused: tooLarge() }
  // Whatever the declared type: Payload's endpoints read a text/plain body as JSON too.
  const depth = options.maxJsonDepth ?? MAX_JSON_DEPTH
  if (jsonDeeperThan(body, depth)) {
    return { refused: errorResponse(400, `The JSON body is nested deeper than ${depth} levels, which no document here needs; nothing was saved.`) }
  }
  return {
    request: new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: body.byteLength ? (body as Uint8Array<ArrayBuffer>) : undefined,
    }),
  }
}

type RouteHandler<C> = (request: Request, context: C) => Promise<Response> | Response

export function withRequestGuard<C>(handler: RouteHandler<C>, options?: GuardOptions): RouteHandler<C> {
  return async (request, context) => {
    const outcome = await guardRequest(request, options)
    if ('refused' in outcome) return outcome.refused
    return handler(outcome.request, context)
  }
}

/**
 * HEAD answered as GET would be, without the body (RFC 9110 §9.3.2): same status and headers,
 * Content-Length included. Payload's REST handler matches endpoints by method and has none for
 * HEAD, so a HEAD of a download or a media file answered 404 where GET answered 200.
 * Wrap Payload's own GET handler, inside withRequestGuard (which drops a client's marker).
 */
export function headAsGet<C>(get: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const headers = new Headers(request.headers)
    headers.set(HEAD_REQUEST_HEADER, '1')
    const response = await get(new Request(request.url, { method: 'GET', headers }), context)
    void response.body?.cancel().catch(() => {})
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
}
