import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PrintButton } from '@/ui/portal/PrintButton'
import { HandoutsPrint } from '@/ui/portal/SessionRun'
import { liveSessionFor } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import { fromLiveSession } from '@/portal/sessionView'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.handouts} · Reeduca` }
}

/**
 * The live session's participant handouts, laid out for paper (print.css rules in site.css). Only
 * participant material: no instructions, notes or safety cues appear here.
 */
export default async function HandoutsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/sessions/${encodeURIComponent(id)}/handouts`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const found = await liveSessionFor(payload, user, id, lang, { withRelease: false })
  if (!found) notFound()
  const view = fromLiveSession(found.session, lang, { fallbackLocales: found.fallbackLocales })
  return (
    <main id="main" className="page handouts-print">
      <p className="no-print">
        <Link href={`/portal/sessions/${encodeURIComponent(id)}`}>{t.backToSession}</Link> <PrintButton label={t.print} />
      </p>
      <HandoutsPrint view={view} lang={lang} t={t} />
      <p className="muted">{t.liveNotice}</p>
    </main>
  )
}
