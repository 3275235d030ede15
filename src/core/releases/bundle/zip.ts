/**
 * The bundle's ZIP archive, written with yazl and streamed to a file. Text is deflated; PDFs,
 * images, audio and video (compressed already) are stored. Files from disk are copied with
 * constant memory and hashed (SHA-256) on the way through, for the manifest. Every entry gets
 * the same fixed time and entries keep the order they are added in, so the same content gives
 * the same bytes on any server: yazl writes the DOS time from the local clock fields, so the
 * time handed to it is shifted to show the release's UTC time whatever the time zone (and the
 * extended Unix timestamp, which would differ, is left out).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { ZipFile } from 'yazl'

export interface ZippedFile {
  size: number
  sha256: string
}

/** A Date whose local-time fields are `time`'s UTC fields (what yazl reads). */
function asLocalFields(time: Date): Date {
  return new Date(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds())
}

export class BundleZip {
  private readonly zip = new ZipFile()
  private readonly names = new Set<string>()
  private readonly written: Promise<void>
  private failure: Error | null = null
  private readonly mtime: Date

  private constructor(
    private readonly output: string,
    releaseTime: Date,
  ) {
    this.mtime = asLocalFields(releaseTime)
    this.written = pipeline(this.zip.outputStream, fs.createWriteStream(output))
    // Kept for finish(): a failed write must not go unhandled while entries are still queued.
    this.written.catch((error) => (this.failure ??= error))
    this.zip.on('error', (error: Error) => (this.failure ??= error))
  }

  static create(output: string, mtime = new Date(Date.UTC(2000, 0, 1))): BundleZip {
    return new BundleZip(output, mtime)
  }

  private checkName(name: string): void {
    if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(`Unsafe entry name in bundle: ${name}`)
    }
    if (this.names.has(name)) throw new Error(`Duplicate entry in bundle: ${name}`)
    this.names.add(name)
  }

  /** Adds text (deflated); resolves to its size and SHA-256. */
  addText(name: string, text: string): ZippedFile {
    this.checkName(name)
    const bytes = Buffer.from(text, 'utf8')
    this.zip.addBuffer(bytes, name, { mtime: this.mtime, forceDosTimestamp: true, compressionLevel: 9 })
    return { size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') }
  }

  /**
   * Adds a file from disk, stored unless `deflate` (text such as captions). It is opened only
   * when yazl reaches it, and hashed while it is copied; resolves once it is in the archive.
   */
  async addFile(name: string, file: string, { deflate = false } = {}): Promise<ZippedFile> {
    this.checkName(name)
    const { size } = await fs.promises.stat(file)
    return new Promise((resolve, reject) => {
      const hash = crypto.createHash('sha256')
      let seen = 0
      this.zip.addReadStreamLazy(name, { mtime: this.mtime, forceDosTimestamp: true, compressionLevel: deflate ? 9 : 0, size }, (callback) => {
        const source = fs.createReadStream(file)
        const hashing = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk)
            seen += chunk.length
            done(null, chunk)
          },
          flush(done) {
            // yazl also checks the size it was told; this names the file in the message.
            if (seen !== size) {
              const error = new Error(`${name} changed while it was being added to the bundle.`)
              reject(error)
              return done(error)
            }
            resolve({ size, sha256: hash.digest('hex') })
            done()
          },
        })
        source.on('error', (error) => {
          reject(error)
          hashing.destroy(error)
        })
        callback(null, source.pipe(hashing))
      })
    })
  }

  /** Writes the central directory; resolves once the file is complete on disk. */
  async finish(): Promise<void> {
    this.zip.end()
    await this.written
    if (this.failure) throw this.failure
  }

  /** Stops writing (on error); the caller removes the file. */
  async abort(): Promise<void> {
    this.zip.outputStream.unpipe()
    ;(this.zip.outputStream as unknown as { destroy?: () => void }).destroy?.()
    await this.written.catch(() => {})
    // A half-written archive is no bundle: nothing is left behind to be taken for one.
    await fs.promises.rm(this.output, { force: true })
  }
}
