import { describe, expect, test } from 'vitest'

import {
  agenda,
  formatClock,
  isValidMinutes,
  minutesProblem,
  publishTimingProblem,
  sessionTiming,
} from '@/core/rules/timing'

const minutes = (...values: Array<number | null | undefined>) => values.map((value) => ({ minutes: value }))

describe('sessionTiming', () => {
  test('a short agenda reports the total, the duration and a negative difference', () => {
    expect(sessionTiming(minutes(20, 60, 40, 20), 150)).toEqual({
      totalMinutes: 140,
      durationMinutes: 150,
      difference: -10,
      balanced: false,
    })
  })

  test('an agenda that fills the duration exactly is balanced', () => {
    expect(sessionTiming(minutes(20, 60, 40, 10, 20), 150)).toMatchObject({ totalMinutes: 150, difference: 0, balanced: true })
  })

  test('an agenda over the duration has a positive difference', () => {
    expect(sessionTiming(minutes(100, 60), 150)).toMatchObject({ totalMinutes: 160, difference: 10, balanced: false })
  })

  test('no activities (null, undefined, empty) add up to 0', () => {
    for (const activities of [null, undefined, []]) {
      expect(sessionTiming(activities, 150)).toMatchObject({ totalMinutes: 0, difference: -150, balanced: false })
    }
  })

  test('an activity whose minutes are not filled in yet counts as 0', () => {
    expect(sessionTiming(minutes(20, null, undefined, 30), 90).totalMinutes).toBe(50)
  })
})

describe('agenda', () => {
  test('each activity starts where the previous one ended', () => {
    const activities = [
      { title: 'Check-in', minutes: 20 },
      { title: 'Theme work', minutes: 60 },
      { title: 'Break', minutes: 10 },
      { title: 'Closing', minutes: 60 },
    ]
    const entries = agenda(activities)
    expect(entries.map((entry) => entry.startMinute)).toEqual([0, 20, 80, 90])
    expect(entries.map((entry) => entry.minutes)).toEqual([20, 60, 10, 60])
    expect(entries.map((entry) => entry.activity.title)).toEqual(['Check-in', 'Theme work', 'Break', 'Closing'])
    expect(entries.map((entry) => formatClock(entry.startMinute))).toEqual(['0:00', '0:20', '1:20', '1:30'])
  })

  test('an activity without minutes takes no time', () => {
    expect(agenda(minutes(15, null, 5)).map((entry) => entry.startMinute)).toEqual([0, 15, 15])
  })

  test('no activities give an empty agenda', () => {
    expect(agenda(null)).toEqual([])
    expect(agenda(undefined)).toEqual([])
  })
})

describe('formatClock', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [59, '0:59'],
    [60, '1:00'],
    [95, '1:35'],
    [150, '2:30'],
    [605, '10:05'],
  ])('%i minutes → %s', (value, expected) => {
    expect(formatClock(value)).toBe(expected)
  })
})

describe('minutesProblem', () => {
  test.each([
    [0, 'Minutes must be positive (got 0).'],
    [-5, 'Minutes must be positive (got -5).'],
    [2.5, 'Minutes must be a whole number (got 2.5).'],
    [Number.NaN, 'Minutes must be a number.'],
    ['20', 'Minutes must be a number.'],
    [null, 'Minutes are required.'],
    [undefined, 'Minutes are required.'],
    ['', 'Minutes are required.'],
  ])('%j is refused: %s', (value, message) => {
    expect(minutesProblem(value)).toBe(message)
    expect(isValidMinutes(value)).toBe(false)
  })

  test.each([1, 20, 150])('%i whole positive minutes are fine', (value) => {
    expect(minutesProblem(value)).toBeNull()
    expect(isValidMinutes(value)).toBe(true)
  })
})

describe('publishTimingProblem', () => {
  test('a short session names the session and the missing minutes', () => {
    expect(
      publishTimingProblem({ number: 3, title: 'Rights', activities: minutes(20, 60, 40, 20), durationMinutes: 150 }),
    ).toBe('Session 3 «Rights»: activities add up to 140 of 150 minutes (10 missing).')
  })

  test('a long session names the minutes over', () => {
    expect(
      publishTimingProblem({ number: 12, title: 'Negotiation and fairness', activities: minutes(90, 90), durationMinutes: 150 }),
    ).toBe('Session 12 «Negotiation and fairness»: activities add up to 180 of 150 minutes (30 over).')
  })

  test('an empty agenda misses the whole duration', () => {
    expect(publishTimingProblem({ number: 1, title: 'Encuadre', activities: [], durationMinutes: 150 })).toBe(
      'Session 1 «Encuadre»: activities add up to 0 of 150 minutes (150 missing).',
    )
  })

  test('without a title or a number the message still reads', () => {
    expect(publishTimingProblem({ number: 4, title: null, activities: minutes(100), durationMinutes: 120 })).toBe(
      'Session 4: activities add up to 100 of 120 minutes (20 missing).',
    )
    expect(publishTimingProblem({ number: null, title: 'Respeto', activities: minutes(100), durationMinutes: 120 })).toBe(
      'Session «Respeto»: activities add up to 100 of 120 minutes (20 missing).',
    )
  })

  test('a balanced session may be published', () => {
    expect(publishTimingProblem({ number: 3, title: 'Rights', activities: minutes(20, 60, 40, 10, 20), durationMinutes: 150 })).toBeNull()
    expect(publishTimingProblem({ number: 3, title: 'Rights', activities: minutes(45, 45), durationMinutes: 90 })).toBeNull()
  })
})
