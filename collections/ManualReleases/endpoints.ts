/**
 * GET /api/manual-releases/:id/download/:edition?locale=es — the generated file, streamed from
 * disk with the contract's headers and status codes:
 *   401 no user · 403 below facilitator level, or a facilitator scoped to other tracks
 *   404 unknown release or edition, or a withdrawn release for someone who may not see it
 *   409 still building (or failed) · 400 a locale the release does not cover
 *   200 / 206 (Range) / 304 (If-None-Match, If-Modified-Since) / 416 (unsatisfiable range)
 * Files are immutable per release, hence a strong ETag (the file's sha256) and
 * `Cache-Control: private, max-age=31536000, immutable` (private: only people with the right
 * role may have them, so no shared cache should keep a copy).
 *
 * GET /api/manual-releases/:id/changes — the frozen "what changed since the previous release",
 * with exactly the access of reading the release.
 */
import fs from 'node:fs'
import { Readable } from 'node:stream'

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { generatedFile, releaseDownloadFacts } from '../../src/releases/downloadCache'
import { isEdition, type Edition } from '../../src/releases/editions'
import { isFacilitatorLevel, scopedTrackIds } from '../../src/domain/roles'
import { canSeeArchivedReleases } from '../access/manualReleases'
import { RELEASES_SLUG } from './constants'
import { countDownload } from './downloadCounter'
import { resolveGenerated } from './paths'

type Doc = Record<string, any>

export const DOWNLOAD_CACHE_CONTROL = 'private, max-age=31536000, immutable'
const DOWNLOAD_CHUNK_BYTES = 1024 * 1024

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/** RFC 7232 entity-tag list matching, weak comparison (what If-None-Match uses). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}

export type ByteRange = { start: number; end: number }

/**
 * The single byte range a `Range` header asks for: a range, 'unsatisfiable' (416), or null to
 * ignore the header and send the whole file (malformed, not bytes, or several ranges).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header)
  if (!match) return null
  const specs = match[1].split(',').map((spec) => spec.trim()).filter(Boolean)
  if (specs.length !== 1) return null
  const range = /^(\d*)-(\d*)$/.exec(specs[0])
  if (!range || (range[1] === '' && range[2] === '')) return null
  if (range[1] === '') {
    // Suffix: the last N bytes.
    const length = Number(range[2])
    if (length === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - length), end: size - 1 }
  }
  const start = Number(range[1])
  const end = range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1)
  if (range[2] !== '' && Number(range[2]) < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end }
}

/**
 * Only what a download decides on: not the snapshot, which is most of the row (about 1 MB of
 * JSON for a 25-session track) and would be read and parsed again on every request.
 */
const DOWNLOAD_FIELDS = { track: true, version: true, status: true, failureReason: true, archived: true, locales: true, files: true }

async function findRelease(req: PayloadRequest, id: string): Promise<Doc | null> {
  try {
    return (await req.payload.findByID({
      collection: RELEASES_SLUG as any,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: DOWNLOAD_FIELDS as any,
    })) as Doc | null
  } catch {
    // An id of the wrong shape for the database (text for a numeric id…) names no release.
    return null
  }
}

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

