import type { Metadata } from 'next'

import { PublicShell } from '@/ui/portal/PublicShell'
import { telHref } from '@/ui/format'
import { currentLanguage, publicPageContext } from '@/portal/server'
import { howToJoin } from '@/portal/publicHelp'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentLanguage()
  // Discreet: a tab or a history entry that says nothing about violence.
  return { title: t.publicTitle }
}

/** The neutral public landing page about the programme, with how to join a group. */
export default async function Landing() {
  const { lang, t, help, payload } = await publicPageContext()
  const join = await howToJoin(payload, lang)
  return (
    <PublicShell lang={lang} t={t} here="/" help={help}>
      <h1>{t.landingHeading}</h1>
      <p className="lead">{t.landingIntro}</p>
      <ul className="plain-list">
        <li>{t.landingWomen}</li>
        <li>{t.landingMen}</li>
      </ul>
      <section className="callout" aria-labelledby="help-now">
        <h2 id="help-now">{t.landingHelp}</h2>
        <p>
          <strong>
            {t.emergencyLead} <a href={telHref(help.emergency)}>{help.emergency}</a>.
          </strong>
        </p>
        <p>
          <a className="button button--big" href="/servicios">
            {t.openDirectory}
          </a>
        </p>
      </section>
      {join ? (
        <section className="join card" aria-labelledby="how-to-join">
          <h2 id="how-to-join">{t.howToJoinTitle}</h2>
          <dl className="join__details">
            {join.who ? (
              <>
                <dt>{t.howToJoinWho}</dt>
                <dd className="pre-line">{join.who}</dd>
              </>
            ) : null}
            {join.where ? (
              <>
                <dt>{t.howToJoinWhere}</dt>
                <dd className="pre-line">{join.where}</dd>
              </>
            ) : null}
            {join.contact || join.phone ? (
              <>
                <dt>{t.howToJoinContact}</dt>
                <dd>
                  {join.contact ? <p className="pre-line">{join.contact}</p> : null}
                  {join.phone ? (
                    <a className="button button--call" href={telHref(join.phone)}>
                      {t.call} {join.phone}
                    </a>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </PublicShell>
  )
}
