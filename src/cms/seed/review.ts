/**
 * The demo's review history: every published session was submitted by the designer and approved
 * by the reviewer; the last session of the first track has a revision waiting in review, and the
 * last of the second track a revision sent back with a comment, so the workflow shows something.
 */
import type { Payload, PayloadRequest } from 'payload'

import {
  approvalOf,
  latestVersionId,
  recordDecision,
  writeReviewState,
} from '@collections/Sessions/review'

type ID = number | string

export interface SeedReviewInput {
  /** Sessions created by this seed run, per track, in number order. */
  sessionsByTrack: ID[][]
  designerId: ID | null
  reviewerId: ID | null
}

async function decide(req: PayloadRequest, id: ID, by: ID | null, decision: 'submitted' | 'approved' | 'changes-requested', comment: string | null) {
  await recordDecision(req, id, decision, comment, await latestVersionId(req, id), by)
}

async function reviseAsDraft(payload: Payload, req: PayloadRequest, id: ID, note: string) {
  const current = await payload.findByID({ collection: 'sessions', id, draft: true, depth: 0, locale: 'es', req })
  await payload.update({
    collection: 'sessions',
    id,
    draft: true,
    locale: 'es',
    req,
    data: { summary: `${current.summary ?? ''} ${note}`.trim(), _status: 'draft' } as never,
  })
}

export async function seedReviewStates(payload: Payload, req: PayloadRequest, input: SeedReviewInput): Promise<void> {
  const { sessionsByTrack, designerId, reviewerId } = input
  for (const id of sessionsByTrack.flat()) {
    await decide(req, id, designerId, 'submitted', null)
    await decide(req, id, reviewerId, 'approved', 'Revisada: objetivos claros, tiempos completos y notas de seguridad suficientes.')
    await writeReviewState(req, { id, _status: 'published' }, 'approved', await approvalOf(req, id))
  }

  const inReview = sessionsByTrack[0]?.at(-1)
  if (inReview != null) {
    await reviseAsDraft(payload, req, inReview, 'Incluye una nueva dinámica de cierre.')
    await decide(req, inReview, designerId, 'submitted', null)
    await writeReviewState(req, { id: inReview, _status: 'draft' }, 'in-review', null)
  }
  const changesRequested = sessionsByTrack[1]?.at(-1)
  if (changesRequested != null) {
    await reviseAsDraft(payload, req, changesRequested, 'Versión revisada con un nuevo ejemplo.')
    await decide(req, changesRequested, designerId, 'submitted', null)
    await decide(
      req,
      changesRequested,
      reviewerId,
      'changes-requested',
      'El nuevo ejemplo puede justificar la violencia: cámbialo por uno que muestre una salida no violenta y añade un aviso de contenido.',
    )
    await writeReviewState(req, { id: changesRequested, _status: 'draft' }, 'changes-requested', null)
  }
}
