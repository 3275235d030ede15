/**
 * The review workflow of a session, as plain rules that the collection hooks, the review endpoint,
 * the admin buttons and the tests share.
 *
 * States: not-submitted → (designer submits) → in-review → (reviewer approves) → approved
 *                                                         → (reviewer requests changes) → changes-requested → (submit again) → in-review
 *
 * The rule that keeps review honest: an approval covers the content the reviewer saw. The content's
 * fingerprint per locale is stored with the approval; any later save whose content differs from it
 * (in any field a reader sees, in any locale) sends the session back to "not submitted", and an
 * unapproved session can be published only by an admin or by a system operation without a user
 * (the seed, a migration). Scheduled publishing runs as the user who scheduled it, so an approved
 * session scheduled by a designer is published, and one changed after approval is refused then.
 */
import type { Bilingual, Language } from '@/core/language'
import { hasAnyRole, isAdmin, type RoleHolder } from './roles'

export const REVIEW_STATES = ['not-submitted', 'in-review', 'changes-requested', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, { es: string; en: string }> = {
  'not-submitted': { es: 'Sin enviar a revisión', en: 'Not submitted' },
  'in-review': { es: 'En revisión', en: 'In review' },
  'changes-requested': { es: 'Cambios solicitados', en: 'Changes requested' },
  approved: { es: 'Aprobada', en: 'Approved' },
}

/** What the person who acted reads once her decision is recorded, e.g. "Se pidieron cambios en la sesión 7.". */
export function reviewOutcomeMessage(next: ReviewState, sessionNumber: number | null | undefined): Bilingual {
  const es = sessionNumber != null ? `la sesión ${sessionNumber}` : 'la sesión'
  const en = sessionNumber != null ? `Session ${sessionNumber}` : 'The session'
  switch (next) {
    case 'in-review':
      return { es: `Se envió ${es} a revisión.`, en: `${en} was sent for review.` }
    case 'approved':
      return { es: `Se aprobó ${es}.`, en: `${en} was approved.` }
    case 'changes-requested':
      return { es: `Se pidieron cambios en ${es}.`, en: `Changes were requested on ${en.charAt(0).toLowerCase()}${en.slice(1)}.` }
    case 'not-submitted':
      return { es: `${es.charAt(0).toUpperCase()}${es.slice(1)} quedó sin enviar a revisión.`, en: `${en} is no longer submitted for review.` }
  }
}

export const REVIEW_ACTIONS = ['submit', 'approve', 'request-changes'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/** What the history records: the three actions, and approvals withdrawn because the content changed. */
export const REVIEW_DECISIONS = ['submitted', 'approved', 'changes-requested', 'approval-withdrawn'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, { es: string; en: string }> = {
  submitted: { es: 'Enviada a revisión', en: 'Submitted for review' },
  approved: { es: 'Aprobada', en: 'Approved' },
  'changes-requested': { es: 'Cambios solicitados', en: 'Changes requested' },
  'approval-withdrawn': { es: 'Aprobación retirada (contenido cambiado)', en: 'Approval withdrawn (content changed)' },
}

export const DECISION_OF_ACTION: Record<ReviewAction, ReviewDecision> = {
  submit: 'submitted',
  approve: 'approved',
  'request-changes': 'changes-requested',
}

export const MAX_REVIEW_COMMENT_LENGTH = 5000

export const isReviewState = (value: unknown): value is ReviewState =>
  typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value)
export const isReviewAction = (value: unknown): value is ReviewAction =>
  typeof value === 'string' && (REVIEW_ACTIONS as readonly string[]).includes(value)

/** A stored state, with sessions saved before the workflow existed read as not submitted. */
export const reviewStateOf = (value: unknown): ReviewState => (isReviewState(value) ? value : 'not-submitted')

/** Designers (and admins) submit; reviewers (and admins) decide. */
export const canSubmitForReview = (user: RoleHolder): boolean => hasAnyRole(user, 'admin', 'curriculum-designer')
export const canDecideReview = (user: RoleHolder): boolean => hasAnyRole(user, 'admin', 'reviewer')

/** From which states each action may be taken. */
const ALLOWED_FROM: Record<ReviewAction, readonly ReviewState[]> = {
  submit: ['not-submitted', 'changes-requested'],
  approve: ['in-review'],
  // A reviewer may also take an approval back before the session is published.
  'request-changes': ['in-review', 'approved'],
}
const NEXT_STATE: Record<ReviewAction, ReviewState> = {
  submit: 'in-review',
  approve: 'approved',
  'request-changes': 'changes-requested',
}

export type TransitionResult =
  | { ok: true; next: ReviewState; decision: ReviewDecision }
  /** `message` in English (logs, the Local API); `messages` in both languages for the person. */
  | { ok: false; status: 400 | 403 | 409; message: string; messages: Bilingual }

/** The actions a user may take on a session in a given state (for the admin's buttons). */
export function availableReviewActions(state: ReviewState, user: RoleHolder): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => reviewTransition(state, action, user, action === 'request-changes' ? 'x' : '').ok)
}

