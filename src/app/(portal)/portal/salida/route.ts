import { cookies } from 'next/headers'

import { tokenCookie } from '@/portal/authCookie'
import { withRequestGuard } from '@/server/requestGuard'

/**
 * POST /portal/salida: signing out of the portal. Deletes the login cookie and tells the browser
 * to drop what this site stored (Clear-Site-Data: the offline copies in Cache Storage, the queued
 * evaluation records in IndexedDB, the service worker, the timers in localStorage, the HTTP
 * cache). The page deletes the same things itself first (OfflineAgent), for browsers that ignore
 * the header. A plain form post: it works without JavaScript. Cross-site posts are refused.
 */
export const POST = withRequestGuard(async () => {
  const { name, options } = await tokenCookie()
  ;(await cookies()).set(name, '', { ...options, maxAge: 0 })
  return new Response(null, {
    status: 303,
    headers: { Location: '/portal/login', 'Cache-Control': 'no-store', 'Clear-Site-Data': '"cache", "storage"' },
  })
})
