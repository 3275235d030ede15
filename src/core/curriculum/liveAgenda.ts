/**
 * The session editor's live agenda, computed from the admin form's flat field state
 * ("activities.0.minutes" …) with the same timing rule the server applies on publish
 * (src/core/rules/timing.ts). Plain TypeScript so the editor and its tests share it.
 */
import { agenda, formatClock, isValidMinutes, sessionTiming } from '@/core/rules/timing'

/** The part of a form field's state this module reads. */
export interface FormFieldState {
  value?: unknown
}
export type FlatFormState = Record<string, FormFieldState | undefined>

export interface LiveAgendaRow {
  title: string
  blockType: string
  /** Null while the designer has not typed a valid number yet. */
  minutes: number | null
  start: string
}

export interface LiveAgenda {
  rows: LiveAgendaRow[]
  totalMinutes: number
  durationMinutes: number
  difference: number
  balanced: boolean
  /** Rows whose minutes are missing or not a positive whole number (they count as 0). */
  invalidRows: number[]
}

function rowCount(state: FlatFormState, path: string): number {
  const value = state[path]?.value
  if (typeof value === 'number') return value
  if (Array.isArray(value)) return value.length
  // Blocks fields keep their row count as the value; be lenient with older states.
  let count = 0
  while (state[`${path}.${count}.blockType`] || state[`${path}.${count}.id`]) count++
  return count
}

function asMinutes(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return isValidMinutes(number) ? number : null
}

export function liveAgendaFromFormState(state: FlatFormState, durationMinutes: number, path = 'activities'): LiveAgenda {
  const count = rowCount(state, path)
  const activities = Array.from({ length: count }, (_, index) => {
    const prefix = `${path}.${index}`
    return {
      title: String(state[`${prefix}.title`]?.value ?? ''),
      blockType: String(state[`${prefix}.blockType`]?.value ?? ''),
      minutes: asMinutes(state[`${prefix}.minutes`]?.value),
    }
  })
  const timing = sessionTiming(activities, durationMinutes)
  return {
    rows: agenda(activities).map((entry) => ({ ...entry.activity, start: formatClock(entry.startMinute) })),
    totalMinutes: timing.totalMinutes,
    durationMinutes,
    difference: timing.difference,
    balanced: timing.balanced,
    invalidRows: activities.flatMap((activity, index) => (activity.minutes === null ? [index] : [])),
  }
}

/** What the editor says about the total, in the admin's language. */
export function agendaVerdict(live: LiveAgenda, language: string): string {
  const es = language.startsWith('es')
  const { totalMinutes, durationMinutes, difference } = live
  if (difference === 0) return es ? `${totalMinutes} de ${durationMinutes} minutos: lista para publicar.` : `${totalMinutes} of ${durationMinutes} minutes: ready to publish.`
  if (difference < 0) {
    return es
      ? `${totalMinutes} de ${durationMinutes} minutos: faltan ${-difference}.`
      : `${totalMinutes} of ${durationMinutes} minutes: ${-difference} missing.`
  }
  return es
    ? `${totalMinutes} de ${durationMinutes} minutos: sobran ${difference}.`
    : `${totalMinutes} of ${durationMinutes} minutes: ${difference} over.`
}
