/**
 * The life of a manual release, as hooks:
 * - create: check the version and the content, freeze the snapshot, save `building`, queue the
 *   build (in the same transaction) and kick the queue once the transaction is committed;
 * - update: nothing but `archived` may change outside the build job (409 otherwise).
 */
import crypto from 'node:crypto'

import { APIError, ValidationError } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import { idOf } from '@/core/rules/ids'
import { diffReleaseSnapshots, stableStringify } from '@/core/releases/changes'
import { forgetReleaseDownloadFacts } from '@/cms/releases/downloadCache'
import { blockingProblems, formatReleaseProblems, releaseChecks } from '@/core/releases/checks'
import { lexicalToRichDocument } from '@/core/richtext/neutral'
import type { LocalizedRichText, ReleaseSnapshot } from '@/core/releases/snapshot'
import { compareVersions, latestVersion, versionProblem } from '@/core/rules/version'
import { buildReleaseSnapshot } from '@/cms/releases/readSnapshot'
import { keepingRequestLocale } from '@collections/hooks/keepRequestLocale'
import { RELEASE_NOTES_BY_LOCALE, RELEASE_SYSTEM_WRITE, RELEASES_SLUG } from './constants'
import { BUILD_TASK, JOB_QUEUE, kickQueue } from '@/cms/jobs/queue'

type Doc = Record<string, any>

function invalid(req: PayloadRequest, path: string, message: string): never {
  const error = new ValidationError({ collection: RELEASES_SLUG, errors: [{ path, message }], req })
  error.message = message
  throw error
}

/** sha256 of the canonical (key-sorted) JSON of a snapshot. */
export function snapshotHash(snapshot: ReleaseSnapshot): string {
  return crypto.createHash('sha256').update(stableStringify(snapshot)).digest('hex')
}

const firstText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return Object.values(value).find((v) => typeof v === 'string' && v) as string ?? ''
  return ''
}

