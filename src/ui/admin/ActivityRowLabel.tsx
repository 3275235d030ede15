'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/**
 * The header of an activity in the session editor: its title and minutes, so a collapsed
 * agenda still reads as an agenda.
 */
export function ActivityRowLabel() {
  const { data } = useRowLabel<{ title?: string | null; minutes?: number | null }>()
  const minutes = typeof data?.minutes === 'number' ? `${data.minutes} min` : null
  return (
    <span className="activity-row-label">
      {data?.title || '—'}
      {minutes ? <span className="activity-row-label__minutes"> · {minutes}</span> : null}
    </span>
  )
}
