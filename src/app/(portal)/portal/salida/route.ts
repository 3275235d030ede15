import { cookies } from 'next/headers'

import { tokenCookie } from '@/portal/authCookie'
import { crossSiteProblem, trustedOrigins } from '@/core/rules/origins'

/**
 * A plain form post of this site. The site's `Referrer-Policy: no-referrer` makes browsers send
 * `Origin: null` with a form post, which the API's guard (src/server/requestGuard.ts) refuses;
 * here a null origin is accepted when the browser says the post came from this same origin
 * (Sec-Fetch-Site). Any other origin, or a cross-site or same-site post, is refused.
 */
function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin')
  const site = request.headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin' && site !== 'none') return false
  if (origin === 'null') return site === 'same-origin'
  const url = new URL(request.url)
  return crossSiteProblem({ method: 'POST', origin, hosts: [request.headers.get('host') ?? url.host, request.headers.get('x-forwarded-host')], secFetchSite: site }, trustedOrigins(process.env)) === null
}

/**
 * POST /portal/salida: signing out of the portal. Deletes the login cookie and tells the browser
 * to drop what this site stored (Clear-Site-Data: the offline copies in Cache Storage, the queued
 * evaluation records in IndexedDB, the service worker, the timers in localStorage, the HTTP
 * cache). The page deletes the same things itself first (OfflineAgent), for browsers that ignore
 * the header. A plain form post: it works without JavaScript.
 */
export async function POST(request: Request) {
  if (!fromThisSite(request)) return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } })
  const { name, options } = await tokenCookie()
  ;(await cookies()).set(name, '', { ...options, maxAge: 0 })
  return new Response(null, {
    status: 303,
    headers: { Location: '/portal/login', 'Cache-Control': 'no-store', 'Clear-Site-Data': '"cache", "storage"' },
  })
}
