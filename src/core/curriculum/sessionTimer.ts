/**
 * The session timer's state and its transitions, as plain data so it can be stored (the timer
 * survives a page reload: a facilitator's phone may lock or the tab may be closed mid-session)
 * and tested without a browser. Times are epoch milliseconds passed in by the caller.
 */
export interface TimerState {
  /** Index of the activity under way. */
  activityIndex: number
  /** When the timer was last started or resumed; null while paused or not started. */
  runningSince: number | null
  /** Session time accumulated before `runningSince`. */
  elapsedMs: number
  /** Session time at which the current activity began. */
  activityStartedAtMs: number
  /**
   * Session time at which each earlier activity began, oldest first: "previous" goes back to the
   * last one, as if "next" had not been pressed. Absent in timers stored before it existed.
   */
  startedAtMs?: number[]
}

export const initialTimer = (): TimerState => ({ activityIndex: 0, runningSince: null, elapsedMs: 0, activityStartedAtMs: 0 })

export const isRunning = (state: TimerState) => state.runningSince !== null

export function totalElapsed(state: TimerState, now: number): number {
  return state.elapsedMs + (state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0)
}

export function activityElapsed(state: TimerState, now: number): number {
  return Math.max(0, totalElapsed(state, now) - state.activityStartedAtMs)
}

export function start(state: TimerState, now: number): TimerState {
  return isRunning(state) ? state : { ...state, runningSince: now }
}

export function pause(state: TimerState, now: number): TimerState {
  return isRunning(state) ? { ...state, elapsedMs: totalElapsed(state, now), runningSince: null } : state
}

/** Moves to the next activity (the clock keeps its state); past the last one, the agenda is done. */
export function next(state: TimerState, now: number, activityCount: number): TimerState {
  if (state.activityIndex >= activityCount) return state
  return {
    ...state,
    activityIndex: state.activityIndex + 1,
    activityStartedAtMs: totalElapsed(state, now),
    startedAtMs: [...(state.startedAtMs ?? []), state.activityStartedAtMs],
  }
}

/**
 * Back to the previous activity (a "next" pressed too early): it resumes with the time it had
 * when it was left, the session clock untouched. A timer stored before starts were kept goes
 * back with the current activity's start.
 */
export function previous(state: TimerState): TimerState {
  if (state.activityIndex <= 0) return state
  const starts = [...(state.startedAtMs ?? [])]
  const startedAt = starts.pop()
  return { ...state, activityIndex: state.activityIndex - 1, activityStartedAtMs: startedAt ?? state.activityStartedAtMs, startedAtMs: starts }
}

/** How far past its minutes the current activity and the whole session are (0 when within). */
export function overrun(state: TimerState, now: number, activityMinutes: number | undefined, totalMinutes: number): { activityMs: number; totalMs: number } {
  return {
    activityMs: activityMinutes === undefined ? 0 : Math.max(0, activityElapsed(state, now) - activityMinutes * 60_000),
    totalMs: Math.max(0, totalElapsed(state, now) - totalMinutes * 60_000),
  }
}

/** A stored value back into a state, or null when it is not one (an older format, a hand edit). */
export function parseTimer(raw: string | null | undefined): TimerState | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<TimerState>
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0
    if (!finite(value.activityIndex) || !finite(value.elapsedMs) || !finite(value.activityStartedAtMs)) return null
    if (value.runningSince !== null && !finite(value.runningSince)) return null
    const starts = Array.isArray(value.startedAtMs) && value.startedAtMs.every(finite) ? value.startedAtMs : undefined
    return {
      activityIndex: Math.floor(value.activityIndex),
      runningSince: value.runningSince ?? null,
      elapsedMs: value.elapsedMs,
      activityStartedAtMs: value.activityStartedAtMs,
      ...(starts ? { startedAtMs: starts.slice(0, Math.floor(value.activityIndex)) } : {}),
    }
  } catch {
    return null
  }
}

/**
 * Where a session's timer is kept in the browser. A release's session and the live session of
 * the same number (or id) are different texts run at different times: each has its own key.
 */
export function timerStorageKey(scope: { kind: 'release'; releaseId: string | number; number: number } | { kind: 'live'; sessionId: string | number }): string {
  return scope.kind === 'release' ? `reeduca-timer:release:${scope.releaseId}:session:${scope.number}` : `reeduca-timer:live:${scope.sessionId}`
}
