/**
 * A small ZIP writer that streams to a file: entries from memory (deflated) or from files on
 * disk (stored: PDFs, images, audio and video are compressed already, and a stored entry is
 * copied with constant memory). No data descriptors and no ZIP64: every entry and the archive
 * stay under 4 GiB, which a release bundle does by far. Entry times are fixed by the caller, so
 * the same content gives the same archive bytes.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import zlib from 'node:zlib'

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 as ZIP uses it; continues from `previous` for streamed data. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32
  if (typeof native === 'function') return native(bytes, previous) >>> 0
  let crc = (previous ^ 0xffffffff) >>> 0
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const LIMIT = 0xffffffff

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107)
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  }
}

interface CentralEntry {
  name: Buffer
  method: number
  crc: number
  compressedSize: number
  size: number
  offset: number
}

export class ZipWriter {
  private readonly entries: CentralEntry[] = []
  private readonly names = new Set<string>()
  private offset = 0
  private readonly stamp: { time: number; date: number }

  private constructor(
    private readonly handle: fs.promises.FileHandle,
    modified: Date,
  ) {
    this.stamp = dosDateTime(modified)
  }

  static async create(file: string, modified = new Date(Date.UTC(2000, 0, 1))): Promise<ZipWriter> {
    return new ZipWriter(await fs.promises.open(file, 'w'), modified)
  }

  private async write(bytes: Uint8Array): Promise<void> {
    let written = 0
    while (written < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written)
      written += bytesWritten
    }
    this.offset += bytes.length
    if (this.offset > LIMIT) throw new Error('The bundle would exceed 4 GiB, the limit of this ZIP writer.')
  }

  private checkName(name: string): Buffer {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`Unsafe entry name in bundle: ${name}`)
    }
    if (this.names.has(name)) throw new Error(`Duplicate entry in bundle: ${name}`)
    this.names.add(name)
    return Buffer.from(name, 'utf8')
  }

  private async header(name: Buffer, method: number, crc: number, compressedSize: number, size: number): Promise<void> {
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(method, 8)
    header.writeUInt16LE(this.stamp.time, 10)
    header.writeUInt16LE(this.stamp.date, 12)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(compressedSize, 18)
    header.writeUInt32LE(size, 22)
    header.writeUInt16LE(name.length, 26)
    header.writeUInt16LE(0, 28)
    this.entries.push({ name, method, crc, compressedSize, size, offset: this.offset })
    await this.write(header)
    await this.write(name)
  }

  /** Adds bytes, deflated unless `store` (already compressed content). */
  async addBuffer(name: string, data: Uint8Array | string, options: { store?: boolean } = {}): Promise<void> {
    const encoded = this.checkName(name)
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    const crc = crc32(bytes)
    const deflated = options.store ? null : zlib.deflateRawSync(bytes, { level: 9 })
    const useDeflate = deflated !== null && deflated.length < bytes.length
    const body = useDeflate ? deflated! : bytes
    await this.header(encoded, useDeflate ? 8 : 0, crc, body.length, bytes.length)
    await this.write(body)
  }

  /** Adds a file from disk, stored, streamed twice (checksum, then copy) with constant memory. */
  async addFile(name: string, file: string): Promise<{ size: number; sha256: string }> {
    const encoded = this.checkName(name)
    const { size } = await fs.promises.stat(file)
    if (size > LIMIT) throw new Error(`${name} is larger than 4 GiB.`)
    let crc = 0
    const hash = crypto.createHash('sha256')
    for await (const chunk of fs.createReadStream(file)) {
      crc = crc32(chunk as Buffer, crc)
      hash.update(chunk as Buffer)
    }
    await this.header(encoded, 0, crc, size, size)
    let copied = 0
    for await (const chunk of fs.createReadStream(file)) {
      await this.write(chunk as Buffer)
      copied += (chunk as Buffer).length
    }
    if (copied !== size) throw new Error(`${name} changed while it was being added to the bundle.`)
    return { size, sha256: hash.digest('hex') }
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    try {
      const start = this.offset
      for (const entry of this.entries) {
        const record = Buffer.alloc(46)
        record.writeUInt32LE(0x02014b50, 0)
        record.writeUInt16LE(0x0314, 4) // made by: Unix, 2.0
        record.writeUInt16LE(20, 6)
        record.writeUInt16LE(0x0800, 8)
        record.writeUInt16LE(entry.method, 10)
        record.writeUInt16LE(this.stamp.time, 12)
        record.writeUInt16LE(this.stamp.date, 14)
        record.writeUInt32LE(entry.crc, 16)
        record.writeUInt32LE(entry.compressedSize, 20)
        record.writeUInt32LE(entry.size, 24)
        record.writeUInt16LE(entry.name.length, 28)
        record.writeUInt16LE(0, 30)
        record.writeUInt16LE(0, 32)
        record.writeUInt16LE(0, 34)
        record.writeUInt16LE(0, 36)
        record.writeUInt32LE((0o100644 << 16) >>> 0, 38) // -rw-r--r--
        record.writeUInt32LE(entry.offset, 42)
        await this.write(record)
        await this.write(entry.name)
      }
      if (this.entries.length > 0xffff) throw new Error('Too many entries for a ZIP without ZIP64.')
      const end = Buffer.alloc(22)
      end.writeUInt32LE(0x06054b50, 0)
      end.writeUInt16LE(0, 4)
      end.writeUInt16LE(0, 6)
      end.writeUInt16LE(this.entries.length, 8)
      end.writeUInt16LE(this.entries.length, 10)
      end.writeUInt32LE(this.offset - start, 12)
      end.writeUInt32LE(start, 16)
      end.writeUInt16LE(0, 20)
      await this.write(end)
      await this.handle.sync()
    } finally {
      await this.handle.close()
    }
  }

  /** Closes without finishing (on error); the caller removes the file. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => {})
  }
}
