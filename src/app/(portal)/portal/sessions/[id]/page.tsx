import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { DEFAULT_SESSION_MINUTES } from '@collections/Tracks'
import { PortalShell } from '@/ui/portal/PortalShell'
import { SessionRun } from '@/ui/portal/SessionRun'
import { liveSessionFor } from '@/portal/data'
import { sessionInRelease } from '@/portal/releaseSessions'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { fromLiveSession } from '@/portal/sessionView'
import { timerStorageKey } from '@/core/curriculum/sessionTimer'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.session} · Reeduca` }
}

/**
 * The live published session: the current text, which may differ from the release facilitators
 * teach from. Says so, and links the same session in the track's current release.
 */
export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/sessions/${encodeURIComponent(id)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  // The access rules answer "not found" for a session of a track the user is not assigned to.
  const found = await liveSessionFor(payload, user, id, lang)
  if (!found) notFound()
  const { session, track, release } = found
  const view = fromLiveSession(session, lang, { fallbackLocales: found.fallbackLocales, defaultMinutes: DEFAULT_SESSION_MINUTES })
  const inRelease = release ? await sessionInRelease(payload, release, { id: session.id, number: view.number }) : null

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      {track?.slug ? (
        <p>
          <Link href={`/portal/tracks/${track.slug}`}>
            {t.backToTrack}: {track.title}
          </Link>
        </p>
      ) : null}
      <SessionRun
        view={view}
        lang={lang}
        t={t}
        timerKey={timerStorageKey({ kind: 'live', sessionId: view.sessionId })}
        handoutsHref={`${here}/handouts`}
        notice={
          <div className="callout live-notice" role="note">
            <p>{t.liveNotice}</p>
            {release && inRelease ? (
              <p>
                <Link href={inRelease.href}>{t.openInRelease(release.version)}</Link>
              </p>
            ) : release ? (
              <p>{t.notInCurrentRelease}</p>
            ) : null}
          </div>
        }
      />
    </PortalShell>
  )
}
