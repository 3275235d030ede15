/**
 * The review workflow wired into Payload (rules in src/core/rules/review.ts):
 * - `applyReviewRules` (beforeChange) keeps the review state server-side, withdraws an approval
 *   when the content changes, and refuses to publish an unapproved session for anyone but an admin
 *   or a system operation;
 * - `recordWithdrawnApproval` (afterChange) writes the withdrawal into the review history;
 * - `reviewEndpoint`: POST /api/sessions/:id/review {action: submit|approve|request-changes, comment}.
 */
import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Endpoint, PayloadRequest } from 'payload'

import { localeCodes } from '@/core/locales'
import {
  canDecideReview,
  canSubmitForReview,
  isReviewAction,
  MAX_REVIEW_COMMENT_LENGTH,
  publishReviewProblem,
  REVIEW_ACTIONS,
  reviewOutcomeMessage,
  reviewStateOf,
  reviewTransition,
  type ReviewDecision,
  type ReviewState,
} from '@/core/rules/review'
import type { ID } from '@/core/rules/ids'
import { contentFingerprint, stillApproved, type ReviewApproval } from '@/core/rules/reviewContent'
import { keepingRequestLocale } from '@collections/hooks/keepRequestLocale'
import { inRequestLanguage, refusalLanguage } from '@collections/hooks/language'
import type { Bilingual } from '@/core/language'

/** Set on req.context by the review endpoint for the one update that records a decision. */
const REVIEW_ACTION_CONTEXT = 'reeducaReviewAction'
const WITHDRAWN_CONTEXT = 'reeducaApprovalWithdrawn'

interface ReviewActionContext {
  next: ReviewState
  approval: ReviewApproval
}

/** For the seed: save a session as already approved (its content fingerprinted as saved). */
export const SEED_APPROVED_CONTEXT = 'reeducaSeedApproved'

export const applyReviewRules: CollectionBeforeChangeHook = ({ data, operation, originalDoc: original, req }) => {
  // A new session (a duplicate included, whose hooks see the original) starts unreviewed.
  const originalDoc = operation === 'create' ? undefined : original
  if (!data) return data
  const action = req.context?.[REVIEW_ACTION_CONTEXT] as ReviewActionContext | undefined
  if (action) {
    data.reviewStatus = action.next
    data.reviewApproval = action.approval ?? null
    return data
  }

  const previous = reviewStateOf(originalDoc?.reviewStatus)
  const session = { ...(originalDoc ?? {}), ...data }
  let state = previous
  let approval = (originalDoc?.reviewApproval ?? null) as ReviewApproval
  if (previous === 'approved' && !stillApproved(approval, req.locale ?? undefined, session)) {
    state = 'not-submitted'
    approval = null
    req.context[WITHDRAWN_CONTEXT] = true
  }
  // Whatever a client sent for these fields, the server's state is what gets stored.
  data.reviewStatus = state
  data.reviewApproval = approval ?? null

  const status = data._status ?? originalDoc?._status
  if (status === 'published') {
    const problem = publishReviewProblem(state, req.user as never, refusalLanguage(req))
    if (problem) throw new APIError(problem, 403, undefined, true)
  }
  return data
}

export async function latestVersionId(req: PayloadRequest, sessionId: ID): Promise<string | null> {
  const versions = await req.payload.findVersions({
    collection: 'sessions',
    where: { parent: { equals: sessionId } },
    sort: '-updatedAt',
    limit: 1,
    // No page count: a paginated find runs its count beside the find, in parallel on the request's
    // transaction session, and a MongoDB replica set refuses parallel operations on one session
    // (intermittently). This runs inside the review endpoint's transaction.
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const id = versions.docs[0]?.id
  return id == null ? null : String(id)
}

/** Adds a decision to the session's review history (by the request's user unless `by` is given). */
export async function recordDecision(
  req: PayloadRequest,
  sessionId: ID,
  decision: ReviewDecision,
  comment: string | null,
  sessionVersion: string | null,
  by: ID | null = req.user?.id ?? null,
) {
  return req.payload.create({
    collection: 'review-decisions',
    data: { session: sessionId, decision, comment, by, sessionVersion } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}

export const recordWithdrawnApproval: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context?.[WITHDRAWN_CONTEXT]) return doc
  delete req.context[WITHDRAWN_CONTEXT]
  await recordDecision(
    req,
    doc.id,
    'approval-withdrawn',
    // No stored text: the history says why in the reader's language (src/ui/admin/ReviewCells.tsx).
    null,
    await latestVersionId(req, doc.id),
  )
  return doc
}

/** The approval to store: the fingerprint of the session's current content in every locale. */
export async function approvalOf(req: PayloadRequest, sessionId: ID): Promise<NonNullable<ReviewApproval>> {
  return keepingRequestLocale(req, () => fingerprintsOf(req, sessionId))
}

async function fingerprintsOf(req: PayloadRequest, sessionId: ID): Promise<NonNullable<ReviewApproval>> {
  const fingerprints: Record<string, string> = {}
  for (const locale of localeCodes()) {
    const doc = await req.payload.findByID({
      collection: 'sessions',
      id: sessionId,
      draft: true,
      depth: 0,
      locale: locale as never,
      fallbackLocale: false as never,
      joins: false as never,
      showHiddenFields: true,
      overrideAccess: true,
      req,
    })
    fingerprints[locale] = contentFingerprint(doc as unknown as Record<string, unknown>)
  }
  return { fingerprints }
}

/** Writes a review state onto the session without touching its content or its publication. */
export async function writeReviewState(req: PayloadRequest, session: { id: ID; _status?: string | null }, next: ReviewState, approval: ReviewApproval) {
  req.context[REVIEW_ACTION_CONTEXT] = { next, approval } satisfies ReviewActionContext
  try {
    await req.payload.update({
      collection: 'sessions',
      id: session.id,
      data: {},
      // A session whose newest version is a draft keeps it a draft; a published one stays published.
      draft: session._status !== 'published',
      depth: 0,
      req,
      overrideAccess: true,
    })
  } finally {
    delete req.context[REVIEW_ACTION_CONTEXT]
  }
}

const sendJson: Bilingual = { es: 'Envía un cuerpo JSON como {"action": "submit"}.', en: 'Send a JSON body such as {"action": "submit"}.' }

const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inRequestLanguage(req, message) }] }, { status })

