'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { adminStrings } from '@/ui/strings'

/**
 * The header of an activity in the session editor: its title and minutes, so a collapsed
 * agenda still reads as an agenda.
 */
export function ActivityRowLabel() {
  const { data } = useRowLabel<{ title?: string | null; minutes?: number | null }>()
  const { i18n } = useTranslation()
  const minutes = typeof data?.minutes === 'number' ? `${data.minutes} ${adminStrings(i18n.language).agenda.minutesShort}` : null
  return (
    <span className="activity-row-label">
      {data?.title || '—'}
      {minutes ? <span className="activity-row-label__minutes"> · {minutes}</span> : null}
    </span>
  )
}
