import { describe, expect, test } from 'vitest'

import { resourceGaps } from '@/core/media/publishReadiness'
import { directlyInside } from '@/core/media/renditions'
import { ffmpegCommand, lowBandwidthAudioArgs, lowBandwidthVideoArgs, posterArgs, posterSeekSeconds, transcodeTimeoutMs } from '@/core/media/transcode'

describe('ffmpeg arguments', () => {
  test('the low-bandwidth video is H.264 main at most 360p, ~350 kbps, AAC mono, fast start, no metadata', () => {
    const args = lowBandwidthVideoArgs('/m/clip.mp4', '/tmp/x/out.mp4')
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect(after('-c:v')).toBe('libx264')
    expect(after('-profile:v')).toBe('main')
    expect(after('-vf')).toBe("scale=-2:'min(360,ih)'")
    expect(after('-b:v')).toBe('350k')
    expect(after('-c:a')).toBe('aac')
    expect(after('-ac')).toBe('1')
    expect(after('-movflags')).toBe('+faststart')
    expect(after('-map_metadata')).toBe('-1')
    // The input and output are single arguments: a name with spaces or quotes is never split or interpreted.
    expect(args).toContain('/m/clip.mp4')
    expect(args.at(-1)).toBe('/tmp/x/out.mp4')
  })

  test('a file name that looks like an option stays an argument after -i', () => {
    const args = posterArgs('-evil.mp4', 'out.jpg', 1)
    expect(args[args.indexOf('-i') + 1]).toBe('-evil.mp4')
    expect(lowBandwidthAudioArgs('a b;rm -rf.wav', 'o.m4a')).toContain('a b;rm -rf.wav')
  })

  test('the poster frame is a little into the video, never past its first quarter', () => {
    expect(posterSeekSeconds(undefined)).toBe(1)
    expect(posterSeekSeconds(2)).toBe(0.5)
    expect(posterSeekSeconds(600)).toBe(3)
  })

  test('the timeout grows with the duration, within bounds, and can be configured', () => {
    expect(transcodeTimeoutMs(5, {})).toBe(60_000)
    expect(transcodeTimeoutMs(3600, {})).toBe(3600 * 3000)
    expect(transcodeTimeoutMs(10, { REEDUCA_FFMPEG_TIMEOUT_MS: '1234' })).toBe(1234)
  })

  test('REEDUCA_DISABLE_FFMPEG switches the feature off', () => {
    expect(ffmpegCommand({ REEDUCA_DISABLE_FFMPEG: '1' })).toBeNull()
  })
})

test('derived files stay inside the media folder', () => {
  expect(directlyInside('/srv/media', 'clip-poster.jpg')).toBe('/srv/media/clip-poster.jpg')
  for (const name of ['../etc/passwd', '/etc/passwd', 'sub/clip.jpg', 'a\0b', '', null]) expect(directlyInside('/srv/media', name)).toBeNull()
})

describe('resource gaps for the list filters', () => {
  test('video without Spanish captions; captions languages listed once', () => {
    expect(resourceGaps({ kind: 'video', file: 1, captions: [{ language: 'en', file: 2 }, { language: 'en', file: 3 }] }, null)).toEqual({
      captionLocales: ['en'],
      missingSpanishCaptions: true,
      missingAltText: false,
    })
    expect(resourceGaps({ kind: 'audio', captions: [{ language: 'es', file: 2 }, { language: 'yua', file: null }] }, null)).toMatchObject({ captionLocales: ['es'], missingSpanishCaptions: false })
  })

  test('image alt text is needed in every required locale', () => {
    expect(resourceGaps({ kind: 'image', file: 1 }, { es: 'Rueda', en: '' }, ['es', 'en']).missingAltText).toBe(true)
    expect(resourceGaps({ kind: 'image', file: 1 }, { es: 'Rueda', en: 'Wheel' }, ['es', 'en']).missingAltText).toBe(false)
    expect(resourceGaps({ kind: 'document', file: 1 }, null).missingAltText).toBe(false)
  })
})
