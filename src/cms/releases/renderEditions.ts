/**
 * A release's printed editions typeset from its snapshot, with this server's media and address:
 * the one way the build (buildFiles.ts) and the typesetting that starts at the create
 * (typesetAhead.ts) make them, so that both make the same bytes.
 */
import { toParticipantSnapshot, type ParticipantSnapshot } from '@/core/releases/participantProjection'
import { renderFacilitatorManual, renderParticipantWorkbook } from '@/core/releases/render'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { readMediaFile } from '@/cms/storage/objectStore'

/** The PDFs of a release, per locale: the manual, then the workbook. */
export const PDF_EDITIONS = ['facilitator-manual', 'participant-workbook'] as const

export interface ReleasePdf {
  edition: (typeof PDF_EDITIONS)[number]
  locale: string
}

export interface RenderedPdf {
  bytes: Uint8Array
  /** What the renderer warned of (an image left out…), for the build's log. */
  warnings: string[]
}

/** Every PDF of a release, in the order its files are listed. */
export const releasePdfs = (snapshot: ReleaseSnapshot): ReleasePdf[] =>
  snapshot.release.locales.flatMap((locale) => PDF_EDITIONS.map((edition) => ({ edition, locale })))

/** Typesets one PDF of this snapshot at a time (the participant projection made once, when first needed). */
export function editionRenderers(snapshot: ReleaseSnapshot): (pdf: ReleasePdf) => Promise<RenderedPdf> {
  let participant: ParticipantSnapshot | null = null
  // From the media folder or the object store (src/cms/storage/objectStore.ts).
  const readFile = readMediaFile
  return async ({ edition, locale }) => {
    const warnings: string[] = []
    const onWarning = (warning: string) => warnings.push(warning)
    const bytes =
      edition === 'facilitator-manual'
        ? await renderFacilitatorManual(snapshot, locale, { readFile, baseUrl: process.env.SERVER_URL || undefined, onWarning })
        : await renderParticipantWorkbook((participant ??= toParticipantSnapshot(snapshot)), locale, { readFile, onWarning })
    return { bytes, warnings }
  }
}