async function prepareNewRelease(data: Doc, req: PayloadRequest): Promise<Doc> {
  const { payload } = req
  const version = typeof data.version === 'string' ? data.version.trim() : data.version
  const problem = versionProblem(version)
  if (problem) invalid(req, 'version', problem)

  const trackId = idOf(data.track)
  if (trackId === null) invalid(req, 'track', 'A release is of one track: choose the track.')
  const configured = payload.config.localization ? payload.config.localization.localeCodes : localeCodes()
  const locales = [...new Set((Array.isArray(data.locales) ? data.locales : [data.locales]).filter((l: unknown): l is string => typeof l === 'string'))]
  if (locales.length === 0) invalid(req, 'locales', `Choose the locales this release covers (${configured.join(', ')}).`)
  const unknown = locales.filter((locale) => !configured.includes(locale))
  if (unknown.length) invalid(req, 'locales', `Unknown locale ${unknown.join(', ')}; configured: ${configured.join(', ')}.`)

  const track = (await payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
  if (!track) invalid(req, 'track', `Track ${trackId} does not exist.`)
  const trackName = firstText(track.title) || String(track.slug ?? trackId)

  // Versions only ever grow within a track, withdrawn and failed releases included: a version
  // number, once given, always names the same content.
  const existing = (
    await payload.find({
      collection: RELEASES_SLUG as any,
      where: { track: { equals: track.id } },
      select: { version: true, status: true, archived: true } as any,
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
      req,
    })
  ).docs as Doc[]
  const latest = latestVersion(existing.map((release) => release.version))
  if (latest && compareVersions(version, latest) <= 0) {
    invalid(req, 'version', `Version ${version} must be greater than ${latest}, the latest release of «${trackName}».`)
  }
  // "What changed" is told against the newest release people could have: not failed, and not
  // withdrawn unless every earlier release was.
  const earlier = existing
    .filter((release) => release.status !== 'failed' && compareVersions(release.version, version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))
  const previous = earlier.find((release) => !release.archived) ?? earlier[0]

  const locale = req.locale && req.locale !== 'all' ? req.locale : (payload.config.localization && payload.config.localization.defaultLocale) || 'es'
  const notesByLocale = (req.context?.[RELEASE_NOTES_BY_LOCALE] ?? {}) as LocalizedRichText
  const notes: LocalizedRichText = {
    ...notesByLocale,
    ...(data.notes && typeof data.notes === 'object' && 'root' in data.notes ? { [locale]: data.notes } : {}),
  }
  const publishedAt = new Date().toISOString()

  const snapshot = await buildReleaseSnapshot(payload, {
    trackId: track.id,
    release: { version, locales, publishedAt, notes, previousVersion: previous?.version ?? null },
    req,
  })

  const problems = releaseChecks(snapshot, { confirmFewerSessions: Boolean(data.confirmFewerSessions) })
  if (blockingProblems(problems).length) {
    throw new APIError(formatReleaseProblems(problems, { version, track: trackName }), 422, {
      problems: blockingProblems(problems),
    })
  }

  let previousSnapshot: ReleaseSnapshot | null = null
  if (previous) {
    const full = (await payload.findByID({
      collection: RELEASES_SLUG as any,
      id: previous.id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      disableErrors: true,
      req,
    })) as Doc | null
    previousSnapshot = full?.snapshot && Array.isArray(full.snapshot.sessions) ? (full.snapshot as ReleaseSnapshot) : null
  }
  snapshot.changes = diffReleaseSnapshots(previousSnapshot, snapshot)
  if (previous && !previousSnapshot) snapshot.changes.previousVersion = previous.version

  return {
    ...data,
    track: track.id,
    version,
    locales,
    status: 'building',
    failureReason: null,
    archived: false,
    publishedBy: req.user && req.user.collection === 'users' ? req.user.id : null,
    publishedAt,
    previousVersion: previous?.version ?? null,
    changes: snapshot.changes,
    snapshot,
    contentHash: snapshotHash(snapshot),
    files: [],
  }
}

/** Values as they compare for "did this change": ids for relations, times for dates, rich text by content. */
const NORMALIZE: Record<string, (value: any) => unknown> = {
  track: (value) => (idOf(value) === null ? null : String(idOf(value))),
  publishedBy: (value) => (idOf(value) === null ? null : String(idOf(value))),
  publishedAt: (value) => (value ? new Date(value).getTime() : null),
  locales: (value) => (Array.isArray(value) ? [...value].map(String) : value ?? null),
  notes: (value) => lexicalToRichDocument(value ?? null),
  confirmFewerSessions: (value) => Boolean(value),
  files: (value) =>
    (Array.isArray(value) ? value : []).map((file: Doc) => ({
      // Download counts move on their own (see downloadCounter.ts): never a change by a person.
      edition: file?.edition ?? null,
      locale: file?.locale ?? null,
      filename: file?.filename ?? null,
      path: file?.path ?? null,
      contentType: file?.contentType ?? null,
      size: file?.size ?? null,
      sha256: file?.sha256 ?? null,
    })),
}
const GUARDED_FIELDS = [
  'track',
  'version',
  'notes',
  'locales',
  'confirmFewerSessions',
  'status',
  'failureReason',
  'publishedBy',
  'publishedAt',
  'contentHash',
  'previousVersion',
  'changes',
  'snapshot',
  'files',
]

/** The fields an update would change, other than `archived`. */
export function changedReleaseFields(data: Doc, original: Doc): string[] {
  return GUARDED_FIELDS.filter((field) => {
    if (!(field in data)) return false
    const normalize = NORMALIZE[field] ?? ((value: unknown) => value ?? null)
    return stableStringify(normalize(data[field])) !== stableStringify(normalize(original[field]))
  })
}

function guardUpdate(data: Doc, original: Doc, req: PayloadRequest): Doc {
  if (req.context?.[RELEASE_SYSTEM_WRITE]) return data
  const changed = changedReleaseFields(data, original)
  if (changed.length) {
    const version = original.version
    const fields = changed.join(', ')
    const message =
      original.status === 'ready'
        ? `Release ${version} is published and cannot be edited (${fields}). An admin can only withdraw it (archived); publish a new version for changes.`
        : original.status === 'building'
          ? `Release ${version} is being built and cannot be edited (${fields}).`
          : `Release ${version} failed to build and cannot be edited (${fields}); create a new release.`
    throw new APIError(message, 409, { changed })
  }
  // Whatever else the form sent is written back as stored: the admin's edit view submits every
  // field, and stale values (e.g. download counts) must not overwrite what is there.
  const kept: Doc = {}
  for (const field of GUARDED_FIELDS) if (field in original) kept[field] = original[field]
  if (typeof data.archived === 'boolean') kept.archived = data.archived
  return { ...data, ...kept }
}

export const beforeChangeRelease: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.context?.[RELEASE_SYSTEM_WRITE] && data.snapshot) return data
    // The snapshot is read in every locale; the notes being created are in the request's own.
    return keepingRequestLocale(req, () => prepareNewRelease(data, req))
  }
  return guardUpdate(data, originalDoc ?? {}, req)
}

/**
 * Queues the build with the release, in the same transaction: there is never a `building`
 * release without its job, nor a job without its release. The queue is kicked once the
 * transaction is committed (the cron would find the job within seconds anyway).
 */
export const afterChangeRelease: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  // A withdrawal must stop this process's downloads at once, not when the cached facts expire.
  forgetReleaseDownloadFacts(doc.id)
  if (operation !== 'create' || doc.status !== 'building') return doc
  const job = (await req.payload.jobs.queue({ task: BUILD_TASK, queue: JOB_QUEUE, input: { releaseId: String(doc.id) }, req } as any)) as { id: number | string }
  if (!context?.skipQueueKick) kickQueue(req, job.id)
  return doc
}
