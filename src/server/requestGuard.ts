/**
 * Checks every REST and GraphQL request before Payload sees it, so that bad input gets a clear
 * 4xx and nothing is written: a write forged by another site (src/core/rules/origins.ts), an
 * unknown locale (Payload would silently fall back to the default), a page or limit that is not
 * a plain whole number (Payload would pass 1e308 on to the database: a 500), a body larger than
 * the API accepts (Next.js route handlers have no limit of their own), JSON nested deeper than
 * any document here (Payload's field walks are recursive: 100,000 levels overflowed the stack),
 * a body that says it is JSON and is not (Payload's own answer is a bare "Invalid JSON"), and a
 * body of a type the API does not take (text/plain, urlencoded: Payload reads no data from them
 * and a collection's hooks then failed with a 500). Refusals speak the request's language,
 * chosen as Payload chooses its own (the admin's language cookie, else Accept-Language, else Spanish).
 */
import { extractHeaderLanguage } from '@payloadcms/translations'

import { HEAD_REQUEST_HEADER } from '@/core/files/conditionalRequests'
import { ADMIN_LANGUAGE_COOKIE, chosenLanguage, cookieValue, languageOf, type Language } from '@/core/language'
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
  /**
   * The collections that keep no versions: `/api/<slug>/versions` of one of them is a 404
   * (Payload routes it to its version query, which crashes on a table that does not exist: 500).
   */
  unversionedCollections?: () => Promise<string[]> | string[]
}

export function maxJsonBodyBytes(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.REEDUCA_MAX_JSON_BODY_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_JSON_BODY_BYTES
}

export function errorResponse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status })
}

/**
 * The language to refuse a request in: the admin's language cookie, else the site's language
 * switch, else Accept-Language, else Spanish (chosenLanguage).
 */
export function requestLanguage(headers: Headers): Language {
  const chosen = chosenLanguage(headers.get('cookie'))
  if (chosen) return chosen
  const accept = headers.get('accept-language')
  return languageOf(accept ? extractHeaderLanguage(accept) : undefined)
}

/**
 * The request as Payload should read its language. Payload knows only its own cookie and
 * Accept-Language; where the site's switch chose (and the admin's cookie did not), its language
 * goes first in Accept-Language, so that Payload's messages and the project's refusals (which
 * follow req.i18n) speak it too.
 */
function withChosenLanguage(request: Request): Request {
  const cookies = request.headers.get('cookie')
  if (!cookies || cookieValue(cookies, ADMIN_LANGUAGE_COOKIE) !== null) return request
  const chosen = chosenLanguage(cookies)
  if (!chosen) return request
  const headers = new Headers(request.headers)
  headers.set('accept-language', chosen)
  return new Request(request, { headers })
}

/** `/api/<slug>/versions[/…]` of a collection that keeps no versions: the refusal, or null. */
export function versionsProblem(url: URL, unversioned: string[], language: Language = 'en'): string | null {
  const [api, slug, versions] = url.pathname.split('/').filter(Boolean)
  if (api !== 'api' || versions !== 'versions' || !slug || !unversioned.includes(decodeURIComponent(slug))) return null
  return language === 'es' ? `«${slug}» no guarda versiones.` : `«${slug}» keeps no versions.`
}

/** A locale query parameter must name a configured locale ('all' is Payload's "every locale"). */
export function localeProblem(url: URL, locales: string[], language: Language = 'en'): string | null {
  const es = language === 'es'
  const locale = url.searchParams.get('locale')
  if (locale !== null && locale !== 'all' && !locales.includes(locale)) {
    return es
      ? `Idioma desconocido «${locale}». Se aceptan: ${locales.join(', ')}, all.`
      : `Unknown locale «${locale}». Accepted: ${locales.join(', ')}, all.`
  }
  const fallback = url.searchParams.get('fallback-locale') ?? url.searchParams.get('fallbackLocale')
  if (fallback !== null && fallback !== 'none' && fallback !== 'null' && !locales.includes(fallback)) {
    return es
      ? `Idioma de reserva desconocido «${fallback}». Se aceptan: ${locales.join(', ')}, none.`
      : `Unknown fallback locale «${fallback}». Accepted: ${locales.join(', ')}, none.`
  }
  return null
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';', 1)[0].trim().toLowerCase()
}

