/**
 * Checks every REST request before Payload sees it, so that bad input gets a clear 4xx and
 * nothing is written: an unknown locale (Payload would silently fall back to the default) and a
 * body larger than the API accepts (Next.js route handlers have no limit of their own).
 */
import { localeCodes } from '@/core/locales'

export const DEFAULT_MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

export interface GuardOptions {
  locales?: string[]
  maxJsonBodyBytes?: number
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
  const problem = localeProblem(url, options.locales ?? localeCodes())
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
