'use client'
import { PublishButton, useAuth, useFormFields, useTranslation } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

import { liveAgendaFromFormState, type FlatFormState } from '@/core/curriculum/liveAgenda'
import { languageOf } from '@/core/language'
import { isAdmin } from '@/core/rules/roles'
import { publishReviewProblem, reviewStateOf } from '@/core/rules/review'
import { publishTimingProblem } from '@/core/rules/timing'
import { REFUSAL_STRINGS } from '@/ui/strings'
import { useTrackMinutes } from './LiveAgenda'
import { useEditsKeptAfterRefusedPublish } from './useEditsKeptAfterRefusedPublish'

/**
 * The session's Publish button says what will happen: while the server would refuse to publish
 * (the session is not approved and the user is no admin, or its minutes do not add up to its
 * duration), it is not offered; a disabled button in its place says why, with the same rules
 * the server applies (src/core/rules/review.ts, src/core/rules/timing.ts).
 */
export function SessionPublishButton(props: PublishButtonClientProps) {
  const { i18n } = useTranslation()
  const language = languageOf(i18n.language)
  const t = REFUSAL_STRINGS[language]
  const { user } = useAuth()
  // A refused publish leaves the edits unsaved: the buttons stay usable to save them as a draft.
  useEditsKeptAfterRefusedPublish()
  const state = useFormFields(([fields]) => fields) as FlatFormState
  const trackMinutes = useTrackMinutes(state.track?.value)
  const ownDuration = state.duration?.value
  const duration = typeof ownDuration === 'number' && ownDuration > 0 ? ownDuration : trackMinutes
  const live = liveAgendaFromFormState(state, duration)

  const reasons: string[] = []
  const review = reviewStateOf(state.reviewStatus?.value)
  if (publishReviewProblem(review, user as never, language)) reasons.push(t.publishNotApproved)
  if (!live.balanced) {
    const title = state.title?.value
    const number = state.number?.value
    const timing = publishTimingProblem(
      {
        number: typeof number === 'number' ? number : null,
        title: typeof title === 'string' ? title : null,
        activities: [{ minutes: live.totalMinutes }],
        durationMinutes: duration,
      },
      language,
    )
    if (timing) reasons.push(t.publishTiming(timing))
  }

  if (reasons.length === 0) {
    return (
      <>
        <PublishButton {...props} />
        {isAdmin(user as never) && review !== 'approved' && (
          <p className="session-publish__note field-description">{t.publishAdminWithoutReview}</p>
        )}
      </>
    )
  }
  const label = language === 'es' ? 'Publicar cambios' : 'Publish changes'
  return (
    <div className="session-publish session-publish--blocked" data-blocked="true">
      <button type="button" className="btn btn--style-primary btn--size-medium btn--disabled" disabled aria-describedby="session-publish-why" title={reasons.join(' ')}>
        <span className="btn__content">
          <span className="btn__label">{label}</span>
        </span>
      </button>
      <div id="session-publish-why" className="session-publish__why" role="note">
        <strong>{t.publishBlocked}</strong>
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    </div>
  )
}
