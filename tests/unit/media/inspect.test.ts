import sharp from 'sharp'
import { describe, expect, test } from 'vitest'

import { inspectUpload } from '@/core/media/inspect'

const drawing = (alpha: number) =>
  sharp({ create: { width: 60, height: 40, channels: 4, background: { r: 200, g: 120, b: 40, alpha } } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><circle cx="30" cy="20" r="15" fill="#2a8c82"/></svg>') }])
    .png()
    .toBuffer()

async function stored(png: Buffer) {
  const inspected = await inspectUpload({ name: 'dibujo.png', claimedMime: 'image/png', size: png.length, data: png })
  return inspected.replacement!
}

describe('PNG uploads and their alpha channel', () => {
  test('an alpha channel with nothing transparent is dropped, every pixel unchanged', async () => {
    const original = await drawing(1)
    const kept = await stored(original)
    expect((await sharp(original).metadata()).channels).toBe(4)
    expect((await sharp(kept).metadata()).channels).toBe(3)
    const before = await sharp(original).removeAlpha().raw().toBuffer()
    const after = await sharp(kept).raw().toBuffer()
    expect(Buffer.compare(before, after)).toBe(0)
  })

  test('real transparency is kept', async () => {
    const kept = await stored(await drawing(0.5))
    const metadata = await sharp(kept).metadata()
    expect(metadata.channels).toBe(4)
    expect((await sharp(kept).stats()).isOpaque).toBe(false)
  })
})
