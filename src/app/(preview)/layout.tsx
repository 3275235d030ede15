import React from 'react'

import './preview.css'

export const metadata = { title: 'Reeduca · vista previa', referrer: 'no-referrer' as const, robots: { index: false } }

/** Root of the admin's live preview frame: nothing but the printed pages. */
export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  )
}
