import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { ACCEPTED_FORMATS, type MediaKind, mimeEssence } from '@/core/media/formats'
import { UploadRefused, inspectUpload } from '@/core/media/inspect'
import { ffprobeCommand, probeFile } from '@/core/media/probe'
import { refusalLanguage } from '@collections/hooks/language'

/**
 * Runs before Payload looks at the file: the upload is inspected from its bytes and refused
 * with a 400/413 naming the problem before anything is written, so a refusal leaves no row and
 * no file (the multipart temp file is removed by Payload when the operation fails).
 */
export const inspectIncomingFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const inMemory = file.data && file.data.length > 0 ? file.data : undefined
  let inspected
  try {
    inspected = await inspectUpload({
      name: file.name,
      claimedMime: file.mimetype,
      size: inMemory ? inMemory.length : file.size,
      data: inMemory,
      path: inMemory ? undefined : file.tempFilePath,
    })
  } catch (error) {
    if (error instanceof UploadRefused) {
      // Named by its file, and placed on the file field (`data.errors`): the bulk-upload drawer
      // shows each refused file's reason on that file, and the single upload form at the file.
      const message = `«${file.name}» — ${error.messages[refusalLanguage(req)]}`
      throw new APIError(message, error.status, { errors: [{ path: 'file', message }] }, true)
    }
    throw error
  }
  if (inspected.replacement) {
    if (file.tempFilePath && !inMemory) await fs.writeFile(file.tempFilePath, inspected.replacement)
    else file.data = inspected.replacement
    file.size = inspected.replacement.length
  }
  file.name = inspected.filename
  file.mimetype = inspected.format.mime
  return args
}

const kindByStoredMime = new Map<string, MediaKind>(Object.values(ACCEPTED_FORMATS).map((format) => [format.mime, format.kind]))

export function mediaKindOf(mimeType: string | null | undefined): MediaKind | undefined {
  return kindByStoredMime.get(mimeEssence(mimeType))
}

/** Records the kind (image, video, …) so lists can be filtered by it. */
export const recordKind: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const kind = mediaKindOf(data.mimeType ?? originalDoc?.mimeType)
  if (kind) data.kind = kind
  return data
}

/**
 * Duration, dimensions and codec of a new video or audio file, when ffprobe is installed. Runs
 * before the file is copied into the media folder, on the multipart temp file (or, for Local API
 * uploads held in memory, on a short-lived copy).
 */
export const recordAudiovisualFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  const kind = mediaKindOf(data.mimeType)
  if (!file || (kind !== 'video' && kind !== 'audio') || !ffprobeCommand()) return data
  let source = file.data && file.data.length > 0 ? undefined : file.tempFilePath
  let scratch: string | undefined
  if (!source) {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'reeduca-probe-'))
    source = path.join(scratch, 'upload')
    await fs.writeFile(source, file.data)
  }
  try {
    const probe = await probeFile(source)
    if (probe.durationSeconds !== undefined) data.durationSeconds = probe.durationSeconds
    if (probe.width && probe.height) {
      data.width = probe.width
      data.height = probe.height
    }
    const codecs = [probe.videoCodec, probe.audioCodec].filter(Boolean)
    if (codecs.length) data.codec = codecs.join(' / ')
  } finally {
    if (scratch) await fs.rm(scratch, { recursive: true, force: true })
  }
  return data
}

/** New alt text on an image: the resources showing it update their "missing alt text" flag. */
export const refreshResourcesAltGaps: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || mediaKindOf(doc.mimeType) !== 'image') return doc
  if (JSON.stringify(doc.alt ?? null) === JSON.stringify(previousDoc?.alt ?? null)) return doc
  const { refreshAltGapsOfResourcesUsing } = await import('@collections/Resources/hooks')
  await refreshAltGapsOfResourcesUsing(req, doc.id)
  return doc
}
