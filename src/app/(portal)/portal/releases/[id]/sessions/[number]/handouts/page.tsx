import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PrintButton } from '@/ui/portal/PrintButton'
import { HandoutsPrint } from '@/ui/portal/SessionRun'
import { releaseSessionFor } from '@/portal/releaseSessions'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.handouts} · Reeduca` }
}

/** A release session's participant handouts, laid out for paper (print rules in site.css). */
export default async function ReleaseHandoutsPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params
  const session = `/portal/releases/${encodeURIComponent(id)}/sessions/${encodeURIComponent(number)}`
  const user = await requireFacilitator(`${session}/handouts`)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const found = /^\d+$/.test(number) ? await releaseSessionFor(payload, user, id, Number(number), lang) : null
  if (!found) notFound()
  return (
    <main id="main" className="page handouts-print">
      <p className="no-print">
        <Link href={session}>{t.backToSession}</Link> <PrintButton label={t.print} />
      </p>
      <HandoutsPrint view={found.view} lang={lang} t={t} />
      <p className="muted">{t.fromRelease(found.release.version)}</p>
    </main>
  )
}
