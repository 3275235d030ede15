/**
 * The decision behind GET /api/manual-releases/:id/download/:edition, as a plain answer (status,
 * headers, body) rather than a Response, so that both ways a download can arrive give the same
 * answer: the Payload endpoint (endpoints.ts) and the direct download server
 * (src/server/directDownloads.ts), which skips Next's route machinery for this one hot URL.
 *
 *   401 no user · 403 below facilitator level, or a facilitator scoped to other tracks
 *   404 unknown release or edition, or a withdrawn release for someone who may not see it
 *   409 still building (or failed), or a file missing or damaged on the server (then rebuilt)
 *   400 a locale the release does not cover
 *   200 / 206 (Range) / 304 (If-None-Match, If-Modified-Since) / 416 (unsatisfiable range)
 * Files are immutable per release, hence a strong ETag (the file's sha256) and
 * `Cache-Control: private, max-age=31536000, immutable` (private: only people with the right
 * role may have them, so no shared cache should keep a copy).
 */
import fs from 'node:fs'

import type { Payload, PayloadRequest } from 'payload'

import { forgetGeneratedFile, generatedFile, releaseDownloadFacts, type ReleaseDownloadFacts } from './downloadCache'
import { followSharedChanges } from '@/cms/reads/sharedChanges'
import { isEdition } from '@/core/releases/editions'
import { idOf } from '@/core/rules/ids'
import { isFacilitatorLevel, scopedTrackIds } from '@/core/rules/roles'
import { isNotModified, parseRange, rangeApplies } from '@/core/files/conditionalRequests'
import type { User } from '@payload-types'
import { canSeeArchivedReleases } from '@collections/access/manualReleases'
import { RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { countDownload } from './downloadCounter'
import { resolveGenerated } from '@/core/files/storage'
import { fetchGeneratedFile } from '@/cms/storage/objectStore'
import { fileProblemOf, rebuildRelease } from './integrity'
import { chosenLanguage, languageOf, type Bilingual, type Language } from '@/core/language'
import { downloadRefusals } from '@/core/releases/downloadRefusals'
import { downloadRefusalPage, wantsPage } from '@/core/releases/refusalPage'

export const DOWNLOAD_CACHE_CONTROL = 'private, max-age=31536000, immutable'
/** Offline bundles stream from disk in chunks this big, so memory stays bounded per connection. */
const DOWNLOAD_CHUNK_BYTES = 1024 * 1024

export interface DownloadQuestion {
  user: (User & { collection?: string }) | null | undefined
  releaseId: string
  edition: string
  /** The `locale` query parameter; null when absent (the release's first locale is served). */
  locale: string | null
  /** A request header by its lower-case name. */
  header: (name: string) => string | null
  /** The Payload request, when there is one, so that the release is read within it. */
  req?: PayloadRequest
  /** A HEAD request: answered like GET (the caller sends no body) and not counted as a download. */
  head?: boolean
}

export type DownloadBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  /** From memory: manuals and workbooks (src/cms/releases/downloadCache.ts). */
  | { kind: 'bytes'; bytes: Uint8Array }
  /** Streamed from disk, bounds inclusive: offline bundles, too big to keep in memory. */
  | { kind: 'file'; path: string; start: number; end: number }

export interface DownloadAnswer {
  status: number
  headers: Record<string, string>
  body: DownloadBody
}

/**
 * The language to refuse a download in: Payload's when the request went through Payload (which
 * the HTTP front has follow the site's language switch: src/server/requestGuard.ts), else the
 * request's own: the language chosen by cookie, else Accept-Language; Spanish by default.
 */
export function downloadLanguage(question: Pick<DownloadQuestion, 'req' | 'header'>): Language {
  const fromPayload = question.req?.i18n?.language
  if (fromPayload) return languageOf(fromPayload)
  return chosenLanguage(question.header('cookie')) ?? languageOf(question.header('accept-language')?.split(',')[0]?.trim())
}

export const refusal = (status: number, message: string, headers: Record<string, string> = {}): DownloadAnswer => ({
  status,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  body: { kind: 'json', value: { errors: [{ message }] } },
})

/**
 * Only what a download decides on: not the snapshot, which is most of the row (about 1 MB of
 * JSON for a 25-session track) and would be read and parsed again on every request.
 */
const DOWNLOAD_FIELDS = { track: true, version: true, status: true, failureReason: true, archived: true, locales: true, files: true }

async function findRelease(payload: Payload, id: string, req?: PayloadRequest): Promise<ReleaseDownloadFacts | null> {
  try {
    return (await payload.findByID({
      collection: RELEASES_SLUG as any,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: DOWNLOAD_FIELDS as any,
    })) as unknown as ReleaseDownloadFacts | null
  } catch {
    // An id of the wrong shape for the database (text for a numeric id…) names no release.
    return null
  }
}

/**
 * The answer to a download (the Payload endpoint and the HTTP front's direct downloads alike): the
 * file, or a refusal that names what to do next, as JSON for programs and as a page for a browser
 * that followed a download link (refusalPage.ts).
 */
export async function answerDownload(payload: Payload, question: DownloadQuestion): Promise<DownloadAnswer> {
  const answer = await decideDownload(payload, question)
  return answer.status >= 400 && answer.body.kind === 'json' && wantsPage(question.header('accept')) ? asPage(answer, downloadLanguage(question)) : answer
}

function asPage(answer: DownloadAnswer, language: Language): DownloadAnswer {
  const value = answer.body.kind === 'json' ? (answer.body.value as { errors?: Array<{ message?: string }> }) : null
  const page = new TextEncoder().encode(downloadRefusalPage(String(value?.errors?.[0]?.message ?? ''), language))
  return {
    status: answer.status,
    headers: { ...answer.headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(page.byteLength), Vary: 'Accept' },
    body: { kind: 'bytes', bytes: page },
  }
}

async function decideDownload(payload: Payload, question: DownloadQuestion): Promise<DownloadAnswer> {
  const { user, edition, releaseId } = question
  const say = (words: Bilingual) => words[downloadLanguage(question)]
  if (!user) return refusal(401, say(downloadRefusals.signIn()), { 'WWW-Authenticate': 'JWT' })
  if (!isFacilitatorLevel(user)) return refusal(403, say(downloadRefusals.belowFacilitator()))

  if (!isEdition(edition)) return refusal(404, say(downloadRefusals.unknownEdition(edition)))
  await followSharedChanges(payload)
  const release = await releaseDownloadFacts(releaseId, () => findRelease(payload, releaseId, question.req))
  if (!release || (release.archived && !canSeeArchivedReleases(user))) return refusal(404, say(downloadRefusals.noSuchRelease()))

  const scoped = scopedTrackIds(user)
  if (scoped && !scoped.map(String).includes(String(idOf(release.track)))) {
    return refusal(403, say(downloadRefusals.otherTrack()))
  }
  if (release.status === 'building') {
    return refusal(409, say(downloadRefusals.stillBuilding(release.version)), { 'Retry-After': '10' })
  }
  if (release.status !== 'ready') {
    return refusal(409, say(downloadRefusals.failed(release.version, release.failureReason)))
  }

  const locales: string[] = Array.isArray(release.locales) ? release.locales : []
  const locale = question.locale ?? locales[0]
  if (!locale || !locales.includes(locale)) {
    return refusal(400, say(downloadRefusals.otherLocale(release.version, locales, locale)))
  }
  const file = (release.files ?? []).find(
    (candidate) => candidate.edition === edition && (edition === 'offline-bundle' || candidate.locale === locale),
  )
  if (!file) return refusal(404, say(downloadRefusals.noFile(release.version, edition, locale)))
  const absolute = resolveGenerated(String(file.path ?? ''))
  let stat = absolute ? await generatedFile(absolute, fs.promises) : null
  // Not in this instance's generated folder: fetched from the object store when there is one.
  if (absolute && !stat && (await fetchGeneratedFile(String(file.path), absolute))) {
    forgetGeneratedFile(absolute)
    stat = await generatedFile(absolute, fs.promises)
  }
  // Never a broken file: a missing one, one of another size than recorded, or one whose content
  // is not the recorded SHA-256 (checked once per file and process) is withheld and the release
  // built again (integrity.ts).
  let problem = await fileProblemOf(file, stat, { verifyContent: true })
  if (problem && absolute) {
    // What the disk said up to a second ago may be out of date (a rebuild just replaced the file).
    forgetGeneratedFile(absolute)
    stat = await generatedFile(absolute, fs.promises)
    problem = await fileProblemOf(file, stat, { verifyContent: true })
  }
  if (!absolute || !stat || problem) {
    const reason = problem ?? { en: 'its file is missing on the server', es: 'su archivo falta en el servidor' }
    rebuildRelease(payload, release.id, reason.en).catch((error) =>
      payload.logger.error({ err: error, msg: `Could not rebuild release ${release.id}` }),
    )
    return refusal(409, say(downloadRefusals.unavailable(release.version, reason)), { 'Retry-After': '60' })
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
  if (isNotModified(question.header, etag, lastModified)) return { status: 304, headers, body: { kind: 'none' } }

  const size = stat.size
  const range = rangeApplies(question.header('if-range'), etag, lastModified) ? parseRange(question.header('range'), size) : null
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` }, body: { kind: 'none' } }
  }

  headers['Content-Type'] = String(file.contentType || 'application/octet-stream')
  const filename = String(file.filename || `release.${edition === 'offline-bundle' ? 'zip' : 'pdf'}`).replace(/[^A-Za-z0-9._-]/g, '_')
  headers['Content-Disposition'] = `attachment; filename="${filename}"`

  const start = range ? range.start : 0
  const end = range ? range.end : size - 1
  headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1)
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`

  // A download is a full file or a range from its first byte; resumed parts are not counted twice.
  if (start === 0 && !question.head) {
    try {
      countDownload(payload, release.id, String(file.id))
    } catch (error) {
      payload.logger.warn({ err: error, msg: `Could not count a download of release ${release.id}` })
    }
  }

  const status = range ? 206 : 200
  if (size === 0) return { status, headers, body: { kind: 'none' } }
  return {
    status,
    headers,
    body: stat.bytes ? { kind: 'bytes', bytes: stat.bytes.subarray(start, end + 1) } : { kind: 'file', path: absolute, start, end },
  }
}

/** The bytes of a `file` body, read from disk in bounded chunks. */
export const openFileRange = (body: { path: string; start: number; end: number }): fs.ReadStream =>
  fs.createReadStream(body.path, { start: body.start, end: body.end, highWaterMark: DOWNLOAD_CHUNK_BYTES })
