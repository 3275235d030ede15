import type { Metadata } from 'next'
import Link from 'next/link'

import { PortalShell } from '@/ui/portal/PortalShell'
import { ReleaseDownloads, formatDate } from '@/ui/portal/Release'
import { currentRelease, releasesOf, tracksFor } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { canRecordEvaluation } from '@/core/rules/roles'
import { offlineUserKey } from '@/portal/offline'
import { KeepOffline } from '@/ui/portal/offline/KeepOffline'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.portal} · Reeduca` }
}

/** Portal home: the facilitator's tracks, each with its current release and its downloads. */
export default async function PortalHome() {
  const user = await requireFacilitator('/portal')
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const tracks = await tracksFor(payload, user, lang)
  const withReleases = await Promise.all(
    tracks.map(async (track) => ({ track, release: currentRelease(await releasesOf(payload, user, lang, track.id)) })),
  )
  return (
    <PortalShell lang={lang} t={t} here="/portal" user={user}>
      <h1>{t.yourTracks}</h1>
      {canRecordEvaluation(user) ? (
        <p>
          <Link href="/portal/evaluacion">{t.evaluation.link}</Link>
        </p>
      ) : null}
      {tracks.length === 0 ? <p>{t.noTracks}</p> : null}
      <div className="tracks">
        {withReleases.map(({ track, release }) => (
          <section key={String(track.id)} className="card track" aria-labelledby={`track-${track.id}`}>
            <h2 id={`track-${track.id}`}>
              <Link href={`/portal/tracks/${track.slug}`}>{track.title}</Link>
            </h2>
            {track.description ? <p>{track.description}</p> : null}
            {release ? (
              <>
                <h3>
                  {t.latestRelease}: {release.version}
                  <span className="muted"> · {t.publishedOn} {formatDate(release.publishedAt, lang)}</span>
                </h3>
                <ReleaseDownloads release={release} t={t} lang={lang} />
              </>
            ) : (
              <p>{t.noRelease}</p>
            )}
            <p>
              <Link className="button" href={`/portal/tracks/${track.slug}`}>
                {t.openTrack}: {track.title}
              </Link>
            </p>
          </section>
        ))}
      </div>
      {tracks.length > 0 ? <KeepOffline userKey={offlineUserKey(user, payload.secret)} lang={lang} /> : null}
    </PortalShell>
  )
}
