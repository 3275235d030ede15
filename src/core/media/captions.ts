/**
 * Caption files: WebVTT validated with webvtt-parser, SRT converted to WebVTT.
 * SRT is parsed by hand because no maintained SRT library is installed; the format is small
 * (numbered blocks, one "HH:MM:SS,mmm --> HH:MM:SS,mmm" line, text) and the result is checked
 * again by the WebVTT parser.
 */
import webvtt from 'webvtt-parser'

import type { Bilingual, Language } from '@/core/language'
import { webVttParserMessage } from './captionMessages'

export interface CaptionProblem {
  line: number
  /** In both languages of the admin: the refusal is shown in the uploader's. */
  reason: Bilingual
}

const NO_CUES: Bilingual = { es: 'El archivo no tiene subtítulos con tiempos.', en: 'The file has no cues (no timed captions).' }

export type CaptionResult = { ok: true; vtt: string; cues: number } | { ok: false; problems: CaptionProblem[] }

/** Text of a caption file: UTF-8 (a BOM is dropped); anything else is refused. */
export function decodeCaptionText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

export function validateWebVtt(text: string): CaptionResult {
  const { cues, errors } = new webvtt.WebVTTParser().parse(text, 'metadata')
  if (errors.length > 0) return { ok: false, problems: errors.map((error) => ({ line: error.line, reason: webVttParserMessage(error.message) })) }
  if (cues.length === 0) return { ok: false, problems: [{ line: 1, reason: NO_CUES }] }
  return { ok: true, vtt: text, cues: cues.length }
}

const SRT_TIMING = /^(\d{2,}):(\d{2}):(\d{2})[,.](\d{3})\s+-->\s+(\d{2,}):(\d{2}):(\d{2})[,.](\d{3})(?:\s.*)?$/

function seconds(h: string, m: string, s: string, ms: string): number | null {
  if (Number(m) > 59 || Number(s) > 59) return null
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000
}

function vttTimestamp(h: string, m: string, s: string, ms: string): string {
  return `${h}:${m}:${s}.${ms}`
}

/** Converts SRT to WebVTT, or lists the lines that are wrong. */
export function srtToWebVtt(text: string): CaptionResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const problems: CaptionProblem[] = []
  const cues: string[] = []
  let index = 0
  let previousStart = -1
  while (index < lines.length) {
    while (index < lines.length && lines[index].trim() === '') index++
    if (index >= lines.length) break
    // Optional cue number, then the timing line.
    if (/^\d+$/.test(lines[index].trim()) && index + 1 < lines.length && lines[index + 1].includes('-->')) index++
    const timingLine = index + 1
    const timing = lines[index].trim().match(SRT_TIMING)
    if (!timing) {
      problems.push({
        line: timingLine,
        reason: lines[index].includes('-->')
          ? {
              es: `La línea de tiempos «${lines[index].trim()}» no tiene la forma «HH:MM:SS,mmm --> HH:MM:SS,mmm».`,
              en: `Timestamp line "${lines[index].trim()}" is not "HH:MM:SS,mmm --> HH:MM:SS,mmm".`,
            }
          : {
              es: `Se esperaba un número de subtítulo o una línea de tiempos, y dice «${lines[index].trim().slice(0, 60)}».`,
              en: `Expected a cue number or a timestamp line, found "${lines[index].trim().slice(0, 60)}".`,
            },
      })
      while (index < lines.length && lines[index].trim() !== '') index++
      continue
    }
    const [, h1, m1, s1, ms1, h2, m2, s2, ms2] = timing
    const start = seconds(h1, m1, s1, ms1)
    const end = seconds(h2, m2, s2, ms2)
    if (start === null || end === null) {
      problems.push({ line: timingLine, reason: { es: 'Minutos y segundos deben ser menores que 60.', en: 'Minutes and seconds must be below 60.' } })
    } else if (end <= start) {
      problems.push({ line: timingLine, reason: { es: 'El final del subtítulo no es posterior a su inicio.', en: 'The end time is not after the start time.' } })
    } else if (start < previousStart) {
      problems.push({ line: timingLine, reason: { es: 'El subtítulo empieza antes que el anterior.', en: 'The cue starts before the previous cue.' } })
    }
    if (start !== null) previousStart = start
    index++
    const textLines: string[] = []
    while (index < lines.length && lines[index].trim() !== '') {
      // "-->" inside cue text would end the cue in WebVTT.
      textLines.push(lines[index].replace(/-->/g, '→'))
      index++
    }
    if (textLines.length === 0) problems.push({ line: timingLine, reason: { es: 'El subtítulo no tiene texto.', en: 'The cue has no text.' } })
    cues.push(`${vttTimestamp(h1, m1, s1, ms1)} --> ${vttTimestamp(h2, m2, s2, ms2)}\n${textLines.join('\n')}`)
  }
  if (problems.length > 0) return { ok: false, problems }
  if (cues.length === 0) return { ok: false, problems: [{ line: 1, reason: NO_CUES }] }
  const vtt = `WEBVTT\n\n${cues.join('\n\n')}\n`
  const checked = validateWebVtt(vtt)
  return checked.ok
    ? checked
    : {
        ok: false,
        problems: checked.problems.map((p) => ({
          ...p,
          reason: { es: `Tras convertirlo a WebVTT: ${p.reason.es}`, en: `After conversion to WebVTT: ${p.reason.en}` },
        })),
      }
}

/** The first problems, each with its line, in one language, as one sentence: "línea 6: …; línea 9: … (y 2 más)." */
export function describeProblems(problems: CaptionProblem[], language: Language = 'en', limit = 5): string {
  const line = language === 'es' ? 'línea' : 'line'
  const shown = problems.slice(0, limit).map((p) => `${line} ${p.line}: ${p.reason[language].replace(/\.$/, '')}`)
  const rest = problems.length - limit
  const more = rest > 0 ? (language === 'es' ? ` (y ${rest} más)` : ` (and ${rest} more)`) : ''
  return `${shown.join('; ')}${more}.`
}
