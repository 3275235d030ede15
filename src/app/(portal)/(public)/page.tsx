import type { Metadata } from 'next'

import { PublicShell } from '@/ui/portal/PublicShell'
import { currentLanguage } from '@/portal/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  // Discreet: a tab or a history entry that says nothing about violence.
  return { title: t.publicTitle }
}

/** The neutral public landing page about the programme. */
export default async function Landing() {
  const { lang, t } = await currentLanguage()
  return (
    <PublicShell lang={lang} t={t} here="/">
      <h1>{t.landingHeading}</h1>
      <p className="lead">{t.landingIntro}</p>
      <ul className="plain-list">
        <li>{t.landingWomen}</li>
        <li>{t.landingMen}</li>
      </ul>
      <section className="callout" aria-labelledby="help-now">
        <h2 id="help-now">{t.landingHelp}</h2>
        <p>
          <strong>{t.landingEmergency}</strong>
        </p>
        <p>
          <a className="button button--big" href="/servicios">
            {t.openDirectory}
          </a>
        </p>
      </section>
    </PublicShell>
  )
}
