import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PrintButton } from '@/components/portal/PrintButton'
import { Rich } from '@/components/portal/Rich'
import { findVisible } from '@/portal/data'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'
import type { Media, Session } from '../../../../../../../payload-types'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.handouts} · Reeduca` }
}

/**
 * The session's participant handouts, laid out for paper (print.css rules in site.css). Only
 * participant material: no instructions, notes or safety cues appear here.
 */
export default async function HandoutsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const here = `/portal/sessions/${encodeURIComponent(id)}/handouts`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const session = await findVisible<Session>(() =>
    payload.findByID({
      collection: 'sessions',
      id,
      overrideAccess: false,
      user,
      locale: lang,
      depth: 1,
      select: { number: true, title: true, handouts: true },
    }),
  )
  if (!session) notFound()
  return (
    <main id="main" className="page handouts-print">
      <p className="no-print">
        <Link href={`/portal/sessions/${encodeURIComponent(id)}`}>{t.backToSession}</Link> <PrintButton label={t.print} />
      </p>
      <h1>
        {t.session} {session.number}: {session.title}
      </h1>
      {(session.handouts ?? []).map((handout, index) => {
        const file = handout.file && typeof handout.file === 'object' ? (handout.file as Media) : null
        return (
          <article key={handout.id ?? index} className="handout">
            <h2>{handout.title}</h2>
            <Rich data={handout.body} />
            {file?.url && file.mimeType?.startsWith('image/') ? (
              <img src={file.sizes?.print?.url ?? file.url} alt={file.alt || handout.title} className="handout__image" />
            ) : file?.url ? (
              <p>
                <a href={file.url}>{file.filename}</a>
              </p>
            ) : null}
          </article>
        )
      })}
    </main>
  )
}
