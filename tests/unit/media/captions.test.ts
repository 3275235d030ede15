import { describe, expect, test } from 'vitest'

import { decodeCaptionText, describeProblems, srtToWebVtt, validateWebVtt } from '@/core/media/captions'

describe('WebVTT', () => {
  test('a good file passes with its cue count', () => {
    const result = validateWebVtt('WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHola\n\n00:00:01.500 --> 00:00:03.000\nAdiós\n')
    expect(result).toMatchObject({ ok: true, cues: 2 })
  })

  test('a broken file names the line and the reason, in the language asked for', () => {
    const result = validateWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n\n00:00:00.500 --> 00:00:03.000\nx\n')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(describeProblems(result.problems, 'es')).toBe('línea 6: El subtítulo empieza antes que el anterior.')
      expect(describeProblems(result.problems, 'en')).toBe('line 6: The cue starts before the previous cue.')
    }
  })

  test('an end before its start, and a missing signature, are explained in Spanish', () => {
    const backwards = validateWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nHola\n')
    expect(!backwards.ok && describeProblems(backwards.problems, 'es')).toBe('línea 3: El final del subtítulo no es posterior a su inicio.')
    const unsigned = validateWebVtt('00:00:01.000 --> 00:00:02.000\nHola\n')
    expect(!unsigned.ok && describeProblems(unsigned.problems, 'es')).toMatch(/^línea 1: Falta la firma: el archivo debe empezar con «WEBVTT»/)
  })

  test('more than five problems: the first five and how many more', () => {
    const cues = Array.from({ length: 7 }, (_, i) => `00:00:0${9 - i}.000 --> 00:00:0${9 - i}.500\nx`).join('\n\n')
    const result = validateWebVtt(`WEBVTT\n\n${cues}\n`)
    expect(!result.ok && describeProblems(result.problems, 'es')).toMatch(/\(y 1 más\)\.$/)
    expect(!result.ok && describeProblems(result.problems, 'en')).toMatch(/\(and 1 more\)\.$/)
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
    ['end before start (Spanish)', '1\n00:00:05,000 --> 00:00:04,000\nHola\n', 'línea 2: El final del subtítulo no es posterior a su inicio.'],
    ['one-digit hours', '1\n0:00:01,000 --> 0:00:02,000\nHola\n', 'line 2: Timestamp line "0:00:01,000 --> 0:00:02,000" is not "HH:MM:SS,mmm --> HH:MM:SS,mmm".'],
    ['no timing at all', 'Hola\nAdiós\n', 'line 1: Expected a cue number or a timestamp line, found "Hola".'],
    ['a cue without text', '1\n00:00:01,000 --> 00:00:02,000\n', 'line 2: The cue has no text.'],
  ])('refuses %s, naming the line', (_label, srt, expected) => {
    const result = srtToWebVtt(srt)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(describeProblems(result.problems, expected.startsWith('línea') ? 'es' : 'en')).toBe(expected)
  })
})
