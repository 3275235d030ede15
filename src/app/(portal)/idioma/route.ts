import { NextResponse, type NextRequest } from 'next/server'

import { LANGUAGE_COOKIE, safeLocalPath, toLanguage } from '@/ui/strings'

/**
 * The language switch: a plain link (works without JavaScript) that stores the choice in a
 * cookie and goes back to the page it came from. `next` must be a path on this site.
 */
export function GET(request: NextRequest) {
  const lang = toLanguage(request.nextUrl.searchParams.get('lang'))
  const next = safeLocalPath(request.nextUrl.searchParams.get('next'))
  const response = new NextResponse(null, { status: 303, headers: { Location: next } })
  response.cookies.set(LANGUAGE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 })
  return response
}
