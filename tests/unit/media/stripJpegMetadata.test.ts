import sharp from 'sharp'
import { describe, expect, test } from 'vitest'

import { stripJpegMetadata } from '@/core/media/stripJpegMetadata'

// A picture with detail, so the compressed data holds escaped 0xFF bytes and restart markers matter.
async function picture(width = 320, height = 240): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer()
}

const pixelsOf = async (jpeg: Buffer) => sharp(jpeg).raw().toBuffer()

/** Inserts a segment right after SOI, as cameras place their APPn blocks. */
function withSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0])
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)])
}

const GPS = {
  IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Artist: 'Participant name' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 14/1 3000/100', GPSLongitudeRef: 'W', GPSLongitude: '103/1 43/1 1200/100' },
}

describe('stripping JPEG metadata without re-encoding', () => {
  test('EXIF with GPS, XMP, IPTC and comments are gone and the pixels are untouched', async () => {
    let photo: Buffer = await sharp(await picture()).jpeg({ quality: 90 }).withExif(GPS).toBuffer()
    photo = withSegment(photo, 0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>Ana</dc:creator></x:xmpmeta>'))
    photo = withSegment(photo, 0xed, Buffer.from('Photoshop 3.0\x008BIM\x04\x04 Sublocation: Colonia Centro'))
    photo = withSegment(photo, 0xfe, Buffer.from('Taken at the shelter on Calle 5'))
    const before = await sharp(photo).metadata()
    expect(before.exif?.length).toBeGreaterThan(0)
    expect(before.xmp?.length).toBeGreaterThan(0)

    const stripped = stripJpegMetadata(photo)!
    expect(stripped).not.toBeNull()
    const after = await sharp(stripped).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.iptc).toBeUndefined()
    for (const text of ['PhoneMaker', 'Participant name', 'Ana', 'Colonia Centro', 'Calle 5', 'Exif\0\0']) {
      expect(stripped.includes(Buffer.from(text)), text).toBe(false)
    }
    expect((await pixelsOf(stripped)).equals(await pixelsOf(photo))).toBe(true)
  })

  test('progressive JPEGs and the ICC colour profile come through whole', async () => {
    const source = await picture(333, 211)
    const progressive = await sharp(source).jpeg({ progressive: true }).withExif(GPS).toBuffer()
    const withProfile = await sharp(source).jpeg({ quality: 95 }).withIccProfile('p3').withExif(GPS).toBuffer()
    for (const jpeg of [progressive, withProfile]) {
      const stripped = stripJpegMetadata(jpeg)!
      expect(stripped).not.toBeNull()
      expect((await sharp(stripped).metadata()).exif).toBeUndefined()
      expect((await pixelsOf(stripped)).equals(await pixelsOf(jpeg))).toBe(true)
    }
    // The colour profile says how to show the colours, nothing about who or where.
    expect((await sharp(stripJpegMetadata(withProfile)!).metadata()).icc?.length).toBeGreaterThan(0)
  })

  test('pictures appended after the main one (multi-picture files, hidden data) are dropped', async () => {
    const main = await sharp(await picture()).jpeg().toBuffer()
    const second = await sharp(await picture(64, 64)).jpeg().withExif(GPS).toBuffer()
    const stripped = stripJpegMetadata(Buffer.concat([main, second, Buffer.from('trailing secret')]))!
    expect(stripped.equals(main)).toBe(true)
  })

  test('bytes it does not understand are left to the re-encoder', async () => {
    const jpeg = await sharp(await picture()).jpeg().toBuffer()
    expect(stripJpegMetadata(Buffer.from('GIF89a'))).toBeNull()
    expect(stripJpegMetadata(jpeg.subarray(0, jpeg.length >> 1))).toBeNull()
    const badLength = Buffer.from(jpeg)
    badLength.writeUInt16BE(0xffff, 4)
    expect(stripJpegMetadata(badLength)).toBeNull()
  })
})
