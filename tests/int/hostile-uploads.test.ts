/**
 * Uploads that cannot hurt: every hostile file is refused over REST multipart with a 4xx naming
 * the problem, and leaves no media row, no file in the media folder and no temporary file.
 * Also: EXIF/GPS stripped from every stored image, Range requests, and the publish gates of
 * resources (licence, credit, Spanish captions, alt text) through REST and the Local API.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type Api, BASE_URL } from '../helpers/http'
import { type CurriculumFixture } from '../helpers/curriculumFixture'
import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { ffprobeCommand } from '@/core/media/probe'

// Small limits so that "too big" costs nothing: the parser stops at the largest (400 KB).
const IMAGE_LIMIT = 300_000
const LARGEST = 400_000
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-upload-temp-'))
process.env.MEDIA_MAX_BYTES_IMAGE = String(IMAGE_LIMIT)
process.env.MEDIA_MAX_BYTES_VIDEO = String(LARGEST)
process.env.MEDIA_MAX_BYTES_AUDIO = String(LARGEST)
process.env.MEDIA_MAX_BYTES_DOCUMENT = String(LARGEST)
process.env.MEDIA_MAX_BYTES_CAPTIONS = '65536'
process.env.UPLOAD_TEMP_DIR = tempDir
// Posters and low-bandwidth copies of the accepted audio are made only if the test runs the
// queue: background jobs would otherwise write to the media folder while files are counted.
process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload
let api: Api
let f: CurriculumFixture
let trainer: string
let facilitator: string

beforeAll(async () => {
  // The assertions read the English refusals; Spanish ones are asked for where said.
  const suite = await startSuite({ fixture: { accounts: ['trainer', 'facilitator'] }, language: 'en' })
  ;({ ctx, payload, api, f } = suite)
  trainer = suite.tokens.trainer!
  facilitator = suite.tokens.facilitator!
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(tempDir, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------
// Files made by code

const jpeg = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#2a8c82' } }).jpeg().toBuffer()
const png = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#7b3fa0' } }).png().toBuffer()

/** A PNG whose header declares 100 000 × 100 000 pixels: a decompression bomb. */
async function pixelBomb(): Promise<Buffer> {
  const bytes = Buffer.from(await png(8, 8))
  bytes.writeUInt32BE(100_000, 16)
  bytes.writeUInt32BE(100_000, 20)
  bytes.writeUInt32BE(zlib.crc32(bytes.subarray(12, 29)) >>> 0, 29)
  return bytes
}

