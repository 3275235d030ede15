/**
 * Size and pixel limits per kind of media. Each can be changed through the environment
 * (bytes): MEDIA_MAX_BYTES_IMAGE, _VIDEO, _AUDIO, _DOCUMENT, _CAPTIONS, and MEDIA_MAX_IMAGE_PIXELS.
 */
import type { MediaKind } from './formats'

const MiB = 1024 * 1024
const GiB = 1024 * MiB

export const DEFAULT_MAX_BYTES: Record<MediaKind, number> = {
  image: 50 * MiB,
  video: 2 * GiB,
  audio: 500 * MiB,
  document: 100 * MiB,
  captions: 2 * MiB,
}

/** 100 megapixels: far above any camera a trainer uses, far below what would exhaust memory. */
export const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000

type Env = Record<string, string | undefined>

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number of bytes, got "${value}"`)
  return parsed
}

export function maxBytes(kind: MediaKind, env: Env = process.env): number {
  const name = `MEDIA_MAX_BYTES_${kind.toUpperCase()}`
  return positiveInteger(env[name], DEFAULT_MAX_BYTES[kind], name)
}

/** The largest any upload may be: the multipart parser stops reading past it. */
export function largestUpload(env: Env = process.env): number {
  return Math.max(...(Object.keys(DEFAULT_MAX_BYTES) as MediaKind[]).map((kind) => maxBytes(kind, env)))
}

export function maxImagePixels(env: Env = process.env): number {
  return positiveInteger(env.MEDIA_MAX_IMAGE_PIXELS, DEFAULT_MAX_IMAGE_PIXELS, 'MEDIA_MAX_IMAGE_PIXELS')
}

export function formatBytes(bytes: number): string {
  if (bytes >= GiB && bytes % (GiB / 4) === 0) return `${bytes / GiB} GiB`
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MiB`
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`
  return `${bytes} bytes`
}
