/**
 * Decides what an uploaded file is from its bytes, and refuses anything that could hurt:
 * unknown or mismatched types, markup (SVG, HTML) in disguise, polyglots, empty or oversized
 * files, corrupt images and decompression bombs, broken captions. No Payload import: the
 * collection hook (collections/Media/hooks.ts) adapts Payload's request file to `IncomingUpload`.
 */
import fs from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import sharp, { type Metadata } from 'sharp'

import { decodeCaptionText, describeProblems, srtToWebVtt, validateWebVtt } from './captions'
import { safeFilename } from './filename'
import type { Bilingual } from '@/core/language'
import {
  ACCEPTED_FORMATS,
  ACCEPTED_SUMMARY,
  ACCEPTED_SUMMARY_ES,
  formatLabel,
  type AcceptedFormat,
  UNINFORMATIVE_CLAIMS,
  extensionOf,
  kindFromExtension,
  mimeEssence,
} from './formats'
import { formatBytes, maxBytes, maxImagePixels } from './limits'
import { stripJpegMetadata } from './stripJpegMetadata'

export interface IncomingUpload {
  name: string
  claimedMime?: string
  size: number
  /** The bytes, when held in memory (Local API uploads). */
  data?: Buffer
  /** The temporary file, when the multipart parser streamed the upload to disk. */
  path?: string
}

/** An upload refused, with its reason in each language of the admin (`message` is the English one). */
export class UploadRefused extends Error {
  readonly messages: Bilingual
  constructor(
    messages: Bilingual,
    readonly status: 400 | 413 = 400,
  ) {
    super(messages.en)
    this.messages = messages
    this.name = 'UploadRefused'
  }
}


export interface InspectedUpload {
  format: AcceptedFormat
  filename: string
  /** Set when the stored bytes differ from the upload (SRT converted to WebVTT, image metadata removed). */
  replacement?: Buffer
  image?: { width: number; height: number }
}

const SCAN_BYTES = 64 * 1024

