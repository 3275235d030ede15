import React from 'react'

export const metadata = { title: 'Reeduca' }

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  )
}
