import { recordSessionCounts } from '@/portal/evaluationRecord'
import { currentUser, payloadClient } from '@/portal/server'
import { withRequestGuard } from '@/server/requestGuard'

/**
 * POST /portal/evaluacion/registrar {group, sessionNumber, date, present}: the evaluation form's
 * "record a session" as JSON, for the copy of it sent (or queued by the portal's service worker
 * while offline, and sent later) from the page. 201 saved, 401 not signed in, 422 refused.
 */
export const POST = withRequestGuard(async (request: Request) => {
  const user = await currentUser()
  if (!user) return Response.json({ ok: false }, { status: 401 })
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null
  const saved = body ? await recordSessionCounts(await payloadClient(), user, body) : false
  return Response.json({ ok: saved }, { status: saved ? 201 : 422, headers: { 'Cache-Control': 'no-store' } })
})
