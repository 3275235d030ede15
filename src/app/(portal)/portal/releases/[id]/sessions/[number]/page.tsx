import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/ui/portal/PortalShell'
import { SessionRun } from '@/ui/portal/SessionRun'
import { releaseSessionFor } from '@/portal/releaseSessions'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { timerStorageKey } from '@/core/curriculum/sessionTimer'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.session} · Reeduca` }
}

/** Running a group from the release the facilitator teaches from (its frozen snapshot). */
export default async function ReleaseSessionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params
  const here = `/portal/releases/${encodeURIComponent(id)}/sessions/${encodeURIComponent(number)}`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const found = /^\d+$/.test(number) ? await releaseSessionFor(payload, user, id, Number(number), lang) : null
  if (!found) notFound()
  const { release, track, view } = found
  const releaseHref = `/portal/releases/${encodeURIComponent(String(release.id))}`

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      <p>
        <Link href={`/portal/tracks/${encodeURIComponent(track.slug)}`}>
          {t.backToTrack}: {track.title}
        </Link>
        {' · '}
        <Link href={releaseHref}>
          {t.backToRelease} {release.version}
        </Link>
      </p>
      <SessionRun
        view={view}
        lang={lang}
        t={t}
        timerKey={timerStorageKey({ kind: 'release', releaseId: release.id, number: view.number })}
        handoutsHref={`${here}/handouts`}
        notice={<p className="release-source">{t.fromRelease(release.version)}</p>}
      />
    </PortalShell>
  )
}
