/** The review workflow's rules (src/core/rules/review.ts) and the approved-content fingerprint. */
import { describe, expect, test } from 'vitest'

import { availableReviewActions, publishReviewProblem, reviewOutcomeMessage, reviewStateOf, reviewTransition } from '@/core/rules/review'
import { contentFingerprint, stillApproved } from '@/core/rules/reviewContent'

const designer = { roles: ['curriculum-designer'] }
const reviewer = { roles: ['reviewer'] }
const admin = { roles: ['admin'] }
const facilitator = { roles: ['facilitator'] }
const trainer = { roles: ['trainer'] }

describe('transitions', () => {
  test('a designer submits a new session or one sent back; a reviewer approves or requests changes', () => {
    expect(reviewTransition('not-submitted', 'submit', designer)).toEqual({ ok: true, next: 'in-review', decision: 'submitted' })
    expect(reviewTransition('changes-requested', 'submit', designer)).toMatchObject({ ok: true, next: 'in-review' })
    expect(reviewTransition('in-review', 'approve', reviewer)).toEqual({ ok: true, next: 'approved', decision: 'approved' })
    expect(reviewTransition('in-review', 'request-changes', reviewer, 'Falta un aviso.')).toMatchObject({ ok: true, next: 'changes-requested' })
    expect(reviewTransition('approved', 'request-changes', reviewer, 'Lo reconsideré.')).toMatchObject({ ok: true, next: 'changes-requested' })
  })

  test('an admin may do all three', () => {
    expect(reviewTransition('not-submitted', 'submit', admin).ok).toBe(true)
    expect(reviewTransition('in-review', 'approve', admin).ok).toBe(true)
  })

  test('roles that may not: 403 with who may', () => {
    expect(reviewTransition('not-submitted', 'submit', reviewer)).toMatchObject({ ok: false, status: 403 })
    expect(reviewTransition('in-review', 'approve', designer)).toMatchObject({ ok: false, status: 403, message: expect.stringMatching(/reviewers and admins/) })
    for (const user of [facilitator, trainer, null]) {
      expect(reviewTransition('not-submitted', 'submit', user)).toMatchObject({ ok: false, status: 403 })
      expect(reviewTransition('in-review', 'approve', user)).toMatchObject({ ok: false, status: 403 })
    }
  })

  test('requesting changes needs a comment (400)', () => {
    expect(reviewTransition('in-review', 'request-changes', reviewer, '  ')).toMatchObject({ ok: false, status: 400 })
    expect(reviewTransition('in-review', 'request-changes', reviewer)).toMatchObject({ ok: false, status: 400 })
  })

  test('actions out of order: 409 saying why', () => {
    expect(reviewTransition('in-review', 'submit', designer)).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/already waiting/) })
    expect(reviewTransition('approved', 'submit', designer)).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/already approved/) })
    expect(reviewTransition('approved', 'submit', designer)).toMatchObject({ messages: { es: 'La sesión está «aprobada»: ya está aprobada.' } })
    expect(reviewTransition('not-submitted', 'approve', reviewer)).toMatchObject({ ok: false, status: 409 })
    expect(reviewTransition('changes-requested', 'approve', reviewer)).toMatchObject({ ok: false, status: 409 })
    expect(reviewTransition('not-submitted', 'request-changes', reviewer, 'x')).toMatchObject({ ok: false, status: 409 })
  })

  test('the buttons a user sees', () => {
    expect(availableReviewActions('not-submitted', designer)).toEqual(['submit'])
    expect(availableReviewActions('in-review', designer)).toEqual([])
    expect(availableReviewActions('in-review', reviewer)).toEqual(['approve', 'request-changes'])
    expect(availableReviewActions('approved', reviewer)).toEqual(['request-changes'])
    expect(availableReviewActions('in-review', facilitator)).toEqual([])
  })

  test('a stored value from before the workflow reads as not submitted', () => {
    expect(reviewStateOf(null)).toBe('not-submitted')
    expect(reviewStateOf('bogus')).toBe('not-submitted')
    expect(reviewStateOf('approved')).toBe('approved')
  })
})

describe('publishing', () => {
  test('only approved sessions, unless an admin or a system operation publishes', () => {
    expect(publishReviewProblem('approved', designer)).toBeNull()
    expect(publishReviewProblem('in-review', admin)).toBeNull()
    expect(publishReviewProblem('not-submitted', undefined)).toBeNull()
    expect(publishReviewProblem('not-submitted', designer)).toMatch(/Only approved sessions can be published, and it has not been submitted/)
    expect(publishReviewProblem('in-review', designer)).toMatch(/waiting for a reviewer/)
    expect(publishReviewProblem('changes-requested', designer)).toMatch(/requested changes/)
  })
})

describe('the approved content', () => {
  const paragraph = (text: string, extra: Record<string, unknown> = {}) => ({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0, ...extra }], ...extra }] },
  })
  const session = {
    id: 7,
    number: 3,
    title: 'Mis derechos',
    summary: 'Resumen',
    track: 1,
    activities: [{ id: 'a1', blockType: 'checkIn', title: 'Registro', minutes: 20, facilitatorInstructions: paragraph('Saludar') }],
    _status: 'draft',
    reviewStatus: 'approved',
    updatedAt: '2026-01-01',
  }
  const print = contentFingerprint(session)

  test('is the same for the same content, whatever the bookkeeping around it', () => {
    expect(
      contentFingerprint({
        ...session,
        id: 8,
        number: 9, // reordering the track is not a content change
        _status: 'published',
        reviewStatus: 'in-review',
        updatedAt: '2026-02-02',
        track: { id: 1, createdAt: 'x', updatedAt: 'y' },
        activities: [{ ...session.activities[0], id: 'b2', minutes: '20', facilitatorInstructions: paragraph('Saludar', { version: 1, direction: 'ltr', textFormat: 0 }) }],
        materials: '',
        objectives: [],
      }),
    ).toBe(print)
  })

  test('changes when anything a reader sees changes', () => {
    expect(contentFingerprint({ ...session, summary: 'Otro' })).not.toBe(print)
    expect(contentFingerprint({ ...session, activities: [{ ...session.activities[0], minutes: 25 }] })).not.toBe(print)
    expect(contentFingerprint({ ...session, activities: [{ ...session.activities[0], facilitatorInstructions: paragraph('Saludar', { format: 1 }) }] })).not.toBe(print)
    expect(contentFingerprint({ ...session, track: 2 })).not.toBe(print)
  })

  test('an approval holds per locale', () => {
    const approval = { fingerprints: { es: print, en: 'other' } }
    expect(stillApproved(approval, 'es', session)).toBe(true)
    expect(stillApproved(approval, 'en', session)).toBe(false)
    expect(stillApproved(approval, 'all', session)).toBe(false)
    expect(stillApproved(null, 'es', session)).toBe(false)
  })
})

describe('the message once a decision is recorded', () => {
  test('says what happened to which session, as a sentence, in both languages', () => {
    expect(reviewOutcomeMessage('in-review', 7)).toEqual({ es: 'Se envió la sesión 7 a revisión.', en: 'Session 7 was sent for review.' })
    expect(reviewOutcomeMessage('approved', 7)).toEqual({ es: 'Se aprobó la sesión 7.', en: 'Session 7 was approved.' })
    expect(reviewOutcomeMessage('changes-requested', 7)).toEqual({ es: 'Se pidieron cambios en la sesión 7.', en: 'Changes were requested on session 7.' })
    expect(reviewOutcomeMessage('not-submitted', null)).toEqual({ es: 'La sesión quedó sin enviar a revisión.', en: 'The session is no longer submitted for review.' })
  })
})
