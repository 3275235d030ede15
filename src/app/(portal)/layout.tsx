import React from 'react'

import { currentLanguage } from '@/portal/server'
import './site.css'

// Public pages get their own discreet titles; this is only the fallback.
export const metadata = { title: 'Reeduca', referrer: 'no-referrer' as const }
export const viewport = { width: 'device-width', initialScale: 1 }

/** Root of the public pages and the facilitator portal (the admin has its own root layout). */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const { lang } = await currentLanguage()
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  )
}