/** Why a JSON body cannot be read, or null when it parses. */
export function jsonProblem(body: Uint8Array, language: Language = 'en'): string | null {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return language === 'es'
      ? 'El cuerpo de la petición no es texto UTF-8, así que no es JSON válido; no se guardó nada.'
      : 'The request body is not UTF-8 text, so it is not valid JSON; nothing was saved.'
  }
  if (!text.trim()) return null
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    // V8's SyntaxError names what is wrong and where ("Unexpected end of JSON input",
    // "Expected ',' or '}' after property value in JSON at position 22").
    const reason = error instanceof Error ? error.message : String(error)
    return language === 'es'
      ? `El cuerpo de la petición no es JSON válido (${reason}); no se guardó nada.`
      : `The request body is not valid JSON (${reason}); nothing was saved.`
  }
}

function unsupportedType(type: string, language: Language): string {
  const sent = type || (language === 'es' ? 'sin tipo' : 'no type')
  return language === 'es'
    ? `La API recibe JSON (Content-Type: application/json) y, para subir archivos, multipart/form-data; esta petición envió «${sent}». No se guardó nada.`
    : `The API takes JSON (Content-Type: application/json) and, for file uploads, multipart/form-data; this request sent «${sent}». Nothing was saved.`
}

const methodsWithBody = new Set(['POST', 'PATCH', 'PUT'])

/** `page` and `limit` must be plain whole numbers (page from 1): a reason, or null. */
export function paginationProblem(url: URL, language: Language = 'en'): string | null {
  for (const name of ['page', 'limit']) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    if (!WHOLE_NUMBER.test(value) || (name === 'page' && Number(value) < 1)) {
      return language === 'es'
        ? `«${name}» debe ser un número entero${name === 'page' ? ' desde 1' : ''} de nueve cifras como mucho (se recibió «${value.slice(0, 40)}»).`
        : `«${name}» must be a whole number${name === 'page' ? ' from 1' : ''} of at most nine digits (got «${value.slice(0, 40)}»).`
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
  const language = requestLanguage(request.headers)
  request = withChosenLanguage(request)
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
  const problem = localeProblem(url, options.locales ?? localeCodes(), language) ?? paginationProblem(url, language)
  if (problem) return { refused: errorResponse(400, problem) }
  const noVersions = options.unversionedCollections ? versionsProblem(url, await options.unversionedCollections(), language) : null
  if (noVersions) return { refused: errorResponse(404, noVersions) }

  if (!methodsWithBody.has(request.method) || !request.body) return { request }
  const type = mediaType(request.headers.get('content-type'))
  // Multipart uploads are bounded by the upload limits of the media collection.
  if (type === 'multipart/form-data') return { request }

  const limit = options.maxJsonBodyBytes ?? maxJsonBodyBytes()
  const tooLarge = () =>
    errorResponse(
      413,
      language === 'es'
        ? `El cuerpo de la petición pasa de los ${limit} bytes que acepta la API; no se guardó nada.`
        : `Request body is larger than the ${limit} bytes the API accepts; nothing was saved.`,
    )
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return { refused: tooLarge() }

  const body = await readBounded(request.body, limit)
  if (!body) return { refused: tooLarge() }
  // Whatever the declared type: Payload's endpoints read a text/plain body as JSON too.
  const depth = options.maxJsonDepth ?? MAX_JSON_DEPTH
  if (jsonDeeperThan(body, depth)) {
    return {
      refused: errorResponse(
        400,
        language === 'es'
          ? `El JSON de la petición anida más de ${depth} niveles, más de lo que necesita cualquier documento; no se guardó nada.`
          : `The JSON body is nested deeper than ${depth} levels, which no document here needs; nothing was saved.`,
      ),
    }
  }
  if (body.byteLength > 0) {
    // The admin's relationship pickers send their query as a urlencoded POST that Payload turns
    // into a GET (X-Payload-HTTP-Method-Override): that body is a query, not data.
    const readAsGet = [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')
    if (type === 'application/json') {
      const malformed = jsonProblem(body, language)
      if (malformed) return { refused: errorResponse(400, malformed) }
    } else if (!(readAsGet && type === 'application/x-www-form-urlencoded')) {
      return { refused: errorResponse(415, unsupportedType(type, language)) }
    }
  }
  const headers = new Headers(request.headers)
  // Payload compares the header with 'application/json' exactly: "Application/JSON" would pass here and fail there.
  if (type === 'application/json') headers.set('content-type', 'application/json')
  return {
    request: new Request(request.url, {
      method: request.method,
      headers,
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
