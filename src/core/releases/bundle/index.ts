/**
 * The offline bundle of a release (ZIP), for facilitators who work without a connection:
 *
 *   index.html                      language chooser
 *   <locale>/index.html             cover, notes, what changed, sessions, services, glossary
 *   <locale>/session-NN.html        one page per session (works opened from disk: captions inside
 *                                   the page, a session timer; one inline script, no network)
 *   <locale>/<manual>.pdf, <workbook>.pdf
 *   media/…                         images in their low-bandwidth rendition (640 px WebP) when
 *                                   there is one; audio and video as uploaded, up to a size limit
 *   captions/<resource>-<lang>.vtt  WebVTT captions
 *   manifest.json                   release, version, locales, every file with size and SHA-256
 *
 * Built from the snapshot and the already rendered PDFs only. No Payload import.
 */
import fs from 'node:fs'
import path from 'node:path'

import { editionFilename, safeFilePart } from '@/core/releases/editions'
import { collectImageFiles } from '@/core/releases/render/images'
import { languageName } from '@/core/releases/render/strings'
import { insideFolder } from '@/core/files/storage'
import type { ReleaseSnapshot, SnapshotFile } from '@/core/releases/snapshot'
import { renderBundleHome, renderHtmlEdition } from './html'
import { BundleZip } from './zip'
import webvtt from 'webvtt-parser'

export { BundleZip } from './zip'
export { escapeHtml, renderHtmlEdition, richToHtml } from './html'

export const BUNDLE_FORMAT = 'reeduca-offline-bundle/1'

/** Audio and video larger than this stay out of the bundle (listed as omitted in the manifest). */
export const DEFAULT_MAX_MEDIA_BYTES = 50 * 1024 * 1024

/**
 * Every media path the offline bundle may read from the media folder: images and video/audio
 * files with their low-bandwidth copies, and caption files. Storage other than the disk fetches
 * these into a folder first (src/cms/storage/objectStore.ts).
 */
export function bundleMediaPaths(snapshot: ReleaseSnapshot): string[] {
  const paths = new Set<string>()
  const add = (file: SnapshotFile | undefined | null) => {
    if (!file?.path) return
    paths.add(file.path)
    const low = file.renditions?.lowBandwidth?.path
    if (low) paths.add(low)
  }
  for (const file of collectImageFiles(snapshot).values()) add(file)
  for (const resource of snapshot.resources) {
    if ((resource.kind === 'video' || resource.kind === 'audio') && resource.file) add(resource.file)
    for (const caption of resource.captions ?? []) if (caption.file?.path) paths.add(caption.file.path)
  }
  return [...paths]
}

export interface BundleInput {
  snapshot: ReleaseSnapshot
  releaseId: string
  contentHash?: string | null
  /**
   * The rendered PDFs on disk, or promises of them: the pages and media go in first and the PDFs
   * last, so a release build writes the bundle while its PDFs are still being rendered.
   */
  pdfs: { edition: string; locale: string; path: string | Promise<string>; filename: string }[]
  /** The media folder the snapshot's file paths are relative to. */
  mediaDir: string
  /** Where to write the ZIP. */
  output: string
  maxMediaBytes?: number
  onWarning?: (message: string) => void
}

export interface ManifestFile {
  path: string
  size: number
  sha256: string
  contentType: string
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT
  release: {
    id: string
    version: string
    previousVersion: string | null
    publishedAt: string
    contentHash: string | null
    track: { slug: string; audience: string; title: Record<string, string> }
    programme: { title: Record<string, string>; institution: string | null }
  }
  locales: string[]
  files: ManifestFile[]
  omitted: { path: string; reason: string }[]
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.vtt': 'text/vtt; charset=utf-8',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.json': 'application/json',
}
const contentTypeOf = (name: string, fallback = 'application/octet-stream') => CONTENT_TYPES[path.extname(name).toLowerCase()] ?? fallback


const exists = async (file: string) => fs.promises.stat(file).then((s) => s.isFile() ? s.size : null, () => null)

