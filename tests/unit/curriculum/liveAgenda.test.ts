/** The session editor's live agenda: the form's flat state → start times and the total's verdict. */
import { describe, expect, test } from 'vitest'

import { publishTimingProblem } from '@/core/rules/timing'
import { agendaVerdict, liveAgendaFromFormState, type FlatFormState } from '@/core/curriculum/liveAgenda'

function formState(activities: Array<{ title: string; minutes: unknown; blockType?: string }>): FlatFormState {
  const state: FlatFormState = { activities: { value: activities.length } }
  activities.forEach((activity, index) => {
    state[`activities.${index}.title`] = { value: activity.title }
    state[`activities.${index}.minutes`] = { value: activity.minutes }
    state[`activities.${index}.blockType`] = { value: activity.blockType ?? 'groupDiscussion' }
  })
  return state
}

describe('live agenda', () => {
  test('start times run on from each activity, and the total is checked against the duration', () => {
    const live = liveAgendaFromFormState(
      formState([
        { title: 'Bienvenida', minutes: 15 },
        { title: 'Trabajo temático', minutes: 75 },
        { title: 'Cierre', minutes: 50 },
      ]),
      150,
    )
    expect(live.rows.map((row) => [row.title, row.start, row.minutes])).toEqual([
      ['Bienvenida', '0:00', 15],
      ['Trabajo temático', '0:15', 75],
      ['Cierre', '1:30', 50],
    ])
    expect(live).toMatchObject({ totalMinutes: 140, durationMinutes: 150, difference: -10, balanced: false })
    expect(agendaVerdict(live, 'es')).toBe('140 de 150 minutos: faltan 10.')
    expect(agendaVerdict(live, 'en')).toBe('140 of 150 minutes: 10 missing.')
  })

  test('adding the missing activity turns it balanced, exactly when the server would publish it', () => {
    const activities = [
      { title: 'Bienvenida', minutes: 15 },
      { title: 'Trabajo temático', minutes: 75 },
      { title: 'Cierre', minutes: 50 },
    ]
    expect(liveAgendaFromFormState(formState(activities), 150).balanced).toBe(false)
    expect(publishTimingProblem({ activities, durationMinutes: 150 })).not.toBeNull()
    const completed = [...activities, { title: 'Pausa', minutes: 10 }]
    const live = liveAgendaFromFormState(formState(completed), 150)
    expect(live.balanced).toBe(true)
    expect(publishTimingProblem({ activities: completed, durationMinutes: 150 })).toBeNull()
    expect(agendaVerdict(live, 'en')).toBe('150 of 150 minutes: ready to publish.')
  })

  test('too many minutes say how many are over', () => {
    const live = liveAgendaFromFormState(formState([{ title: 'Larga', minutes: 160 }]), 150)
    expect(agendaVerdict(live, 'es')).toBe('160 de 150 minutos: sobran 10.')
  })

  test('minutes typed as text count; missing, zero, negative or fractional minutes are flagged and count as 0', () => {
    const live = liveAgendaFromFormState(
      formState([
        { title: 'a', minutes: '20' },
        { title: 'b', minutes: null },
        { title: 'c', minutes: 0 },
        { title: 'd', minutes: -5 },
        { title: 'e', minutes: 2.5 },
      ]),
      150,
    )
    expect(live.totalMinutes).toBe(20)
    expect(live.invalidRows).toEqual([1, 2, 3, 4])
    expect(live.rows[1].start).toBe('0:20')
  })

  test('an empty agenda shows the whole duration missing', () => {
    const live = liveAgendaFromFormState({}, 120)
    expect(live.rows).toEqual([])
    expect(agendaVerdict(live, 'en')).toBe('0 of 120 minutes: 120 missing.')
  })
})