/** Noise compresses badly: a PNG of about `bytes` bytes. */
async function noisyPng(bytes: number): Promise<Buffer> {
  const side = Math.ceil(Math.sqrt(bytes / 3))
  const raw = Buffer.alloc(side * side * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
}

function wav(samples = 16_000): Buffer {
  const pcm = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) pcm.writeInt16LE(Math.round(Math.sin(i / 10) * 8000), i * 2)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + pcm.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(16_000, 24)
  header.writeUInt32LE(32_000, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(pcm.length, 40)
  return Buffer.concat([header, pcm])
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n98\n%%EOF\n',
)
const ZIP_END = Buffer.concat([Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>')
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/users")</script></body></html>')
const GOOD_VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola\n'
const GOOD_SRT = '1\r\n00:00:00,000 --> 00:00:02,500\r\nHola, bienvenidas.\r\n\r\n2\r\n00:00:02,500 --> 00:00:05,000\r\nRespiramos juntas.\r\n'

// ---------------------------------------------------------------------------------------------
// Helpers

function upload(name: string, type: string, bytes: Buffer, token: string | null = trainer, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return api.request('POST', '/api/media', { token, body: form })
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

/** Everything an upload could leave behind: rows, stored files, temporary files. */
async function footprint() {
  return {
    rows: (await payload.count({ collection: 'media' })).totalDocs,
    files: listFiles(ctx.mediaDir).sort(),
    temp: listFiles(tempDir).sort(),
  }
}

const message = (response: { body: any; text: string }): string =>
  (response.body?.errors ?? []).map((error: any) => [error.message, ...(error.data?.errors ?? []).map((e: any) => e.message)].join(' ')).join(' ') || response.text

async function storedDoc(id: string | number) {
  return payload.findByID({ collection: 'media', id, depth: 0 }) as Promise<any>
}

// ---------------------------------------------------------------------------------------------

describe('hostile uploads are refused, naming the problem, and leave nothing behind', () => {
  const cases: Array<{ title: string; name: string; type: string; bytes: () => Promise<Buffer> | Buffer; status: number; says: RegExp }> = [
    { title: 'spoofed extension (JPEG named .png)', name: 'foto.png', type: 'image/png', bytes: () => jpeg(), status: 400, says: /ends in "\.png".*JPEG/ },
    { title: 'spoofed Content-Type (PNG claimed as JPEG)', name: 'foto.png', type: 'image/jpeg', bytes: () => png(), status: 400, says: /claims to be "image\/jpeg".*PNG/ },
    { title: 'PDF named as a photo', name: 'foto.jpg', type: 'image/jpeg', bytes: () => PDF, status: 400, says: /ends in "\.jpg".*PDF/ },
    { title: 'WAV claimed as video', name: 'clip.wav', type: 'video/mp4', bytes: () => wav(), status: 400, says: /claims to be "video\/mp4".*WAV/ },
    { title: 'unknown binary', name: 'datos.bin', type: 'application/octet-stream', bytes: () => Buffer.from([1, 2, 3, 4, 5, 250, 251, 0, 7, 9, 13, 200]), status: 400, says: /not a type we recognise/ },
    { title: 'plain text', name: 'notas.txt', type: 'text/plain', bytes: () => Buffer.from('Notas de la sesión'), status: 400, says: /not a type we recognise/ },
    { title: 'a ZIP archive', name: 'fotos.zip', type: 'application/zip', bytes: () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(26), ZIP_END]), status: 400, says: /application\/zip.*not accepted/ },
    { title: 'a Windows program named .mp4', name: 'video.mp4', type: 'video/mp4', bytes: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.alloc(60), Buffer.from('PE\0\0'), Buffer.alloc(200)]), status: 400, says: /not accepted/ },
    { title: 'SVG with a script', name: 'logo.svg', type: 'image/svg+xml', bytes: () => SVG, status: 400, says: /SVG images are not accepted/ },
    { title: 'SVG disguised as PNG', name: 'logo.png', type: 'image/png', bytes: () => SVG, status: 400, says: /SVG images are not accepted/ },
    { title: 'HTML disguised as an image', name: 'foto.jpg', type: 'image/jpeg', bytes: () => HTML, status: 400, says: /HTML/ },
    { title: 'polyglot: JPEG with a script appended', name: 'foto.jpg', type: 'image/jpeg', bytes: async () => Buffer.concat([await jpeg(), Buffer.from('<script>alert(1)</script>')]), status: 400, says: /markup/ },
    { title: 'polyglot: PNG with a ZIP archive appended', name: 'foto.png', type: 'image/png', bytes: async () => Buffer.concat([await png(), Buffer.from('PK\u0003\u0004'), Buffer.alloc(40), ZIP_END]), status: 400, says: /ZIP archive/ },
    { title: 'polyglot: JPEG carrying a PDF header', name: 'foto.jpg', type: 'image/jpeg', bytes: async () => Buffer.concat([await jpeg(8, 8), PDF]), status: 400, says: /PDF header/ },
    { title: 'zero bytes', name: 'vacio.png', type: 'image/png', bytes: () => Buffer.alloc(0), status: 400, says: /empty/ },
    { title: 'image over the image limit', name: 'grande.png', type: 'image/png', bytes: () => noisyPng(IMAGE_LIMIT + 20_000), status: 413, says: /over the .* limit for image files/ },
    { title: 'file over the largest upload (the parser stops)', name: 'enorme.wav', type: 'audio/wav', bytes: () => wav(LARGEST / 2 + 10_000), status: 413, says: /larger than the largest upload allowed/ },
    { title: 'truncated JPEG', name: 'cortada.jpg', type: 'image/jpeg', bytes: async () => { const full = await jpeg(800, 600); return full.subarray(0, Math.floor(full.length / 2)) }, status: 400, says: /truncated or corrupt/ },
    { title: 'pixel bomb (PNG declaring 100 000 × 100 000)', name: 'bomba.png', type: 'image/png', bytes: () => pixelBomb(), status: 400, says: /100000 × 100000 pixels/ },
    { title: 'WebVTT without its signature', name: 'subs.vtt', type: 'text/vtt', bytes: () => Buffer.from('00:00:00.000 --> 00:00:02.000\nHola\n'), status: 400, says: /line 1: No valid signature/ },
    { title: 'WebVTT with a broken timestamp', name: 'subs.vtt', type: 'text/vtt', bytes: () => Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHola\n'), status: 400, says: /line 3: The end time is not after the start time/ },
    { title: 'WebVTT that is not UTF-8', name: 'subs.vtt', type: 'text/vtt', bytes: () => Buffer.concat([Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nNi'), Buffer.from([0xf1, 0x6f, 0x0a])]), status: 400, says: /not UTF-8/ },
    { title: 'SRT with an impossible timestamp', name: 'subs.srt', type: 'application/x-subrip', bytes: () => Buffer.from('1\n00:00:61,000 --> 00:01:02,000\nHola\n'), status: 400, says: /line 2: Minutes and seconds must be below 60/ },
    { title: 'SRT with a malformed timestamp line', name: 'subs.srt', type: 'application/x-subrip', bytes: () => Buffer.from('1\n00:00:01.000 --> 00:00:02,000\nHola\n\n2\n0:00:03 --> 0:00:04\nAdiós\n'), status: 400, says: /line 6: Timestamp line "0:00:03 --> 0:00:04"/ },
    { title: 'SRT whose cue ends before it starts', name: 'subs.srt', type: 'text/plain', bytes: () => Buffer.from('1\n00:00:04,000 --> 00:00:02,000\nHola\n'), status: 400, says: /line 2: The end time is not after the start time/ },
    { title: 'a corrupt MP4 (header only)', name: 'clip.mp4', type: 'video/mp4', bytes: () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.from([0, 0, 0, 0]), Buffer.from('mp42isom'), Buffer.alloc(64, 0xff)]), status: 400, says: /ISO base media|corrupt|not accepted/i },
  ]

  test('the suite covers at least twenty hostile files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })

  test.each(cases)('$title → $status', async ({ name, type, bytes, status, says }) => {
    const before = await footprint()
    const response = await upload(name, type, await bytes())
    expect(response.status, response.text).toBe(status)
    expect(message(response)).toMatch(says)
    expect(await footprint()).toEqual(before)
  })

  test('a refused upload through the Local API leaves nothing either', async () => {
    const before = await footprint()
    const bytes = await jpeg()
    await expect(
      payload.create({ collection: 'media', data: {}, file: { data: bytes, mimetype: 'image/png', name: 'foto.png', size: bytes.length } }),
    ).rejects.toThrow(/termina en «\.png»/) // the Local API's language: Spanish
    expect(await footprint()).toEqual(before)
  })

  test('a refusal names the file, lies on its file field (the bulk-upload drawer shows it on that file), and speaks the uploader\'s language', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const english = await upload('dibujo.svg', 'image/svg+xml', svg)
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toBe('«dibujo.svg» — SVG images are not accepted (they can carry scripts): export the drawing as PNG or WebP.')
    expect(english.body.errors[0].data.errors).toEqual([{ path: 'file', message: english.body.errors[0].message }])
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(Buffer.from('solo texto, no una imagen'))], { type: 'image/png' }), 'foto.png')
    form.append('_payload', '{}')
    const spanish = await api.request('POST', '/api/media', { token: trainer, body: form, headers: { 'Accept-Language': 'es-MX,es;q=0.9' } })
    expect(spanish.status).toBe(400)
    expect(spanish.body.errors[0].message).toMatch(/^«foto\.png» — No reconocemos el tipo de contenido del archivo\. Se aceptan imágenes JPEG/)
    const backwards = Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nAl revés\n')
    const vtt = await api.request('POST', '/api/media', {
      token: trainer,
      body: (() => {
        const body = new FormData()
        body.append('file', new Blob([new Uint8Array(backwards)], { type: 'text/vtt' }), 'al-reves.vtt')
        body.append('_payload', '{}')
        return body
      })(),
      headers: { 'Accept-Language': 'es' },
    })
    expect(vtt.status).toBe(400)
    expect(vtt.body.errors[0].message).toMatch(/^«al-reves\.vtt» — El archivo de subtítulos WebVTT tiene errores: línea \d+/)
  })

  test('a facilitator may not upload at all', async () => {
    const before = await footprint()
    const response = await upload('foto.png', 'image/png', await png(), facilitator)
    expect(response.status).toBe(403)
    expect(await footprint()).toEqual(before)
  })
})

