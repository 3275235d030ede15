import { currentLanguage } from '@/portal/server'

/**
 * The portal as an installable web app: starts at /portal, stays within /portal/ (the public
 * pages are never part of it). Linked from portal pages only (src/app/(portal)/portal/layout.tsx).
 */
export async function GET() {
  const { lang, t } = await currentLanguage()
  const manifest = {
    name: t.offline.appName,
    short_name: 'Reeduca',
    description: t.offline.appDescription,
    lang,
    start_url: '/portal',
    scope: '/portal/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#5b2a86',
    icons: [192, 512].map((size) => ({ src: `/portal/icon/${size}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any maskable' })),
  }
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'no-cache' } })
}