/** Writes the offline bundle to `input.output`; resolves to its manifest. */
export async function buildOfflineBundle(input: BundleInput): Promise<BundleManifest> {
  const { snapshot } = input
  const warn = (message: string) => input.onWarning?.(message)
  const maxMedia = input.maxMediaBytes ?? DEFAULT_MAX_MEDIA_BYTES
  const files: ManifestFile[] = []
  const omitted: { path: string; reason: string }[] = []

  // Which media go in, under which names. Keyed by the snapshot path of the original.
  const chosen = new Map<string, { source: string; entry: string }>()
  const usedNames = new Set<string>()
  const entryName = (folder: string, file: SnapshotFile, sourcePath: string) => {
    const base = `${safeFilePart(String(file.id ?? "file"))}-${safeFilePart(path.basename(sourcePath, path.extname(sourcePath)))}${path.extname(sourcePath).toLowerCase()}`
    let name = `${folder}/${base}`
    for (let n = 2; usedNames.has(name); n++) name = `${folder}/${n}-${base}`
    usedNames.add(name)
    return name
  }
  const choose = async (file: SnapshotFile, preferRendition: string | null, limit: number | null) => {
    if (chosen.has(file.path)) return
    const rendition = preferRendition ? file.renditions?.[preferRendition] : undefined
    for (const candidate of [rendition?.path, file.path]) {
      if (!candidate) continue
      const absolute = insideFolder(input.mediaDir, candidate)
      const size = absolute ? await exists(absolute) : null
      if (!absolute || size === null) continue
      if (limit !== null && size > limit) {
        omitted.push({ path: file.filename, reason: `larger than ${Math.round(limit / 1024 / 1024)} MB` })
        return
      }
      chosen.set(file.path, { source: absolute, entry: entryName('media', file, candidate) })
      return
    }
    omitted.push({ path: file.filename, reason: 'file missing from media storage' })
    warn(`Bundle: media file missing: ${file.path}`)
  }

  for (const file of collectImageFiles(snapshot).values()) await choose(file, 'lowBandwidth', null)
  for (const resource of snapshot.resources) {
    // The low-bandwidth copy when there is one: the bundle is for weak connections and old phones.
    if ((resource.kind === 'video' || resource.kind === 'audio') && resource.file) await choose(resource.file, 'lowBandwidth', maxMedia)
  }
  const captions = new Map<string, { language: string; entry: string; source: string; vtt?: string; cues?: [number, number, string][] }[]>()
  for (const resource of snapshot.resources) {
    for (const caption of resource.captions ?? []) {
      const absolute = insideFolder(input.mediaDir, caption.file.path)
      if (!absolute || (await exists(absolute)) === null) {
        omitted.push({ path: caption.file.filename, reason: 'caption file missing from media storage' })
        continue
      }
      const entry = `captions/${safeFilePart(resource.id)}-${safeFilePart(caption.language)}.vtt`
      if (usedNames.has(entry)) continue
      usedNames.add(entry)
      // The pages carry the captions themselves (offlineScript.ts): the text for a data: URL and
      // the cues, read with the same WebVTT parser the upload gate validates with.
      const vtt = (await fs.promises.readFile(absolute, 'utf8')).replace(/^\uFEFF/, '')
      const parsed = new webvtt.WebVTTParser().parse(vtt, 'metadata')
      const cues = parsed.cues.map((cue): [number, number, string] => [cue.startTime, cue.endTime, cue.text])
      captions.set(resource.id, [...(captions.get(resource.id) ?? []), { language: caption.language, entry, source: absolute, vtt, cues }])
    }
  }

  const published = new Date(snapshot.release.publishedAt)
  const zip = BundleZip.create(input.output, Number.isNaN(published.getTime()) ? undefined : published)
  try {
    const addText = (name: string, text: string) => {
      const { size, sha256 } = zip.addText(name, text)
      files.push({ path: name, size, sha256, contentType: contentTypeOf(name) })
    }
    const addFile = async (name: string, source: string) => {
      const contentType = contentTypeOf(name)
      const { size, sha256 } = await zip.addFile(name, source, { deflate: contentType.startsWith('text/') })
      files.push({ path: name, size, sha256, contentType })
    }

    const labels = snapshot.release.locales.map((locale) => ({ locale, label: `${languageName(locale, locale)} (${locale})` }))
    addText('index.html', renderBundleHome(snapshot, labels))

    for (const locale of snapshot.release.locales) {
      const pdfs = input.pdfs.filter((pdf) => pdf.locale === locale)
      const media = {
        href: (file: SnapshotFile | null | undefined) => {
          const found = file ? chosen.get(file.path) : undefined
          return found ? `../${found.entry}` : null
        },
        captions: (resourceId: string) => (captions.get(resourceId) ?? []).map((c) => ({ language: c.language, href: `../${c.entry}`, vtt: c.vtt, cues: c.cues })),
      }
      const pdfLinks = pdfs.map((pdf) => ({ edition: pdf.edition, href: pdf.filename }))
      for (const page of renderHtmlEdition(snapshot, locale, media, pdfLinks, input.releaseId)) addText(`${locale}/${page.name}`, page.html)
    }

    for (const { source, entry } of [...chosen.values()].sort((a, b) => a.entry.localeCompare(b.entry))) await addFile(entry, source)
    for (const list of captions.values()) for (const caption of list) await addFile(caption.entry, caption.source)
    // Last, as they become ready (see BundleInput.pdfs).
    for (const locale of snapshot.release.locales) {
      for (const pdf of input.pdfs.filter((each) => each.locale === locale)) await addFile(`${locale}/${pdf.filename}`, await pdf.path)
    }

    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      release: {
        id: input.releaseId,
        version: snapshot.release.version,
        previousVersion: snapshot.release.previousVersion ?? null,
        publishedAt: snapshot.release.publishedAt,
        contentHash: input.contentHash ?? null,
        track: { slug: snapshot.track.slug, audience: snapshot.track.audience, title: { ...snapshot.track.title } },
        programme: { title: { ...snapshot.programme.title }, institution: snapshot.programme.institution ?? null },
      },
      locales: [...snapshot.release.locales],
      files: [...files],
      omitted,
    }
    zip.addText('manifest.json', JSON.stringify(manifest, null, 2))
    await zip.finish()
    return manifest
  } catch (error) {
    await zip.abort()
    throw error
  }
}

/** The bundle's file name for a snapshot (same rule as the other editions). */
export const bundleFilename = (snapshot: ReleaseSnapshot) =>
  editionFilename({ trackSlug: snapshot.track.slug, version: snapshot.release.version, edition: 'offline-bundle' })
