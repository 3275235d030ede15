/**
 * Timing of a session's agenda. One implementation shared by the server's publish rule, the
 * editor's live total and the manual renderers.
 */
import type { Language } from '@/core/language'

export interface TimedActivity {
  minutes?: number | null
}

export interface AgendaEntry<A extends TimedActivity> {
  activity: A
  /** Minutes from the start of the session. */
  startMinute: number
  minutes: number
}

export interface SessionTiming {
  /** Sum of the activities' minutes. */
  totalMinutes: number
  durationMinutes: number
  /** totalMinutes − durationMinutes: negative when short, positive when over. */
  difference: number
  balanced: boolean
}

/** Positive whole minutes; anything else is a problem the author must fix. */
export function isValidMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

export function minutesProblem(value: unknown, language: Language = 'en'): string | null {
  const es = language === 'es'
  if (value === null || value === undefined || value === '') return es ? 'Los minutos son obligatorios.' : 'Minutes are required.'
  if (typeof value !== 'number' || Number.isNaN(value)) return es ? 'Los minutos deben ser un número.' : 'Minutes must be a number.'
  if (!Number.isInteger(value)) return es ? `Los minutos deben ser un número entero (se recibió ${value}).` : `Minutes must be a whole number (got ${value}).`
  if (value <= 0) return es ? `Los minutos deben ser positivos (se recibió ${value}).` : `Minutes must be positive (got ${value}).`
  return null
}

export function sessionTiming(
  activities: readonly TimedActivity[] | null | undefined,
  durationMinutes: number,
): SessionTiming {
  const totalMinutes = (activities ?? []).reduce(
    (sum, activity) => sum + (typeof activity?.minutes === 'number' ? activity.minutes : 0),
    0,
  )
  const difference = totalMinutes - durationMinutes
  return { totalMinutes, durationMinutes, difference, balanced: difference === 0 }
}

/** The agenda: each activity with its start minute, in order. */
export function agenda<A extends TimedActivity>(activities: readonly A[] | null | undefined): AgendaEntry<A>[] {
  let startMinute = 0
  return (activities ?? []).map((activity) => {
    const minutes = typeof activity?.minutes === 'number' ? activity.minutes : 0
    const entry = { activity, startMinute, minutes }
    startMinute += minutes
    return entry
  })
}

/** "0:00", "1:35": a start time relative to the session's start. */
export function formatClock(minutesFromStart: number): string {
  const hours = Math.floor(minutesFromStart / 60)
  const minutes = minutesFromStart % 60
  return `${hours}:${String(minutes).padStart(2, '0')}`
}

/**
 * Why a session cannot be published, or null when its agenda fills its duration exactly.
 * The message names the session and the difference, e.g.
 * "Session 3 «Rights»: activities add up to 140 of 150 minutes (10 missing)." or, in Spanish,
 * "Sesión 3 «Derechos»: las actividades suman 140 de 150 minutos (faltan 10)."
 */
export function publishTimingProblem(
  args: {
    number?: number | null
    title?: string | null
    activities: readonly TimedActivity[] | null | undefined
    durationMinutes: number
  },
  language: Language = 'en',
): string | null {
  const timing = sessionTiming(args.activities, args.durationMinutes)
  if (timing.balanced) return null
  const es = language === 'es'
  const session = es ? 'Sesión' : 'Session'
  const name = [args.number != null ? `${session} ${args.number}` : session, args.title ? `«${args.title}»` : null]
    .filter(Boolean)
    .join(' ')
  const gap = es
    ? timing.difference < 0
      ? `faltan ${-timing.difference}`
      : `sobran ${timing.difference}`
    : timing.difference < 0
      ? `${-timing.difference} missing`
      : `${timing.difference} over`
  return es
    ? `${name}: las actividades suman ${timing.totalMinutes} de ${timing.durationMinutes} minutos (${gap}).`
    : `${name}: activities add up to ${timing.totalMinutes} of ${timing.durationMinutes} minutes (${gap}).`
}
