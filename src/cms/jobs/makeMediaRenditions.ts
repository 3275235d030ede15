/**
 * The task that writes a video's or audio's poster and low-bandwidth copy next to the original
 * and records them (`ready`), or records `failed` with the reason; `unavailable` without ffmpeg.
 * Queued by the media collection (collections/Media/renditions.ts).
 */
import path from 'node:path'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { RENDITIONS_SYSTEM_WRITE } from '@collections/Media/renditions'
import { mediaKindOf } from '@collections/Media/hooks'
import { localMediaFolder, putMediaFile, removeStoredMediaFiles } from '@/cms/storage/objectStore'
import { type DerivedFile, makeRenditions, removeDerivedFiles } from '@/core/media/renditions'
import { FFMPEG_MISSING_NOTE, ffmpegCommand } from '@/core/media/transcode'
import { RENDITIONS_TASK, runJobs, whileBeating } from './queue'

type Doc = Record<string, any>
type ID = number | string

async function recordRenditions(req: PayloadRequest, id: ID, renditions: Doc): Promise<void> {
  try {
    await req.payload.update({
      collection: 'media',
      id,
      data: { renditions } as any,
      depth: 0,
      overrideAccess: true,
      context: { [RENDITIONS_SYSTEM_WRITE]: true },
      req,
    })
  } finally {
    // The job's request may run other jobs after this one: the flag is for this write only.
    delete req.context[RENDITIONS_SYSTEM_WRITE]
  }
}

const asStored = (file: DerivedFile | undefined) =>
  file ? { filename: file.filename, mimeType: file.mimeType, filesize: file.filesize, width: file.width ?? null, height: file.height ?? null } : {}

export const makeMediaRenditionsTask: TaskConfig<{ input: { mediaId: string; filename: string }; output: { status: string } }> = {
  slug: RENDITIONS_TASK,
  label: 'Make poster and low-bandwidth copy',
  inputSchema: [
    { name: 'mediaId', type: 'text', required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  // ffmpeg failing on a file fails the same way next time: the reason is recorded instead.
  retries: 0,
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const find = () =>
      payload.findByID({ collection: 'media', id: input.mediaId, depth: 0, overrideAccess: true, disableErrors: true, req }) as Promise<Doc | null>
    const doc = await find()
    // Deleted, or its file replaced since (a newer job handles the new one).
    if (!doc || doc.filename !== input.filename) return { output: { status: 'skipped' } }
    const kind = mediaKindOf(doc.mimeType)
    if (kind !== 'video' && kind !== 'audio') return { output: { status: 'skipped' } }
    if (!ffmpegCommand()) {
      await recordRenditions(req, doc.id, { status: 'unavailable', reason: FFMPEG_MISSING_NOTE, poster: {}, lowBandwidth: {} })
      return { output: { status: 'unavailable' } }
    }
    // On disk, the media folder itself; with an object store, a temporary copy of the original
    // (ffmpeg needs a path), whose derived files are then stored beside the original.
    const local = await localMediaFolder([doc.filename])
    const dir = local.dir
    try {
      let made
      try {
        // A long transcode beats like a release build, so the recovery only resumes dead ones.
        made = await whileBeating(payload, job.id, () => makeRenditions({ dir, filename: doc.filename, kind, durationSeconds: doc.durationSeconds }))
        for (const file of [made.poster, made.lowBandwidth]) if (file) await putMediaFile(file.filename, path.join(dir, file.filename), file.mimeType)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        payload.logger.warn(`Media ${doc.id} (${doc.filename}): no renditions: ${reason}`)
        if (made) await removeStoredMediaFiles([made.poster?.filename, made.lowBandwidth?.filename]).catch(() => {})
        await recordRenditions(req, doc.id, { status: 'failed', reason, poster: {}, lowBandwidth: {} }).catch(() => {})
        return { output: { status: 'failed' } }
      }
      const outputs = [made.poster?.filename, made.lowBandwidth?.filename]
      try {
        const current = await find()
        if (!current || current.filename !== input.filename) throw new Error('the media file was deleted or replaced meanwhile')
        // A resumed job may have finished elsewhere first: keep its files, not two sets.
        if (current.renditions?.status === 'ready') throw new Error('another run already made them')
        await recordRenditions(req, doc.id, { status: 'ready', reason: null, poster: asStored(made.poster), lowBandwidth: asStored(made.lowBandwidth) })
      } catch (error) {
        await removeDerivedFiles(dir, outputs)
        await removeStoredMediaFiles(outputs).catch(() => {})
        payload.logger.info(`Media ${doc.id}: renditions discarded (${error instanceof Error ? error.message : error}).`)
        return { output: { status: 'skipped' } }
      }
    } finally {
      await local.release()
    }
    return { output: { status: 'ready' } }
  },
}

/** Runs the queued rendition jobs now (tests, the seed). */
export const runRenditionJobs = (payload: Payload) => runJobs(payload, { task: RENDITIONS_TASK, limit: 50 })
