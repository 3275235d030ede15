'use client'
import { useCallback, useEffect, useState } from 'react'

import { formatElapsed } from '@/ui/format'
import {
  activityElapsed,
  initialTimer,
  isRunning,
  next,
  parseTimer,
  pause,
  start,
  totalElapsed,
  type TimerState,
} from '@/core/curriculum/sessionTimer'

export interface TimerLabels {
  timer: string
  start: string
  resume: string
  pause: string
  next: string
  reset: string
  now: string
  upNext: string
  total: string
  running: string
  paused: string
  stopped: string
  done: string
  of: string
}

/**
 * Walks the facilitator through the agenda: start, pause, next activity, the running total
 * against the session's minutes. Kept in localStorage under `storageKey` (timerStorageKey: one per
 * release session, one per live session) so a reload (or a locked phone) does not lose it; marks
 * the current activity in the agenda with aria-current.
 */
export function SessionTimer({
  storageKey: key,
  activities,
  totalMinutes,
  labels,
}: {
  storageKey: string
  activities: { title: string; minutes: number }[]
  totalMinutes: number
  labels: TimerLabels
}) {
  const [state, setState] = useState<TimerState>(initialTimer)
  const [now, setNow] = useState(() => Date.now())
  const [loaded, setLoaded] = useState(false)

  useEffect(() => {
    setState(parseTimer(window.localStorage.getItem(key)) ?? initialTimer())
    setNow(Date.now())
    setLoaded(true)
  }, [key])

  const update = useCallback(
    (change: (state: TimerState, now: number) => TimerState) => {
      const at = Date.now()
      setState((previous) => {
        const updated = change(previous, at)
        window.localStorage.setItem(key, JSON.stringify(updated))
        return updated
      })
      setNow(at)
    },
    [key],
  )

  const running = isRunning(state)
  useEffect(() => {
    if (!running) return
    const interval = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(interval)
  }, [running])

  const index = state.activityIndex
  const done = index >= activities.length
  useEffect(() => {
    for (const element of document.querySelectorAll('[data-activity-index]')) {
      if (Number(element.getAttribute('data-activity-index')) === index && loaded && (running || state.elapsedMs > 0)) {
        element.setAttribute('aria-current', 'step')
      } else element.removeAttribute('aria-current')
    }
  }, [index, loaded, running, state.elapsedMs])

  const current = activities[index]
  const upcoming = activities[index + 1]
  const total = totalElapsed(state, now)
  const overTotal = total > totalMinutes * 60_000
  const activityMs = activityElapsed(state, now)
  const overActivity = current ? activityMs > current.minutes * 60_000 : false
  const status = running ? labels.running : state.elapsedMs > 0 ? labels.paused : labels.stopped

  return (
    <section className="timer card" aria-labelledby="timer-title">
      <h2 id="timer-title">{labels.timer}</h2>
      <p className="timer__status" data-state={running ? 'running' : state.elapsedMs > 0 ? 'paused' : 'stopped'}>
        {status}
      </p>
      <p className={`timer__total${overTotal ? ' timer__over' : ''}`}>
        {labels.total}: <span role="timer" className="timer__clock">{formatElapsed(total)}</span> {labels.of} {totalMinutes}:00
      </p>
      {done ? (
        <p className="timer__now">{labels.done}</p>
      ) : (
        <p className="timer__now">
          {labels.now} ({index + 1}/{activities.length}): <strong>{current?.title}</strong> —{' '}
          <span className={overActivity ? 'timer__over' : undefined}>
            {formatElapsed(activityMs)} {labels.of} {current?.minutes}:00
          </span>
        </p>
      )}
      {upcoming ? (
        <p className="timer__next">
          {labels.upNext}: {upcoming.title} ({upcoming.minutes} min)
        </p>
      ) : null}
      <div className="timer__controls">
        {running ? (
          <button type="button" className="button" onClick={() => update(pause)}>
            {labels.pause}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => update(start)} disabled={!loaded}>
            {state.elapsedMs > 0 ? labels.resume : labels.start}
          </button>
        )}
        <button type="button" className="button" onClick={() => update((s, at) => next(s, at, activities.length))} disabled={!loaded || done}>
          {labels.next}
        </button>
        <button type="button" className="button button--quiet" onClick={() => update(() => initialTimer())} disabled={!loaded}>
          {labels.reset}
        </button>
      </div>
    </section>
  )
}
