/**
 * The life of a manual release, as hooks:
 * - create: check the version and the content, freeze the snapshot, save `building`, queue the
 *   build (in the same transaction) and kick the queue once the transaction is committed;
 * - update: nothing but `archived` may change outside the build job (409 otherwise).
 */
import crypto from 'node:crypto'

import { APIError, ValidationError } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import { idOf } from '@/core/rules/ids'
import { diffReleaseSnapshots, stableStringify, contentBesideSessionsChanged } from '@/core/releases/changes'
import { forgetReleaseDownloadFacts } from '@/cms/releases/downloadCache'
import { announceChange } from '@/cms/reads/sharedChanges'
import { blockingProblems, formatReleaseProblems, noChangesProblem, releaseChecks, type ReleaseProblem } from '@/core/releases/checks'
import { richDocumentToPlainText } from '@/core/richtext/neutral'
import { lexicalToRichDocument } from '@/core/richtext/neutral'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import type { LocalizedRichText, ReleaseSnapshot } from '@/core/releases/snapshot'
import { compareVersions, latestVersion, versionProblem } from '@/core/rules/version'
import { buildReleaseSnapshot } from '@/cms/releases/readSnapshot'
import { keepingRequestLocale } from '@collections/hooks/keepRequestLocale'
import { refusalLanguage } from '@collections/hooks/language'
import type { Bilingual } from '@/core/language'
import { notesFieldName, RELEASE_NOTES_BY_LOCALE, RELEASE_SYSTEM_WRITE, RELEASES_SLUG } from './constants'
import { BUILD_TASK, JOB_QUEUE, jobsAutoRunEnabled, kickQueue } from '@/cms/jobs/queue'
import { startTypesetting } from '@/cms/releases/buildFiles'

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

/** req.context key: the notes of every locale of the release being created, stored after the create. */
const NOTES_TO_STORE = 'reeducaReleaseNotesToStore'

/** Notes per locale from the create form's one-field-per-locale (`notes_es`, `notes_en`…), the request's `notes` and server code's context. */
function notesOf(data: Doc, req: PayloadRequest, locale: string, configured: readonly string[]): LocalizedRichText {
  const notes: LocalizedRichText = { ...((req.context?.[RELEASE_NOTES_BY_LOCALE] ?? {}) as LocalizedRichText) }
  if (data.notes && typeof data.notes === 'object' && 'root' in data.notes) notes[locale] = data.notes
  for (const code of configured) {
    const value = data[notesFieldName(code)]
    if (value && typeof value === 'object' && 'root' in value) notes[code] = value
  }
  return notes
}

const isNotesField = (key: string) => key === 'notes' || key.startsWith('notes_')

/** What a JSON value is, in words: "un número" / "a number". */
const kindOf = (value: unknown): Bilingual =>
  Array.isArray(value)
    ? { es: 'una lista', en: 'a list' }
    : typeof value === 'number'
      ? { es: 'un número', en: 'a number' }
      : typeof value === 'boolean'
        ? { es: 'un valor verdadero o falso', en: 'a true or false value' }
        : { es: 'un objeto sin «root»', en: 'an object without «root»' }

/**
 * Release notes sent as plain text (a script's `"notes_es": "Sesión 3 revisada"`) become rich
 * text: a paragraph per line, "- " lines a list. Payload's rich-text field took a string and kept
 * it, while the manual, the portal and the admin read rich text only, so the notes were lost
 * without a word. Any other value that is not a rich-text document is refused, naming the field.
 */
export const plainTextNotes: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!data) return data
  for (const [key, value] of Object.entries(data)) {
    if (!isNotesField(key) || value === null || value === undefined) continue
    if (typeof value === 'string') {
      const lines = value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
      data[key] = lines.length ? lexicalFromParagraphs(lines) : null
    } else if (typeof value !== 'object' || Array.isArray(value) || !('root' in value)) {
      invalid(
        req,
        key,
        refusalLanguage(req) === 'es'
          ? `Las notas de la versión (${key}) son texto o un documento de texto enriquecido (Lexical), no ${kindOf(value).es}.`
          : `Release notes (${key}) are text or a rich-text (Lexical) document, not ${kindOf(value).en}.`,
      )
    }
  }
  return data
}

