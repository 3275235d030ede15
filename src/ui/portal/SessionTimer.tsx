'use client'
import { useCallback, useEffect, useState } from 'react'

import { formatElapsed } from '@/ui/format'
import {
  activityElapsed,
  initialTimer,
  isRunning,
  next,
  overrun,
  parseTimer,
  pause,
  previous,
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
  previous: string
  reset: string
  resetConfirm: string
  resetYes: string
  resetCancel: string
  now: string
  upNext: string
  total: string
  running: string
  paused: string
  stopped: string
  done: string
  of: string
  overActivity: string
  overTotal: string
}

/**
 * Walks the facilitator through the agenda on a phone in a group room: start, pause, previous
 * and next activity, the running total against the session's minutes. Pinned to the top of the
 * screen on a phone (site.css), so it never scrolls away. Reset asks first: one stray tap must
 * not wipe a running session. An activity or session past its time shows a banner with a sign,
 * words and the minutes over (not colour alone), announced once to screen readers.
 * Kept in localStorage under `storageKey` (timerStorageKey: one per release session, one per live
 * session) so a reload (or a locked phone) does not lose it; marks the current activity in the
 * agenda with aria-current.
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
  const [confirmingReset, setConfirmingReset] = useState(false)

  useEffect(() => {
    setState(parseTimer(window.localStorage.getItem(key)) ?? initialTimer())
    setNow(Date.now())
    setLoaded(true)
  }, [key])

  const update = useCallback(
    (change: (state: TimerState, now: number) => TimerState) => {
      const at = Date.now()
      setState((previousState) => {
        const updated = change(previousState, at)
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
  const over = overrun(state, now, current?.minutes, totalMinutes)
  const activityMs = activityElapsed(state, now)
  const started = running || state.elapsedMs > 0
  const status = running ? labels.running : state.elapsedMs > 0 ? labels.paused : labels.stopped
  const overAny = over.activityMs > 0 || over.totalMs > 0

  return (
    <section className={`timer card${overAny ? ' timer--over' : ''}`} aria-labelledby="timer-title">
      <h2 id="timer-title" className="timer__title">
        {labels.timer}
      </h2>
      <p className="timer__line">
        <span className="timer__status" data-state={running ? 'running' : state.elapsedMs > 0 ? 'paused' : 'stopped'}>
          {status}
        </span>{' '}
        <span className={`timer__total${over.totalMs > 0 ? ' timer__over' : ''}`}>
          {labels.total}: <span role="timer" className="timer__clock">{formatElapsed(total)}</span> {labels.of} {totalMinutes}:00
        </span>
      </p>
      {done ? (
        <p className="timer__now">{labels.done}</p>
      ) : (
        <p className="timer__now">
          {labels.now} ({index + 1}/{activities.length}): <strong>{current?.title}</strong> —{' '}
          <span className={`timer__activity-clock${over.activityMs > 0 ? ' timer__over' : ''}`}>
            {formatElapsed(activityMs)} {labels.of} {current?.minutes}:00
          </span>
        </p>
      )}
      {/* Announced once when it appears; the minutes over, which change every second, are not in it. */}
      <div role="status" className="timer__alerts">
        {over.activityMs > 0 && !done ? (
          <p className="timer__overrun" data-overrun="activity">
            <span className="timer__overrun-sign" aria-hidden="true">
              !
            </span>
            {labels.overActivity} <strong aria-hidden="true">+{formatElapsed(over.activityMs)}</strong>
          </p>
        ) : null}
        {over.totalMs > 0 ? (
          <p className="timer__overrun" data-overrun="total">
            <span className="timer__overrun-sign" aria-hidden="true">
              !
            </span>
            {labels.overTotal} <strong aria-hidden="true">+{formatElapsed(over.totalMs)}</strong>
          </p>
        ) : null}
      </div>
      {upcoming ? (
        <p className="timer__next">
          {labels.upNext}: {upcoming.title} ({upcoming.minutes} min)
        </p>
      ) : null}
      {confirmingReset ? (
        <div className="timer__confirm" role="group" aria-labelledby="timer-reset-question">
          <p id="timer-reset-question">{labels.resetConfirm}</p>
          <div className="timer__controls">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                update(() => initialTimer())
                setConfirmingReset(false)
              }}
            >
              {labels.resetYes}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmingReset(false)} autoFocus>
              {labels.resetCancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="timer__controls">
          <button type="button" className="button button--quiet" onClick={() => update((s) => previous(s))} disabled={!loaded || index === 0}>
            <span aria-hidden="true">◀ </span>
            {labels.previous}
          </button>
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
            <span aria-hidden="true"> ▶</span>
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirmingReset(true)} disabled={!loaded || (!started && index === 0)}>
            {labels.reset}
          </button>
        </div>
      )}
    </section>
  )
}
