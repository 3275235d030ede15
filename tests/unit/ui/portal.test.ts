import { describe, expect, test } from 'vitest'

import { fileSize, formatElapsed, telHref } from '@/ui/format'
import { safeLocalPath } from '@/ui/strings'
import { activityElapsed, initialTimer, next, parseTimer, pause, start, totalElapsed } from '@/core/curriculum/sessionTimer'

describe('the session timer', () => {
  test('counts while running, holds while paused, and resumes from where it was', () => {
    let state = start(initialTimer(), 1_000)
    expect(totalElapsed(state, 61_000)).toBe(60_000)
    state = pause(state, 61_000)
    expect(totalElapsed(state, 999_000)).toBe(60_000)
    state = start(state, 100_000)
    expect(totalElapsed(state, 130_000)).toBe(90_000)
  })

  test('next activity restarts the activity clock, not the session total', () => {
    let state = start(initialTimer(), 0)
    state = next(state, 300_000, 3)
    expect(state.activityIndex).toBe(1)
    expect(activityElapsed(state, 360_000)).toBe(60_000)
    expect(totalElapsed(state, 360_000)).toBe(360_000)
    state = next(next(state, 400_000, 3), 500_000, 3)
    expect(state.activityIndex).toBe(3)
    expect(next(state, 600_000, 3)).toBe(state)
  })

  test('a stored state survives the round trip (a page reload); anything else is refused', () => {
    const state = start(initialTimer(), 5_000)
    expect(parseTimer(JSON.stringify(state))).toEqual(state)
    expect(parseTimer('not json')).toBeNull()
    expect(parseTimer(JSON.stringify({ activityIndex: -1, elapsedMs: 0, activityStartedAtMs: 0, runningSince: null }))).toBeNull()
    expect(parseTimer(null)).toBeNull()
  })
})

describe('formatting', () => {
  test('elapsed time reads as minutes and seconds, as the session’s 150:00 does', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(65_000)).toBe('1:05')
    expect(formatElapsed(150 * 60_000 + 30_000)).toBe('150:30')
    expect(formatElapsed(-5)).toBe('0:00')
  })

  test('file sizes read as a phone shows them, to three figures, with the reader’s decimal mark', () => {
    expect(fileSize(658_158, 'es')).toBe('658 kB')
    expect(fileSize(2_876_419, 'es')).toBe('2,88 MB')
    expect(fileSize(2_876_419, 'en')).toBe('2.88 MB')
    expect(fileSize(199, 'en')).toBe('199 B')
    expect(fileSize(0, 'es')).toBe('0 B')
    // Unknown is left blank rather than shown as a wrong figure.
    expect(fileSize(null, 'es')).toBe('')
    expect(fileSize(undefined, 'en')).toBe('')
    expect(fileSize(Number.NaN, 'en')).toBe('')
  })

  test('phone numbers become tel: links a phone can dial', () => {
    expect(telHref('800 10 84 053')).toBe('tel:8001084053')
    expect(telHref('+52 (55) 5533-5533')).toBe('tel:+525555335533')
  })

  test('redirects stay on this site', () => {
    expect(safeLocalPath('/servicios?estado=colima')).toBe('/servicios?estado=colima')
    expect(safeLocalPath('//evil.example/')).toBe('/')
    expect(safeLocalPath('https://evil.example/')).toBe('/')
    expect(safeLocalPath('/\\evil.example')).toBe('/')
  })

  test('redirects stay on this site however the browser would read them (WHATWG URL rules)', () => {
    // A tab, CR or LF between the slashes is dropped by the browser: `//evil.example`.
    expect(safeLocalPath('/\t/evil.example')).toBe('/')
    expect(safeLocalPath('/\r\n/evil.example')).toBe('/')
    expect(safeLocalPath('/./\t/evil.example', '/portal')).toBe('/portal')
    expect(safeLocalPath('/.//evil.example')).toBe('/')
    expect(safeLocalPath('/%2F/evil.example')).toBe('/%2F/evil.example')
    // Header-safe: line breaks gone, non-ASCII percent-encoded, the path itself kept.
    expect(safeLocalPath('/portal\r\nSet-Cookie: x=1')).toBe('/portalSet-Cookie:%20x=1')
    expect(safeLocalPath('/servicios?estado=yucatán')).toBe('/servicios?estado=yucat%C3%A1n')
    expect(safeLocalPath('/portal/sesión')).toBe('/portal/sesi%C3%B3n')
    expect(safeLocalPath('/portal/releases/3#agenda')).toBe('/portal/releases/3#agenda')
  })
})
