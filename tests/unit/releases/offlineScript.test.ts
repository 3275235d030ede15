/**
 * The offline bundle's timer is written out again as browser JavaScript (a page opened from disk
 * cannot import this code base): on the same events it must reach the same states as the
 * portal's timer (src/core/curriculum/sessionTimer.ts).
 */
import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import * as core from '@/core/curriculum/sessionTimer'
import { OFFLINE_TIMER_LOGIC } from '@/core/releases/bundle/offlineScript'

type Timer = {
  initial(): core.TimerState
  start(s: core.TimerState, now: number): core.TimerState
  pause(s: core.TimerState, now: number): core.TimerState
  next(s: core.TimerState, now: number, count: number): core.TimerState
  previous(s: core.TimerState): core.TimerState
  totalElapsed(s: core.TimerState, now: number): number
  activityElapsed(s: core.TimerState, now: number): number
  overrun(s: core.TimerState, now: number, minutes: number | undefined, total: number): { activityMs: number; totalMs: number }
  parse(raw: string | null): core.TimerState | null
}

const offline = vm.runInNewContext(`${OFFLINE_TIMER_LOGIC}; timer`) as Timer
/** Plain JSON on both sides (the VM's objects come from another realm). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

describe('offline session timer', () => {
  it('reaches the portal timer’s states on the same events', () => {
    const events: [string, number][] = [
      ['start', 1_000], ['next', 61_000], ['next', 200_000], ['pause', 260_000], ['previous', 270_000],
      ['start', 300_000], ['next', 400_000], ['next', 9_000_000], ['next', 9_000_500], ['next', 9_001_000], ['pause', 9_500_000],
    ]
    let a = core.initialTimer()
    let b = offline.initial()
    expect(plain(b)).toEqual(plain(a))
    for (const [event, now] of events) {
      if (event === 'start') (a = core.start(a, now)), (b = offline.start(b, now))
      if (event === 'pause') (a = core.pause(a, now)), (b = offline.pause(b, now))
      if (event === 'next') (a = core.next(a, now, 3)), (b = offline.next(b, now, 3))
      if (event === 'previous') (a = core.previous(a)), (b = offline.previous(b))
      expect(plain(b), `${event} at ${now}`).toEqual(plain(a))
      expect(offline.totalElapsed(b, now + 5_000)).toBe(core.totalElapsed(a, now + 5_000))
      expect(offline.activityElapsed(b, now + 5_000)).toBe(core.activityElapsed(a, now + 5_000))
      expect(plain(offline.overrun(b, now + 5_000, 2, 150))).toEqual(core.overrun(a, now + 5_000, 2, 150))
    }
  })

  it('reads a stored timer as the portal does, and refuses what is not one', () => {
    const stored = [
      JSON.stringify({ activityIndex: 2, runningSince: 5, elapsedMs: 10, activityStartedAtMs: 3, startedAtMs: [0, 1, 2, 3] }),
      JSON.stringify({ activityIndex: 1, runningSince: null, elapsedMs: 10, activityStartedAtMs: 3 }),
      JSON.stringify({ activityIndex: -1, runningSince: null, elapsedMs: 10, activityStartedAtMs: 3 }),
      '{"activityIndex":"1"}',
      'not json',
      null,
    ]
    for (const raw of stored) expect(plain(offline.parse(raw)), String(raw)).toEqual(plain(core.parseTimer(raw)))
  })
})
