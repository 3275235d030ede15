import { describe, expect, test } from 'vitest'

import { readFfprobeJson } from '@/core/media/probe'

describe('ffprobe output', () => {
  test('a video gives duration, dimensions and both codecs', () => {
    const json = {
      format: { duration: '12.345678' },
      streams: [
        { codec_type: 'video', codec_name: 'h264', width: 1280, height: 720 },
        { codec_type: 'audio', codec_name: 'aac' },
      ],
    }
    expect(readFfprobeJson(json)).toEqual({ durationSeconds: 12.3, width: 1280, height: 720, videoCodec: 'h264', audioCodec: 'aac' })
  })

  test('audio has no dimensions; a missing or nonsense duration is left out', () => {
    expect(readFfprobeJson({ format: { duration: 'N/A' }, streams: [{ codec_type: 'audio', codec_name: 'pcm_s16le' }] })).toEqual({ audioCodec: 'pcm_s16le' })
    expect(readFfprobeJson({})).toEqual({})
  })
})
