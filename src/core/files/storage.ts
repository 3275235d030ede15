/**
 * Where Reeduca keeps files on disk, in one place: the project root, the upload folder, the
 * generated-files folder, the upload temp folder, and the one check that a recorded path stays
 * inside its folder. Folders are read from the environment at call time, so a test or a worker
 * can point them elsewhere before it starts.
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, from this file's folder (never the working directory). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

type Env = Record<string, string | undefined>

/** Upload folder of the default disk storage; MEDIA_DIR moves it (e.g. a mounted volume). */
export function mediaDir(env: Env = process.env): string {
  return env.MEDIA_DIR ? path.resolve(env.MEDIA_DIR) : path.join(projectRoot, 'media')
}

/** Where generated files live: GENERATED_DIR, default <project>/generated (git-ignored). */
export function generatedDir(env: Env = process.env): string {
  return env.GENERATED_DIR ? path.resolve(env.GENERATED_DIR) : path.join(projectRoot, 'generated')
}

/** Where multipart uploads stream before they are checked and stored. */
export function uploadTempDir(env: Env = process.env): string {
  return env.UPLOAD_TEMP_DIR ? path.resolve(env.UPLOAD_TEMP_DIR) : path.join(os.tmpdir(), 'reeduca-uploads')
}

/**
 * The absolute path of `relative` inside `folder`, or null when it is empty, absolute, holds a
 * NUL, or would leave the folder (`..`). Every path read from a record or a snapshot goes
 * through here before it touches the disk.
 */
export function insideFolder(folder: string, relative: string | null | undefined): string | null {
  if (!relative || path.isAbsolute(relative) || relative.includes('\0')) return null
  const root = path.resolve(folder)
  const target = path.resolve(root, relative)
  return target.startsWith(root + path.sep) ? target : null
}

/** A release's own folder, relative to `generatedDir()`: "releases/<id>". */
export function releaseFolder(releaseId: string | number): string {
  const id = String(releaseId)
  // Ids are numbers, UUIDs or ObjectIds: anything else must not become a path.
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`Unusable release id for a folder: ${id}`)
  return path.posix.join('releases', id)
}

/** The absolute path of a file recorded relative to `generatedDir()`, or null when it would leave it. */
export const resolveGenerated = (relative: string): string | null => insideFolder(generatedDir(), relative)

/** Where files go when an S3-compatible object store is configured (S3_BUCKET set). */
export interface ObjectStoreSettings {
  bucket: string
  /** An S3-compatible server's address (MinIO, Ceph, a test server); unset for AWS itself. */
  endpoint?: string
  region: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** `bucket` in the path rather than the host name: what most S3-compatible servers need. */
  forcePathStyle: boolean
}

/**
 * The object store from the environment, or null when S3_BUCKET is unset (files stay on disk).
 * S3_ENDPOINT, S3_REGION (default us-east-1), S3_ACCESS_KEY_ID with S3_SECRET_ACCESS_KEY (both or
 * neither: without them the AWS SDK's own chain is used), S3_FORCE_PATH_STYLE (1/true).
 */
export function objectStoreSettings(env: Env = process.env): ObjectStoreSettings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither.')
  }
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ''),
  }
}

/**
 * The object key of a media file: its stored name at the bucket's root, as the storage adapter
 * writes it (no prefix: a prefix would add a `prefix` column to the media table). Null for a
 * name that is not a plain file name.
 */
export function mediaObjectKey(relative: string | null | undefined): string | null {
  if (!relative || relative.includes('/') || relative.includes('\\') || relative.includes('\0') || relative === '.' || relative === '..') return null
  return relative
}

/**
 * The object key of a generated file recorded relative to `generatedDir()` ("releases/<id>/x.pdf"
 * → "generated/releases/<id>/x.pdf"), or null when the path would leave the folder. Media sit at
 * the bucket's root under plain names (no "/"), so the two never meet.
 */
export function generatedObjectKey(relative: string | null | undefined): string | null {
  if (!relative || relative.includes('\\') || relative.includes('\0') || path.posix.isAbsolute(relative)) return null
  const normal = path.posix.normalize(relative)
  if (normal !== relative || normal.startsWith('../') || normal === '..' || normal === '.') return null
  return `generated/${normal}`
}
