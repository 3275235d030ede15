/**
 * Poster images and low-bandwidth copies of video and audio, on Payload's jobs queue.
 *
 * - A new video or audio file (create, or a file replaced on update) gets `renditions.status`
 *   `pending` and one `makeMediaRenditions` job, queued in the same transaction and run after the
 *   commit (or by the autorun cron every 10 s): the upload request never waits for ffmpeg.
 * - The job writes the derived files next to the original and records them (`ready`), or records
 *   `failed` with the reason; without ffmpeg the status is `unavailable` and the admin says why.
 * - `renditions` is the server's to write: what a client sends for it is ignored.
 * - Deleting a media doc, or replacing its file, removes its derived files too.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Field, Payload } from 'payload'

import { mediaDir } from '@/core/files/storage'
import { removeDerivedFiles } from '@/core/media/renditions'
import { removeStoredMediaFiles } from '@/cms/storage/objectStore'
import { FFMPEG_MISSING_NOTE, ffmpegCommand, transcodeAvailability } from '@/core/media/transcode'
import { JOB_QUEUE, RENDITIONS_TASK, kickQueue } from '@/cms/jobs/queue'
import { mediaKindOf } from './hooks'

/** `req.context` flag of the renditions task's own write. */
export const RENDITIONS_SYSTEM_WRITE = 'mediaRenditionsSystemWrite'
const QUEUE_FOR = 'mediaRenditionsQueue'
const REMOVE_AFTER = 'mediaRenditionsRemoveAfterChange'

type Doc = Record<string, any>
type ID = number | string

function fileUrl(payload: Payload, filename: string): string {
  const { serverURL, routes } = payload.config
  return `${serverURL ?? ''}${routes.api}/media/file/${encodeURIComponent(filename)}`
}

const derivedFileFields = (name: 'poster' | 'lowBandwidth', label: { es: string; en: string }): Field => ({
  name,
  type: 'group',
  label,
  admin: { readOnly: true },
  fields: [
    // Labelled like Payload's own upload fields: without a label the admin shows the field's
    // internal name ("Mime Type", "Width") in every language.
    { name: 'filename', type: 'text', label: { es: 'Nombre del archivo', en: 'File name' }, admin: { readOnly: true } },
    { name: 'mimeType', type: 'text', label: { es: 'Tipo de archivo', en: 'File type' }, admin: { readOnly: true } },
    { name: 'filesize', type: 'number', label: { es: 'Tamaño (bytes)', en: 'Size (bytes)' }, admin: { readOnly: true } },
    { name: 'width', type: 'number', label: { es: 'Ancho (px)', en: 'Width (px)' }, admin: { readOnly: true } },
    { name: 'height', type: 'number', label: { es: 'Alto (px)', en: 'Height (px)' }, admin: { readOnly: true } },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: { es: 'Enlace', en: 'URL' },
      admin: { readOnly: true },
      hooks: {
        afterRead: [({ siblingData, req }) => (typeof siblingData?.filename === 'string' && siblingData.filename ? fileUrl(req.payload, siblingData.filename) : null)],
      },
    },
  ],
})

const availability = transcodeAvailability()

/** The media collection's `renditions` group. */
export const renditionsField: Field = {
  name: 'renditions',
  type: 'group',
  label: { es: 'Póster y versión ligera', en: 'Poster and low-bandwidth copy' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => /^(video|audio)\//.test(String(data?.mimeType ?? '')),
    description: availability.available
      ? { es: 'Se preparan en segundo plano después de subir el archivo.', en: availability.note }
      : { es: 'ffmpeg no está instalado en este servidor: los videos no reciben póster ni versión ligera. Instala el paquete «ffmpeg» para activarlo.', en: availability.note },
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      index: true,
      label: { es: 'Estado', en: 'Status' },
      options: [
        { value: 'pending', label: { es: 'En preparación', en: 'Pending' } },
        { value: 'ready', label: { es: 'Listo', en: 'Ready' } },
        { value: 'failed', label: { es: 'Falló', en: 'Failed' } },
        { value: 'unavailable', label: { es: 'No disponible (sin ffmpeg)', en: 'Unavailable (no ffmpeg)' } },
      ],
      admin: { readOnly: true },
    },
    { name: 'reason', type: 'text', label: { es: 'Motivo', en: 'Reason' }, admin: { readOnly: true } },
    derivedFileFields('poster', { es: 'Póster', en: 'Poster' }),
    derivedFileFields('lowBandwidth', { es: 'Versión ligera', en: 'Low-bandwidth copy' }),
  ],
}

export const derivedNames = (doc: Doc | null | undefined): string[] =>
  [doc?.renditions?.poster?.filename, doc?.renditions?.lowBandwidth?.filename].filter((name): name is string => typeof name === 'string' && name !== '')

/**
 * Sets `renditions` from the server's state: kept as it was when the file did not change; reset
 * to `pending` (or `unavailable`) for a new video or audio file; emptied for other kinds.
 */
export const planRenditions: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req, context }) => {
  if (context?.[RENDITIONS_SYSTEM_WRITE]) return data
  const newFile = operation === 'create' || Boolean(req.file)
  if (!newFile) {
    data.renditions = originalDoc?.renditions ?? {}
    return data
  }
  context[REMOVE_AFTER] = operation === 'update' ? derivedNames(originalDoc) : undefined
  context[QUEUE_FOR] = false
  const kind = mediaKindOf(data.mimeType ?? originalDoc?.mimeType)
  if (kind !== 'video' && kind !== 'audio') {
    data.renditions = { status: null, reason: null, poster: {}, lowBandwidth: {} }
    return data
  }
  const available = ffmpegCommand() !== null
  data.renditions = { status: available ? 'pending' : 'unavailable', reason: available ? null : FFMPEG_MISSING_NOTE, poster: {}, lowBandwidth: {} }
  context[QUEUE_FOR] = available
  return data
}

/** Queues the job for a new video or audio file, and removes the derived files of a replaced one. */
export const queueRenditions: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const stale = context?.[REMOVE_AFTER] as string[] | undefined
  if (stale?.length) {
    context[REMOVE_AFTER] = undefined
    await Promise.all([removeDerivedFiles(mediaDir(), stale), removeStoredMediaFiles(stale)]).catch((error) =>
      req.payload.logger.warn({ err: error, msg: 'Could not remove replaced renditions' }),
    )
  }
  if (!context?.[QUEUE_FOR]) return doc
  context[QUEUE_FOR] = false
  const job = (await req.payload.jobs.queue({
    task: RENDITIONS_TASK,
    queue: JOB_QUEUE,
    input: { mediaId: String(doc.id), filename: String(doc.filename) },
    req,
  } as any)) as { id: ID }
  // The seed runs the rendition jobs itself once everything is written (scripts/seed.ts); a kick
  // mid-seed only queues a writer behind the seed's transactions.
  if (!req.context?.seeding) kickQueue(req, job.id)
  return doc
}

/** Deleting a media doc removes its poster and low-bandwidth copy (Payload removes the original). */
export const removeRenditionsOfDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeDerivedFiles(mediaDir(), derivedNames(doc))
  await removeStoredMediaFiles(derivedNames(doc))
}

