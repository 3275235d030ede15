/**
 * Renders a release's files from its frozen snapshot and records them: for each release locale
 * the facilitator manual and the participant workbook (PDF), then the offline bundle (ZIP).
 *
 * Crash safety: every file is written under a temporary name in the release's folder, flushed
 * to disk and renamed into place; only when every file is in place, and flushed with its folder,
 * is the release set `ready` with its files list, in one transaction. A process killed half way leaves the release `building` (and maybe some
 * finished files, which the next attempt overwrites with the same bytes), never `ready` with a
 * file missing. Rendering is deterministic (the PDF date is the release date), so a re-run
 * yields the same files and hashes.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { buildOfflineBundle, bundleMediaPaths } from '@/core/releases/bundle'
import { editionFilename, EDITION_CONTENT_TYPES, type Edition } from '@/core/releases/editions'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { renderFacilitatorManual, renderParticipantWorkbook, typesettingStandbyEnabled, typstEngine } from '@/core/releases/render'
import { pickLocale, type ReleaseSnapshot } from '@/core/releases/snapshot'
import { RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { generatedDir, releaseFolder } from '@/core/files/storage'
import { localMediaFolder, putGeneratedFile, readMediaFile } from '@/cms/storage/objectStore'
import { syncToDisk } from './integrity'
import { writeReleaseState } from './releaseState'
import { typesettingCacheKey } from './warmTypesetting'

type Doc = Record<string, any>

export interface ReleaseFileRecord {
  edition: Edition
  locale: string | null
  filename: string
  /** Relative to the generated-files folder, forward slashes. */
  path: string
  contentType: string
  size: number
  sha256: string
  downloads: number
}

/**
 * Seams for tests (and for diagnosing a stuck build): called at fixed points of every build.
 * Production leaves them empty.
 */
export const releaseBuildHooks: {
  beforeRender?: (args: { releaseId: string; attempt: number }) => void | Promise<void>
  afterFile?: (args: { releaseId: string; file: ReleaseFileRecord }) => void | Promise<void>
  /** Every file written and flushed, the release not yet ready. */
  beforeReady?: (args: { releaseId: string; files: ReleaseFileRecord[] }) => void | Promise<void>
  /** The release is ready (the transaction committed). */
  afterReady?: (args: { releaseId: string }) => void | Promise<void>
} = {}

/** Builds running in this process, by release id: a second run of the same build joins the first. */
export const runningBuilds = new Map<string, Promise<BuildResult>>()

/** When each step of a build ended, in ms from its start, in order: what the build log prints. */
export type BuildTimeline = Array<[step: string, ms: number]>

export type BuildResult = { status: 'built'; files: number; timeline: BuildTimeline } | { status: 'skipped'; reason: string }

