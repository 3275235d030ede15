import React from 'react'

import type { Strings, UILanguage } from '@/ui/strings'
import { LanguageSwitch } from './LanguageSwitch'
import { QuickExit } from './QuickExit'

/**
 * Frame of every public page: quick exit first, then a short safety notice, then the page.
 * Links are plain anchors (full page loads): no client routing, so the public pages need no
 * JavaScript beyond the quick exit's few lines.
 */
export function PublicShell({ lang, t, here, children }: { lang: UILanguage; t: Strings; here: string; children: React.ReactNode }) {
  return (
    <>
      <QuickExit label={t.quickExit} hint={t.quickExitHint} />
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
