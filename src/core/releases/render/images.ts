/**
 * Images for the printed editions: found in the snapshot, read once through the caller's
 * `readFile`, checked, and mapped into the Typst workspace under names we choose.
 *
 * Why our own names: the template only ever sees paths this module made ("/media/3.png"), never
 * a path written by a user. Why checks: a missing, unsupported or corrupt file must print as its
 * alt text, not fail the release.
 */
import { readFileSync } from 'node:fs'

import { insideFolder } from '@/core/files/storage'
import type { SnapshotFile } from '@/core/releases/snapshot'

/** Reads a media file by its snapshot path (relative to the media folder). May be async. */
export type ReadMediaFile = (
  path: string,
) => Uint8Array | null | undefined | Promise<Uint8Array | null | undefined>

type ImageFormat = 'png' | 'jpg' | 'gif' | 'webp'

/** Formats Typst decodes, recognised by their first bytes rather than trusted from mimeType. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const at = (i: number) => bytes[i]
  if (bytes.length >= 8 && at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png'
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpg'
  if (bytes.length >= 6 && at(0) === 0x47 && at(1) === 0x49 && at(2) === 0x46 && at(3) === 0x38) return 'gif'
  if (
    bytes.length >= 12 &&
    String.fromCharCode(at(0), at(1), at(2), at(3)) === 'RIFF' &&
    String.fromCharCode(at(8), at(9), at(10), at(11)) === 'WEBP'
  ) {
    return 'webp'
  }
  return null
}

const isImageFile = (value: unknown): value is SnapshotFile =>
  Boolean(
    value &&
      typeof value === 'object' &&
      typeof (value as SnapshotFile).path === 'string' &&
      typeof (value as SnapshotFile).mimeType === 'string' &&
      (value as SnapshotFile).mimeType.startsWith('image/'),
  )

/** Every image file referenced anywhere in a value (snapshot, projection, rich text). */
export function collectImageFiles(value: unknown, found = new Map<string, SnapshotFile>()): Map<string, SnapshotFile> {
  if (value === null || typeof value !== 'object') return found
  // A snapshot is about a megabyte of objects, mostly strings: only objects are visited (4× faster
  // than calling this on every value).
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') collectImageFiles(item, found)
    return found
  }
  if (isImageFile(value) && !found.has(value.path)) found.set(value.path, value)
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key]
    if (child !== null && typeof child === 'object') collectImageFiles(child, found)
  }
  return found
}

export class ImageRegistry {
  /** Workspace path → bytes, handed to the Typst engine. */
  readonly files = new Map<string, Uint8Array>()
  private readonly byMediaPath = new Map<string, string | null>()
  readonly warnings: string[] = []

  /** Reads every image `value` refers to; unreadable ones are remembered as missing. */
  static async load(value: unknown, readFile: ReadMediaFile | undefined): Promise<ImageRegistry> {
    const registry = new ImageRegistry()
    if (!readFile) return registry
    const files = [...collectImageFiles(value).values()]
    await Promise.all(
      files.map(async (file) => {
        let bytes: Uint8Array | null | undefined
        try {
          bytes = await readFile(file.path)
        } catch (error) {
          registry.warnings.push(`Image not readable (${file.path}): ${(error as Error).message}`)
        }
        registry.add(file, bytes ?? undefined)
      }),
    )
    return registry
  }

  private add(file: SnapshotFile, bytes: Uint8Array | undefined) {
    if (!bytes?.length) {
      this.warnings.push(`Image missing: ${file.path}`)
      this.byMediaPath.set(file.path, null)
      return
    }
    const format = sniffImageFormat(bytes)
    if (!format) {
      this.warnings.push(`Image format not printable (${file.mimeType}): ${file.path}`)
      this.byMediaPath.set(file.path, null)
      return
    }
    const workspacePath = `/media/${this.files.size + 1}.${format}`
    this.files.set(workspacePath, bytes)
    this.byMediaPath.set(file.path, workspacePath)
  }

  /** Where the template finds this file, or null when it cannot be printed. */
  resolve = (file: SnapshotFile | null | undefined): string | null => {
    if (!file) return null
    return this.byMediaPath.get(file.path) ?? null
  }
}

/**
 * A `ReadMediaFile` over a folder on disk (the default `media/` storage). Refuses paths that
 * would leave the folder, so a tampered snapshot cannot make a PDF embed another file.
 */
export function readFromMediaFolder(folder: string): ReadMediaFile {
  return (relative: string) => {
    const target = insideFolder(folder, relative)
    if (!target) return undefined
    try {
      return readFileSync(target)
    } catch {
      return undefined
    }
  }
}
