/**
 * Media files on an S3-compatible object store, when S3_BUCKET is set; on disk otherwise.
 *
 * - `mediaStoragePlugins()`: Payload's own S3 storage adapter (@payloadcms/storage-s3) for the
 *   `media` collection: originals and image sizes are written to the bucket, read back through
 *   `/api/media/file/<name>` with the collection's read access (never a public or signed URL),
 *   and deleted with their document. Local storage is off then.
 * - `readMediaFile()`: the one way the rest of the code reads a media file's bytes (release
 *   rendering, preview), from the bucket or the media folder.
 * - `localMediaFolder()`: a folder holding the given media files, for code that needs paths
 *   (the offline bundle, ffmpeg): the media folder itself on disk, a temporary copy from the bucket.
 * - `putMediaFile()` / `removeMediaFiles()`: files the server derives itself (posters,
 *   low-bandwidth copies), written beside the originals.
 *
 * The S3 client lives here (the Payload ring), never in src/core: src/core/files/storage.ts keeps
 * the settings and the key rules, which are plain functions.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type ObjectStoreSettings, generatedObjectKey, insideFolder, mediaDir, mediaObjectKey, objectStoreSettings } from '@/core/files/storage'

export interface ObjectStore {
  client: S3Client
  bucket: string
  settings: ObjectStoreSettings
}

let cached: { signature: string; store: ObjectStore } | null = null

/** The configured object store (one client per settings), or null when files stay on disk. */
export function objectStore(env: Record<string, string | undefined> = process.env): ObjectStore | null {
  const settings = objectStoreSettings(env)
  if (!settings) return null
  const signature = JSON.stringify(settings)
  if (cached?.signature === signature) return cached.store
  const client = new S3Client(clientConfig(settings))
  cached = { signature, store: { client, bucket: settings.bucket, settings } }
  return cached.store
}

const clientConfig = (settings: ObjectStoreSettings) => ({
  region: settings.region,
  ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  ...(settings.credentials ? { credentials: settings.credentials } : {}),
  forcePathStyle: settings.forcePathStyle,
  // The AWS SDK (since 3.729) sends streamed bodies as `aws-chunked` with a trailing CRC checksum
  // by default. S3 decodes that; several S3-compatible servers do not and store the chunk framing
  // as the content (seen with s3rver: a 132,067-byte PDF stored as 132,128 bytes). Checksums only
  // where the API requires them; every generated file is still checked against its SHA-256.
  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
  responseChecksumValidation: 'WHEN_REQUIRED' as const,
})

/**
 * The storage adapter for `media`, enabled only when an object store is configured (disk
 * otherwise). It is always in the config, disabled or not, because it names an admin component
 * (its client-upload provider, inert here) that must be in the committed import map either way:
 * a map generated without it broke the admin of an S3 deployment.
 * Files are served through Payload (`disablePayloadAccessControl` left off, no `signedDownloads`):
 * scoped facilitators must only reach their tracks' files, and a signed URL would hand any
 * holder the file for its lifetime. No `prefix`: it would add a column to the media table.
 */
export function mediaStoragePlugins(env: Record<string, string | undefined> = process.env): Plugin[] {
  const settings = objectStoreSettings(env)
  return [
    s3Storage({
      enabled: settings !== null,
      bucket: settings?.bucket ?? '',
      config: settings ? clientConfig(settings) : {},
      collections: { media: true },
    }),
  ]
}

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/** A media file's bytes (a relative name as recorded), or undefined when it is missing or unusable. */
export async function readMediaFile(relative: string): Promise<Uint8Array | undefined> {
  const store = objectStore()
  if (!store) {
    const target = insideFolder(mediaDir(), relative)
    if (!target) return undefined
    return fs.promises.readFile(target).catch(() => undefined)
  }
  const key = mediaObjectKey(relative)
  if (!key) return undefined
  try {
    const answer = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }))
    return answer.Body ? await answer.Body.transformToByteArray() : undefined
  } catch (error) {
    if (isMissing(error)) return undefined
    throw error
  }
}

/** Whether a media file is stored (its size), or null. */
export async function statMediaFile(relative: string): Promise<number | null> {
  const store = objectStore()
  if (!store) {
    const target = insideFolder(mediaDir(), relative)
    if (!target) return null
    return fs.promises.stat(target).then((stat) => (stat.isFile() ? stat.size : null), () => null)
  }
  const key = mediaObjectKey(relative)
  if (!key) return null
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }))
    return head.ContentLength ?? 0
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/**
 * A folder holding these media files under their recorded names, and what to call when done.
 * On disk: the media folder itself (nothing to clean). With an object store: a temporary folder
 * the files are downloaded into (missing ones are left out, as a missing file on disk is).
 */
