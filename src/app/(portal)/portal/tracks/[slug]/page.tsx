import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/components/portal/PortalShell'
import { ReleaseChangeList, ReleaseDownloads, ReleaseNotes, formatDate } from '@/components/portal/Release'
import { currentRelease, releasesOf, sessionsOf, trackBySlug } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.portal} · Reeduca` }
}

/** A track: its current release with downloads, the release history, and the sessions. */
export default async function TrackPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const here = `/portal/tracks/${encodeURIComponent(slug)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const track = await trackBySlug(payload, user, lang, slug)
  if (!track) notFound()
  const [releases, sessions] = await Promise.all([releasesOf(payload, user, lang, track.id), sessionsOf(payload, user, lang, track.id)])
  const current = currentRelease(releases)

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      <p>
        <Link href="/portal">{t.backToPortal}</Link>
      </p>
      <h1>{track.title}</h1>
      <section className="card" aria-labelledby="current-release">
        <h2 id="current-release">{current ? `${t.latestRelease}: ${current.version}` : t.latestRelease}</h2>
        {current ? <ReleaseDownloads release={current} t={t} /> : <p>{t.noRelease}</p>}
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t.sessions}</h2>
        <ol className="session-list">
          {sessions.map((session) => (
            <li key={String(session.id)}>
              <Link href={`/portal/sessions/${encodeURIComponent(String(session.id))}`} className="session-link">
                <span className="session-link__number">
                  {t.session} {session.number}
                </span>
                <span className="session-link__title">{session.title}</span>
              </Link>
            </li>
          ))}
        </ol>
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