/**
 * Whether `user` may take `action` on a session in `state`, and the state it leads to.
 * A comment is required when requesting changes (the designer must know what to change).
 */
export function reviewTransition(state: ReviewState, action: ReviewAction, user: RoleHolder, comment?: string | null): TransitionResult {
  const refused = (status: 400 | 403 | 409, messages: Bilingual): TransitionResult => ({ ok: false, status, message: messages.en, messages })
  if (action === 'submit' && !canSubmitForReview(user)) {
    return refused(403, {
      es: 'Solo el equipo de diseño curricular y las personas administradoras envían sesiones a revisión.',
      en: 'Only curriculum designers and admins submit sessions for review.',
    })
  }
  if (action !== 'submit' && !canDecideReview(user)) {
    return refused(403, {
      es: 'Solo las personas revisoras y administradoras aprueban sesiones o piden cambios.',
      en: 'Only reviewers and admins approve sessions or request changes.',
    })
  }
  if (action === 'request-changes' && !(comment ?? '').trim()) {
    return refused(400, {
      es: 'Di qué debe cambiar: pedir cambios requiere un comentario.',
      en: 'Say what should change: a comment is required when requesting changes.',
    })
  }
  if (!ALLOWED_FROM[action].includes(state)) {
    const hint: Record<ReviewAction, Bilingual> = {
      submit:
        state === 'in-review'
          ? { es: 'ya espera a una persona revisora', en: 'it is already waiting for a reviewer' }
          : { es: 'ya está aprobada', en: 'it is already approved' },
      approve: {
        es: 'solo se aprueba una sesión en revisión; primero el equipo de diseño la envía',
        en: 'only a session in review can be approved; the designer submits it first',
      },
      'request-changes': {
        es: 'solo se devuelve una sesión en revisión o aprobada',
        en: 'only a session in review or approved can be sent back',
      },
    }
    return refused(409, {
      es: `La sesión está «${REVIEW_STATE_LABELS[state].es.toLowerCase()}»: ${hint[action].es}.`,
      en: `The session is ${REVIEW_STATE_LABELS[state].en.toLowerCase()}: ${hint[action].en}.`,
    })
  }
  return { ok: true, next: NEXT_STATE[action], decision: DECISION_OF_ACTION[action] }
}

/**
 * Why `user` may not publish a session in review state `state`, or null when they may.
 * No user means a system operation (seed, scheduled job queued by nobody): allowed.
 */
export function publishReviewProblem(state: ReviewState, user: RoleHolder | undefined, language: Language = 'en'): string | null {
  if (!user || isAdmin(user) || state === 'approved') return null
  const pending = state as Exclude<ReviewState, 'approved'>
  if (language === 'es') {
    const why: Record<Exclude<ReviewState, 'approved'>, string> = {
      'not-submitted': 'esta no se ha enviado a revisión (o su contenido cambió después de aprobarse)',
      'in-review': 'esta todavía espera a una persona revisora',
      'changes-requested': 'en esta una persona revisora pidió cambios',
    }
    return `Solo se publican sesiones aprobadas y ${why[pending]}. Envíala a revisión y publícala cuando una persona revisora la apruebe; una persona administradora puede publicar sin revisión.`
  }
  const why: Record<Exclude<ReviewState, 'approved'>, string> = {
    'not-submitted': 'it has not been submitted for review (or its content changed after approval)',
    'in-review': 'it is still waiting for a reviewer',
    'changes-requested': 'a reviewer requested changes',
  }
  return `Only approved sessions can be published, and ${why[pending]}. Submit it for review and publish once a reviewer approves it; an admin may publish without review.`
}
