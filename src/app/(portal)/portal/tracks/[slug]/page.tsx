import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/ui/portal/PortalShell'
import { ReleaseChangeList, ReleaseDownloads, ReleaseNotes, formatDate } from '@/ui/portal/Release'
import { SessionList } from '@/ui/portal/SessionList'
import { currentRelease, releasesOf, sessionsOf, trackBySlug } from '@/portal/data'
import { releaseSessionsFor } from '@/portal/releaseSessions'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { groupFormatNote } from '@/portal/groupFormat'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.portal} · Reeduca` }
}

/**
 * A track: its current release with downloads, that release's sessions (what facilitators teach
 * from), and the release history. Without a ready release, the live published sessions, marked
 * as such.
 */
export default async function TrackPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const here = `/portal/tracks/${encodeURIComponent(slug)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const track = await trackBySlug(payload, user, lang, slug)
  if (!track) notFound()
  const releases = await releasesOf(payload, user, lang, track.id)
  const current = currentRelease(releases)
  const fromRelease = current ? await releaseSessionsFor(payload, user, current.id, lang) : null
  const sessions = fromRelease
    ? fromRelease.sessions.map((session) => ({ key: session.sessionId, number: session.number, title: session.title, titleLocale: session.titleLocale, href: session.href }))
    : (await sessionsOf(payload, user, lang, track.id)).map((session) => ({
        key: String(session.id),
        number: session.number,
        title: session.title,
        titleLocale: lang as string,
        href: `/portal/sessions/${encodeURIComponent(String(session.id))}`,
      }))
  const groupFormat = groupFormatNote(track, sessions.length, lang)

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      <p>
        <Link href="/portal">{t.backToPortal}</Link>
      </p>
      <h1>{track.title}</h1>
      <section className="card" aria-labelledby="current-release">
        <h2 id="current-release">{current ? `${t.latestRelease}: ${current.version}` : t.latestRelease}</h2>
        {current ? <ReleaseDownloads release={current} t={t} lang={lang} /> : <p>{t.noRelease}</p>}
      </section>

      {groupFormat ? (
        // The same line as the manual's front matter: a man may join at any session.
        <section className="card open-group" aria-labelledby="group-format">
          <h2 id="group-format">{t.groupFormat}</h2>
          <p>
            <strong>{groupFormat.line}</strong>
          </p>
          {groupFormat.guidance ? <p>{groupFormat.guidance}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t.sessions}</h2>
        {fromRelease ? (
          <p className="release-source">{t.sessionsFromRelease(fromRelease.release.version)}</p>
        ) : (
          <p className="callout live-notice" role="note">
            {t.sessionsLiveFallback}
          </p>
        )}
        <SessionList sessions={sessions} lang={lang} t={t} source={fromRelease ? 'release' : 'live'} />
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t.releaseHistory}</h2>
        {releases.length === 0 ? <p>{t.noRelease}</p> : null}
        {releases.map((release) => (
          <article key={String(release.id)} className="card release">
            <h3>
              <Link href={`/portal/releases/${encodeURIComponent(String(release.id))}`}>
                {t.release} {release.version}
              </Link>
              <span className="muted"> · {t.publishedOn} {formatDate(release.publishedAt, lang)}</span>
            </h3>
            <ReleaseNotes release={release} />
            <h4>{t.whatChanged}</h4>
            <ReleaseChangeList release={release} t={t} lang={lang} />
          </article>
        ))}
      </section>
    </PortalShell>
  )
}
