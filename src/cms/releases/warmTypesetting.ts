/**
 * The typesetting of a release begun while the designer is still filling in its create form.
 *
 * The form asks for the release checks (`POST /api/manual-releases/check`) as soon as she has
 * chosen the track and the locales; that dry run reads the very snapshot the release will freeze.
 * Its editions are then laid out, without exporting, in the compiler processes that will print
 * them (one per locale: `typesettingCacheKey`), while she writes the version and the notes. When
 * she presses Create, the compiler finds every session's pages in its cache and only lays out
 * what differs (the cover, the running header, the notes): measured on the seeded women's track,
 * a manual in about 0.3–0.5 s instead of 1.0 s (`npm run bench -- release`, "after the form").
 *
 * Never at the expense of a build: nothing is laid out while any document is being typeset, the
 * same content is laid out once per compiler process, and only in a process that builds releases
 * itself (the jobs' autorun; an app instance that leaves builds to workers has nothing to warm).
 * What is laid out here changes no byte of any PDF: Typst's cache only spares work.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { stableStringify } from '@/core/releases/changes'
import { toParticipantSnapshot } from '@/core/releases/participantProjection'
import { renderFacilitatorManual, renderParticipantWorkbook, typstEngine } from '@/core/releases/render'
import type { ReleaseSnapshot } from '@/core/releases/snapshot'
import { jobsAutoRunEnabled } from '@/cms/jobs/queue'
import { readMediaFile } from '@/cms/storage/objectStore'

/** A track's editions in one locale: typeset by one compiler process, whose cache then holds them. */
export const typesettingCacheKey = (snapshot: ReleaseSnapshot, locale: string): string => `${snapshot.track.slug}/${locale}`

/** The content last laid out, and the compiler processes that hold it (one that ended took its cache along). */
let lastWarmed: { content: string; processes: string | null } | null = null

/** What is laid out, without what the form changes as she types (version, notes, date). */
const contentOf = (snapshot: ReleaseSnapshot): string => {
  const { release, changes: _changes, ...content } = snapshot
  return crypto.createHash('sha256').update(stableStringify({ ...content, locales: release.locales })).digest('hex')
}

/**
 * Lays out the editions of the release a create form is about to make (see the module comment),
 * in the background. Never throws: resolves when it is done (for tests), whatever happened.
 */
export async function warmTypesetting(payload: Payload, snapshot: ReleaseSnapshot): Promise<void> {
  let content: string | null = null
  try {
    const engine = typstEngine()
    if (!jobsAutoRunEnabled() || !engine.idle) return
    content = contentOf(snapshot)
    if (lastWarmed?.content === content && lastWarmed.processes === engine.processes) return
    lastWarmed = { content, processes: null }
    const participant = toParticipantSnapshot(snapshot)
    const readFile = readMediaFile
    // As the build does: each locale's manual, then its workbook, the locales side by side.
    await Promise.all(
      snapshot.release.locales.map(async (locale) => {
        const options = { readFile, layoutOnly: true, cacheKey: typesettingCacheKey(snapshot, locale) }
        await renderFacilitatorManual(snapshot, locale, { ...options, baseUrl: process.env.SERVER_URL || undefined })
        await renderParticipantWorkbook(participant, locale, options)
      }),
    )
    if (lastWarmed?.content === content) lastWarmed.processes = engine.processes
  } catch (error) {
    // Only a head start: the build typesets everything anyway and reports its own errors.
    if (content !== null && lastWarmed?.content === content) lastWarmed = null
    payload.logger.debug({ err: error, msg: 'Laying out a release ahead of its create failed' })
  }
}