function adminLink(req: PayloadRequest, sessionId: ID): string {
  const base = req.payload.config.serverURL || ''
  return `${base}${req.payload.config.routes.admin}/collections/sessions/${sessionId}`
}

/** Best effort: a review action never fails because mail could not be sent (no SMTP → Payload logs it). */
async function notify(req: PayloadRequest, to: string[], subject: string, text: string): Promise<boolean> {
  if (to.length === 0) return false
  try {
    await req.payload.sendEmail({ to, subject, text })
    return true
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not send the review email «${subject}» to ${to.join(', ')}` })
    return false
  }
}

async function emailAbout(req: PayloadRequest, session: Record<string, any>, decision: ReviewDecision, comment: string | null): Promise<boolean> {
  const name = `${session.number ?? '?'} «${session.title ?? session.id}»`
  const link = adminLink(req, session.id)
  const actor = (req.user as { name?: string; email?: string } | null)?.name || req.user?.email || 'Someone'
  if (decision === 'submitted') {
    const reviewers = await req.payload.find({
      collection: 'users',
      where: { roles: { in: ['reviewer'] } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const to = reviewers.docs.map((user) => user.email).filter((email): email is string => Boolean(email))
    return notify(req, to, `Review requested: session ${name}`, `${actor} submitted session ${name} for review.\n\nReview it: ${link}\n`)
  }
  // The decision goes to whoever last submitted the session.
  const submissions = await req.payload.find({
    collection: 'review-decisions',
    where: { and: [{ session: { equals: session.id } }, { decision: { equals: 'submitted' } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const submitter = submissions.docs[0]?.by as { email?: string; id?: ID } | null | undefined
  if (!submitter?.email || String(submitter.id) === String(req.user?.id)) return false
  const verdict = decision === 'approved' ? 'approved' : 'sent back with requested changes'
  return notify(
    req,
    [submitter.email],
    `Session ${name} ${decision === 'approved' ? 'approved' : 'needs changes'}`,
    `${actor} ${verdict} session ${name}.${comment ? `\n\nComment:\n${comment}` : ''}\n\nOpen it: ${link}\n`,
  )
}

export const reviewEndpoint: Endpoint = {
  path: '/:id/review',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = req.user
    if (!user) return refuse(req, 401, { es: 'Inicia sesión para participar en la revisión.', en: 'Log in to take part in review.' })
    if (!canSubmitForReview(user as never) && !canDecideReview(user as never)) {
      return refuse(req, 403, {
        es: 'Solo el equipo de diseño curricular, las personas revisoras y las administradoras participan en la revisión.',
        en: 'Only curriculum designers, reviewers and admins take part in review.',
      })
    }
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return refuse(req, 400, sendJson)
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(req, 400, sendJson)
    const { action, comment: rawComment } = body as { action?: unknown; comment?: unknown }
    if (!isReviewAction(action)) {
      return refuse(req, 400, {
        es: `Acción de revisión desconocida ${JSON.stringify(action ?? null)}: usa una de ${REVIEW_ACTIONS.join(', ')}.`,
        en: `Unknown review action ${JSON.stringify(action ?? null)}: use one of ${REVIEW_ACTIONS.join(', ')}.`,
      })
    }
    if (rawComment != null && typeof rawComment !== 'string') return refuse(req, 400, { es: 'El comentario debe ser texto.', en: 'The comment must be text.' })
    const comment = typeof rawComment === 'string' && rawComment.trim() ? rawComment.trim() : null
    if (comment && comment.length > MAX_REVIEW_COMMENT_LENGTH) {
      return refuse(req, 400, {
        es: `El comentario es demasiado largo (${comment.length} caracteres; como máximo ${MAX_REVIEW_COMMENT_LENGTH}).`,
        en: `The comment is too long (${comment.length} characters; at most ${MAX_REVIEW_COMMENT_LENGTH}).`,
      })
    }

    const id = req.routeParams?.id as ID
    let session: Record<string, any> | null = null
    try {
      session = await req.payload.findByID({ collection: 'sessions', id, draft: true, depth: 0, joins: false as never, overrideAccess: true, disableErrors: true, req })
    } catch {
      session = null
    }
    if (!session) return refuse(req, 404, { es: `No hay ninguna sesión con ID ${String(id)}.`, en: `No session with ID ${String(id)}.` })

    const state = reviewStateOf(session.reviewStatus)
    const transition = reviewTransition(state, action, user as never, comment)
    if (!transition.ok) return refuse(req, transition.status, transition.messages)

    const ownTransaction = await initTransaction(req)
    try {
      const sessionVersion = await latestVersionId(req, session.id)
      const approval = transition.next === 'approved' ? await approvalOf(req, session.id) : null
      await writeReviewState(req, { id: session.id, _status: session._status }, transition.next, approval)
      const decision = await recordDecision(req, session.id, transition.decision, comment, sessionVersion)
      if (ownTransaction) await commitTransaction(req)
      const emailed = await emailAbout(req, session, transition.decision, comment)
      return Response.json({
        message: inRequestLanguage(req, reviewOutcomeMessage(transition.next, session.number)),
        reviewStatus: transition.next,
        decision,
        emailed,
      })
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
  },
}
