import sanitize from 'sanitize-filename'

import { extensionOf } from './formats'

const MAX_BASE_LENGTH = 120

/**
 * A file name safe to store: no folders (a "../../" prefix is dropped), no NUL, control or
 * bidirectional-override characters, nothing a file system reserves; the extension is the one the content deserves.
 */
export function safeFilename(clientName: string, format: { ext: string; extensions: readonly string[] }): string {
  // Control characters, and the invisible bidirectional marks that make "gnp.exe" read "exe.png".
  // eslint-disable-next-line no-control-regex
  const withoutControls = clientName.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
  const lastSegment = withoutControls.split(/[\\/]/).pop() ?? ''
  const ext = extensionOf(lastSegment)
  const base = ext ? lastSegment.slice(0, -(ext.length + 1)) : lastSegment
  const cleanBase = sanitize(base, { replacement: '-' })
    .replace(/^[.\s-]+/, '')
    .replace(/\s+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
  const finalExt = format.extensions.includes(ext) ? ext : format.ext
  return `${cleanBase || 'upload'}.${finalExt}`
}
