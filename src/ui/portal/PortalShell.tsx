import Link from 'next/link'
import React from 'react'

import type { Strings, UILanguage } from '@/ui/strings'
import type { User } from '@payload-types'
import { logout } from '@/portal/actions'
import { LanguageSwitch } from './LanguageSwitch'

/** Frame of the facilitator portal: where you are, the language switch, signing out. */
export function PortalShell({
  lang,
  t,
  here,
  user,
  children,
}: {
  lang: UILanguage
  t: Strings
  here: string
  user?: User | null
  children: React.ReactNode
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header portal-header">
        <nav aria-label={t.portal} className="site-nav">
          <Link href="/portal" className="brand">
            Reeduca · {t.portal}
          </Link>
          <LanguageSwitch lang={lang} here={here} />
          {user ? (
            <form action={logout} className="logout">
              <span className="who">{user.name || user.email}</span>
              <button type="submit" className="button button--quiet">
                {t.logout}
              </button>
            </form>
          ) : null}
        </nav>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  )
}
