/**
 * A release's build state (`status`, `failureReason`, `files`) written alone, in one transaction.
 *
 * Why not `payload.update`: it writes back every field of the document, the frozen snapshot (about
 * 1 MB of JSON for the seeded women's track) and the changes list included, and reads it all
 * before and after. Measured on the seeded track (SQLite, our 2-core machine): 110–130 ms for
 * the `ready` write, on the path from `POST` to `ready`, where only a status and five file rows
 * change. The adapter's own update (`payload.db.updateOne`) sets just the fields given. MongoDB
 * sets the file rows as given (one `$set`). The SQL adapters write an array by an INSERT … ON
 * CONFLICT whose NOT NULL checks want every required column, so there the rows are added
 * (`$push`) to a release that has none (a release is built without files, and sent back to
 * building without them), and rows already there are replaced by `payload.update`, whose full
 * write that rare case keeps. The collection's `afterChange` hooks then run as after
 * `payload.update` (caches forgotten, other instances told), with the fields written as the
 * document. Only the build and its repair write these fields: nothing a person edits is
 * bypassed (the collection's `beforeChange` lets system writes through unchanged).
 */
import crypto from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { RELEASE_SYSTEM_WRITE, RELEASES_SLUG } from '@collections/ManualReleases/constants'
import type { ManualRelease } from '@payload-types'

type FileRow = NonNullable<ManualRelease['files']>[number]

export interface ReleaseState {
  status: ManualRelease['status']
  failureReason?: string | null
  /** Replaces the release's file rows (an empty list removes them). */
  files?: Omit<FileRow, 'id'>[]
}

/** Payload's array row ids are 24 hex digits (an ObjectId's), on every adapter. */
const rowId = (): string => crypto.randomBytes(12).toString('hex')

export async function writeReleaseState(payload: Payload, id: number | string, state: ReleaseState): Promise<void> {
  const data: Record<string, unknown> = { status: state.status }
  if (state.failureReason !== undefined) data.failureReason = state.failureReason
  const req = await createLocalReq({ context: { [RELEASE_SYSTEM_WRITE]: true } }, payload)
  const collection = payload.collections[RELEASES_SLUG as 'manual-releases'].config
  const shouldCommit = await initTransaction(req)
  try {
    const files = state.files?.map((file) => ({ ...file, id: rowId() }))
    const setsArrays = payload.db.name === 'mongoose'
    const current = files && !setsArrays
      ? ((await payload.db.findOne({ collection: RELEASES_SLUG, where: { id: { equals: id } }, select: { files: true }, req })) as Pick<ManualRelease, 'files'> | null)
      : null
    if (files && current?.files?.length) {
      await payload.update({
        collection: RELEASES_SLUG as 'manual-releases',
        id,
        data: { ...data, files } as Partial<ManualRelease>,
        depth: 0,
        overrideAccess: true,
        req,
        context: req.context,
      })
    } else {
      if (files && setsArrays) data.files = files
      else if (files?.length) data.files = { $push: files }
      await payload.db.updateOne({ collection: RELEASES_SLUG, id, data, req, returning: false })
      const doc = { id, ...data, ...(files ? { files } : {}) }
      for (const hook of collection.hooks?.afterChange ?? []) {
        await hook({ collection, context: req.context, data: doc, doc, operation: 'update', previousDoc: doc, req })
      }
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
