import Link from 'next/link'
import React from 'react'

import type { Strings, UILanguage } from '@/ui/strings'
import type { User } from '@payload-types'
import { offlineUserKey } from '@/portal/offline'
import { payloadClient } from '@/portal/server'
import { LanguageSwitch } from './LanguageSwitch'
import { OfflineAgent } from './offline/OfflineAgent'
import { LOGOUT_ENDPOINT } from './offline/protocol'

/**
 * Frame of the facilitator portal: where you are, the language switch, signing out. For a
 * signed-in user it also runs the offline agent (the portal's service worker and its caches,
 * named by a keyed hash of the account: offline/OfflineAgent.tsx).
 */
export async function PortalShell({
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
  const userKey = user ? offlineUserKey(user, (await payloadClient()).secret) : null
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
            // A plain post (works without JavaScript); its answer clears what the site stored.
            <form action={LOGOUT_ENDPOINT} method="post" className="logout" data-logout="">
              <span className="who">{user.name || user.email}</span>
              <button type="submit" className="button button--quiet">
                {t.logout}
              </button>
            </form>
          ) : null}
        </nav>
      </header>
      <main id="main" className="page">
        {userKey ? <OfflineAgent userKey={userKey} lang={lang} /> : null}
        {children}
      </main>
    </>
  )
}
