import { describe, expect, test } from 'vitest'

import { DEFAULT_MAX_BYTES, formatBytes, largestUpload, maxBytes, maxImagePixels } from '@/core/media/limits'

describe('media limits', () => {
  test('video defaults to 2 GiB and is the largest upload', () => {
    expect(DEFAULT_MAX_BYTES.video).toBe(2 * 1024 ** 3)
    expect(largestUpload({})).toBe(2 * 1024 ** 3)
    expect(formatBytes(largestUpload({}))).toBe('2 GiB')
  })

  test('each kind is configurable through the environment', () => {
    const env = { MEDIA_MAX_BYTES_IMAGE: '1000', MEDIA_MAX_BYTES_VIDEO: '5000', MEDIA_MAX_IMAGE_PIXELS: '400' }
    expect(maxBytes('image', env)).toBe(1000)
    expect(maxImagePixels(env)).toBe(400)
    expect(largestUpload({ ...env, MEDIA_MAX_BYTES_AUDIO: '10', MEDIA_MAX_BYTES_DOCUMENT: '10', MEDIA_MAX_BYTES_CAPTIONS: '10' })).toBe(5000)
  })

  test('a nonsense limit stops the server instead of being ignored', () => {
    expect(() => maxBytes('video', { MEDIA_MAX_BYTES_VIDEO: '2GB' })).toThrow(/MEDIA_MAX_BYTES_VIDEO must be a positive whole number/)
  })
})
