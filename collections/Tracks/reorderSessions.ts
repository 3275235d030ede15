/**
 * POST /api/tracks/:id/reorder-sessions {"sessions": [id, …]}: numbers the track's sessions 1..n in
 * the given order, all or nothing (src/core/rules/sessionOrder.ts for the rules).
 *
 * Written with the database adapter directly, on purpose: a session's number lives in its document
 * (what readers see, under the unique (track, number) index) and in its newest version (what the
 * editor shows, and what a pending draft carries into the document when it is published). Saving
 * through the Local API would publish a pending draft, or leave it with its old number. Both rows
 * are renumbered in place, in one transaction where the adapter has them; nothing is published or
 * unpublished, no version is added, and the review state is untouched (the number is not content
 * a reviewer approves). Older versions keep the number they had: restoring one that clashes is
 * refused by the session's integrity rule.
 */
import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { Endpoint, PayloadRequest } from 'payload'

import { writeSessionInPlace } from '@/cms/db/sessionInPlace'
import type { Bilingual } from '@/core/language'
import type { ID } from '@/core/rules/ids'
import { canEditCurriculum } from '@/core/rules/roles'
import { checkSessionOrder, renumberPlan, SESSION_ORDER_WORDS as words } from '@/core/rules/sessionOrder'
import { refusalLanguage } from '@collections/hooks/language'

/** A refusal in the request's language (the admin's). */
const refuse = (req: PayloadRequest, status: number, message: Bilingual | string) =>
  Response.json({ errors: [{ message: typeof message === 'string' ? message : message[refusalLanguage(req)] }] }, { status })

/** The ID as the database holds it (numbers on SQL with serial IDs, text otherwise). */
const toStoredId = (id: string, sample: ID): ID => (typeof sample === 'number' ? Number(id) : id)

export const reorderSessionsEndpoint: Endpoint = {
  path: '/:id/reorder-sessions',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return refuse(req, 401, words.signIn)
    if (!canEditCurriculum(req.user as never)) return refuse(req, 403, words.notDesigner)
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return refuse(req, 400, words.sendList)
    }

    const trackId = req.routeParams?.id as ID
    let track: { id: ID } | null = null
    try {
      track = (await req.payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: true, disableErrors: true, req })) as { id: ID } | null
    } catch {
      track = null
    }
    if (!track) return refuse(req, 404, words.noTrack(String(trackId)))

    const ownTransaction = await initTransaction(req)
    try {
      const { docs } = await req.payload.find({
        collection: 'sessions',
        where: { track: { equals: track.id } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        select: { number: true },
        req,
      })
      const check = checkSessionOrder((body as { sessions?: unknown }).sessions, docs.map((doc) => doc.id), refusalLanguage(req))
      if (!check.ok) {
        if (ownTransaction) await killTransaction(req)
        return refuse(req, 400, check.message)
      }
      const current = new Map(docs.map((doc) => [String(doc.id), doc.number as number | null]))
      const plan = renumberPlan(check.order, current)
      const sample = docs[0]?.id ?? 0
      for (const step of [...plan.temporary, ...plan.final]) await writeSessionInPlace(req, toStoredId(step.id, sample), { number: step.number })
      if (ownTransaction) await commitTransaction(req)
      return Response.json({
        message: words.renumbered(plan.final.length, check.order.length)[refusalLanguage(req)],
        sessions: check.order.map((id, index) => ({ id: toStoredId(id, sample), number: index + 1 })),
      })
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
  },
}