const hasNotes = (notes: LocalizedRichText) =>
  Object.values(notes).some((value) => richDocumentToPlainText(lexicalToRichDocument(value ?? null)).trim().length > 0)

/** Where a release check's problem is, for the admin's list: the session's id (its link). */
export interface ReleaseCheckOutcome {
  problems: ReleaseProblem[]
  message: string
  trackName: string
}

/**
 * Everything the create rules decide before anything is written: the version, the track, the
 * locales, the snapshot and its checks. `prepareNewRelease` refuses on a problem; the admin's
 * check endpoint (endpoints.ts) lists the same problems while the designer fills in the form.
 */
export async function checkNewRelease(
  data: Doc,
  req: PayloadRequest,
  { dryRun = false, beforeSnapshot }: { dryRun?: boolean; beforeSnapshot?: () => void } = {},
) {
  const { payload } = req
  const language = refusalLanguage(req)
  const es = language === 'es'
  const version = typeof data.version === 'string' ? data.version.trim() : data.version
  const problem = dryRun && !version ? null : versionProblem(version, language)
  if (problem) invalid(req, 'version', problem)

  const trackId = idOf(data.track)
  if (trackId === null) invalid(req, 'track', es ? 'Una versión es de una línea: elige la línea.' : 'A release is of one track: choose the track.')
  const configured = payload.config.localization ? payload.config.localization.localeCodes : localeCodes()
  const locales = [...new Set((Array.isArray(data.locales) ? data.locales : [data.locales]).filter((l: unknown): l is string => typeof l === 'string'))]
  if (locales.length === 0) {
    invalid(req, 'locales', es ? `Elige los idiomas de esta versión (${configured.join(', ')}).` : `Choose the locales this release covers (${configured.join(', ')}).`)
  }
  const unknown = locales.filter((locale) => !configured.includes(locale))
  if (unknown.length) {
    invalid(
      req,
      'locales',
      es ? `Idioma desconocido ${unknown.join(', ')}; configurados: ${configured.join(', ')}.` : `Unknown locale ${unknown.join(', ')}; configured: ${configured.join(', ')}.`,
    )
  }

  const track = (await payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
  if (!track) invalid(req, 'track', es ? `La línea ${trackId} no existe.` : `Track ${trackId} does not exist.`)
  const trackName = firstText(track.title) || String(track.slug ?? trackId)

  // Versions only ever grow within a track, withdrawn and failed releases included: a version
  // number, once given, always names the same content.
  const existing = (
    await payload.find({
      collection: RELEASES_SLUG as any,
      where: { track: { equals: track.id } },
      select: { version: true, status: true, archived: true } as any,
      // In no particular order (the latest is found by version), but not the default one: its
      // tie-break on `createdAt`, stored after the ~1 MB snapshot, had SQLite read every release's
      // snapshot to sort them (32 ms for a track of 45 releases; 0.2 ms by id).
      sort: 'id',
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
      req,
    })
  ).docs as Doc[]
  const latest = latestVersion(existing.map((release) => release.version))
  if (latest && version && compareVersions(version, latest) <= 0) {
    invalid(
      req,
      'version',
      es
        ? `La versión ${version} debe ser mayor que ${latest}, la última de «${trackName}».`
        : `Version ${version} must be greater than ${latest}, the latest release of «${trackName}».`,
    )
  }
  // "What changed" is told against the newest release people could have: not failed, and not
  // withdrawn unless every earlier release was.
  const earlier = existing
    .filter((release) => release.status !== 'failed' && (!version || compareVersions(release.version, version) < 0))
    .sort((a, b) => compareVersions(b.version, a.version))
  const previous = earlier.find((release) => !release.archived) ?? earlier[0]

  const locale = req.locale && req.locale !== 'all' ? req.locale : (payload.config.localization && payload.config.localization.defaultLocale) || 'es'
  const notes = notesOf(data, req, locale, configured)
  const publishedAt = new Date().toISOString()

  // The checks that need no content have passed: what must happen before the content is read
  // (the create's compilers boot meanwhile).
  beforeSnapshot?.()
  const snapshot = await buildReleaseSnapshot(payload, {
    trackId: track.id,
    release: { version: version || '0.0.0', locales, publishedAt, notes, previousVersion: previous?.version ?? null },
    req,
  })

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

  const problems = releaseChecks(snapshot, { confirmFewerSessions: Boolean(data.confirmFewerSessions) })
  // Only against a previous snapshot: without one, "what changed" is unknown, not empty.
  const unchanged = previousSnapshot ? noChangesProblem(snapshot.changes, hasNotes(notes), Boolean(data.confirmNoChanges), contentBesideSessionsChanged(previousSnapshot, snapshot)) : null
  if (unchanged) problems.push(unchanged)
  const message = formatReleaseProblems(problems, { version: version || '', track: trackName }, language)
  return { version, track, trackName, locales, notes, publishedAt, previous, snapshot, problems, message }
}

async function prepareNewRelease(data: Doc, req: PayloadRequest): Promise<Doc> {
  // This process will build the release right after the commit (kickQueue): its compilers boot
  // while the snapshot is read and stored, not after; not for a create refused before that (a
  // version not above the last, an unknown track or locale). One refused on its content leaves
  // them idle a minute.
  const { version, track, locales, notes, publishedAt, previous, snapshot, problems, message } = await checkNewRelease(data, req, {
    beforeSnapshot: () => {
      if (jobsAutoRunEnabled()) startTypesetting()
    },
  })
  if (blockingProblems(problems).length) {
    throw new APIError(message, 422, { problems: blockingProblems(problems) }, true)
  }
  req.context[NOTES_TO_STORE] = notes
  const created: Doc = { ...data }
  // The create form's per-locale notes are not stored under those names (virtual fields).
  for (const key of Object.keys(created)) if (key.startsWith('notes_')) delete created[key]
  return {
    ...created,
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
 * The notes field is localized and a create writes the request's locale only (and only from
 * `notes`): the notes written in the create form for each locale (they are in the snapshot
 * already) are stored in their own locale, so the admin and the API show each locale its notes.
 *
 * All locales in one write of the adapter's, in the create's transaction: `payload.update` per
 * locale rewrote the whole release each time, its ~1 MB snapshot included, and made a designer's
 * create with notes in two languages 0.47 s instead of 0.32 s (seeded women's track, SQLite,
 * medians of 18, side by side). The values were validated by the create itself (its `notes_…`
 * and `notes` fields) or come from server code, and they are the ones the snapshot froze; every
 * page that shows them (portal, admin overview, PDFs) passes links through `safeUrl`, as
 * `payload.update`'s storing of them did not change either (a `javascript:` link was stored as
 * sent).
 */
async function storeNotesOfEveryLocale(doc: Doc, req: PayloadRequest): Promise<void> {
  const notes = (req.context?.[NOTES_TO_STORE] ?? {}) as LocalizedRichText
  delete req.context[NOTES_TO_STORE]
  const written = Object.fromEntries(Object.entries(notes).filter(([, value]) => Boolean(value)))
  if (!Object.keys(written).length) return
  // A localized field's value per locale: the adapter writes each locale's row of `notes`.
  await req.payload.db.updateOne({ collection: RELEASES_SLUG, id: doc.id, data: { notes: written }, req, returning: false })
}

/**
 * Queues the build with the release, in the same transaction: there is never a `building`
 * release without its job, nor a job without its release. The queue is kicked once the
 * transaction is committed (the cron would find the job within seconds anyway).
 */
export const afterChangeRelease: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  // A withdrawal must stop this process's downloads at once, not when the cached facts expire.
  forgetReleaseDownloadFacts(doc.id)
  // And other instances' within 3 s (src/cms/reads/sharedChanges.ts).
  announceChange(req.payload, 'releases')
  if (operation !== 'create' || doc.status !== 'building') return doc
  await storeNotesOfEveryLocale(doc, req)
  const job = (await req.payload.jobs.queue({ task: BUILD_TASK, queue: JOB_QUEUE, input: { releaseId: String(doc.id) }, req } as any)) as { id: number | string }
  if (!context?.skipQueueKick) kickQueue(req, job.id)
  return doc
}
