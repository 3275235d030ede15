import { NextResponse, type NextRequest } from 'next/server'

import { LANGUAGE_COOKIE, safeLocalPath, toLanguage } from '@/ui/strings'

/**
 * The language switch: a plain link (works without JavaScript) that stores the choice in a
 * session cookie and goes back to the page it came from. `next` must be a path on this site.
 */
export function GET(request: NextRequest) {
  const lang = toLanguage(request.nextUrl.searchParams.get('lang'))
  const next = safeLocalPath(request.nextUrl.searchParams.get('next'))
  const response = new NextResponse(null, { status: 303, headers: { Location: next } })
  // A session cookie: on a shared phone the choice goes when the browser closes, not a year later.
  response.cookies.set(LANGUAGE_COOKIE, lang, { path: '/', sameSite: 'lax' })
  return response
}
