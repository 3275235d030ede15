import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, from this file's folder (never the working directory). */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Where generated files live: GENERATED_DIR, default <project>/generated (git-ignored). Read at
 * call time so a test or a worker can point it elsewhere before building.
 */
export function generatedDir(): string {
  return process.env.GENERATED_DIR ? path.resolve(process.env.GENERATED_DIR) : path.join(projectRoot, 'generated')
}

/** A release's own folder, relative to `generatedDir()`: "releases/<id>". */
export function releaseFolder(releaseId: string | number): string {
  const id = String(releaseId)
  // Ids are numbers, UUIDs or ObjectIds: anything else must not become a path.
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`Unusable release id for a folder: ${id}`)
  return path.posix.join('releases', id)
}

/**
 * The absolute path of a file recorded relative to `generatedDir()`, or null when the recorded
 * path would leave that folder.
 */
export function resolveGenerated(relative: string): string | null {
  const root = generatedDir()
  if (!relative || path.isAbsolute(relative) || relative.includes('\0')) return null
  const target = path.resolve(root, relative)
  return target.startsWith(root + path.sep) ? target : null
}

/** The media folder of the default disk storage, as the Media collection resolved it. */
export { mediaDir } from '@collections/Media'
