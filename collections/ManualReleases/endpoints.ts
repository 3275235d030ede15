/**
 * GET /api/manual-releases/:id/download/:edition?locale=es — the generated file; what it answers
 * is decided in download.ts (shared with the direct download server, src/server/directDownloads.ts).
 *
 * GET /api/manual-releases/:id/changes — the frozen "what changed since the previous release",
 * with exactly the access of reading the release.
 *
 * POST /api/manual-releases/check — {track, locales, version?, confirmFewerSessions?,
 * confirmNoChanges?, notes_<locale>?}: the release checks of a release not made yet, for the
 * admin's create form (every problem, with its session), in the request's language. Writes nothing;
 * the release's editions start being laid out for its build (warmTypesetting.ts).
 */
import { Readable } from 'node:stream'

import { addDataAndFileToRequest, type Endpoint, type PayloadHandler } from 'payload'

import { idOf } from '@/core/rules/ids'
import { canCreateReleases } from '@/core/rules/roles'
import { refusalLanguage } from '@collections/hooks/language'
import { RELEASES_SLUG } from './constants'
import { checkNewRelease } from './hooks'
import { HEAD_REQUEST_HEADER } from '@/core/files/conditionalRequests'
import { answerDownload, openFileRange, type DownloadAnswer } from '@/cms/releases/download'
import { warmTypesetting } from '@/cms/releases/warmTypesetting'

type Doc = Record<string, any>

const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/**
 * A stream of one chunk over bytes kept in memory: `new Response(bytes)` would copy them on every
 * request (undici copies array buffer views), which cost about 0.7 ms per manual under load.
 */
const oneChunk = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })

export function downloadResponse({ status, headers, body }: DownloadAnswer): Response {
  switch (body.kind) {
    case 'none':
      return new Response(null, { status, headers })
    case 'json':
      return new Response(JSON.stringify(body.value), { status, headers })
    case 'bytes':
      return new Response(oneChunk(body.bytes), { status, headers })
    case 'file':
      return new Response(Readable.toWeb(openFileRange(body)) as unknown as ReadableStream<Uint8Array>, { status, headers })
  }
}

export const downloadHandler: PayloadHandler = async (req) =>
  downloadResponse(
    await answerDownload(req.payload, {
      user: req.user as any,
      releaseId: String(req.routeParams?.id ?? ''),
      edition: String(req.routeParams?.edition ?? ''),
      locale: req.searchParams?.get('locale') ?? null,
      header: (name) => req.headers.get(name),
      req,
      head: req.headers.get(HEAD_REQUEST_HEADER) === '1',
    }),
  )

export const changesHandler: PayloadHandler = async (req) => {
  const id = String(req.routeParams?.id ?? '')
  // Exactly the access of GET /api/manual-releases/:id (throws 403 / 404 like it).
  let release: Doc
  try {
    release = (await req.payload.findByID({
      collection: RELEASES_SLUG as any,
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      select: { version: true, previousVersion: true, changes: true, track: true } as any,
    })) as Doc
  } catch (error) {
    // Forbidden and NotFound pass through as they are; an id of the wrong shape names nothing.
    if (typeof (error as { status?: unknown }).status === 'number' && (error as { status: number }).status < 500) throw error
    return fail(404, 'No such manual release.')
  }
  return Response.json(
    {
      id: release.id,
      track: idOf(release.track),
      version: release.version,
      previousVersion: release.previousVersion ?? null,
      changes: release.changes ?? { previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] },
    },
    { headers: { 'Cache-Control': 'private, no-cache' } },
  )
}

export const checkHandler: PayloadHandler = async (req) => {
  const es = refusalLanguage(req) === 'es'
  if (!req.user) return fail(401, es ? 'Inicia sesión para revisar una versión.' : 'Log in to check a release.')
  if (!canCreateReleases(req.user)) {
    return fail(403, es ? 'Solo quienes diseñan el currículo y administran publican versiones.' : 'Only curriculum designers and admins publish releases.')
  }
  await addDataAndFileToRequest(req)
  const data = (req.data ?? {}) as Doc
  // Thrown refusals (unknown track, a version not greater than the latest…) answer as on create.
  const { problems, message, trackName, previous, snapshot } = await checkNewRelease(data, req, { dryRun: true })
  // She is about to press Create: its editions are laid out meanwhile, after this answer is sent
  // (src/cms/releases/warmTypesetting.ts). Not while an error asks her to fix the content first.
  if (!problems.some((problem) => problem.severity === 'error')) setTimeout(() => void warmTypesetting(req.payload, snapshot), 0)
  return Response.json(
    { track: trackName, previousVersion: previous?.version ?? null, problems, message },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

export const manualReleaseEndpoints: Endpoint[] = [
  { path: '/check', method: 'post', handler: checkHandler },
  { path: '/:id/download/:edition', method: 'get', handler: downloadHandler },
  { path: '/:id/changes', method: 'get', handler: changesHandler },
]
