/**
 * Payload's own start-up check that every Payload package has payload's version is off
 * (payload.config.ts): @payloadcms/storage-s3 and the cloud-storage plugin stop at 3.90.1 on the
 * registry. This is that check, with only that known patch gap allowed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const installed = (name: string): string => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version
const PATCH_BEHIND = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])

test('every Payload package has payload’s version, the storage adapter at most a patch behind on the same minor', () => {
  const payload = installed('payload')
  const [major, minor] = payload.split('.')
  const names = fs.readdirSync(path.join(root, 'node_modules/@payloadcms')).map((name) => `@payloadcms/${name}`)
  expect(names).toContain('@payloadcms/storage-s3')
  for (const name of names) {
    const version = installed(name)
    if (PATCH_BEHIND.has(name)) expect(version.split('.').slice(0, 2), name).toEqual([major, minor])
    else expect(version, name).toBe(payload)
  }
  // One payload and one @payloadcms/ui in the tree: the adapter's admin parts share our UI's React contexts.
  for (const nested of ['@payloadcms/plugin-cloud-storage/node_modules/payload', '@payloadcms/plugin-cloud-storage/node_modules/@payloadcms/ui', '@payloadcms/storage-s3/node_modules/payload']) {
    expect(fs.existsSync(path.join(root, 'node_modules', nested)), nested).toBe(false)
  }
})
