/**
 * Partial uploads left by a crash (issue 16, item 11): each instance has its own temp folder, and
 * a starting instance removes what stopped instances left, never what a running one is writing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, test } from 'vitest'

import { cleanUploadTempDir, instancePid, instanceUploadTempDir } from '@/core/files/uploadTemp'
import { uploadOptions } from '@collections/Media/uploadOptions'

let base: string
let env: Record<string, string>
beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-upload-temp-'))
  env = { UPLOAD_TEMP_DIR: base }
})
afterEach(() => fs.rmSync(base, { recursive: true, force: true }))

test('uploads stream into a folder of this instance, under the upload temp folder', () => {
  const folder = instanceUploadTempDir(env)
  expect(path.dirname(folder)).toBe(base)
  expect(instancePid(path.basename(folder))).toBe(process.pid)
  expect(uploadOptions(env).tempFileDir).toBe(folder)
})

test('at start, what stopped instances left is removed; running instances keep theirs', async () => {
  const mine = instanceUploadTempDir(env)
  const running = path.join(base, 'instance-4242-abc')
  const crashed = path.join(base, 'instance-4343-def')
  for (const folder of [mine, running, crashed]) fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(mine, 'tmp-1'), 'mine, uploading')
  fs.writeFileSync(path.join(running, 'tmp-2'), 'another instance, uploading')
  fs.writeFileSync(path.join(crashed, 'tmp-3'), Buffer.alloc(1024 * 1024))
  // Left by a version that shared one folder.
  fs.writeFileSync(path.join(base, 'tmp-1700000000000'), 'partial')

  const removed = await cleanUploadTempDir(env, (pid) => pid === 4242)
  expect(removed.sort()).toEqual(['instance-4343-def', 'tmp-1700000000000'])
  expect(fs.existsSync(path.join(mine, 'tmp-1'))).toBe(true)
  expect(fs.existsSync(path.join(running, 'tmp-2'))).toBe(true)
  expect(fs.existsSync(crashed)).toBe(false)
})

test('a missing upload temp folder is nothing to clean', async () => {
  expect(await cleanUploadTempDir({ UPLOAD_TEMP_DIR: path.join(base, 'absent') })).toEqual([])
})
