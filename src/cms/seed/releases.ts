/**
 * The demo's first manual release of each track (1.0.0, Spanish and English), published after
 * the curriculum is committed: a release is built from *published* content, outside the seed's
 * transaction, and its files are written to disk.
 */
import type { Payload } from 'payload'

import { publishManualRelease } from '@/cms/releases/publish'
import { lexicalFromParagraphs } from '@/core/richtext/lexical'
import { tracks } from '@/cms/seed/curriculum'

export const DEMO_RELEASE_VERSION = '1.0.0'

const releaseNotes = {
  es: ['Primera edición del manual y de los materiales para participantes, en español e inglés.'],
  en: ['First edition of the manual and the participant materials, in Spanish and English.'],
}

export interface DemoReleaseSummary {
  published: string[]
  skipped: string[]
}

/** Publishes 1.0.0 for every demo track that has no release yet; safe to run again. */
export async function seedDemoReleases(
  payload: Payload,
  onProgress?: (trackSlug: string) => void,
): Promise<DemoReleaseSummary> {
  const summary: DemoReleaseSummary = { published: [], skipped: [] }
  const admin = (
    await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1, depth: 0, overrideAccess: true })
  ).docs[0]
  for (const demoTrack of tracks) {
    onProgress?.(demoTrack.slug)
    const track = (
      await payload.find({ collection: 'tracks', where: { slug: { equals: demoTrack.slug } }, limit: 1, depth: 0, overrideAccess: true })
    ).docs[0]
    if (!track) continue
    const existing = await payload.count({ collection: 'manual-releases', where: { track: { equals: track.id } }, overrideAccess: true })
    if (existing.totalDocs > 0) {
      summary.skipped.push(demoTrack.slug)
      continue
    }
    // The open group's themes open with the demo video, which is made only where ffmpeg is
    // installed: without it the release checks would refuse the release, so it is left unreleased.
    if (track.groupFormat === 'open' && (await payload.count({ collection: 'resources', where: { kind: { equals: 'video' } }, overrideAccess: true })).totalDocs === 0) {
      payload.logger.info(`Seed: no demo video (ffmpeg is not installed), so the open group "${demoTrack.slug}" gets no release: its themes need their vignettes.`)
      summary.skipped.push(demoTrack.slug)
      continue
    }
    const release = await publishManualRelease(payload, {
      track: track.id,
      version: DEMO_RELEASE_VERSION,
      locales: ['es', 'en'],
      notes: { es: lexicalFromParagraphs(releaseNotes.es), en: lexicalFromParagraphs(releaseNotes.en) },
      user: admin ? { id: admin.id } : null,
    })
    if (release.status !== 'ready') throw new Error(`The demo release of ${demoTrack.slug} did not build (${release.failureReason ?? release.status}).`)
    summary.published.push(demoTrack.slug)
  }
  return summary
}
