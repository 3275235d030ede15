import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/ui/portal/PortalShell'
import { ReleaseChangeList, ReleaseDownloads, ReleaseNotes, formatDate } from '@/ui/portal/Release'
import { SessionList } from '@/ui/portal/SessionList'
import { findVisible } from '@/portal/data'
import { releaseSessionsFor } from '@/portal/releaseSessions'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import type { ManualRelease, Track } from '@payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.release} · Reeduca` }
}

/** One release: its files, its sessions, its notes and what changed since the previous one. */
export default async function ReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/releases/${encodeURIComponent(id)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const release = await findVisible<ManualRelease>(() =>
    payload.findByID({ collection: 'manual-releases', id, overrideAccess: false, user, locale: lang, depth: 1 }),
  )
  if (!release) notFound()
  const track = typeof release.track === 'object' ? (release.track as Track) : null
  // Null for a release that is not ready or is withdrawn: nobody teaches from it.
  const fromRelease = await releaseSessionsFor(payload, user, release.id, lang)

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
        <ReleaseDownloads release={release} t={t} lang={lang} />
      </section>
      {fromRelease ? (
        <section aria-labelledby="sessions-title">
          <h2 id="sessions-title">{t.sessions}</h2>
          {fromRelease.sessions.length === 0 ? <p>{t.releaseSessionsNone}</p> : null}
          <SessionList
            sessions={fromRelease.sessions.map((session) => ({ ...session, key: session.sessionId }))}
            lang={lang}
            t={t}
            source="release"
          />
        </section>
      ) : null}
      {fromRelease ? (
        <section aria-labelledby="matter-title">
          <h2 id="matter-title">{t.manualMatter}</h2>
          <p>
            <Link href={`${here}/chapters`}>{t.manualMatter}</Link>
          </p>
        </section>
      ) : null}
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
