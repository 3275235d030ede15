/**
 * Packs a PDF's small objects into compressed object streams (PDF 1.5, ISO 32000-1 §7.5.7),
 * with a cross-reference stream in place of the classic table.
 *
 * Why: Typst writes every object of a tagged PDF as plain text. The structure tree that makes a
 * manual accessible (PDF/UA-1) is thousands of small dictionaries, one per tagged paragraph,
 * heading or list item, and measured it doubles the file: the seeded 170-page manual is 1.8 MB
 * tagged, 0.85 MB untagged. Packed, the tagged file is 0.85 MB again, with every tag kept. Half
 * the bytes for a facilitator or participant downloading on a rural mobile connection, and in
 * every offline bundle.
 *
 * Why by hand: the libraries that can write object streams either re-read and re-write the whole
 * document in JavaScript (pdf-lib: 0.4–0.7 s for that manual, and unmaintained since 2021) or
 * are under the AGPL (mupdf), or are not on npm (qpdf). This file only moves bytes: stream
 * objects (page contents, fonts, images, metadata) are copied as they are; every other object's
 * text goes unchanged into an object stream; the numbering, the trailer's /Root, /Info and /ID
 * are kept. About 40 ms for that manual.
 *
 * Only the layout Typst writes is packed: one classic cross-reference table, generation 0, no
 * encryption, no incremental update. Anything else is returned as it came (a PDF that could not
 * be packed is still a good PDF): see `packObjectStreams`.
 *
 * Plain JavaScript so that the Typst compiler process (typst-process.mjs) runs it as it is.
 */
import { deflateSync } from 'node:zlib'

/**
 * Objects per object stream: few streams (the seeded manual's ~4,800 small objects make 5), each
 * compressed once; a reader still opens one in a few milliseconds.
 */
const OBJECTS_PER_STREAM = 1000

/**
 * The in-use objects of the classic cross-reference table `text` starts with, and the trailer's
 * text; null when the file is laid out otherwise.
 */
function readClassicXref(text) {
  if (!text.startsWith('xref')) return null
  const trailerAt = text.indexOf('trailer')
  if (trailerAt === -1) return null
  const lines = text.slice(4, trailerAt).split(/\r?\n|\r/).map((line) => line.trim()).filter(Boolean)
  const offsets = new Map()
  let number = -1
  let left = 0
  for (const line of lines) {
    const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(line)
    if (left > 0 && entry) {
      if (entry[3] === 'n') {
        if (entry[2] !== '00000') return null
        offsets.set(number, Number(entry[1]))
      }
      number++
      left--
      continue
    }
    const section = /^(\d+) (\d+)$/.exec(line)
    if (left !== 0 || !section) return null
    number = Number(section[1])
    left = Number(section[2])
  }
  if (left !== 0) return null
  const startxrefAt = text.indexOf('startxref', trailerAt)
  if (startxrefAt === -1) return null
  return { offsets, trailer: text.slice(trailerAt + 7, startxrefAt) }
}

/** The trailer's /Root, /Info and /ID, as written; null when it holds anything this file does not carry over. */
function trailerEntries(trailer) {
  if (/\/(Encrypt|Prev|XRefStm)\b/.test(trailer)) return null
  const root = /\/Root\s+(\d+\s+0\s+R)/.exec(trailer)
  if (!root) return null
  const info = /\/Info\s+(\d+\s+0\s+R)/.exec(trailer)
  // Two strings, literal or hex, with nothing inside that would need a real parser.
  const id = /\/ID\s*(\[\s*(?:\([^()\\]*\)|<[0-9A-Fa-f\s]*>)\s*(?:\([^()\\]*\)|<[0-9A-Fa-f\s]*>)\s*\])/.exec(trailer)
  return [`/Root ${root[1]}`, info ? `/Info ${info[1]}` : '', id ? `/ID ${id[1]}` : ''].filter(Boolean).join(' ')
}

/** Whitespace as PDF defines it (§7.2.2). */
const isSpace = (byte) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00

/** The end of `bytes[from, to)` without trailing whitespace. */
function trimmedEnd(bytes, from, to) {
  let end = to
  while (end > from && isSpace(bytes[end - 1])) end--
  return end
}

/** Whether `bytes` holds `word` (ASCII) just before `end`. */
const endsWith = (bytes, end, word) => end >= word.length && bytes.toString('latin1', end - word.length, end) === word

/**
 * The same PDF with its non-stream objects in compressed object streams and a cross-reference
 * stream; the input itself when it is not laid out as Typst writes it (see the module comment),
 * or when packing would not make it smaller.
 *
 * Works on the bytes, not on a string of the whole file: this runs in the compiler process after
 * every document, which is held to a memory limit (typst.ts): the objects are views of the PDF's
 * own bytes, copied once into each object stream. Measured over 6 builds of the seeded manual in
 * one compiler process, its memory then grows about as it does without packing.
 */
