/** The timer's "previous activity" and overrun (issue 17): plain transitions, no browser. */
import { describe, expect, test } from 'vitest'

import { activityElapsed, initialTimer, next, overrun, parseTimer, previous, start, totalElapsed } from '@/core/curriculum/sessionTimer'

const MIN = 60_000

describe('session timer: previous and overrun', () => {
  test('previous undoes a "next" pressed too early: the activity resumes with its own time, the session clock untouched', () => {
    let state = start(initialTimer(), 0)
    state = next(state, 10 * MIN, 5) // activity 1 began at 10:00
    state = next(state, 12 * MIN, 5) // activity 2 began at 12:00 (too early)
    expect(state.activityIndex).toBe(2)
    state = previous(state)
    expect(state.activityIndex).toBe(1)
    expect(activityElapsed(state, 13 * MIN)).toBe(3 * MIN)
    expect(totalElapsed(state, 13 * MIN)).toBe(13 * MIN)
    state = previous(state)
    expect(state.activityIndex).toBe(0)
    expect(activityElapsed(state, 13 * MIN)).toBe(13 * MIN)
    expect(previous(state)).toBe(state)
  })

  test('the earlier starts survive a reload, and a timer stored before them still goes back', () => {
    const state = next(next(start(initialTimer(), 0), 5 * MIN, 3), 9 * MIN, 3)
    expect(parseTimer(JSON.stringify(state))).toEqual(state)
    const old = { activityIndex: 2, runningSince: 0, elapsedMs: 0, activityStartedAtMs: 9 * MIN }
    expect(previous(parseTimer(JSON.stringify(old))!).activityIndex).toBe(1)
  })

  test('overrun: minutes past the activity and past the session, zero within', () => {
    const state = next(start(initialTimer(), 0), 20 * MIN, 3)
    expect(overrun(state, 25 * MIN, 10, 150)).toEqual({ activityMs: 0, totalMs: 0 })
    expect(overrun(state, 32 * MIN, 10, 150)).toEqual({ activityMs: 2 * MIN, totalMs: 0 })
    expect(overrun(state, 151 * MIN, 10, 150).totalMs).toBe(MIN)
  })
})
