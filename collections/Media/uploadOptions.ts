import type { AfterErrorHook, Config } from 'payload'

import { instanceUploadTempDir } from '@/core/files/uploadTemp'
import { formatBytes, largestUpload } from '@/core/media/limits'
import { inRequestLanguage } from '@collections/hooks/language'

/**
 * Multipart parsing for every upload: files stream to a temporary folder (a 2 GiB video never
 * sits in memory) and the parser stops at the largest per-kind limit with a 413. The per-kind
 * limits themselves are enforced by the media collection's inspection (src/core/media/inspect.ts).
 */
export function uploadOptions(env: Record<string, string | undefined> = process.env): NonNullable<Config['upload']> {
  const largest = largestUpload(env)
  return {
    useTempFiles: true,
    // The temporary folder is created on first use.
    createParentPath: true,
    // A folder per instance, cleaned of what stopped instances left at start (src/core/files/uploadTemp.ts).
    tempFileDir: instanceUploadTempDir(env),
    abortOnLimit: true,
    responseOnLimit: `The file is larger than the largest upload allowed (${formatBytes(largest)}).`,
    limits: { fileSize: largest, files: 1 },
    // Room for the other form fields around the file.
    requestSizeLimit: largest + 1024 * 1024,
  }
}

// Messages busboy throws for a multipart body it cannot parse (e.g. a NUL byte in a file name).
const MALFORMED_MULTIPART = /^(Malformed part header|Malformed content disposition|Unexpected end of (form|file)|Multipart: Boundary not found)/

/**
 * A multipart body the parser cannot read is the client's fault: Payload would answer 500, this
 * answers 400 with the parser's reason. Nothing was stored (the parser failed before any hook).
 */
export const malformedUploadIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof Error) || !MALFORMED_MULTIPART.test(error.message)) return
  return {
    status: 400,
    response: {
      errors: [
        {
          message: inRequestLanguage(req, {
            es: `No se pudo leer el archivo enviado (${error.message}); quizá un nombre de archivo tiene caracteres no permitidos.`,
            en: `The upload could not be read (${error.message}); a file name may contain forbidden characters.`,
          }),
        },
      ],
    },
  }
}
