import type { Metadata } from 'next'

import { PublicShell } from '@/ui/portal/PublicShell'
import { publicPageContext } from '@/portal/server'
import './(portal)/site.css'

export const metadata: Metadata = { title: 'Página no encontrada', referrer: 'no-referrer' }

/**
 * Any address that matches no page (experimental.globalNotFound in next.config.ts: the app has
 * several root layouts, so no layout's not-found covers them all). A public page like the
 * others: Spanish first, the quick exit first on Tab, help first, nothing about what exists.
 */
export default async function GlobalNotFound() {
  const { lang, t, help } = await publicPageContext()
  return (
    <html lang={lang}>
      <body>
        <PublicShell lang={lang} t={t} here="/" help={help}>
          <h1>{t.publicNotFoundTitle}</h1>
          <p>{t.publicNotFoundText}</p>
          <p className="filters__actions">
            <a className="button" href="/servicios">
              {t.openDirectory}
            </a>
            <a className="button button--quiet" href="/">
              {t.home}
            </a>
          </p>
        </PublicShell>
      </body>
    </html>
  )
}
