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
