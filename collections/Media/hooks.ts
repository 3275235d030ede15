import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { ACCEPTED_FORMATS, type MediaKind, mimeEssence } from '../../src/media/formats'
import { UploadRefused, inspectUpload } from '../../src/media/inspect'

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
    if (error instanceof UploadRefused) throw new APIError(error.message, error.status, undefined, true)
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