export const downloadHandler: PayloadHandler = async (req) => {
  const { user } = req
  if (!user) return fail(401, 'Log in to download manual releases.', { 'WWW-Authenticate': 'JWT' })
  if (!isFacilitatorLevel(user)) return fail(403, 'Your account may not download manual releases.')

  const edition = String(req.routeParams?.edition ?? '')
  if (!isEdition(edition)) return fail(404, `Unknown edition «${edition}»: facilitator-manual, participant-workbook or offline-bundle.`)
  const releaseId = String(req.routeParams?.id ?? '')
  const release = (await releaseDownloadFacts(releaseId, () => findRelease(req, releaseId) as any)) as Doc | null
  if (!release || (release.archived && !canSeeArchivedReleases(user))) return fail(404, 'No such manual release.')

  const scoped = scopedTrackIds(user)
  if (scoped && !scoped.map(String).includes(String(idOf(release.track)))) {
    return fail(403, 'This release is of a track you are not assigned to.')
  }
  if (release.status === 'building') {
    return fail(409, `Release ${release.version} is still being built; try again in a minute.`, { 'Retry-After': '10' })
  }
  if (release.status !== 'ready') {
    return fail(409, `Release ${release.version} failed to build${release.failureReason ? `: ${release.failureReason}` : ''}. It has no files.`)
  }

  const locales: string[] = Array.isArray(release.locales) ? release.locales : []
  const requested = req.searchParams?.get('locale')
  const locale = requested ?? locales[0]
  if (!locale || !locales.includes(locale)) {
    return fail(400, `Release ${release.version} covers ${locales.join(', ') || 'no locale'}, not «${locale}».`)
  }
  const file = ((release.files ?? []) as Doc[]).find(
    (candidate) => candidate.edition === (edition as Edition) && (edition === 'offline-bundle' || candidate.locale === locale),
  )
  if (!file) return fail(404, `Release ${release.version} has no ${edition} in «${locale}».`)
  const absolute = resolveGenerated(String(file.path ?? ''))
  const stat = absolute ? await generatedFile(absolute, fs.promises) : null
  if (!absolute || !stat) {
    req.payload.logger.error(`Generated file missing for release ${release.id}: ${file.path}`)
    return fail(500, 'The file of this release is missing on the server. An admin has to restore the generated files.')
  }

  const etag = `"${file.sha256}"`
  const lastModified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000)
  const headers: Record<string, string> = {
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': DOWNLOAD_CACHE_CONTROL,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  }

  const ifNoneMatch = req.headers.get('if-none-match')
  const ifModifiedSince = req.headers.get('if-modified-since')
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : Boolean(ifModifiedSince && !Number.isNaN(Date.parse(ifModifiedSince)) && lastModified.getTime() <= Date.parse(ifModifiedSince))
  if (notModified) return new Response(null, { status: 304, headers })

  const size = stat.size
  // If-Range: the range applies only to the representation the client already has part of.
  const ifRange = req.headers.get('if-range')
  const rangeApplies = !ifRange || ifRange.trim() === etag || (!ifRange.trim().startsWith('"') && !ifRange.trim().startsWith('W/') && Date.parse(ifRange) >= lastModified.getTime())
  const range = rangeApplies ? parseRange(req.headers.get('range'), size) : null
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } })
  }

  headers['Content-Type'] = String(file.contentType || 'application/octet-stream')
  const filename = String(file.filename || `release.${edition === 'offline-bundle' ? 'zip' : 'pdf'}`).replace(/[^A-Za-z0-9._-]/g, '_')
  headers['Content-Disposition'] = `attachment; filename="${filename}"`

  const start = range ? range.start : 0
  const end = range ? range.end : size - 1
  headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1)
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`

  // A download is a full file or a range from its first byte; resumed parts are not counted twice.
  if (start === 0) {
    try {
      countDownload(req.payload, release.id, String(file.id))
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `Could not count a download of release ${release.id}` })
    }
  }

  if (size === 0) return new Response(null, { status: range ? 206 : 200, headers })
  // Manuals and workbooks go out from memory in one piece (src/releases/downloadCache.ts); offline
  // bundles stream from disk in 1 MiB chunks, so memory stays bounded per connection.
  const body = stat.bytes
    ? oneChunk(stat.bytes.subarray(start, end + 1))
    : (Readable.toWeb(fs.createReadStream(absolute, { start, end, highWaterMark: DOWNLOAD_CHUNK_BYTES })) as unknown as ReadableStream<Uint8Array>)
  return new Response(body, { status: range ? 206 : 200, headers })
}

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

export const manualReleaseEndpoints: Endpoint[] = [
  { path: '/:id/download/:edition', method: 'get', handler: downloadHandler },
  { path: '/:id/changes', method: 'get', handler: changesHandler },
]
