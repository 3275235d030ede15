import { NextResponse } from 'next/server'

import { FILTERS_COOKIE } from '@/portal/directoryFilters'
import { quickExitTarget } from '@/ui/portal/QuickExit'
import { LANGUAGE_COOKIE } from '@/ui/strings'

/**
 * The quick exit of pages that cannot know the configured outside site when they are drawn (the
 * error page is a client component): deletes this site's cookies and sends the browser on to
 * REEDUCA_QUICK_EXIT_URL. The public pages link to the outside site directly (one request less).
 */
export function GET() {
  const response = new NextResponse(null, { status: 303, headers: { Location: quickExitTarget(), 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })
  response.cookies.delete(FILTERS_COOKIE)
  response.cookies.delete(LANGUAGE_COOKIE)
  return response
}
