'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { agendaVerdict, liveAgendaFromFormState, type FlatFormState } from '@/core/curriculum/liveAgenda'
import { adminStrings } from '@/ui/strings'

const DEFAULT_SESSION_MINUTES = 150

/** The track's session length, used when the session leaves its own duration empty. */
export function useTrackMinutes(trackId: unknown): number {
  const [minutes, setMinutes] = useState(DEFAULT_SESSION_MINUTES)
  useEffect(() => {
    const id = trackId && typeof trackId === 'object' && 'value' in trackId ? (trackId as { value: unknown }).value : trackId
    if (typeof id !== 'string' && typeof id !== 'number') return
    const controller = new AbortController()
    fetch(`/api/tracks/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((track) => {
        if (track && typeof track.sessionMinutes === 'number') setMinutes(track.sessionMinutes)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [trackId])
  return minutes
}

/**
 * The running agenda of the session being edited: each activity's start time and minutes, and
 * the total against the duration in green or red, as the designer types (before saving).
 */
export function LiveAgenda({ compact = false }: { compact?: boolean }) {
  const { i18n } = useTranslation()
  const state = useFormFields(([fields]) => fields) as FlatFormState
  const trackMinutes = useTrackMinutes(state.track?.value)
  const ownDuration = state.duration?.value
  const duration = typeof ownDuration === 'number' && ownDuration > 0 ? ownDuration : trackMinutes
  const live = liveAgendaFromFormState(state, duration)
  const t = adminStrings(i18n.language).agenda
  const verdict = agendaVerdict(live, i18n.language)
  const tone = live.balanced ? 'balanced' : 'unbalanced'

  return (
    <section className={`live-agenda live-agenda--${tone}${compact ? ' live-agenda--compact' : ''}`} aria-live="polite" data-balanced={live.balanced}>
      <p className="live-agenda__total">
        <strong>{t.heading}</strong> <span className="live-agenda__verdict">{verdict}</span>
      </p>
      {compact || live.rows.length === 0 ? null : (
        <table className="live-agenda__table">
          <thead>
            <tr>
              <th scope="col">{t.start}</th>
              <th scope="col">{t.activity}</th>
              <th scope="col">{t.minutes}</th>
            </tr>
          </thead>
          <tbody>
            {live.rows.map((row, index) => (
              <tr key={index} className={row.minutes === null ? 'live-agenda__row--invalid' : undefined}>
                <td>{row.start}</td>
                <td>{row.title || '—'}</td>
                <td>{row.minutes ?? t.invalidMinutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** The sidebar's one-line total, visible from every tab of the editor. */
export function LiveAgendaTotal() {
  return <LiveAgenda compact />
}
