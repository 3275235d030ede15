/** The object store's settings and object keys (src/core/files/storage.ts): plain functions. */
import { expect, test } from 'vitest'

import { generatedObjectKey, mediaObjectKey, objectStoreSettings } from '@/core/files/storage'

test('without S3_BUCKET files stay on disk; with it the S3_* variables are read', () => {
  expect(objectStoreSettings({})).toBeNull()
  expect(objectStoreSettings({ S3_BUCKET: '  ' })).toBeNull()
  expect(
    objectStoreSettings({ S3_BUCKET: 'media', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'true' }),
  ).toEqual({ bucket: 'media', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' }, forcePathStyle: true })
  expect(objectStoreSettings({ S3_BUCKET: 'media', S3_REGION: 'eu-west-1' })).toEqual({ bucket: 'media', endpoint: undefined, region: 'eu-west-1', credentials: undefined, forcePathStyle: false })
})

test('a key without its secret (or the reverse) stops the start with a message', () => {
  expect(() => objectStoreSettings({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/)
})

test('media keys are plain names; generated keys stay under generated/ and never climb out', () => {
  expect(mediaObjectKey('foto.png')).toBe('foto.png')
  for (const bad of ['', '../x', 'a/b.png', 'a\\b', '..', 'x\0']) expect(mediaObjectKey(bad)).toBeNull()
  expect(generatedObjectKey('releases/7/manual.pdf')).toBe('generated/releases/7/manual.pdf')
  for (const bad of ['', '/etc/passwd', '../x', 'releases/../../x', 'releases//7', 'a\\b', './x']) expect(generatedObjectKey(bad), bad).toBeNull()
})