export function packObjectStreams(pdf) {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  const header = /^%PDF-(\d)\.(\d)/.exec(bytes.toString('latin1', 0, 16))
  // Object streams need PDF 1.5; a file that says otherwise is left as it is.
  if (!header || Number(header[1]) * 10 + Number(header[2]) < 15) return pdf
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.toString('latin1', Math.max(0, bytes.length - 256)))
  if (!startxref) return pdf
  const xrefAt = Number(startxref[1])
  if (xrefAt >= bytes.length) return pdf
  const table = readClassicXref(bytes.toString('latin1', xrefAt))
  if (!table || table.offsets.size === 0) return pdf
  const trailer = trailerEntries(table.trailer)
  if (!trailer) return pdf

  // Each object runs from its offset to the next one's (or to the table): bodies are sliced by
  // the offsets the table gives, never by searching for "endobj", which a string may contain.
  const ordered = [...table.offsets].sort((a, b) => a[1] - b[1])
  if (ordered[0][1] < header[0].length || ordered.at(-1)[1] >= xrefAt) return pdf
  const streams = []
  const small = []
  for (let i = 0; i < ordered.length; i++) {
    const [number, start] = ordered[i]
    const opening = `${number} 0 obj`
    const end = trimmedEnd(bytes, start, i + 1 < ordered.length ? ordered[i + 1][1] : xrefAt)
    if (bytes.toString('latin1', start, start + opening.length) !== opening || !endsWith(bytes, end, 'endobj')) return pdf
    const bodyEnd = trimmedEnd(bytes, start + opening.length, end - 6)
    let bodyStart = start + opening.length
    while (bodyStart < bodyEnd && isSpace(bytes[bodyStart])) bodyStart++
    if (endsWith(bytes, bodyEnd, 'endstream')) streams.push({ number, start, end })
    else small.push({ number, body: bytes.subarray(bodyStart, bodyEnd) })
  }
  if (small.length === 0) return pdf

  const size = Math.max(...table.offsets.keys()) + 1
  const parts = [bytes.subarray(0, ordered[0][1])]
  let at = ordered[0][1]
  const push = (chunk) => {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk
    parts.push(piece)
    at += piece.length
  }
  /** Cross-reference entries by object number: [type, field 2, field 3]. */
  const entries = new Map()

  const newline = Buffer.from('\n')
  for (const stream of streams) {
    entries.set(stream.number, [1, at, 0])
    push(bytes.subarray(stream.start, stream.end))
    push(newline)
  }

  let next = size
  for (let i = 0; i < small.length; i += OBJECTS_PER_STREAM) {
    const group = small.slice(i, i + OBJECTS_PER_STREAM)
    const number = next++
    const index = []
    const bodies = []
    let offset = 0
    group.forEach((object, position) => {
      index.push(`${object.number} ${offset}`)
      bodies.push(object.body, newline)
      offset += object.body.length + 1
      entries.set(object.number, [2, number, position])
    })
    const first = `${index.join(' ')}\n`
    const packed = deflateSync(Buffer.concat([Buffer.from(first, 'latin1'), ...bodies]), { level: 6 })
    entries.set(number, [1, at, 0])
    push(`${number} 0 obj\n<< /Type /ObjStm /N ${group.length} /First ${first.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`)
    push(packed)
    push('\nendstream\nendobj\n')
  }

  // The cross-reference stream: 1 byte of type, 4 of offset (or object stream), 2 of generation (or index).
  const xrefNumber = next++
  entries.set(xrefNumber, [1, at, 0])
  const rows = Buffer.alloc(next * 7)
  for (let number = 0; number < next; number++) {
    const [type, second, third] = entries.get(number) ?? [0, 0, number === 0 ? 65535 : 0]
    if (second > 0xffffffff || third > 0xffff) return pdf
    rows.writeUInt8(type, number * 7)
    rows.writeUInt32BE(second, number * 7 + 1)
    rows.writeUInt16BE(third, number * 7 + 5)
  }
  const xref = deflateSync(rows, { level: 6 })
  const xrefAtNew = at
  push(`${xrefNumber} 0 obj\n<< /Type /XRef /Size ${next} /W [1 4 2] ${trailer} /Filter /FlateDecode /Length ${xref.length} >>\nstream\n`)
  push(xref)
  push(`\nendstream\nendobj\nstartxref\n${xrefAtNew}\n%%EOF\n`)

  if (at >= pdf.byteLength) return pdf
  const out = Buffer.concat(parts, at)
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