describe('what is accepted is stored safely', () => {
  test('path traversal in the name is stripped from the stored name', async () => {
    for (const name of ['../../../etc/cron.d/foto.png', '..\\..\\foto.png', '.htaccess.png', 'foto\u202e.gnp.png']) {
      const response = await upload(name, 'image/png', await png())
      expect(response.status, response.text).toBe(201)
      const filename: string = response.body.doc.filename
      expect(filename).not.toMatch(/[\\/\u0000-\u001f\u202e]|\.\./)
      expect(filename).not.toMatch(/^\./)
      expect(filename).toMatch(/\.png$/)
      expect(fs.existsSync(path.join(ctx.mediaDir, filename))).toBe(true)
    }
    // Nothing was written outside the media folder.
    expect(fs.existsSync(path.join(path.dirname(ctx.mediaDir), 'etc'))).toBe(false)
  })

  test.each([
    ['NUL', 'foto\u0000.php.png'],
    ['bell and escape', 'fo\u0007to\u001b.png'],
  ])('a %s character in the name is refused (400) or stripped, never stored', async (_label, name) => {
    const before = await footprint()
    const response = await upload(name, 'image/png', await png())
    if (response.status === 201) {
      expect(response.body.doc.filename).not.toMatch(/[\u0000-\u001f]/)
      expect(response.body.doc.filename).not.toMatch(/\.php/)
    } else {
      expect(response.status).toBe(400)
      expect(message(response)).toMatch(/could not be read|name/)
      expect(await footprint()).toEqual(before)
    }
  })

  test('a good SRT is stored as WebVTT', async () => {
    const response = await upload('bienvenida.srt', 'application/x-subrip', Buffer.from(GOOD_SRT))
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.filename).toMatch(/^bienvenida.*\.vtt$/)
    expect(response.body.doc.mimeType).toBe('text/vtt')
    expect(response.body.doc.kind).toBe('captions')
    const stored = fs.readFileSync(path.join(ctx.mediaDir, response.body.doc.filename), 'utf8')
    expect(stored).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nHola, bienvenidas.\n\n00:00:02.500 --> 00:00:05.000\nRespiramos juntas.\n')
  })

  test('WebVTT, WAV and PDF are accepted with their kind', async () => {
    const vtt = await upload('subs.es.vtt', 'text/vtt', Buffer.from(GOOD_VTT))
    expect(vtt.status, vtt.text).toBe(201)
    expect(vtt.body.doc).toMatchObject({ kind: 'captions', mimeType: 'text/vtt' })
    const audio = await upload('respiracion.wav', 'audio/x-wav', wav())
    expect(audio.status, audio.text).toBe(201)
    expect(audio.body.doc).toMatchObject({ kind: 'audio', mimeType: 'audio/wav' })
    // Duration and codec come from ffprobe when installed; without it they stay empty and the upload still works.
    if (ffprobeCommand()) expect(audio.body.doc).toMatchObject({ durationSeconds: 1, codec: 'pcm_s16le' })
    else expect(audio.body.doc.durationSeconds ?? null).toBeNull()
    const pdf = await upload('hoja.pdf', 'application/pdf', PDF)
    expect(pdf.status, pdf.text).toBe(201)
    expect(pdf.body.doc).toMatchObject({ kind: 'document', mimeType: 'application/pdf' })
  })

  test('a photo with EXIF and GPS keeps none of it in the original or any rendition', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#d97b66' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Artist: 'Participant name' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 14/1 3000/100', GPSLongitudeRef: 'W', GPSLongitude: '103/1 43/1 1200/100' },
      })
      .toBuffer()
    const input = await sharp(photo).metadata()
    expect(input.exif?.length).toBeGreaterThan(0)
    expect(photo.includes(Buffer.from('PhoneMaker'))).toBe(true)

    const response = await upload('taller.jpg', 'image/jpeg', photo)
    expect(response.status, response.text).toBe(201)
    const doc = await storedDoc(response.body.doc.id)
    const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size: any) => size?.filename).filter(Boolean)]
    expect(names.length).toBeGreaterThanOrEqual(6)
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(ctx.mediaDir, name))
      const metadata = await sharp(bytes).metadata()
      expect(metadata.exif, name).toBeUndefined()
      expect(bytes.includes(Buffer.from('PhoneMaker')), name).toBe(false)
      expect(bytes.includes(Buffer.from('Exif\0\0')), name).toBe(false)
    }
    expect(doc.sizes.lowBandwidth.mimeType).toBe('image/webp')
    expect(doc.sizes.lowBandwidth.width).toBe(640)
    // The original lost its metadata without being re-encoded: not one pixel changed.
    const stored = fs.readFileSync(path.join(ctx.mediaDir, doc.filename))
    expect((await sharp(stored).raw().toBuffer()).equals(await sharp(photo).raw().toBuffer())).toBe(true)
  })

  test('a wide photo keeps its shape in every width-based rendition; the thumbnail is cut around the focal point', async () => {
    // Three bands, red | green | blue: the thumbnail (4:3) of a 3:1 panorama must come from the middle.
    const band = (background: string) => sharp({ create: { width: 1000, height: 1000, channels: 3, background } }).png().toBuffer()
    const panorama = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#000' } })
      .composite([
        { input: await band('#ff0000'), left: 0, top: 0 },
        { input: await band('#00ff00'), left: 1000, top: 0 },
        { input: await band('#0000ff'), left: 2000, top: 0 },
      ])
      .jpeg({ quality: 95 })
      .toBuffer()
    const response = await upload('panorama.jpg', 'image/jpeg', panorama)
    expect(response.status, response.text).toBe(201)
    const doc = await storedDoc(response.body.doc.id)
    const dimensions = Object.fromEntries(Object.entries(doc.sizes).map(([name, size]: [string, any]) => [name, `${size.width}×${size.height}`]))
    expect(dimensions).toEqual({ thumbnail: '320×240', lowBandwidth: '640×213', card: '768×256', page: '1400×467', print: '2400×800' })
    for (const name of ['lowBandwidth', 'card', 'page', 'print']) {
      const stored = await sharp(fs.readFileSync(path.join(ctx.mediaDir, doc.sizes[name].filename))).metadata()
      expect(`${stored.width}×${stored.height}`, name).toBe(dimensions[name])
    }
    // Cut from the centre (the default focal point): green in the middle, as much red as blue.
    const thumbnail = sharp(fs.readFileSync(path.join(ctx.mediaDir, doc.sizes.thumbnail.filename)))
    const [red, green, blue] = (await thumbnail.stats()).channels.map((channel) => channel.mean)
    expect(green).toBeGreaterThan(red + blue)
    expect(Math.abs(red - blue)).toBeLessThan(10)
    const middle = await thumbnail.extract({ left: 150, top: 110, width: 20, height: 20 }).stats()
    expect(middle.channels.map((channel) => Math.round(channel.mean / 255))).toEqual([0, 1, 0])
  })

  test('a photo taken sideways (EXIF orientation) is stored upright, without its EXIF', async () => {
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#336699' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '19/1 14/1 3000/100' } })
      .toBuffer()
    expect((await sharp(sideways).metadata()).orientation).toBe(6)
    const response = await upload('de-lado.jpg', 'image/jpeg', sideways)
    expect(response.status, response.text).toBe(201)
    const doc = await storedDoc(response.body.doc.id)
    expect({ width: doc.width, height: doc.height }).toEqual({ width: 200, height: 400 })
    const stored = await sharp(fs.readFileSync(path.join(ctx.mediaDir, doc.filename))).metadata()
    expect(stored).toMatchObject({ width: 200, height: 400 })
    expect(stored.exif).toBeUndefined()
    expect(stored.orientation ?? 1).toBe(1)
  })

  test('GET with a Range header answers 206 with exactly those bytes', async () => {
    const bytes = wav(20_000)
    const response = await upload('rango.wav', 'audio/wav', bytes)
    expect(response.status, response.text).toBe(201)
    const rest = await import('@/app/(payload)/api/[...slug]/route')
    const url = new URL(`/api/media/file/${encodeURIComponent(response.body.doc.filename)}`, BASE_URL)
    const ranged = await rest.GET(new Request(url, { headers: { Authorization: `JWT ${trainer}`, Range: 'bytes=1000-1999' } }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent) }),
    })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`)
    const body = Buffer.from(await ranged.arrayBuffer())
    expect(body.equals(bytes.subarray(1000, 2000))).toBe(true)
  })
})

describe('publish gates for resources', () => {
  const count = async () => (await payload.count({ collection: 'resources', draft: true } as any)).totalDocs
  let captionEs: string | number
  let captionEn: string | number
  let video: string | number
  let imageWithoutAlt: string | number

  beforeAll(async () => {
    const vtt = Buffer.from(GOOD_VTT)
    const make = async (name: string, bytes: Buffer, mimetype: string, data: Record<string, unknown> = {}) =>
      (await payload.create({ collection: 'media', data: data as any, file: { data: bytes, mimetype, name, size: bytes.length } })).id
    captionEs = await make('gate.es.vtt', vtt, 'text/vtt')
    captionEn = await make('gate.en.vtt', vtt, 'text/vtt')
    video = await make('gate.wav', wav(), 'audio/wav')
    imageWithoutAlt = await make('sin-alt.png', await png(), 'image/png')
  })

  const base = () => ({ title: 'Testimonio', kind: 'audio', audience: 'participant', tracks: [f.tracks.men], file: video })

  test('REST: publishing without licence, credit and Spanish captions is refused, listing all three', async () => {
    const before = await count()
    const response = await api.post('/api/resources', { ...base(), _status: 'published' }, { token: trainer })
    expect(response.status).toBe(400)
    const paths = (response.body.errors[0].data.errors as any[]).map((error) => error.path).sort()
    expect(paths).toEqual(['captions', 'credit', 'licence'])
    expect(message(response)).toMatch(/Captions in Spanish/)
    // The toast (the top-level message) says what each field lacks, in words, not internal names.
    expect(response.body.errors[0].message).toMatch(/^A licence .*\. A credit .*\. Captions in Spanish \(a WebVTT file\) are required before publishing a participant audio\.$/)
    expect(await count()).toBe(before)
    const spanish = await api.post('/api/resources', { ...base(), _status: 'published' }, { token: trainer, headers: { 'Accept-Language': 'es' } })
    expect(spanish.status).toBe(400)
    expect(spanish.body.errors[0].message).toContain('Hacen falta subtítulos en español')
    expect(spanish.body.errors[0].message).not.toContain('captions')
    expect(spanish.body.errors[0].data.errors).toContainEqual(
      expect.objectContaining({ path: 'captions', message: 'Hacen falta subtítulos en español (un archivo WebVTT) antes de publicar un audio para participantes.' }),
    )
  })

  test('REST: English captions alone do not do; a draft may lack everything; Spanish captions let it publish', async () => {
    const draft = await api.post('/api/resources?draft=true', { ...base(), _status: 'draft' }, { token: trainer })
    expect(draft.status, draft.text).toBe(201)
    const id = draft.body.doc.id

    const english = await api.patch(`/api/resources/${id}`, { licence: 'CC BY 4.0', credit: 'Reeduca', captions: [{ language: 'en', file: captionEn }], _status: 'published' }, { token: trainer })
    expect(english.status).toBe(400)
    expect((english.body.errors[0].data.errors as any[]).map((error) => error.path)).toEqual(['captions'])
    const still = await payload.findByID({ collection: 'resources', id, depth: 0 })
    expect(still._status).toBe('draft')

    const spanish = await api.patch(`/api/resources/${id}`, { licence: 'CC BY 4.0', credit: 'Reeduca', captions: [{ language: 'es', file: captionEs }], _status: 'published' }, { token: trainer })
    expect(spanish.status, spanish.text).toBe(200)
    expect(spanish.body.doc._status).toBe('published')
  })

  test('Local API with overrideAccess: false applies the same gates', async () => {
    const before = await count()
    const user = (await payload.findByID({ collection: 'users', id: f.accounts.trainer.id })) as any
    await expect(
      payload.create({ collection: 'resources', data: { ...base(), licence: 'CC BY 4.0', _status: 'published' } as any, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 400, data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'credit' }), expect.objectContaining({ path: 'captions' })]) } })
    expect(await count()).toBe(before)
  })

  test('a participant image needs alt text; a facilitator-only video needs no captions', async () => {
    const image = await api.post(
      '/api/resources',
      { title: 'Rueda', kind: 'image', audience: 'participant', tracks: [f.tracks.men], file: imageWithoutAlt, licence: 'CC BY 4.0', credit: 'Reeduca', _status: 'published' },
      { token: trainer },
    )
    expect(image.status).toBe(400)
    expect(message(image)).toMatch(/alt text \(es\)/)

    await payload.update({ collection: 'media', id: imageWithoutAlt, locale: 'es', data: { alt: 'Una rueda de colores' } as any })
    const withAlt = await api.post(
      '/api/resources',
      { title: 'Rueda', kind: 'image', audience: 'participant', tracks: [f.tracks.men], file: imageWithoutAlt, licence: 'CC BY 4.0', credit: 'Reeduca', _status: 'published' },
      { token: trainer },
    )
    expect(withAlt.status, withAlt.text).toBe(201)

    const facilitatorVideo = await api.post(
      '/api/resources',
      { ...base(), kind: 'video', audience: 'facilitator', licence: 'CC BY 4.0', credit: 'Reeduca', _status: 'published' },
      { token: trainer },
    )
    expect(facilitatorVideo.status, facilitatorVideo.text).toBe(201)
  })
})
