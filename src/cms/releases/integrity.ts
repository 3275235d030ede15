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
 * At start, sizes only: hashing every bundle at each start would read gigabytes; a size check
 * finds the missing and truncated files a crash leaves. On download, the content too: a file is
 * served with a strong ETag (its recorded SHA-256) and a year of immutable cache, so before it is
 * served the first time its SHA-256 is computed and compared with the record, once per file and
 * process (remembered by path, size and modification time, so a file changed on disk is checked
 * again). A file of the right size and other content (a bad disk, a restore gone wrong, a hand
 * edit) is withheld like a missing one.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'

import { LRUCache } from 'lru-cache'

import type { Payload } from 'payload'

import { EDITIONS, type Edition } from '@/core/releases/editions'
import { resolveGenerated } from '@/core/files/storage'
import { objectStore, statGeneratedObject } from '@/cms/storage/objectStore'
import { BUILD_TASK, JOB_QUEUE } from '@/cms/jobs/queue'
import { RELEASES_SLUG } from '@collections/ManualReleases/constants'
import { forgetReleaseDownloadFacts } from './downloadCache'
import { writeReleaseState } from './releaseState'

type Doc = Record<string, any>

export interface RecordedFile {
  edition?: string | null
  locale?: string | null
  path?: string | null
  size?: number | null
  sha256?: string | null
}

/** Path + size + mtime → the SHA-256 computed from the disk (or from the bytes read into memory). */
const verifiedHashes = new LRUCache<string, string>({ max: 10_000 })
const hashing = new Map<string, Promise<string>>()
let hashesComputed = 0
/** For tests: how many files were hashed in this process. */
export const hashesComputedCount = () => hashesComputed

/** The file's SHA-256, computed once per path, size and modification time. */
export async function contentHash(absolute: string, onDisk: { size: number; mtimeMs: number; bytes?: Uint8Array }): Promise<string> {
  const key = `${absolute}\0${onDisk.size}\0${onDisk.mtimeMs}`
  const known = verifiedHashes.get(key)
  if (known) return known
  let pending = hashing.get(key)
  if (!pending) {
    pending = (async () => {
      hashesComputed++
      const hash = crypto.createHash('sha256')
      if (onDisk.bytes) hash.update(onDisk.bytes)
      else for await (const chunk of fs.createReadStream(absolute, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer)
      return hash.digest('hex')
    })()
    hashing.set(key, pending)
  }
  try {
    const digest = await pending
    verifiedHashes.set(key, digest)
    return digest
  } finally {
    hashing.delete(key)
  }
}

/** Why a recorded file cannot be served, in both languages (the download refuses in the request's). */
export interface FileProblem {
  en: string
  es: string
}

/**
 * Like `fileProblem`, and with `verifyContent` the content compared with the recorded SHA-256
 * too (`onDisk` must then carry the modification time: what downloadCache's `generatedFile` gives).
 */
export async function fileProblemOf(
  file: RecordedFile,
  onDisk: { size: number; mtimeMs?: number; bytes?: Uint8Array } | null | undefined,
  { verifyContent = false }: { verifyContent?: boolean } = {},
): Promise<FileProblem | null> {
  const which = { en: `its ${file.edition}${file.locale ? ` (${file.locale})` : ''}`, es: `su ${file.edition}${file.locale ? ` (${file.locale})` : ''}` }
  const absolute = resolveGenerated(String(file.path ?? ''))
  if (!absolute) return { en: `${which.en} has no usable path`, es: `${which.es} no tiene una ruta válida` }
  const stat = onDisk === undefined ? await fs.promises.stat(absolute).catch(() => null) : onDisk
  if (!stat) return { en: `${which.en} is missing on the server`, es: `${which.es} falta en el servidor` }
  if (typeof file.size === 'number' && stat.size !== file.size) {
    return {
      en: `${which.en} has ${stat.size} bytes on the server, not the ${file.size} recorded`,
      es: `${which.es} tiene ${stat.size} bytes en el servidor, no los ${file.size} registrados`,
    }
  }
  if (verifyContent && typeof file.sha256 === 'string' && file.sha256 && typeof stat.mtimeMs === 'number') {
    const actual = await contentHash(absolute, { size: stat.size, mtimeMs: stat.mtimeMs, bytes: "bytes" in stat ? stat.bytes : undefined })
    if (actual !== file.sha256) {
      return {
        en: `${which.en} on the server differs from the recorded content (SHA-256 ${actual.slice(0, 12)}…, recorded ${file.sha256.slice(0, 12)}…)`,
        es: `${which.es} en el servidor no es el contenido registrado (SHA-256 ${actual.slice(0, 12)}…, registrado ${file.sha256.slice(0, 12)}…)`,
      }
    }
  }
  return null
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

/** Why a file on disk cannot be served as recorded (size only), or null when it can. */
export async function fileProblem(file: RecordedFile, stat?: { size: number } | null): Promise<string | null> {
  return (await fileProblemOf(file, stat))?.en ?? null
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
  // With an object store, the bucket holds the files (an instance's folder is only a cache): its
  // sizes are checked, by HEAD, without downloading anything.
  const store = objectStore()
  for (const file of files) {
    const problem = store ? await fileProblem(file, await statGeneratedObject(String(file.path ?? ''))) : await fileProblem(file)
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
    await writeReleaseState(payload, release.id, { status: 'building', files: [], failureReason: null })
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
