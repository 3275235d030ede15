/**
 * Removes the metadata segments of a JPEG without touching its compressed pixels.
 *
 * Why by hand: re-encoding a 12-megapixel photo only to drop its EXIF costs about half a second
 * and a generation of JPEG loss; the npm packages that strip losslessly handle EXIF alone (not XMP,
 * IPTC, comments, or the extra pictures phones append after the main image) and are unmaintained.
 * The JPEG segment layout (ITU T.81 annex B) is small and stable, so this walks it directly.
 *
 * Kept: everything needed to decode the picture (tables, frame and scan headers, restart
 * intervals), JFIF (APP0), the ICC colour profile (APP2 "ICC_PROFILE", says nothing about who or
 * where) and Adobe's colour transform flag (APP14). Dropped: EXIF and XMP (APP1, which hold GPS,
 * camera serial numbers, names), IPTC (APP13), every other APPn, comments, and anything after the
 * end of the main picture (multi-picture files, gain maps, appended data).
 *
 * Returns null when the bytes are not a JPEG this walk understands: the caller then re-encodes.
 */
export function stripJpegMetadata(jpeg: Uint8Array): Buffer | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)]
  let offset = 2
  while (offset < jpeg.length) {
    if (jpeg[offset] !== 0xff) return null
    // Any number of 0xFF fill bytes may precede a marker.
    while (offset < jpeg.length && jpeg[offset] === 0xff) offset++
    if (offset >= jpeg.length) return null
    const marker = jpeg[offset]
    const markerStart = offset - 1
    offset++
    if (marker === 0xd9) {
      kept.push(jpeg.subarray(markerStart, offset))
      return Buffer.concat(kept)
    }
    // Markers without a length field (TEM, RSTn) carry nothing to drop.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(jpeg.subarray(markerStart, offset))
      continue
    }
    if (offset + 2 > jpeg.length) return null
    const length = (jpeg[offset] << 8) | jpeg[offset + 1]
    if (length < 2 || offset + length > jpeg.length) return null
    const segmentEnd = offset + length
    const payload = jpeg.subarray(offset + 2, segmentEnd)
    if (keepSegment(marker, payload)) kept.push(jpeg.subarray(markerStart, segmentEnd))
    offset = segmentEnd
    if (marker === 0xda) {
      // Start of scan: entropy-coded data follows up to the next real marker (0xFF followed by
      // neither a stuffed zero nor a restart marker).
      const dataStart = offset
      while (offset < jpeg.length) {
        if (jpeg[offset] === 0xff && offset + 1 < jpeg.length) {
          const next = jpeg[offset + 1]
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break
        }
        offset++
      }
      if (offset >= jpeg.length) return null
      kept.push(jpeg.subarray(dataStart, offset))
    }
  }
  return null
}

const startsWith = (payload: Uint8Array, signature: string) =>
  payload.length >= signature.length && Buffer.from(payload.subarray(0, signature.length)).toString('latin1') === signature

function keepSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xfe) return false // comment
  if (marker >= 0xe0 && marker <= 0xef) {
    if (marker === 0xe0) return startsWith(payload, 'JFIF\0')
    if (marker === 0xe2) return startsWith(payload, 'ICC_PROFILE\0')
    if (marker === 0xee) return startsWith(payload, 'Adobe')
    return false
  }
  return true
}
