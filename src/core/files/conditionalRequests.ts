/**
 * The parts of HTTP conditional and range requests (RFC 9110 §13, §14) that a file download
 * decides on. Plain functions: the download endpoint and the direct download server share them.
 */

/** Entity-tag list matching, weak comparison (what If-None-Match uses). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}

export type ByteRange = { start: number; end: number }

/**
 * The single byte range a `Range` header asks for: a range, 'unsatisfiable' (416), or null to
 * ignore the header and send the whole file (malformed, not bytes, or several ranges).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header)
  if (!match) return null
  const specs = match[1].split(',').map((spec) => spec.trim()).filter(Boolean)
  if (specs.length !== 1) return null
  const range = /^(\d*)-(\d*)$/.exec(specs[0])
  if (!range || (range[1] === '' && range[2] === '')) return null
  if (range[1] === '') {
    // Suffix: the last N bytes.
    const length = Number(range[2])
    if (length === 0 || size === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - length), end: size - 1 }
  }
  const start = Number(range[1])
  const end = range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1)
  if (range[2] !== '' && Number(range[2]) < start) return null
  if (start >= size) return 'unsatisfiable'
  return { start, end }
}

/** Whether the client's copy is current: If-None-Match wins over If-Modified-Since. */
export function isNotModified(
  header: (name: string) => string | null,
  etag: string,
  lastModified: Date,
): boolean {
  const ifNoneMatch = header('if-none-match')
  if (ifNoneMatch) return etagMatches(ifNoneMatch, etag)
  const ifModifiedSince = header('if-modified-since')
  const since = ifModifiedSince ? Date.parse(ifModifiedSince) : Number.NaN
  return !Number.isNaN(since) && lastModified.getTime() <= since
}

/** If-Range: a range applies only to the representation the client already has part of. */
export function rangeApplies(ifRange: string | null, etag: string, lastModified: Date): boolean {
  if (!ifRange) return true
  const value = ifRange.trim()
  if (value.startsWith('"') || value.startsWith('W/')) return value === etag
  return Date.parse(value) >= lastModified.getTime()
}

/**
 * Set by the API route on the GET it makes of a HEAD request (Payload's endpoints answer GET
 * only), so a download endpoint knows not to count it; removed from every request that comes in.
 */
export const HEAD_REQUEST_HEADER = 'x-reeduca-head-request'
