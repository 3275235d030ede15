import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PortalShell } from '@/ui/portal/PortalShell'
import { Rich } from '@/ui/portal/Rich'
import { releaseMatterFor } from '@/portal/releaseMatter'
import { currentLanguage, payloadClient, requireFacilitator } from '@/portal/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  return { title: `${t.manualMatter} · Reeduca` }
}

/** The chapters the manual prints before the sessions and its glossary, from the release's snapshot. */
export default async function ReleaseChaptersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const releaseHref = `/portal/releases/${encodeURIComponent(id)}`
  const here = `${releaseHref}/chapters`
  const user = await requireFacilitator(here)
  const { lang, t } = await currentLanguage()
  const payload = await payloadClient()
  const matter = await releaseMatterFor(payload, user, id, lang)
  if (!matter) notFound()
  const other = (locale: string | null) => (locale && locale !== lang ? <p className="muted">{t.matterInOtherLanguage(t.localeNames[locale] ?? locale)}</p> : null)

  return (
    <PortalShell lang={lang} t={t} here={here} user={user}>
      <p>
        <Link href={releaseHref}>{t.backToRelease}</Link>
      </p>
      <h1>
        {t.manualMatter} · {t.release} {matter.release.version}
      </h1>
      <p className="muted">{t.manualMatterIntro}</p>
      <section aria-labelledby="chapters-title">
        <h2 id="chapters-title">{t.manualChapters}</h2>
        {matter.chapters.length === 0 ? <p>{t.manualChaptersNone}</p> : null}
        {matter.chapters.length > 1 ? (
          <ol className="chapter-list">
            {matter.chapters.map((chapter) => (
              <li key={chapter.id}>
                <a href={`#chapter-${chapter.id}`}>{chapter.title}</a>
              </li>
            ))}
          </ol>
        ) : null}
        {matter.chapters.map((chapter) => (
          <article key={chapter.id} id={`chapter-${chapter.id}`} className="card chapter" aria-labelledby={`chapter-${chapter.id}-title`}>
            <h3 id={`chapter-${chapter.id}-title`} lang={chapter.titleLocale !== lang ? chapter.titleLocale : undefined}>
              {chapter.title}
            </h3>
            <p className="muted">{chapter.kind}</p>
            {other(chapter.titleLocale !== lang ? chapter.titleLocale : chapter.bodyLocale)}
            <div lang={chapter.bodyLocale && chapter.bodyLocale !== lang ? chapter.bodyLocale : undefined}>
              <Rich data={chapter.body} />
            </div>
          </article>
        ))}
      </section>
      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title">{t.glossary}</h2>
        {matter.glossary.length === 0 ? <p>{t.glossaryNone}</p> : null}
        {matter.glossary.length ? (
          <dl className="glossary">
            {matter.glossary.map((entry, index) => (
              <div key={`${entry.locale}-${index}`} lang={entry.locale !== lang ? entry.locale : undefined}>
                <dt>{entry.term}</dt>
                <dd>
                  {entry.definition}
                  {entry.participantDefinition ? (
                    <>
                      <br />
                      <span className="muted">
                        {t.glossaryForParticipants}: {entry.participantDefinition}
                      </span>
                    </>
                  ) : null}
                  {entry.locale !== lang ? <span className="muted"> ({t.localeNames[entry.locale] ?? entry.locale})</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
    </PortalShell>
  )
}
