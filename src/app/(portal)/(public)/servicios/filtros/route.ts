import { NextResponse, type NextRequest } from 'next/server'

import { FILTERS_COOKIE, FILTERS_MAX_AGE_SECONDS, filtersToParams, hasFilters, readFilters } from '@/portal/directoryFilters'

/**
 * The directory's filter form posts here: the filters go into a short-lived cookie and the
 * browser is sent back to /servicios (303), so no filter is ever part of an address in the
 * history. Works without JavaScript; with it, the quick exit's script posts in the background
 * and replaces the current page instead of adding one.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null)
  const filters = readFilters((key) => {
    const value = form?.get(key)
    return typeof value === 'string' ? value : null
  })
  const response = new NextResponse(null, { status: 303, headers: { Location: '/servicios', 'Cache-Control': 'no-store' } })
  if (hasFilters(filters)) {
    response.cookies.set(FILTERS_COOKIE, filtersToParams(filters).toString(), { path: '/', sameSite: 'lax', maxAge: FILTERS_MAX_AGE_SECONDS })
  } else response.cookies.delete(FILTERS_COOKIE)
  return response
}

/** "Clear filters": a plain link. */
export function GET() {
  const response = new NextResponse(null, { status: 303, headers: { Location: '/servicios', 'Cache-Control': 'no-store' } })
  response.cookies.delete(FILTERS_COOKIE)
  return response
}
