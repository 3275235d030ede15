import { describe, expect, it } from 'vitest'

import { aggregateEvaluation, quarterOf, suppress, type DeliveredSessionRecord, type EvaluationGroupRecord } from '@/core/evaluation/aggregate'
import { evaluationCsv } from '@/core/evaluation/csv'

const group = (id: string, extra: Partial<EvaluationGroupRecord> = {}): EvaluationGroupRecord => ({
  id,
  state: 'yucatan',
  track: 'men',
  startDate: '2026-01-15T12:00:00.000Z',
  delivery: 'in-person',
  ...extra,
})
const sessionsOf = (groupId: string, present: number[], month = '02'): DeliveredSessionRecord[] =>
  present.map((n, i) => ({ group: groupId, date: `2026-${month}-${String(i + 1).padStart(2, '0')}`, present: n }))

describe('evaluation in aggregate', () => {
  it('puts each date in its calendar quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-T1')
    expect(quarterOf('2026-03-31T23:00:00.000Z')).toBe('2026-T1')
    expect(quarterOf('2026-04-01')).toBe('2026-T2')
    expect(quarterOf('2026-12-31')).toBe('2026-T4')
    expect(quarterOf('not a date')).toBeNull()
  })

  it('suppresses counts of people from 1 to 4 and shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 37].map((n) => suppress(n))).toEqual([0, null, null, 5, 37])
  })

  it('counts groups, sessions, attendances and closes by state, track and quarter', () => {
    const groups = [
      group('a', { closedOn: '2026-06-20', attended1to12: 9, attended13plus: 6 }),
      group('b', { delivery: 'online' }),
      group('c', { state: 'sonora', track: 'women', startDate: '2026-04-02' }),
    ]
    const sessions = [...sessionsOf('a', [8, 7, 6]), ...sessionsOf('b', [5]), ...sessionsOf('c', [6, 6], '05')]
    const rows = aggregateEvaluation(groups, sessions)
    expect(rows).toEqual([
      { quarter: '2026-T1', state: 'yucatan', track: 'men', groupsOpened: 2, groupsInPerson: 1, groupsOnline: 1, sessionsDelivered: 4, attendances: 26, groupsClosed: 0, attended1to12: 0, attended13plus: 0 },
      { quarter: '2026-T2', state: 'sonora', track: 'women', groupsOpened: 1, groupsInPerson: 1, groupsOnline: 0, sessionsDelivered: 2, attendances: 12, groupsClosed: 0, attended1to12: 0, attended13plus: 0 },
      { quarter: '2026-T2', state: 'yucatan', track: 'men', groupsOpened: 0, groupsInPerson: 0, groupsOnline: 0, sessionsDelivered: 0, attendances: 0, groupsClosed: 1, attended1to12: 9, attended13plus: 6 },
    ])
  })

  it('never lets a count of people under 5 out, in the rows or the CSV', () => {
    const groups = [group('a', { closedOn: '2026-03-20', attended1to12: 7, attended13plus: 3 }), group('b', { state: 'colima' })]
    const sessions = [...sessionsOf('a', [7]), ...sessionsOf('b', [2, 1])]
    const rows = aggregateEvaluation(groups, sessions)
    const yucatan = rows.find((row) => row.state === 'yucatan')!
    const colima = rows.find((row) => row.state === 'colima')!
    expect(yucatan.attended1to12).toBe(7)
    expect(yucatan.attended13plus).toBeNull()
    expect(colima.attendances).toBeNull()
    // No total of the two bands, nor any margin, from which the suppressed one could be recovered.
    expect(Object.keys(yucatan)).not.toContain('participants')
    const csv = evaluationCsv(rows, {
      headings: { quarter: 'q', state: 's', track: 't', groupsOpened: 'go', groupsInPerson: 'gi', groupsOnline: 'gl', sessionsDelivered: 'sd', attendances: 'at', groupsClosed: 'gc', attended1to12: 'a1', attended13plus: 'a13' },
      state: (code) => code,
      track: (id) => id,
    })
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('q,s,t,go,gi,gl,sd,at,gc,a1,a13')
    expect(lines).toContain('2026-T1,colima,men,1,1,0,2,<5,0,0,0')
    expect(lines).toContain('2026-T1,yucatan,men,1,1,0,1,7,1,7,<5')
    // The hidden values (3 participants, 3 attendances in Colima) appear nowhere.
    for (const line of lines.slice(1)) expect(line.split(',').slice(7)).not.toContain('3')
  })

  it('filters whole rows only: a state, a track, a range of quarters', () => {
    const groups = [group('a'), group('b', { state: 'colima', startDate: '2026-07-01' }), group('c', { track: 'women', startDate: '2026-10-01' })]
    expect(aggregateEvaluation(groups, [], { state: 'colima' }).map((r) => r.state)).toEqual(['colima'])
    expect(aggregateEvaluation(groups, [], { track: 'women' }).map((r) => r.quarter)).toEqual(['2026-T4'])
    expect(aggregateEvaluation(groups, [], { fromQuarter: '2026-T2', toQuarter: '2026-T3' }).map((r) => r.quarter)).toEqual(['2026-T3'])
  })

  it('writes a formula-looking track name as text in the CSV', () => {
    const rows = aggregateEvaluation([group('a')], [])
    const csv = evaluationCsv(rows, {
      headings: { quarter: 'q', state: 's', track: 't', groupsOpened: 'go', groupsInPerson: 'gi', groupsOnline: 'gl', sessionsDelivered: 'sd', attendances: 'at', groupsClosed: 'gc', attended1to12: 'a1', attended13plus: 'a13' },
      state: (code) => code,
      track: () => '=HYPERLINK("x")',
    })
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })
})
