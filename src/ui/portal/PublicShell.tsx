import React from 'react'

import type { HelpLines } from '@/portal/publicHelp'
import { telHref } from '@/ui/format'
import type { Strings, UILanguage } from '@/ui/strings'
import { LanguageSwitch } from './LanguageSwitch'
import { QuickExit } from './QuickExit'

/**
 * Help first: the emergency number and the national line for women, as tap-to-call links, in
 * the first lines of every public page (inside the first screen of a 390 px phone).
 */
export function HelpBar({ t, help }: { t: Strings; help: HelpLines }) {
  return (
    <aside className="help-bar" aria-label={t.helpNow}>
      <a className="help-bar__call help-bar__call--emergency" href={telHref(help.emergency)}>
        <span className="help-bar__label">{t.emergencyLabel}</span> <strong>{help.emergency}</strong>
      </a>
      {help.womensLine ? (
        <a className="help-bar__call" href={telHref(help.womensLine.phone)}>
          <span className="help-bar__label">{t.womensLineLabel}</span> <strong>{help.womensLine.phone}</strong>
        </a>
      ) : null}
    </aside>
  )
}

/**
 * Frame of every public page: quick exit first, then help (911 and the women's line), then the
 * navigation, a short safety notice and the page. Links are plain anchors (full page loads): no
 * client routing, so the public pages need no JavaScript beyond the quick exit's few lines.
 */
export function PublicShell({ lang, t, here, help, children }: { lang: UILanguage; t: Strings; here: string; help: HelpLines; children: React.ReactNode }) {
  return (
    <>
      <QuickExit label={t.quickExit} hint={t.quickExitHint} />
      <HelpBar t={t} help={help} />
      <header className="site-header">
        <nav aria-label={t.home} className="site-nav">
          <a href="/">{t.home}</a>
          <a href="/servicios">{t.directory}</a>
          <LanguageSwitch lang={lang} here={here} />
        </nav>
      </header>
      <aside className="safety-notice" aria-label={t.safetyTitle}>
        <p>
          <strong>{t.safetyTitle}.</strong> {t.safetyNotice}
        </p>
      </aside>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">
        <a href="/portal">{t.forFacilitators}</a>
      </footer>
    </>
  )
}
