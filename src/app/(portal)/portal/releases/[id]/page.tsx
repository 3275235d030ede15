import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/components/portal/PortalShell'
import { ReleaseChangeList, ReleaseDownloads, ReleaseNotes, formatDate } from '@/components/portal/Release'
import { findVisible } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import type { ManualRelease, Track } from '../../../../../../payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.release} · Reeduca` }
}

/** One release: its notes, what changed since the previous one, and its files. */
export default async function ReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/releases/${encodeURIComponent(id)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const release = await findVisible<ManualRelease>(() =>
    payload.findByID({ collection: 'manual-releases', id, overrideAccess: false, user, locale: lang, depth: 1, select: { snapshot: false } }),
  )
  if (!release) notFound()
  const track = typeof release.track === 'object' ? (release.track as Track) : null

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      {track?.slug ? (
        <p>
          <Link href={`/portal/tracks/${track.slug}`}>{t.backToTrack}</Link>
        </p>
      ) : null}
      <h1>
        {track ? `${track.title} · ` : ''}
        {t.release} {release.version}
      </h1>
      <p className="muted">
        {t.publishedOn} {formatDate(release.publishedAt, lang)}
      </p>
      <section className="card" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t.downloads}</h2>
        <ReleaseDownloads release={release} t={t} />
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t.notes}</h2>
        <ReleaseNotes release={release} />
      </section>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title">{t.whatChanged}</h2>
        <ReleaseChangeList release={release} t={t} lang={lang} />
      </section>
    </PortalShell>
  )
}
