/**
 * Makes the derived files of a stored video or audio file: a poster image (video) and a
 * low-bandwidth copy, written next to the original under free names (an existing file is never
 * overwritten). Nothing half-written is left in the media folder: ffmpeg writes to a private
 * temporary folder and only finished files are copied in. No Payload import.
 */
import { randomBytes } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { insideFolder } from '@/core/files/storage'
import { probeFile } from './probe'
import { lowBandwidthAudioArgs, lowBandwidthVideoArgs, posterArgs, posterSeekSeconds, runFfmpeg, transcodeTimeoutMs } from './transcode'

export interface DerivedFile {
  filename: string
  mimeType: string
  filesize: number
  width?: number
  height?: number
}

export interface MadeRenditions {
  poster?: DerivedFile
  lowBandwidth?: DerivedFile
}

export type RenditionStatus = 'pending' | 'ready' | 'failed' | 'unavailable'

/** The absolute path of `filename` directly inside `dir` (no subfolder), or null. */
export function directlyInside(dir: string, filename: string | null | undefined): string | null {
  const target = insideFolder(dir, filename)
  return target && path.dirname(target) === path.resolve(dir) ? target : null
}

/** Copies a finished file into the media folder under the first free `${stem}${suffix}[-n]${ext}`. */
async function claimName(source: string, dir: string, stem: string, suffix: string, ext: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const name = `${stem}${suffix}${n === 1 ? '' : `-${n}`}${ext}`
    try {
      await fs.copyFile(source, path.join(dir, name), fsConstants.COPYFILE_EXCL)
      return name
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  throw new Error(`No free file name for ${stem}${suffix}${ext}`)
}

/** Removes derived files; missing ones are fine, names that would leave the folder are ignored. */
export async function removeDerivedFiles(dir: string, filenames: Array<string | null | undefined>): Promise<void> {
  for (const name of filenames) {
    const target = directlyInside(dir, name)
    if (target) await fs.rm(target, { force: true })
  }
}

/**
 * Makes the poster (video) and the low-bandwidth copy (video, audio) of `filename` in `dir`.
 * Rejects (leaving nothing in `dir`) when ffmpeg fails or times out.
 */
export async function makeRenditions(input: { dir: string; filename: string; kind: 'video' | 'audio'; durationSeconds?: number | null }): Promise<MadeRenditions> {
  const source = directlyInside(input.dir, input.filename)
  if (!source) throw new Error(`The stored file name "${input.filename}" is not a plain file name`)
  await fs.access(source)
  const stem = path.basename(input.filename, path.extname(input.filename))
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'reeduca-renditions-'))
  const timeout = transcodeTimeoutMs(input.durationSeconds)
  const claimed: string[] = []
  try {
    const made: MadeRenditions = {}
    if (input.kind === 'video') {
      const poster = path.join(scratch, `${randomBytes(4).toString('hex')}.jpg`)
      const seek = posterSeekSeconds(input.durationSeconds)
      // A clip shorter than the seek point has no frame there: take the first one.
      await runFfmpeg(posterArgs(source, poster, seek), timeout)
      const wrote = await fs.stat(poster).then((s) => s.size > 0, () => false)
      if (!wrote) await runFfmpeg(posterArgs(source, poster, 0), timeout)
      // sharp re-encodes it: whatever ffmpeg wrote, the stored poster carries no metadata.
      const clean = await sharp(poster).rotate().jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true })
      await fs.writeFile(poster, clean.data)
      const filename = await claimName(poster, input.dir, stem, '-poster', '.jpg')
      claimed.push(filename)
      made.poster = { filename, mimeType: 'image/jpeg', filesize: clean.data.length, width: clean.info.width, height: clean.info.height }

      const low = path.join(scratch, `${randomBytes(4).toString('hex')}.mp4`)
      await runFfmpeg(lowBandwidthVideoArgs(source, low), timeout)
      const lowName = await claimName(low, input.dir, stem, '-low', '.mp4')
      claimed.push(lowName)
      const probe = await probeFile(low)
      made.lowBandwidth = {
        filename: lowName,
        mimeType: 'video/mp4',
        filesize: (await fs.stat(low)).size,
        ...(probe.width && probe.height ? { width: probe.width, height: probe.height } : {}),
      }
    } else {
      const low = path.join(scratch, `${randomBytes(4).toString('hex')}.m4a`)
      await runFfmpeg(lowBandwidthAudioArgs(source, low), timeout)
      const lowName = await claimName(low, input.dir, stem, '-low', '.m4a')
      claimed.push(lowName)
      made.lowBandwidth = { filename: lowName, mimeType: 'audio/mp4', filesize: (await fs.stat(low)).size }
    }
    return made
  } catch (error) {
    await removeDerivedFiles(input.dir, claimed)
    throw error
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }
}
