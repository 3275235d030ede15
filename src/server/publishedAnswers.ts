/**
 * Reads of published content answered from a kept copy, before Next.js sees the request.
 *
 * Why: published content changes rarely, and building its answer again (Next's routing, Payload's
 * access and afterRead, the SQL and Drizzle's rebuilding of it) cost ~20–25 ms of one core per
 * request; sending a kept copy costs a fraction of a millisecond (bench/rest-session.mjs and
 * bench/portal.mjs compare). The copy is whatever Next answered the first time, status, headers
 * and bytes, so both ways give the same answer; src/cms/reads/answerCache.ts keeps the copies and
 * forgets them when the content changes (here at once, on other instances within 3 s).
 *
 * Who may share an answer is the whole question, and it is narrow on purpose:
 * - the public pages (`/`, `/servicios`) for anyone without a sign-in and without directory
 *   filters: they read only published services, in the language of the `reeduca-lang` cookie.
 *   A filtered directory (the `reeduca-filtros` cookie) is always built anew: a copy of it would
 *   tell the next visitor, by its age or its speed, that someone looked for those services
 *   (a state, a kind of help) a moment ago;
 * - a published session over REST (`GET /api/sessions/:id`) for facilitators only: what they see
 *   depends on their role and track scope alone (collections/access/readCurriculum.ts, the
 *   facilitatorOnly fields), so facilitators with the same scope share the answer. Everyone who
 *   reads drafts (designers, reviewers, trainers, admins) and anyone not signed in go to Next.
 * Only 200 answers without Set-Cookie are kept. Conditional and range requests, HEAD, and Next's
 * client navigation requests (RSC) are not answered from copies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { executeAuthStrategies, type Payload } from 'payload'

import { answerCache, type AnswerCache, type AnswerTopic } from '@/cms/reads/answerCache'
import { followSharedChanges } from '@/cms/reads/sharedChanges'
import { canReadDrafts, hasAnyRole, ROLES, scopedTrackIds } from '@/core/rules/roles'
import { FILTERS_COOKIE } from '@/portal/directoryFilters'
import { ADMIN_LANGUAGE_COOKIE, cookieValue } from '@/core/language'
import { LANGUAGE_COOKIE } from '@/ui/strings'
import { webHeaders } from './directDownloads'

/** Where the Next bundle leaves the handler for scripts/server.mjs (one realm, one process). */
export const PUBLISHED_ANSWERS = Symbol.for('reeduca.publishedAnswers')

/** Answers the request, from a copy or by `next()` (keeping a copy when it may); resolves when done. */
export type PublishedAnswersHandler = (request: IncomingMessage, response: ServerResponse, next: () => Promise<void>) => Promise<void>

const PUBLIC_PAGES = new Set(['/', '/servicios'])
/** Request headers that make Next answer something else than the page, or only part of it. */
const UNSHAREABLE_HEADERS = ['range', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action']
/** Not kept with an answer: about the connection, or recomputed when the copy is sent. */
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

const cookie = (request: IncomingMessage, name: string): string => cookieValue(request.headers.cookie, name) ?? ''

/**
 * The facilitator's access signature, or null when the answer must not be shared: only an account
 * whose every role is 'facilitator' (a draft reader sees drafts; an account with no role sees nothing).
 */
export function facilitatorSignature(user: { roles?: readonly string[] | null; tracks?: readonly unknown[] | null } | null | undefined): string | null {
  if (!user || !Array.isArray(user.roles) || user.roles.length === 0) return null
  if (canReadDrafts(user) || !user.roles.every((role) => role === 'facilitator') || !hasAnyRole(user, ...ROLES)) return null
  const tracks = scopedTrackIds(user as never)
  const ids = (tracks ?? []).map((track) => String(typeof track === 'object' && track !== null ? (track as { id?: unknown }).id : track)).sort()
  return `facilitator:${tracks ? ids.join(',') : '*'}`
}

interface Shareable {
  topic: AnswerTopic
  key: string
}

/**
 * The cache key when the request may share an answer, else null. Everything that can change the
 * answer is in the key: the address with its query, the languages asked for, the encoding Next
 * compresses to, the Origin (CORS), and who is asking (the language cookie of the public pages, the facilitator's signature).
 */
async function shareable(payload: Payload, sessionsPath: RegExp, request: IncomingMessage, url: URL): Promise<Shareable | null> {
  if (request.method !== 'GET') return null
  if (UNSHAREABLE_HEADERS.some((name) => request.headers[name] !== undefined) || url.searchParams.has('_rsc')) return null
  // Origin: Payload's CORS headers answer it.
  const common = [url.pathname + url.search, request.headers['accept-language'] ?? '', request.headers['accept-encoding'] ?? '', request.headers.origin ?? '', cookie(request, ADMIN_LANGUAGE_COOKIE), cookie(request, LANGUAGE_COOKIE)]
  if (PUBLIC_PAGES.has(url.pathname)) {
    if (request.headers.authorization || cookie(request, `${payload.config.cookiePrefix ?? 'payload'}-token`) || cookie(request, FILTERS_COOKIE)) return null
    return { topic: 'services', key: ['page', ...common].join('\n') }
  }
  if (sessionsPath.test(url.pathname)) {
    const { user } = await executeAuthStrategies({ headers: webHeaders(request), payload, canSetHeaders: false, isGraphQL: false })
    const signature = facilitatorSignature(user as never)
    if (!signature) return null
    return { topic: 'published', key: ['session', ...common, signature].join('\n') }
  }
  return null
}

function sendKept(response: ServerResponse, answer: { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number }): void {
  response.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(answer.body.length),
    // How old the copy is, in seconds (RFC 9111): also how a test tells a copy from a fresh answer.
    age: String(Math.floor((Date.now() - answer.storedAt) / 1000)),
  })
  response.end(answer.body)
}

