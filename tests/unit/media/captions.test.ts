import { describe, expect, test } from 'vitest'

import { decodeCaptionText, describeProblems, srtToWebVtt, validateWebVtt } from '@/core/media/captions'

describe('WebVTT', () => {
  test('a good file passes with its cue count', () => {
    const result = validateWebVtt('WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHola\n\n00:00:01.500 --> 00:00:03.000\nAdiós\n')
    expect(result).toMatchObject({ ok: true, cues: 2 })
  })

  test('a broken file names the line and the reason', () => {
    const result = validateWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n\n00:00:00.500 --> 00:00:03.000\nx\n')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(describeProblems(result.problems)).toBe('line 6: Start timestamp is not greater than or equal to start timestamp of previous cue.')
  })

  test('a file with a signature and no cues is refused', () => {
    expect(validateWebVtt('WEBVTT\n')).toMatchObject({ ok: false, problems: [{ line: 1 }] })
  })

  test('text that is not UTF-8 is not decoded', () => {
    expect(decodeCaptionText(Buffer.from([0x57, 0x45, 0xf1, 0x0a]))).toBeNull()
    expect(decodeCaptionText(Buffer.from('\uFEFFWEBVTT', 'utf8'))).toBe('WEBVTT')
  })
})

describe('SRT to WebVTT', () => {
  test('converts comma timestamps, drops numbers, keeps multi-line text', () => {
    const result = srtToWebVtt('1\n00:00:00,000 --> 00:00:02,000\nLínea uno\nLínea dos\n\n2\n00:00:02,000 --> 00:00:04,000\nTres\n')
    expect(result).toEqual({
      ok: true,
      cues: 2,
      vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nLínea uno\nLínea dos\n\n00:00:02.000 --> 00:00:04.000\nTres\n',
    })
  })

  test('an arrow inside the text cannot end the cue early', () => {
    const result = srtToWebVtt('1\n00:00:00,000 --> 00:00:02,000\nantes --> después\n')
    expect(result.ok && result.vtt).toContain('antes → después')
  })

  test.each([
    ['seconds over 59', '1\n00:00:75,000 --> 00:00:76,000\nHola\n', 'line 2: Minutes and seconds must be below 60.'],
    ['end before start', '1\n00:00:05,000 --> 00:00:04,000\nHola\n', 'line 2: The end time is not after the start time.'],
    ['one-digit hours', '1\n0:00:01,000 --> 0:00:02,000\nHola\n', 'line 2: Timestamp line "0:00:01,000 --> 0:00:02,000" is not "HH:MM:SS,mmm --> HH:MM:SS,mmm".'],
    ['no timing at all', 'Hola\nAdiós\n', 'line 1: Expected a cue number or a timestamp line, found "Hola".'],
    ['a cue without text', '1\n00:00:01,000 --> 00:00:02,000\n', 'line 2: The cue has no text.'],
  ])('refuses %s, naming the line', (_label, srt, expected) => {
    const result = srtToWebVtt(srt)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(describeProblems(result.problems)).toBe(expected)
  })
})
