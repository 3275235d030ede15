/**
 * An adapted session's update from its source (issue 20):
 * - GET /api/sessions/:id/adaptation?locale=es: its state (own, current, behind, set-aside,
 *   removed-in-source), the followed and newest source releases, and what changed in the source
 *   in a facilitator's words (src/core/releases/changeWords.ts, as the manual says it);
 * - POST /api/sessions/:id/adaptation {"action": "take" | "merged" | "set-aside", "reason"?}:
 *   the designer's answer. `take` copies the source's changed fields into the draft (never
 *   publishes); `merged` marks it as following the newest release; `set-aside` needs a reason.
 * Designers and admins decide; draft readers may look. Refusals come in the request's language.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { Bilingual } from '@/core/language'
import { canEditCurriculum, canReadDrafts } from '@/core/rules/roles'
import { idOf } from '@/core/rules/ids'
import { adaptationRefusals, sourceChangeLine } from '@/core/releases/adaptation'
import { decideOnUpdate, readAdaptation, type UpdateDecision } from '@/cms/releases/adaptation'
import { inRequestLanguage } from '@collections/hooks/language'

type Doc = Record<string, any>

const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inRequestLanguage(req, message) }] }, { status })

const REASON_MAX = 2000

async function sessionAndView(req: PayloadRequest) {
  const id = req.routeParams?.id as string | number
  let session: Doc | null = null
  try {
    session = (await req.payload.findByID({ collection: 'sessions', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
  } catch {
    session = null
  }
  if (!session) return { session: null, view: null, status: null }
  const trackId = idOf(session.track)
  const view = trackId !== null && session.adaptation?.sourceSession ? await readAdaptation(req.payload, trackId, { req, sessionIds: [session.id] }) : null
  const status = view?.report.sessions.find((candidate) => String(candidate.id) === String(session!.id)) ?? null
  return { session, view, status }
}

function answer(req: PayloadRequest, view: NonNullable<Awaited<ReturnType<typeof sessionAndView>>['view']>, status: NonNullable<Awaited<ReturnType<typeof sessionAndView>>['status']>) {
  const locale = req.searchParams?.get('locale') || req.i18n?.language || 'es'
  return {
    ...status,
    updateAvailable: status.state === 'behind' || status.state === 'removed-in-source',
    change: status.changed.length ? sourceChangeLine(status, locale, view.report.locales) : '',
    sourceTrack: view.sourceTrack ? { id: view.sourceTrack.id } : null,
  }
}

export const sessionAdaptationEndpoints: Endpoint[] = [
  {
    path: '/:id/adaptation',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(req, 401, adaptationRefusals.signIn())
      if (!canReadDrafts(req.user as never)) return refuse(req, 403, adaptationRefusals.notDesigner())
      const { session, view, status } = await sessionAndView(req)
      if (!session) return refuse(req, 404, adaptationRefusals.noSuchSession(String(req.routeParams?.id)))
      if (!view || !status) return refuse(req, 409, adaptationRefusals.notAdapted())
      return Response.json(answer(req, view, status))
    },
  },
  {
    path: '/:id/adaptation',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(req, 401, adaptationRefusals.signIn())
      if (!canEditCurriculum(req.user as never)) return refuse(req, 403, adaptationRefusals.notDesigner())
      let body: Doc = {}
      try {
        const parsed = await req.json?.()
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Doc
      } catch {
        body = {}
      }
      const action = String(body.action ?? '')
      if (!['take', 'merged', 'set-aside'].includes(action)) return refuse(req, 400, adaptationRefusals.unknownAction(action))
      const reason = typeof body.reason === 'string' ? body.reason.trim().slice(0, REASON_MAX) : ''
      if (action === 'set-aside' && !reason) return refuse(req, 400, adaptationRefusals.reasonRequired())

      const { session, view, status } = await sessionAndView(req)
      if (!session) return refuse(req, 404, adaptationRefusals.noSuchSession(String(req.routeParams?.id)))
      if (!view || !status) return refuse(req, 409, adaptationRefusals.notAdapted())
      if (action === 'take') {
        if (status.state === 'removed-in-source') return refuse(req, 409, adaptationRefusals.sourceRemoved())
        if (status.state !== 'behind' && status.state !== 'set-aside') return refuse(req, 409, adaptationRefusals.nothingToTake())
      } else if (status.state !== 'behind' && status.state !== 'set-aside' && status.state !== 'removed-in-source') {
        return refuse(req, 409, adaptationRefusals.nothingToTake())
      }
      await decideOnUpdate(req, session, view, status, action as UpdateDecision, reason)
      const after = await sessionAndView(req)
      return Response.json(after.view && after.status ? answer(req, after.view, after.status) : {})
    },
  },
]
