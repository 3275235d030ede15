import { NextResponse } from 'next/server'

import { offlinePlanFor } from '@/portal/offline'
import { currentLanguage, currentUser, payloadClient } from '@/portal/server'
import { isFacilitatorLevel } from '@/core/rules/roles'

/** GET /portal/sin-conexion: what the signed-in facilitator's phone should keep (src/portal/offline.ts). */
export async function GET() {
  const user = await currentUser()
  if (!user || !isFacilitatorLevel(user)) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': 'no-store' } })
  const { lang } = await currentLanguage()
  const plan = await offlinePlanFor(await payloadClient(), user, lang)
  return NextResponse.json(plan, { headers: { 'Cache-Control': 'private, no-store' } })
}
