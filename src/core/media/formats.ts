/**
 * The file formats `media` accepts, keyed by the MIME type file-type reports for the bytes.
 * Each names its kind, the MIME type we store, the file extensions that may carry it and the
 * Content-Type values a client may honestly claim for it.
 */
export type MediaKind = 'image' | 'video' | 'audio' | 'document' | 'captions'

export interface AcceptedFormat {
  kind: MediaKind
  /** Stored MIME type (what browsers expect when the file is served). */
  mime: string
  /** Extension used when the client's name carries none of `extensions`. */
  ext: string
  extensions: readonly string[]
  /** Content-Type values that agree with the bytes. */
  claims: readonly string[]
  label: string
}

const format = (kind: MediaKind, mime: string, extensions: string[], claims: string[], label: string): AcceptedFormat => ({
  kind,
  mime,
  ext: extensions[0],
  extensions,
  claims: [mime, ...claims],
  label,
})

/** Detected MIME type (from file-type, or our own text checks for captions) → format. */
export const ACCEPTED_FORMATS: Record<string, AcceptedFormat> = {
  'image/jpeg': format('image', 'image/jpeg', ['jpg', 'jpeg'], ['image/jpg', 'image/pjpeg'], 'JPEG image'),
  'image/png': format('image', 'image/png', ['png'], [], 'PNG image'),
  'image/webp': format('image', 'image/webp', ['webp'], [], 'WebP image'),
  'image/avif': format('image', 'image/avif', ['avif'], [], 'AVIF image'),
  'video/mp4': format('video', 'video/mp4', ['mp4', 'm4v'], [], 'MP4 video'),
  'video/webm': format('video', 'video/webm', ['webm'], ['audio/webm'], 'WebM video'),
  'audio/mpeg': format('audio', 'audio/mpeg', ['mp3'], ['audio/mp3', 'audio/mpeg3'], 'MP3 audio'),
  'audio/x-m4a': format('audio', 'audio/mp4', ['m4a'], ['audio/mp4', 'audio/m4a', 'audio/aac'], 'M4A audio'),
  'audio/mp4': format('audio', 'audio/mp4', ['m4a', 'm4b'], ['audio/x-m4a', 'audio/m4a', 'audio/aac'], 'M4A audio'),
  'audio/aac': format('audio', 'audio/aac', ['aac'], ['audio/x-aac', 'audio/aacp'], 'AAC audio'),
  'audio/ogg': format('audio', 'audio/ogg', ['ogg', 'oga'], ['application/ogg', 'audio/opus'], 'Ogg audio'),
  'audio/ogg; codecs=opus': format('audio', 'audio/ogg', ['ogg', 'opus', 'oga'], ['application/ogg', 'audio/opus'], 'Ogg Opus audio'),
  'audio/wav': format('audio', 'audio/wav', ['wav'], ['audio/x-wav', 'audio/wave', 'audio/vnd.wave'], 'WAV audio'),
  'application/pdf': format('document', 'application/pdf', ['pdf'], ['application/x-pdf'], 'PDF document'),
  'text/vtt': format('captions', 'text/vtt', ['vtt'], ['text/plain'], 'WebVTT captions'),
  // SRT is accepted on the way in and stored as WebVTT (see captions.ts).
  'application/x-subrip': format('captions', 'text/vtt', ['srt'], ['application/x-subrip', 'text/srt', 'application/srt', 'text/plain', 'text/vtt'], 'SRT captions'),
}

/** Content types that say nothing about the file: browsers send them for unknown extensions. */
export const UNINFORMATIVE_CLAIMS = new Set(['', 'application/octet-stream', 'binary/octet-stream'])

/** MIME types the collection lets Payload store (and the admin's file picker offer). */
export const STORED_MIME_TYPES = [...new Set(Object.values(ACCEPTED_FORMATS).flatMap((f) => [f.mime]))]

export const ACCEPTED_SUMMARY = 'JPEG, PNG, WebP, AVIF images; MP4, WebM video; MP3, M4A/AAC, Ogg, WAV audio; PDF; WebVTT or SRT captions'
export const ACCEPTED_SUMMARY_ES = 'imágenes JPEG, PNG, WebP o AVIF; video MP4 o WebM; audio MP3, M4A/AAC, Ogg o WAV; PDF; subtítulos WebVTT o SRT'

const KIND_ES: Record<MediaKind, string> = { image: 'imagen', video: 'video', audio: 'audio', document: 'documento', captions: 'subtítulos' }

/** A format's name for people: "PNG image" / "imagen PNG". */
export function formatLabel(format: Pick<AcceptedFormat, 'kind' | 'label'>, language: 'es' | 'en' = 'en'): string {
  if (language === 'en') return format.label
  const name = format.label.replace(/ (image|video|audio|document|captions)$/, '')
  return `${KIND_ES[format.kind]} ${name}`
}

export function mimeEssence(mime: string | undefined | null): string {
  return (mime ?? '').split(';', 1)[0].trim().toLowerCase()
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** The kind the client's name suggests, to phrase a mismatch in the trainer's terms. */
export function kindFromExtension(name: string): AcceptedFormat | undefined {
  const ext = extensionOf(name)
  if (!ext) return undefined
  return Object.values(ACCEPTED_FORMATS).find((f) => f.extensions.includes(ext))
}