/** "facilitator-manual es 0.91 s, …": a timeline as the build log prints it. */
export const describeTimeline = (timeline: BuildTimeline): string =>
  timeline.map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`).join(', ')

/** Writes bytes under a temporary name, flushes them, then renames into place. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  const handle = await fs.promises.open(temporary, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await fs.promises.rename(temporary, target)
  } catch (error) {
    await fs.promises.rm(temporary, { force: true })
    throw error
  }
}

/** sha256 and size of a file on disk, streamed. */
export async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256')
  let size = 0
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).byteLength
  }
  return { sha256: hash.digest('hex'), size }
}

export interface BuildOptions {
  /** 1 for the first attempt. */
  attempt?: number
  /** Called between steps: the job's heartbeat. */
  onProgress?: (step: string) => void | Promise<void>
  /** Asked just before the ready write: false when another process took the build over meanwhile (src/cms/jobs/claim.ts). */
  stillMine?: () => Promise<boolean>
}

/**
 * Starts every compiler process of the pool (and its warm-up page) ahead of a build. Called when
 * a build starts and, earlier, when a release is being created in a process that will build it
 * (collections/ManualReleases/hooks.ts): the processes then boot while the snapshot is read and
 * stored. Each stops by itself after a minute without work.
 */
export function startTypesetting(): void {
  const engine = typstEngine()
  engine.prepare(engine.size)
}

/**
 * In a process that builds releases (its job cron runs them: the server's autorun, or a worker),
 * keeps every compiler process of the pool booted and prepared between builds, so that a release
 * never waits for their start-up: about 0.2 s of CPU each, which the two cores otherwise spend
 * inside the build. Costs about 30 MB of memory of its own per process while idle
 * (REEDUCA_TYPST_STANDBY=0: none kept; they start with each build, as startTypesetting does).
 * Called at each cron tick: it starts a process again if one was lost.
 */
export function keepTypesettingReady(payload: Payload): void {
  if (!typesettingStandbyEnabled()) return
  try {
    typstEngine().keepReady()
  } catch (error) {
    // Never in the way of the job queue that calls it: a build starts its processes anyway, and reports.
    payload.logger.warn({ err: error, msg: 'Could not start the typesetting processes on standby' })
  }
}

async function build(payload: Payload, releaseId: string, options: BuildOptions): Promise<BuildResult> {
  // The compiler processes boot and load their fonts (~0.3 s on our machines) while the release
  // and its snapshot are read, if the create did not start them already: all of them, since a
  // release prints at least two PDFs (a manual and a workbook per locale) and the pool sends
  // each to the least busy; unused, each ends by itself after a minute.
  const started = performance.now()
  const timeline: BuildTimeline = []
  const mark = (step: string) => timeline.push([step, performance.now() - started])
  startTypesetting()
  const release = (await payload.findByID({
    collection: RELEASES_SLUG as any,
    id: releaseId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    disableErrors: true,
  })) as Doc | null
  if (!release) return { status: 'skipped', reason: `release ${releaseId} does not exist` }
  if (release.status === 'ready') return { status: 'skipped', reason: 'already ready' }
  if (release.status === 'failed') return { status: 'skipped', reason: 'marked failed' }
  const snapshot = release.snapshot as ReleaseSnapshot | null
  if (!snapshot || !Array.isArray(snapshot.sessions) || !snapshot.release) {
    throw new Error(`Release ${release.version} has no snapshot to build from.`)
  }

  mark('release read')
  await releaseBuildHooks.beforeRender?.({ releaseId, attempt: options.attempt ?? 1 })

  const root = generatedDir()
  const folder = releaseFolder(release.id)
  await fs.promises.mkdir(path.join(root, folder), { recursive: true })
  // From the media folder or the object store (src/cms/storage/objectStore.ts).
  const readFile = readMediaFile
  const baseUrl = process.env.SERVER_URL || undefined
  const warnings: string[] = []
  const files: ReleaseFileRecord[] = []

  const filenameOf = (edition: Edition, locale: string | null) => {
    const discreetTitle = edition === 'participant-workbook' && locale ? pickLocale(snapshot.track.discreetTitle, locale, snapshot.release.locales) : undefined
    return editionFilename({ trackSlug: snapshot.track.slug, version: snapshot.release.version, edition, locale, discreetTitle })
  }
  const record = async (edition: Edition, locale: string | null, bytes: Uint8Array | null, written?: string) => {
    const filename = filenameOf(edition, locale)
    const relative = path.posix.join(folder, filename)
    const target = path.join(root, relative)
    if (bytes) await writeFileAtomic(target, bytes)
    else if (written) await fs.promises.rename(written, target)
    const { sha256, size } = bytes
      ? { sha256: crypto.createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength }
      : await hashFile(target)
    const file: ReleaseFileRecord = { edition, locale, filename, path: relative, contentType: EDITION_CONTENT_TYPES[edition], size, sha256, downloads: 0 }
    files.push(file)
    mark(`${edition} ${locale ?? ''}`.trim())
    await releaseBuildHooks.afterFile?.({ releaseId, file })
    await options.onProgress?.(`${edition} ${locale ?? ''}`.trim())
    return target
  }

  const participant = toParticipantSnapshot(snapshot)
  // Each locale's PDFs render one after another, the locales side by side (one compiler process
  // each, src/core/releases/render/typst.ts), while the offline bundle is written beside them:
  // its pages and media first, each PDF as it is ready.
  const pdfs = snapshot.release.locales.flatMap((locale) =>
    (['facilitator-manual', 'participant-workbook'] as const).map((edition) => {
      let resolve!: (file: string) => void
      let reject!: (error: unknown) => void
      const file = new Promise<string>((done, fail) => {
        resolve = done
        reject = fail
      })
      // Handled where it matters (the rendering below fails the build); the bundle only waits on it.
      file.catch(() => {})
      return { edition, locale, filename: filenameOf(edition, locale), file, resolve, reject }
    }),
  )
  const renderLocale = async (locale: string) => {
    for (const pdf of pdfs.filter((each) => each.locale === locale)) {
      try {
        // In the compiler process that laid this locale out, if the create form had it done (warmTypesetting.ts).
        const cacheKey = typesettingCacheKey(snapshot, pdf.locale)
        const bytes =
          pdf.edition === 'facilitator-manual'
            ? await renderFacilitatorManual(snapshot, pdf.locale, { readFile, baseUrl, cacheKey, onWarning: (w) => warnings.push(w) })
            : await renderParticipantWorkbook(participant, pdf.locale, { readFile, cacheKey, onWarning: (w) => warnings.push(w) })
        pdf.resolve(await record(pdf.edition, pdf.locale, bytes))
      } catch (error) {
        for (const each of pdfs) each.reject(error)
        throw error
      }
    }
  }
  const firstFailure = (outcomes: PromiseSettledResult<unknown>[]) => {
    const failed = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult | undefined
    if (failed) throw failed.reason
  }
  // Every locale to its end, even after one failed, so that nothing is still writing afterwards.
  const rendering = Promise.allSettled(snapshot.release.locales.map(renderLocale)).then(firstFailure)

  // The offline bundle is streamed to a temporary file (it holds media), then renamed in place.
  const bundleName = editionFilename({ trackSlug: snapshot.track.slug, version: snapshot.release.version, edition: 'offline-bundle' })
  const bundleTemp = path.join(root, folder, `.${bundleName}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  const bundling = (async () => {
    // The bundle copies media files by path: from the object store they are fetched to a folder first.
    const media = await localMediaFolder(bundleMediaPaths(snapshot))
    try {
      await buildOfflineBundle({
        snapshot,
        releaseId: String(release.id),
        contentHash: release.contentHash ?? null,
        pdfs: pdfs.map((pdf) => ({ edition: pdf.edition, locale: pdf.locale, path: pdf.file, filename: pdf.filename })),
        mediaDir: media.dir,
        output: bundleTemp,
        onWarning: (w) => warnings.push(w),
      })
      // After every PDF (the bundle holds them): the files keep their order.
      await record('offline-bundle', null, null, bundleTemp)
    } finally {
      await fs.promises.rm(bundleTemp, { force: true })
      await media.release()
    }
  })()
  // Both run to their end before a failure is reported, so nothing is left writing into the folder.
  firstFailure(await Promise.allSettled([rendering, bundling]))

  // Recorded as they were finished; listed in one order: per locale, manual then workbook, then the bundle.
  const rank = (file: ReleaseFileRecord) => {
    const index = pdfs.findIndex((pdf) => pdf.edition === file.edition && pdf.locale === file.locale)
    return index === -1 ? pdfs.length : index
  }
  files.sort((a, b) => rank(a) - rank(b))

  for (const warning of new Set(warnings)) payload.logger.warn(`Release ${release.version} (${releaseId}): ${warning}`)

  // Every file is in place and on disk (not only in the page cache: integrity.ts), and only then
  // is the release ready, with its file rows in the same transaction.
  await syncToDisk(files.map((file) => path.join(root, file.path)), path.join(root, folder))
  mark('on disk')
  // With an object store, every file is in the bucket before the release is ready: any instance
  // can then serve it (src/cms/storage/objectStore.ts).
  for (const file of files) await putGeneratedFile(file.path, path.join(root, file.path), file.contentType)
  await releaseBuildHooks.beforeReady?.({ releaseId, files })
  // A builder that froze past the stale time and woke after a takeover drops its result: the new
  // holder writes the release (the same deterministic files).
  if (options.stillMine && !(await options.stillMine())) {
    payload.logger.warn(`Release ${release.version} (${releaseId}): another process took this build over; this result is dropped.`)
    return { status: 'skipped', reason: 'the build claim was taken over by another process' }
  }
  await writeReleaseState(payload, release.id, { status: 'ready', failureReason: null, files })
  mark('ready')
  await releaseBuildHooks.afterReady?.({ releaseId })
  return { status: 'built', files: files.length, timeline }
}

/**
 * Builds a release's files (see the module comment). Two runs of the same build in one process
 * (the cron and the post-create kick picking the same job) share one build.
 */
export function buildReleaseFiles(payload: Payload, releaseId: string | number, options: BuildOptions = {}): Promise<BuildResult> {
  const key = String(releaseId)
  const running = runningBuilds.get(key)
  if (running) return running
  const promise = build(payload, key, options).finally(() => runningBuilds.delete(key))
  runningBuilds.set(key, promise)
  return promise
}

/** Marks a release `failed` with the reason (after the last retry). Never touches a ready release. */
export async function markReleaseFailed(payload: Payload, releaseId: string | number, reason: string): Promise<void> {
  const release = (await payload.findByID({
    collection: RELEASES_SLUG as any,
    id: releaseId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { status: true } as any,
  })) as Doc | null
  if (!release || release.status !== 'building') return
  await writeReleaseState(payload, release.id, { status: 'failed', failureReason: reason.slice(0, 2000) })
}