async function readRange(upload: IncomingUpload, start: number, length: number): Promise<Buffer> {
  const end = Math.min(upload.size, start + length)
  if (end <= start) return Buffer.alloc(0)
  if (upload.data && upload.data.length > 0) return upload.data.subarray(start, end)
  if (!upload.path) return Buffer.alloc(0)
  const handle = await fs.open(upload.path, 'r')
  try {
    const buffer = Buffer.alloc(end - start)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

async function readAll(upload: IncomingUpload): Promise<Buffer> {
  if (upload.data && upload.data.length > 0) return upload.data
  return upload.path ? fs.readFile(upload.path) : Buffer.alloc(0)
}

// Markup a browser would run if the file were ever served or sniffed as HTML.
const MARKUP = /<\s*(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg|\?php|meta\s+http-equiv)[\s>/]/i
const SVG = /<svg[\s>]/i

function textLooksLikeMarkup(text: string): 'svg' | 'html' | 'xml' | null {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096)
  if (SVG.test(text.slice(0, SCAN_BYTES))) return 'svg'
  if (MARKUP.test(start) || /^<!doctype/i.test(start)) return 'html'
  if (/^<\?xml/i.test(start)) return 'xml'
  return null
}

/** Another format hidden in a binary file: markup, a PDF header, or a ZIP archive appended. */
function polyglotProblem(detectedMime: string, head: Buffer, tail: Buffer): Bilingual | null {
  const headText = head.toString('latin1')
  const tailText = tail.toString('latin1')
  if (MARKUP.test(headText) || MARKUP.test(tailText)) return { es: 'también contiene HTML o código de script', en: 'it also contains HTML or script markup' }
  if (detectedMime !== 'application/pdf' && headText.slice(0, 1024).includes('%PDF-')) return { es: 'también contiene una cabecera PDF', en: 'it also contains a PDF header' }
  // A ZIP is read from its end record, so one appended to any file makes a valid archive.
  if (headText.includes('PK\u0005\u0006') || tailText.includes('PK\u0005\u0006')) return { es: 'también contiene un archivo ZIP', en: 'it also contains a ZIP archive' }
  return null
}

function refuseMismatch(upload: IncomingUpload, format: AcceptedFormat): void {
  const ext = extensionOf(upload.name.split(/[\\/]/).pop() ?? '')
  if (ext && !format.extensions.includes(ext)) {
    const named = kindFromExtension(upload.name)
    throw new UploadRefused({
      es: `El nombre del archivo termina en «.${ext}»${named ? ` (${formatLabel(named, 'es')})` : ''} pero su contenido es ${formatLabel(format, 'es')}: cámbiale el nombre a .${format.ext} o sube el archivo correcto.`,
      en: `The file name ends in ".${ext}"${named ? ` (${named.label})` : ''} but its content is a ${format.label}: rename it to .${format.ext} or upload the right file.`,
    })
  }
  const claim = mimeEssence(upload.claimedMime)
  if (!UNINFORMATIVE_CLAIMS.has(claim) && !format.claims.includes(claim)) {
    throw new UploadRefused({
      es: `El archivo dice ser «${claim}» pero su contenido es ${formatLabel(format, 'es')}.`,
      en: `The upload claims to be "${claim}" but its content is a ${format.label}.`,
    })
  }
}

async function inspectCaptions(upload: IncomingUpload, format: AcceptedFormat, bytes: Buffer): Promise<Buffer | undefined> {
  const text = decodeCaptionText(bytes)
  if (text === null) {
    throw new UploadRefused({
      es: 'El archivo de subtítulos no es texto UTF-8: guárdalo como UTF-8 y súbelo de nuevo.',
      en: 'The caption file is not UTF-8 text: save it as UTF-8 and upload it again.',
    })
  }
  // The line-by-line reasons come from the parser, given in both languages (captionMessages.ts).
  if (format.extensions.includes('srt')) {
    const converted = srtToWebVtt(text)
    if (!converted.ok) {
      const { problems } = converted
      throw new UploadRefused({
        es: `El archivo de subtítulos SRT tiene errores: ${describeProblems(problems, 'es')}`,
        en: `The SRT caption file is broken: ${describeProblems(problems, 'en')}`,
      })
    }
    return Buffer.from(converted.vtt, 'utf8')
  }
  const checked = validateWebVtt(text)
  if (!checked.ok) {
    const { problems } = checked
    throw new UploadRefused({
      es: `El archivo de subtítulos WebVTT tiene errores: ${describeProblems(problems, 'es')}`,
      en: `The WebVTT caption file is broken: ${describeProblems(problems, 'en')}`,
    })
  }
  return undefined
}

async function inspectImage(upload: IncomingUpload, format: AcceptedFormat): Promise<{ width: number; height: number; metadata: Metadata }> {
  const input = upload.data && upload.data.length > 0 ? upload.data : upload.path!
  const limit = maxImagePixels()
  let metadata: Metadata
  try {
    // Header only: a bomb declares its size before any pixel is decoded.
    metadata = await sharp(input, { limitInputPixels: false }).metadata()
  } catch (error) {
    const why = (error as Error).message
    throw new UploadRefused({ es: `No se puede leer el archivo (${formatLabel(format, 'es')}): ${why}.`, en: `The ${format.label} cannot be read (${why}).` })
  }
  const width = metadata.width ?? 0
  const height = metadata.height ?? 0
  if (width * height > limit) {
    throw new UploadRefused({
      es: `La imagen declara ${width} × ${height} píxeles, más de los ${limit.toLocaleString('es-MX')} permitidos (podría agotar la memoria del servidor al decodificarla).`,
      en: `The image declares ${width} × ${height} pixels, more than the ${limit.toLocaleString('en')} allowed (it could exhaust the server's memory when decoded).`,
    })
  }
  try {
    // A full decode at reduced size finds truncated or corrupt data; JPEG shrink-on-load keeps it quick.
    await sharp(input, { limitInputPixels: limit, failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).toBuffer()
  } catch (error) {
    const why = (error as Error).message
    throw new UploadRefused({ es: `El archivo (${formatLabel(format, 'es')}) está incompleto o dañado (${why}).`, en: `The ${format.label} is truncated or corrupt (${why}).` })
  }
  return { width, height, metadata }
}

/**
 * The image as it will be stored: without EXIF, GPS, XMP, IPTC or comments (a photo must not
 * reveal where it was taken or by whom). A JPEG that needs no rotation loses its metadata
 * segments without being re-encoded (no quality loss, and no half-second decode and encode of a
 * 12-megapixel photo); every other image is re-encoded by sharp in its own format, upright, which
 * drops all metadata. An alpha channel with nothing transparent in it (common in exported
 * drawings and screenshots) is dropped on the way, pixels unchanged: every printed manual would
 * otherwise compress that empty mask again (about 25 ms per image and build, measured with Typst).
 */
async function imageWithoutMetadata(bytes: Buffer, metadata: Metadata): Promise<Buffer> {
  const upright = metadata.orientation === undefined || metadata.orientation === 1
  if (metadata.format === 'jpeg' && upright) {
    const stripped = stripJpegMetadata(bytes)
    if (stripped) {
      const check = await sharp(stripped, { limitInputPixels: false }).metadata()
      if (!check.exif && !check.xmp && !check.iptc && !check.comments?.length) return stripped
    }
  }
  const image = sharp(bytes, { limitInputPixels: maxImagePixels() }).rotate()
  if (metadata.hasAlpha && (await sharp(bytes, { limitInputPixels: maxImagePixels() }).stats()).isOpaque) image.removeAlpha()
  return image.toBuffer()
}

/** Resolves to what the upload is, or rejects with an UploadRefused naming the problem. */
export async function inspectUpload(upload: IncomingUpload): Promise<InspectedUpload> {
  if (upload.size === 0) throw new UploadRefused({ es: 'El archivo está vacío (0 bytes).', en: 'The file is empty (0 bytes).' })

  const head = await readRange(upload, 0, SCAN_BYTES)
  const tail = upload.size > SCAN_BYTES ? await readRange(upload, Math.max(SCAN_BYTES, upload.size - SCAN_BYTES), SCAN_BYTES) : Buffer.alloc(0)
  const detected = upload.data && upload.data.length > 0 ? await fileTypeFromBuffer(upload.data) : upload.path ? await fileTypeFromFile(upload.path) : undefined

  let format: AcceptedFormat | undefined
  if (detected) {
    if (/xml|html|svg/.test(detected.mime)) {
      format = undefined
    } else {
      format = ACCEPTED_FORMATS[detected.mime]
      if (!format) {
        throw new UploadRefused({
          es: `No se aceptan archivos de tipo ${detected.mime} (.${detected.ext}). Se aceptan ${ACCEPTED_SUMMARY_ES}.`,
          en: `Files of type ${detected.mime} (.${detected.ext}) are not accepted. Accepted: ${ACCEPTED_SUMMARY}.`,
        })
      }
    }
  }
  if (!format) {
    const text = head.toString('utf8')
    const markup = textLooksLikeMarkup(text)
    // SVG is refused rather than sanitised: it is a program as much as a picture (scripts, external
    // references, event handlers), and every participant-facing use works as well with PNG or WebP.
    if (markup === 'svg') {
      throw new UploadRefused({
        es: 'No se aceptan imágenes SVG (pueden llevar scripts): exporta el dibujo como PNG o WebP.',
        en: 'SVG images are not accepted (they can carry scripts): export the drawing as PNG or WebP.',
      })
    }
    if (markup === 'html') {
      const named = kindFromExtension(upload.name)
      throw new UploadRefused({
        es: `El archivo es HTML y no ${named ? formatLabel(named, 'es') : 'un formato aceptado'}: no se pueden subir páginas HTML.`,
        en: `The file is HTML, not ${named?.label ?? 'an accepted format'}: HTML pages cannot be uploaded.`,
      })
    }
    if (markup === 'xml') throw new UploadRefused({ es: 'No se aceptan archivos XML.', en: 'XML files are not accepted.' })
    const ext = extensionOf(upload.name)
    if (/^\uFEFF?WEBVTT(?:[ \t]|\r|\n|$)/.test(text)) format = ACCEPTED_FORMATS['text/vtt']
    else if (ext === 'srt' && /-->/.test(text)) format = ACCEPTED_FORMATS['application/x-subrip']
    else if (ext === 'vtt') {
      throw new UploadRefused({
        es: 'El archivo de subtítulos WebVTT tiene errores: la línea 1 debe empezar con «WEBVTT».',
        en: 'The WebVTT caption file is broken: line 1: No valid signature. (File needs to start with "WEBVTT".)',
      })
    } else {
      throw new UploadRefused({
        es: `No reconocemos el tipo de contenido del archivo. Se aceptan ${ACCEPTED_SUMMARY_ES}.`,
        en: `The file's content is not a type we recognise. Accepted: ${ACCEPTED_SUMMARY}.`,
      })
    }
  }

  refuseMismatch(upload, format)

  const limit = maxBytes(format.kind)
  if (upload.size > limit) {
    throw new UploadRefused(
      {
        es: `El archivo (${formatLabel(format, 'es')}) pesa ${formatBytes(upload.size)}, más del límite de ${formatBytes(limit)} para este tipo de archivo.`,
        en: `The ${format.label} is ${formatBytes(upload.size)}, over the ${formatBytes(limit)} limit for ${format.kind} files.`,
      },
      413,
    )
  }

  const result: InspectedUpload = { format, filename: safeFilename(upload.name, format) }
  if (format.kind === 'captions') {
    result.replacement = await inspectCaptions(upload, format, await readAll(upload))
    // Converted SRT is stored under a .vtt name, as what it now is.
    if (result.replacement) result.filename = safeFilename(upload.name, ACCEPTED_FORMATS['text/vtt'])
    return result
  }
  const polyglot = polyglotProblem(detected!.mime, head, tail)
  if (polyglot) {
    throw new UploadRefused({
      es: `El archivo parece ${formatLabel(format, 'es')} pero ${polyglot.es}; estos archivos se rechazan.`,
      en: `The file looks like a ${format.label} but ${polyglot.en}; such files are refused.`,
    })
  }
  if (format.kind === 'image') {
    const { width, height, metadata } = await inspectImage(upload, format)
    result.image = { width, height }
    result.replacement = await imageWithoutMetadata(await readAll(upload), metadata)
  }
  return result
}
