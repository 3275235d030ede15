import type { Metadata } from 'next'
import React from 'react'

// The portal as an installable app (manifest scope /portal/): linked from portal pages only,
// never from the public pages.
export const metadata: Metadata = { manifest: '/portal/manifest.webmanifest' }

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return children
}
