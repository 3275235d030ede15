/**
 * The programme's evaluation in aggregate (issue 20, part 3): groups opened, sessions delivered
 * with the people present, and at a group's close how many participants attended 1–12 and 13 or
 * more sessions (the indicators of Valdez-Santiago et al., Salud Pública Méx 57(6), 2015). Plain
 * code: the collections hold counts per group and session, never a name; this turns them into
 * the only thing a coordinator ever sees, a table by state, track and quarter with small counts
 * suppressed.
 *
 * Suppression rule. A count of people (attendances, participants by attendance band) between 1
 * and SUPPRESSION_THRESHOLD − 1 is never shown: it becomes `null` ("fewer than 5"). Five is the
 * rule of thumb public-health agencies use for tables of small areas (cells of 1 to 4 are
 * withheld): in a town with one group, "3 men attended 13 or more sessions" points at people
 * the neighbours know. Zero is shown (it names nobody). Counts of groups and of sessions are the
 * teams' own activity, not people, and are shown as they are.
 *
 * Why one partition and no totals. A suppressed cell can be recovered by subtraction from any
 * second way of cutting the same counts: a row or column total, a national line, a year next to
 * its quarters, a date range that ends mid-quarter. So the table has exactly one cut — state ×
 * track × calendar quarter — every filter only picks whole rows of it, and no total, subtotal or
 * other granularity is computed anywhere. Within a row, the two attendance bands are never
 * summed either (their sum and one band would give the other).
 */

export const SUPPRESSION_THRESHOLD = 5

export const DELIVERY_MODES = ['in-person', 'online'] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]

export interface EvaluationGroupRecord {
  id: string
  state: string
  track: string
  /** ISO date (or date-time) the group opened. */
  startDate: string
  delivery: DeliveryMode | string
  /** ISO date of the close, when the group closed. */
  closedOn?: string | null
  attended1to12?: number | null
  attended13plus?: number | null
}

export interface DeliveredSessionRecord {
  group: string
  /** ISO date the session was held. */
  date: string
  present: number
}

/** A count of people as it may be shown: a number (0 or at least the threshold) or null (suppressed). */
export type ShownCount = number | null

export interface EvaluationRow {
  state: string
  track: string
  /** Calendar quarter, e.g. "2026-T1" (trimestre; the same key in both languages). */
  quarter: string
  groupsOpened: number
  groupsInPerson: number
  groupsOnline: number
  sessionsDelivered: number
  /** People present, summed over the sessions delivered (person-sessions). */
  attendances: ShownCount
  groupsClosed: number
  attended1to12: ShownCount
  attended13plus: ShownCount
}

export interface EvaluationFilter {
  state?: string | null
  track?: string | null
  /** First and last quarter to include, inclusive ("2026-T1"): whole rows of the one partition. */
  fromQuarter?: string | null
  toQuarter?: string | null
}

const QUARTER = /^(\d{4})-T([1-4])$/

/** The calendar quarter of an ISO date, read from its date part (no time zone shifts). */
export function quarterOf(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-\d{2}/.exec(String(isoDate))
  if (!match) return null
  const month = Number(match[2])
  if (month < 1 || month > 12) return null
  return `${match[1]}-T${Math.ceil(month / 3)}`
}

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value)
}

/** The value a coordinator may see for a count of people. */
export function suppress(count: number, threshold = SUPPRESSION_THRESHOLD): ShownCount {
  if (!Number.isFinite(count) || count <= 0) return 0
  return count < threshold ? null : count
}

interface Tally {
  state: string
  track: string
  quarter: string
  groupsOpened: number
  groupsInPerson: number
  groupsOnline: number
  sessionsDelivered: number
  attendances: number
  groupsClosed: number
  attended1to12: number
  attended13plus: number
}

const whole = (value: unknown): number => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

/**
 * The table, one row per state × track × quarter that has anything, sorted by quarter, state and
 * track; people counts already suppressed. Raw tallies never leave this function.
 */
export function aggregateEvaluation(
  groups: readonly EvaluationGroupRecord[],
  sessions: readonly DeliveredSessionRecord[],
  filter: EvaluationFilter = {},
  threshold = SUPPRESSION_THRESHOLD,
): EvaluationRow[] {
  const tallies = new Map<string, Tally>()
  const inFilter = (state: string, track: string, quarter: string) =>
    (!filter.state || filter.state === state) &&
    (!filter.track || filter.track === track) &&
    (!isQuarter(filter.fromQuarter) || quarter >= filter.fromQuarter) &&
    (!isQuarter(filter.toQuarter) || quarter <= filter.toQuarter)
  const tally = (state: string, track: string, quarter: string | null): Tally | null => {
    if (!quarter || !inFilter(state, track, quarter)) return null
    const key = JSON.stringify([state, track, quarter])
    let row = tallies.get(key)
    if (!row) {
      row = { state, track, quarter, groupsOpened: 0, groupsInPerson: 0, groupsOnline: 0, sessionsDelivered: 0, attendances: 0, groupsClosed: 0, attended1to12: 0, attended13plus: 0 }
      tallies.set(key, row)
    }
    return row
  }

  const byId = new Map<string, EvaluationGroupRecord>()
  for (const group of groups) {
    byId.set(String(group.id), group)
    const opened = tally(group.state, group.track, quarterOf(group.startDate))
    if (opened) {
      opened.groupsOpened += 1
      if (group.delivery === 'online') opened.groupsOnline += 1
      else opened.groupsInPerson += 1
    }
    if (group.closedOn) {
      const closed = tally(group.state, group.track, quarterOf(group.closedOn))
      if (closed) {
        closed.groupsClosed += 1
        closed.attended1to12 += whole(group.attended1to12)
        closed.attended13plus += whole(group.attended13plus)
      }
    }
  }
  for (const session of sessions) {
    const group = byId.get(String(session.group))
    if (!group) continue
    const row = tally(group.state, group.track, quarterOf(session.date))
    if (!row) continue
    row.sessionsDelivered += 1
    row.attendances += whole(session.present)
  }

  return [...tallies.values()]
    .sort((a, b) => a.quarter.localeCompare(b.quarter) || a.state.localeCompare(b.state) || a.track.localeCompare(b.track))
    .map((row) => ({
      state: row.state,
      track: row.track,
      quarter: row.quarter,
      groupsOpened: row.groupsOpened,
      groupsInPerson: row.groupsInPerson,
      groupsOnline: row.groupsOnline,
      sessionsDelivered: row.sessionsDelivered,
      attendances: suppress(row.attendances, threshold),
      groupsClosed: row.groupsClosed,
      attended1to12: suppress(row.attended1to12, threshold),
      attended13plus: suppress(row.attended13plus, threshold),
    }))
}

/** The columns of the table and of its CSV, in order. */
export const EVALUATION_COLUMNS = [
  'quarter',
  'state',
  'track',
  'groupsOpened',
  'groupsInPerson',
  'groupsOnline',
  'sessionsDelivered',
  'attendances',
  'groupsClosed',
  'attended1to12',
  'attended13plus',
] as const
export type EvaluationColumn = (typeof EVALUATION_COLUMNS)[number]

/** How a suppressed count is written, in the table and the CSV. */
export const suppressedMark = (threshold = SUPPRESSION_THRESHOLD) => `<${threshold}`
