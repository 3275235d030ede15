/**
 * Manual downloads answered straight from Node's HTTP server, before Next.js sees the request.
 *
 * Why: a facilitator team downloading the same manual at once is the app's hottest URL, and
 * Next's route machinery plus Payload's per-request set-up cost about ten times what sending the
 * bytes does (bench/downloads.mjs: 110 req/s through Next against about 1,200 for nginx serving
 * the file from disk). `npm start` runs scripts/server.mjs, which asks this module first; every
 * other URL, and every download before Payload has started, goes to Next as before.
 *
 * Nothing is decided here: the answer comes from the same function as the Payload endpoint
 * (src/cms/releases/download.ts), the user from Payload's own auth strategies, and the
 * locale check from the same request guard, so both ways give the same status, headers and bytes
 * (tests/int/release-downloads.test.ts runs its whole suite through both).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream'

import { executeAuthStrategies, headersWithCors, type Payload } from 'payload'

import { answerDownload, downloadLanguage, openFileRange, refusal, type DownloadAnswer } from '@/cms/releases/download'
import { downloadRefusals } from '@/core/releases/downloadRefusals'
import { RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { localeCodes } from '@/core/locales'
import { downloadsPerTurn, TurnGate } from './downloadTurns'
import { joinSiblings } from './siblingWork.mjs'
import { localeProblem, requestLanguage } from './requestGuard'

/** Where the Next bundle leaves the handler for scripts/server.mjs (one realm, one process). */
export const DIRECT_DOWNLOADS = Symbol.for('reeduca.directDownloads')

export type DirectDownloadHandler = ((request: IncomingMessage, response: ServerResponse) => Promise<boolean>) & {
  /** scripts/server.mjs calls it as it hands a request to Next: downloads take turns while Next works (downloadTurns.ts). */
  appWork: (response: ServerResponse) => void
}

/** The download URL under Payload's API route: groups are the release id and the edition. */
export function directDownloadPattern(payload: Payload): RegExp {
  const api = (payload.config.routes?.api ?? '/api').replace(/\/+$/, '')
  const escaped = `${api}/${RELEASES_SLUG}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped}/([^/]+)/download/([^/]+)$`)
}

/** A Node request's headers as the Web `Headers` Payload's auth strategies read (also publishedAnswers.ts). */
export function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers()
  const raw = request.rawHeaders
  for (let i = 0; i < raw.length; i += 2) {
    try {
      headers.append(raw[i], raw[i + 1])
    } catch {
      // A header Headers refuses (invalid characters) is one Payload would never have seen either.
    }
  }
  return headers
}

function send(response: ServerResponse, answer: DownloadAnswer, head = false): void {
  response.writeHead(answer.status, answer.headers)
  const { body } = answer
  // HEAD: the same status and headers as GET, no body (Node leaves Content-Length as given).
  if (head) {
    response.end()
    return
  }
  switch (body.kind) {
    case 'none':
      response.end()
      return
    case 'json':
      response.end(JSON.stringify(body.value))
      return
    case 'bytes':
      response.end(body.bytes)
      return
    case 'file':
      // A client that goes away, or a file that vanishes mid-way, ends the stream and the socket.
      pipeline(openFileRange(body), response, () => {})
  }
}

/**
 * Answers a GET or HEAD of a manual download and returns true; returns false, having touched
 * nothing, for any other request (for Next to answer).
 */
export async function serveDownloadDirectly(
  payload: Payload,
  pattern: RegExp,
  request: IncomingMessage,
  response: ServerResponse,
  turns: TurnGate | null = null,
): Promise<boolean> {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.url) return false
  const head = request.method === 'HEAD'
  const url = new URL(request.url, 'http://localhost')
  const match = pattern.exec(url.pathname)
  if (!match) return false
  let releaseId: string
  let edition: string
  try {
    releaseId = decodeURIComponent(match[1])
    edition = decodeURIComponent(match[2])
  } catch {
    return false
  }

  // Everything else ready in this turn of the event loop goes first (downloadTurns.ts).
  const turn = turns?.enter()
  if (turn) await turn
  const headers = webHeaders(request)
  let answer: DownloadAnswer
  try {
    const problem = localeProblem(url, localeCodes(), requestLanguage(headers))
    if (problem) {
      // Word for word what the request guard answers, before Payload (and its CORS headers).
      send(response, { status: 400, headers: { 'Content-Type': 'application/json' }, body: { kind: 'json', value: { errors: [{ message: problem }] } } }, head)
      return true
    }
    const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false, isGraphQL: false })
    answer = await answerDownload(payload, {
      user: user as any,
      releaseId,
      edition,
      locale: url.searchParams.get('locale'),
      header: (name) => headers.get(name),
      head,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Direct download of ${url.pathname} failed` })
    answer = refusal(500, downloadRefusals.serverError()[downloadLanguage({ header: (name) => headers.get(name) })])
  }
  if (payload.config.cors) answer = { ...answer, headers: { ...answer.headers, ...corsHeaders(payload, headers.get('origin')) } }
  send(response, answer, head)
  return true
}

/** Payload's CORS headers, which depend only on the config and the request's Origin. */
const corsByOrigin = new Map<string, Record<string, string>>()
function corsHeaders(payload: Payload, origin: string | null): Record<string, string> {
  const key = origin ?? ''
  let known = corsByOrigin.get(key)
  if (!known) {
    const request = new Headers(origin === null ? {} : { Origin: origin })
    known = Object.fromEntries(headersWithCors({ headers: new Headers(), req: { payload, headers: request } as any }).entries())
    // Bounded: origins are few in practice, but anyone can send any Origin.
    if (corsByOrigin.size >= 100) corsByOrigin.clear()
    corsByOrigin.set(key, known)
  }
  return known
}

/** Called once Payload is up (payload.config.ts onInit): from then on scripts/server.mjs uses it. */
export function publishDirectDownloads(payload: Payload): void {
  const pattern = directDownloadPattern(payload)
  const turns = new TurnGate(downloadsPerTurn())
  // One of several app processes (scripts/server.mjs): downloads here also make way for the others' work.
  joinSiblings(turns)
  const handler: DirectDownloadHandler = Object.assign(
    (request: IncomingMessage, response: ServerResponse) => serveDownloadDirectly(payload, pattern, request, response, turns),
    { appWork: (response: ServerResponse) => turns.otherWork(response) },
  )
  ;(globalThis as Record<symbol, unknown>)[DIRECT_DOWNLOADS] = handler
}