/** Lets `next()` answer, and keeps what it sent when it is a whole 200 without cookies. */
async function answerAndKeep(cache: AnswerCache, key: string, response: ServerResponse, next: () => Promise<void>): Promise<void> {
  const generation = cache.current
  const chunks: Buffer[] = []
  let size = 0
  let overflow = false
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    size += buffer.length
    if (size > 2 * 1024 * 1024) overflow = true
    else chunks.push(Buffer.from(buffer))
  }
  const write = response.write
  const end = response.end
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0])
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof response.write
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0])
    const result = (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest)
    if (!overflow && response.statusCode === 200 && response.getHeader('set-cookie') === undefined) {
      const headers: Record<string, string | string[]> = {}
      for (const [name, value] of Object.entries(response.getHeaders())) {
        if (value === undefined || CONNECTION_HEADERS.has(name)) continue
        headers[name] = Array.isArray(value) ? value.map(String) : String(value)
      }
      cache.keep(key, generation, { status: 200, headers, body: Buffer.concat(chunks) })
    }
    return result
  } as typeof response.end
  await next()
}

export async function answerPublishedRead(payload: Payload, sessionsPath: RegExp, request: IncomingMessage, response: ServerResponse, next: () => Promise<void>): Promise<void> {
  let found: Shareable | null = null
  try {
    if (request.url) found = await shareable(payload, sessionsPath, request, new URL(request.url, 'http://localhost'))
  } catch (error) {
    // A failure deciding (the database away during the sign-in check) leaves the request to Next.
    payload.logger.warn({ err: error, msg: `Could not decide whether ${request.url} may share a kept answer` })
  }
  if (!found) return next()
  // What other instances changed is forgotten before a copy is used (one query a second at most).
  await followSharedChanges(payload)
  const cache = answerCache(found.topic)
  const kept = cache.find(found.key)
  if (kept) return sendKept(response, kept)
  return answerAndKeep(cache, found.key, response, next)
}

/**
 * Called once Payload is up (payload.config.ts onInit): from then on scripts/server.mjs uses it.
 * REEDUCA_KEPT_ANSWERS=0 turns it off (every read built anew: for a comparison, or a doubt).
 */
export function publishPublishedAnswers(payload: Payload): void {
  if (process.env.REEDUCA_KEPT_ANSWERS === '0') return
  const api = (payload.config.routes?.api ?? '/api').replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // A document's id as each adapter writes it (a number, a UUID, an ObjectId): not `count`,
  // `versions` or the endpoints beside them.
  const sessionsPath = new RegExp(`^${api}/sessions/(?:\\d+|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`, 'i')
  const handler: PublishedAnswersHandler = (request, response, next) => answerPublishedRead(payload, sessionsPath, request, response, next)
  ;(globalThis as Record<symbol, unknown>)[PUBLISHED_ANSWERS] = handler
}
