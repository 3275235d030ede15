/**
 * A release's PDFs, typeset from the snapshot its create has just frozen, while the create is
 * still storing it and answering, and before the build job has started and read the release
 * back: the build (buildFiles.ts) then takes what is ready instead of typesetting it again.
 *
 * Why: the create and the job's start took 0.3–0.5 s of the 2 s a designer waits between
 * pressing Create and a ready release, with the compilers idle (measured: bench/release.mjs).
 *
 * Safe by construction:
 * - Typesetting is a function of the snapshot and the locale (the PDF's date is the release's),
 *   and what is typeset here is keyed by the release's content hash, the sha256 of the very
 *   snapshot that is stored: a build only takes PDFs of the content it builds.
 * - A PDF that failed here (a compiler that crashed or timed out) is typeset again by the build,
 *   which reports its own errors as before; nothing here ever marks a release.
 * - Only in a process that builds the release itself right after (the jobs' autorun, or
 *   `publishManualRelease`). If the create is rolled back, or another instance builds the
 *   release, what was typeset here is dropped after `KEEP_MS` (and at most `KEEP_RELEASES` are kept).
 */
import { editionRenderers, releasePdfs, type ReleasePdf, type RenderedPdf } from './renderEditions'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'

/** How long PDFs typeset ahead wait for their build. A build starts within a second of its create. */
const KEEP_MS = 2 * 60_000
/** Releases whose PDFs are kept at once (a few MB each): bursts of creates never pile up PDFs. */
const KEEP_RELEASES = 4

export interface TypesetAhead {
  /** When typesetting began (performance.now()), for the build's timeline. */
  startedAt: number
  /** `${edition} ${locale}` → the PDF, or its failure. */
  pdfs: Map<string, Promise<RenderedPdf>>
}

/** A seam for tests (a compiler that fails during the create); production leaves it empty. */
export const typesetAheadHooks: { beforeTypesetting?: (pdf: ReleasePdf) => void | Promise<void> } = {}

const ahead = new Map<string, TypesetAhead & { timer: NodeJS.Timeout }>()

/**
 * On unless REEDUCA_TYPESET_AT_CREATE=0, which leaves all typesetting to the build job: how
 * `npm run bench -- release` measures what this saves, side by side.
 */
export const typesetAheadEnabled = (): boolean => process.env.REEDUCA_TYPESET_AT_CREATE !== '0'

export const pdfKey = (pdf: Pick<ReleasePdf, 'edition' | 'locale'>) => `${pdf.edition} ${pdf.locale}`

/**
 * Starts typesetting every PDF of a release being created (see the module comment). `snapshot`
 * is copied at once: the create goes on with its own object.
 */
export function typesetAhead(snapshot: ReleaseSnapshot, contentHash: string): void {
  if (!typesetAheadEnabled() || ahead.has(contentHash)) return
  // As stored (a JSON column or document): what the build will read back.
  const frozen = JSON.parse(JSON.stringify(snapshot)) as ReleaseSnapshot
  const render = editionRenderers(frozen)
  const pdfs = new Map<string, Promise<RenderedPdf>>()
  // Each locale's PDFs one after another, the locales side by side: as the build orders them.
  for (const locale of frozen.release.locales) {
    let previous: Promise<unknown> = Promise.resolve()
    for (const pdf of releasePdfs(frozen).filter((each) => each.locale === locale)) {
      const rendered = previous
        .catch(() => undefined)
        .then(async () => {
          await typesetAheadHooks.beforeTypesetting?.(pdf)
          return render(pdf)
        })
      // The build awaits it (and typesets again on a failure); unclaimed, a failure is no one's concern.
      rendered.catch(() => {})
      pdfs.set(pdfKey(pdf), rendered)
      previous = rendered
    }
  }
  const timer = setTimeout(() => ahead.delete(contentHash), KEEP_MS).unref()
  ahead.set(contentHash, { startedAt: performance.now(), pdfs, timer })
  for (const key of [...ahead.keys()].slice(0, Math.max(0, ahead.size - KEEP_RELEASES))) dropAhead(key)
}

/** The PDFs typeset ahead for this content, taken (a later build typesets afresh), or null. */
export function takeTypesetAhead(contentHash: string | null | undefined): TypesetAhead | null {
  if (!contentHash) return null
  const entry = ahead.get(contentHash)
  if (!entry) return null
  dropAhead(contentHash)
  return { startedAt: entry.startedAt, pdfs: entry.pdfs }
}

function dropAhead(contentHash: string): void {
  const entry = ahead.get(contentHash)
  if (!entry) return
  clearTimeout(entry.timer)
  ahead.delete(contentHash)
}
