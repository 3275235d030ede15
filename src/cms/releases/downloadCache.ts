/**
 * What a manual download needs to decide and to answer, kept in memory between requests.
 *
 * A ready release is immutable (its snapshot, files and their hashes never change) except for
 * `archived`, which an admin sets to withdraw it. So:
 * - the facts of a ready release are kept for a short time (RELEASE_FACTS_TTL_MS); a change to the
 *   release in this process forgets them at once (the collection's afterChange hook), and the TTL
 *   stays as the backstop; a withdrawal made through another instance forgets them here within
 *   3 s (the callers follow src/cms/reads/sharedChanges.ts before reading);
 * - the bytes of small generated files (manuals, workbooks) are kept up to a memory budget, keyed
 *   by path, size and modification time, so a file restored or rebuilt on disk is read again;
 * - what the disk says of a file (size, date, whether it is there) is asked at most once a second
 *   per file (FILE_CHECK_MS): under a crowd of downloads a `stat` per request was a tenth of the
 *   server's time (bench/downloads.mjs), and a file changes on disk only when an admin restores it.
 * Releases that are still building or failed are never kept: their state is about to change.
 */
import { LRUCache } from 'lru-cache'

import { onSharedChange } from '@/cms/reads/sharedChanges'

export const RELEASE_FACTS_TTL_MS = 10_000
/** Files up to this size are served from memory; bigger ones (offline bundles) stream from disk. */
export const MAX_CACHED_FILE_BYTES = 16 * 1024 * 1024
/** How long what the disk said of a file is believed. */
export const FILE_CHECK_MS = 1000
const FILE_BUDGET_BYTES = 128 * 1024 * 1024

export interface DownloadableFile {
  id?: string | null
  edition?: string | null
  locale?: string | null
  path?: string | null
  filename?: string | null
  contentType?: string | null
  size?: number | null
  sha256?: string | null
}

export interface ReleaseDownloadFacts {
  id: number | string
  track: unknown
  version?: string | null
  status?: string | null
  failureReason?: string | null
  archived?: boolean | null
  locales?: string[] | null
  files?: DownloadableFile[] | null
}

const releaseFacts = new LRUCache<string, ReleaseDownloadFacts>({ max: 1000, ttl: RELEASE_FACTS_TTL_MS })
// A release changed through another process (a withdrawal): forget every release's facts.
onSharedChange('releases', () => releaseFacts.clear())

/** The facts of a release: from memory when it was ready a moment ago, else from `load`. */
export async function releaseDownloadFacts(
  id: string,
  load: () => Promise<ReleaseDownloadFacts | null>,
): Promise<ReleaseDownloadFacts | null> {
  const known = releaseFacts.get(id)
  if (known) return known
  const release = await load()
  if (release?.status === 'ready') releaseFacts.set(id, release)
  return release
}

export function forgetReleaseDownloadFacts(id: number | string): void {
  releaseFacts.delete(String(id))
}

export interface FileOnDisk {
  size: number
  mtimeMs: number
  /** The whole file, when it is small enough to keep in memory. */
  bytes?: Buffer
}

const fileBytes = new LRUCache<string, Buffer>({
  maxSize: FILE_BUDGET_BYTES,
  sizeCalculation: (bytes) => Math.max(1, bytes.length),
})

/** Path → what the disk said, and when (a missing file is remembered as null). */
const fileChecks = new LRUCache<string, { at: number; file: FileOnDisk | null }>({ max: 10_000 })

/** Forgets what the disk said of a file, so that the next look asks the disk again. */
export function forgetGeneratedFile(absolutePath: string): void {
  fileChecks.delete(absolutePath)
}

export interface GeneratedFileOptions {
  /** The clock, for tests. */
  now?: () => number
}

/**
 * The file's size and date, and its bytes when small: the disk is asked at most once a second per
 * file (so a file that vanished or changed is noticed within FILE_CHECK_MS), and the bytes are
 * read once per file and process while they fit the budget.
 */
export async function generatedFile(
  absolutePath: string,
  fsApi: { stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>; readFile(path: string): Promise<Buffer> },
  { now = Date.now }: GeneratedFileOptions = {},
): Promise<FileOnDisk | null> {
  const checked = fileChecks.get(absolutePath)
  if (checked && now() - checked.at < FILE_CHECK_MS) return checked.file
  const at = now()
  const stat = await fsApi.stat(absolutePath).catch(() => null)
  if (!stat?.isFile()) {
    fileChecks.set(absolutePath, { at, file: null })
    return null
  }
  const file: FileOnDisk = { size: stat.size, mtimeMs: stat.mtimeMs }
  if (stat.size > MAX_CACHED_FILE_BYTES) {
    fileChecks.set(absolutePath, { at, file })
    return file
  }
  const key = `${absolutePath}\0${stat.size}\0${stat.mtimeMs}`
  let bytes = fileBytes.get(key)
  if (!bytes) {
    bytes = await fsApi.readFile(absolutePath)
    // Written while being read: serve what was read but do not keep it.
    if (bytes.length !== stat.size) return { ...file, size: bytes.length, bytes }
    fileBytes.set(key, bytes)
  }
  file.bytes = bytes
  fileChecks.set(absolutePath, { at, file })
  return file
}