export async function localMediaFolder(relatives: Iterable<string>): Promise<{ dir: string; release: () => Promise<void> }> {
  const store = objectStore()
  if (!store) return { dir: mediaDir(), release: async () => {} }
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'reeduca-media-'))
  const release = () => fs.promises.rm(dir, { recursive: true, force: true })
  try {
    for (const relative of new Set(relatives)) {
      const key = mediaObjectKey(relative)
      const target = key ? insideFolder(dir, key) : null
      if (!key || !target) continue
      try {
        const answer = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }))
        if (answer.Body) await pipeline(answer.Body as Readable, fs.createWriteStream(target))
      } catch (error) {
        if (!isMissing(error)) throw error
      }
    }
  } catch (error) {
    await release()
    throw error
  }
  return { dir, release }
}

/** Stores a file the server derived (a poster, a low-bandwidth copy) beside the originals. */
export async function putMediaFile(filename: string, source: string, contentType: string): Promise<void> {
  const store = objectStore()
  const key = mediaObjectKey(filename)
  if (!key) throw new Error(`Unusable media file name: ${filename}`)
  if (!store) {
    const target = insideFolder(mediaDir(), key)
    if (!target) throw new Error(`Unusable media file name: ${filename}`)
    if (path.resolve(source) !== target) await fs.promises.copyFile(source, target)
    return
  }
  const stat = await fs.promises.stat(source)
  await store.client.send(
    new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: fs.createReadStream(source), ContentType: contentType, ContentLength: stat.size }),
  )
}

/** Removes media files by name from the object store (on disk: src/core/media/renditions.ts). */
export async function removeStoredMediaFiles(filenames: Array<string | null | undefined>): Promise<void> {
  const store = objectStore()
  if (!store) return
  const keys = filenames.map((name) => mediaObjectKey(name)).filter((key): key is string => key !== null)
  if (!keys.length) return
  await store.client.send(new DeleteObjectsCommand({ Bucket: store.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }))
}

/*
 * Generated release files (PDFs, the offline bundle). A build writes them to the generated folder
 * as on one machine, then stores each in the bucket before the release turns ready; an instance
 * that lacks a file (another machine built it, a fresh container) fetches it from the bucket into
 * its own generated folder on first download, and serves it from there. Downloads thus keep one
 * code path (ETag from the recorded SHA-256, Range, 304, the count, the content check) and always
 * stream through the app: each request is access-checked and counted, and no signed URL (valid
 * for anyone holding it) can end up in a proxy's or browser's shared cache.
 */

/** Stores a generated file in the bucket (no-op without an object store). */
export async function putGeneratedFile(relative: string, absolute: string, contentType: string): Promise<void> {
  const store = objectStore()
  if (!store) return
  const key = generatedObjectKey(relative)
  if (!key) throw new Error(`Unusable generated file path: ${relative}`)
  const stat = await fs.promises.stat(absolute)
  await store.client.send(
    new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: fs.createReadStream(absolute), ContentType: contentType, ContentLength: stat.size }),
  )
}

/** The size of a generated file in the bucket, as a stat-like answer, or null when it is not there. */
export async function statGeneratedObject(relative: string): Promise<{ size: number } | null> {
  const store = objectStore()
  const key = generatedObjectKey(relative)
  if (!store || !key) return null
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }))
    return { size: head.ContentLength ?? 0 }
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

const fetching = new Map<string, Promise<boolean>>()

/**
 * Copies a generated file from the bucket to `absolute` (its place in the generated folder),
 * written to a temporary name and renamed, one fetch per file at a time. False when there is no
 * object store or no such object.
 */
export function fetchGeneratedFile(relative: string, absolute: string): Promise<boolean> {
  const store = objectStore()
  const key = generatedObjectKey(relative)
  if (!store || !key) return Promise.resolve(false)
  const running = fetching.get(absolute)
  if (running) return running
  const work = (async () => {
    const temp = `${absolute}.${process.pid}.${Math.random().toString(16).slice(2)}.fetch`
    try {
      const answer = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }))
      if (!answer.Body) return false
      await fs.promises.mkdir(path.dirname(absolute), { recursive: true })
      await pipeline(answer.Body as Readable, fs.createWriteStream(temp))
      await fs.promises.rename(temp, absolute)
      return true
    } catch (error) {
      await fs.promises.rm(temp, { force: true })
      if (isMissing(error)) return false
      throw error
    } finally {
      fetching.delete(absolute)
    }
  })()
  fetching.set(absolute, work)
  return work
}
