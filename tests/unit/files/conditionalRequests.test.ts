import { describe, expect, test } from 'vitest'

import { etagMatches, isNotModified, parseRange, rangeApplies } from '@/core/files/conditionalRequests'

const etag = '"abc123"'
const lastModified = new Date('2026-11-20T10:00:00Z')
const headersOf = (values: Record<string, string>) => (name: string) => values[name] ?? null

describe('If-None-Match', () => {
  test('matches the ETag in a list, weakly, or *; not another ETag', () => {
    expect(etagMatches(etag, etag)).toBe(true)
    expect(etagMatches(`"old", ${etag}`, etag)).toBe(true)
    expect(etagMatches(`W/${etag}`, etag)).toBe(true)
    expect(etagMatches('*', etag)).toBe(true)
    expect(etagMatches('"old"', etag)).toBe(false)
    expect(etagMatches(null, etag)).toBe(false)
  })

  test('If-None-Match decides alone; If-Modified-Since only without it', () => {
    const later = 'Fri, 20 Nov 2026 11:00:00 GMT'
    const earlier = 'Fri, 20 Nov 2026 09:00:00 GMT'
    expect(isNotModified(headersOf({ 'if-modified-since': later }), etag, lastModified)).toBe(true)
    expect(isNotModified(headersOf({ 'if-modified-since': earlier }), etag, lastModified)).toBe(false)
    expect(isNotModified(headersOf({ 'if-modified-since': 'yesterday' }), etag, lastModified)).toBe(false)
    expect(isNotModified(headersOf({ 'if-none-match': '"old"', 'if-modified-since': later }), etag, lastModified)).toBe(false)
    expect(isNotModified(headersOf({}), etag, lastModified)).toBe(false)
  })
})

describe('Range', () => {
  test('one range, open-ended, suffix, or clipped to the end', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 })
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 })
    expect(parseRange('bytes=500-99999', 1000)).toEqual({ start: 500, end: 999 })
  })

  test('past the end is unsatisfiable; malformed or several ranges send the whole file', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable')
    for (const header of ['bytes=5-1', 'items=0-9', 'bytes=a-b', 'bytes=-', 'bytes=0-1,5-9', null]) {
      expect(parseRange(header, 1000), String(header)).toBeNull()
    }
  })

  test('If-Range: the same ETag or a date not older than the file keeps the range', () => {
    expect(rangeApplies(null, etag, lastModified)).toBe(true)
    expect(rangeApplies(etag, etag, lastModified)).toBe(true)
    expect(rangeApplies('"old"', etag, lastModified)).toBe(false)
    expect(rangeApplies(`W/${etag}`, etag, lastModified)).toBe(false)
    expect(rangeApplies(lastModified.toUTCString(), etag, lastModified)).toBe(true)
    expect(rangeApplies('Fri, 20 Nov 2026 09:00:00 GMT', etag, lastModified)).toBe(false)
  })
})
