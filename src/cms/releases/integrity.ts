/**
 * A `ready` release is never served without its files.
 *
 * A release turns ready in one transaction with its file rows (buildFiles.ts, with transactions on
 * for SQLite: src/cms/db/sqliteTransactions.ts), and only after its files were flushed to disk
 * (`syncToDisk`). What can still go wrong is outside the database: a disk restored without the
 * generated folder, a file truncated by a crash of the machine, a release left `ready` with no
 * file rows by a version of Reeduca without transactions. So:
 *
 * - at start (`verifyReadyReleasesOnInit`, from the config's onInit) every ready release is
 *   checked: each edition it must have (manual and workbook per locale, the bundle) recorded,
 *   and each recorded file present on disk with the recorded size. A release that fails is sent
 *   back to `building` and its build queued: the build is deterministic (same snapshot, same
 *   bytes), so it comes back identical;
 * - on download (download.ts), a file that is missing or of another size is withheld with 409
 *   and the reason, and the same rebuild is started (once per release at a time).
 *
 * Sizes only, not hashes: hashing every bundle at each start would read gigabytes; a size check
 * finds the missing and truncated files a crash leaves.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { EDITIONS, type Edition } from '@/core/releases/editions'
import { resolveGenerated } from '@/core/files/storage'
import { BUILD_TASK, JOB_QUEUE } from '@/cms/jobs/queue'
import { RELEASE_SYSTEM_WRITE, RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { forgetReleaseDownloadFacts } from './downloadCache'

type Doc = Record<string, any>

export interface RecordedFile {
  edition?: string | null
  locale?: string | null
  path?: string | null
  size?: number | null
}

/** Flushes files and then their folder to disk, so that a crash after this keeps them and their names. */
export async function syncToDisk(files: string[], folder: string): Promise<void> {
  for (const file of files) {
    const handle = await fs.promises.open(file, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  // A rename is durable once the folder holding it is flushed (POSIX); Windows cannot open folders.
  if (process.platform !== 'win32') {
    const handle = await fs.promises.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}

/** Why a file on disk cannot be served as recorded, or null when it can. */
export async function fileProblem(file: RecordedFile, stat?: { size: number } | null): Promise<string | null> {
  const absolute = resolveGenerated(String(file.path ?? ''))
  if (!absolute) return `its ${file.edition} has no usable path`
  const onDisk = stat === undefined ? await fs.promises.stat(absolute).catch(() => null) : stat
  if (!onDisk) return `its ${file.edition}${file.locale ? ` (${file.locale})` : ''} is missing on the server`
  if (typeof file.size === 'number' && onDisk.size !== file.size) {
    return `its ${file.edition}${file.locale ? ` (${file.locale})` : ''} has ${onDisk.size} bytes on the server, not the ${file.size} recorded`
  }
  return null
}

/** Why a ready release cannot be served whole, or null when every file is in place. */
export async function releaseFilesProblem(release: { locales?: string[] | null; files?: RecordedFile[] | null }): Promise<string | null> {
  const files = Array.isArray(release.files) ? release.files : []
  const locales = Array.isArray(release.locales) ? release.locales : []
  const wanted: Array<{ edition: Edition; locale: string | null }> = [
    ...locales.flatMap((locale) => EDITIONS.filter((edition) => edition !== 'offline-bundle').map((edition) => ({ edition, locale }))),
    { edition: 'offline-bundle', locale: null },
  ]
  for (const { edition, locale } of wanted) {
    if (!files.some((file) => file.edition === edition && (locale === null || file.locale === locale))) {
      return `no ${edition}${locale ? ` (${locale})` : ''} is recorded`
    }
  }
  for (const file of files) {
    const problem = await fileProblem(file)
    if (problem) return problem
  }
  return null
}

const repairing = new Set<string>()

/**
 * Sends a ready release back to `building` and queues its build, once per release at a time.
 * Returns whether it did.
 */
export async function rebuildRelease(payload: Payload, releaseId: string | number, reason: string): Promise<boolean> {
  const key = String(releaseId)
  if (repairing.has(key)) return false
  repairing.add(key)
  try {
    const release = (await payload.findByID({
      collection: RELEASES_SLUG as any,
      id: releaseId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { version: true, status: true } as any,
    })) as Doc | null
    if (!release || release.status !== 'ready') return false
    payload.logger.error(`Release ${release.version} (${key}) was ready but ${reason}: building its files again.`)
    await payload.update({
      collection: RELEASES_SLUG as any,
      id: releaseId,
      data: { status: 'building', files: [], failureReason: null } as any,
      depth: 0,
      overrideAccess: true,
      context: { [RELEASE_SYSTEM_WRITE]: true },
    })
    forgetReleaseDownloadFacts(releaseId)
    await payload.jobs.queue({ task: BUILD_TASK, queue: JOB_QUEUE, input: { releaseId: key } } as any)
    return true
  } finally {
    repairing.delete(key)
  }
}

/** Checks every ready release (see the module comment); returns the ids sent back to building. */
export async function verifyReadyReleases(payload: Payload): Promise<string[]> {
  const ready = (
    await payload.find({
      collection: RELEASES_SLUG as any,
      where: { status: { equals: 'ready' } },
      select: { version: true, locales: true, files: true } as any,
      depth: 0,
      pagination: false,
      limit: 0,
      overrideAccess: true,
    })
  ).docs as Doc[]
  const rebuilt: string[] = []
  for (const release of ready) {
    const problem = await releaseFilesProblem(release)
    if (problem && (await rebuildRelease(payload, release.id, problem))) rebuilt.push(String(release.id))
  }
  return rebuilt
}

/** From the config's onInit: never fails the start (a database not migrated yet has no releases). */
export async function verifyReadyReleasesOnInit(payload: Payload): Promise<void> {
  if (process.env.REEDUCA_SKIP_RELEASE_RECOVERY === '1') return
  try {
    await verifyReadyReleases(payload)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Release file check skipped at start' })
  }
}
