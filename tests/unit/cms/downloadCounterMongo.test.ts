/**
 * On MongoDB the download counter's $inc must not move the release's updatedAt: a download is not
 * an edit. Mongoose's timestamps plugin adds `$set: { updatedAt }` to every updateOne unless told
 * not to, so the update the counter sends is read here, on a model with timestamps like Payload's,
 * just before it would reach a server (none is needed).
 */
import mongoose from 'mongoose'
import { expect, test } from 'vitest'

import { countDownload, flushDownloadCounts } from '@/cms/releases/downloadCounter'

test('a counted download on MongoDB sends only the $inc: updatedAt stays as it was', async () => {
  const connection = mongoose.createConnection()
  const schema = new mongoose.Schema({ files: [{ id: String, downloads: Number }] }, { timestamps: true })
  const sent: Record<string, unknown>[] = []
  schema.pre('updateOne', function () {
    sent.push(JSON.parse(JSON.stringify(this.getUpdate())))
    throw new Error('stop here: no server in a unit test')
  })
  const releases = connection.model('manual-releases', schema)
  const warnings: unknown[] = []
  const payload = {
    db: { name: 'mongoose', collections: { 'manual-releases': releases } },
    logger: { warn: (entry: unknown) => warnings.push(entry) },
  }
  const row = 'a'.repeat(24)
  countDownload(payload as never, '6b14f20ebacbe93736c65d41', row)
  countDownload(payload as never, '6b14f20ebacbe93736c65d41', row)
  await flushDownloadCounts()

  expect(sent).toEqual([{ $inc: { 'files.$.downloads': 2 } }])
  expect(warnings).toHaveLength(1)
})
