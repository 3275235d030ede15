/**
 * Reordering the sessions of a track: the list a client sends must be exactly the track's sessions,
 * each once; they are then numbered 1..n in that order. Renumbering goes through temporary numbers
 * above every current and final number, so the unique (track, number) index never sees a clash.
 */
type ID = number | string

export type SessionOrderCheck =
  | { ok: true; order: string[] }
  | { ok: false; message: string }

/** Validates `given` (the new order) against the IDs of the track's sessions. */
export function checkSessionOrder(given: unknown, trackSessionIds: readonly ID[]): SessionOrderCheck {
  if (!Array.isArray(given)) return { ok: false, message: 'Send {"sessions": [...]} with the IDs of the track’s sessions in their new order.' }
  const bad = given.filter((id) => !((typeof id === 'string' && id.trim() !== '') || (typeof id === 'number' && Number.isFinite(id))))
  if (bad.length) return { ok: false, message: `Session IDs must be numbers or text; got ${bad.map((id) => JSON.stringify(id)).join(', ')}.` }
  const order = given.map(String)
  const seen = new Set<string>()
  const repeated = [...new Set(order.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))]
  const known = new Set(trackSessionIds.map(String))
  const unknown = order.filter((id) => !known.has(id))
  const missing = [...known].filter((id) => !seen.has(id))
  const problems: string[] = []
  if (unknown.length) problems.push(`not sessions of this track: ${unknown.join(', ')}`)
  if (missing.length) problems.push(`missing sessions of this track: ${missing.join(', ')}`)
  if (repeated.length) problems.push(`listed more than once: ${repeated.join(', ')}`)
  if (problems.length) return { ok: false, message: `The new order must list every session of the track exactly once (${problems.join('; ')}).` }
  return { ok: true, order }
}

export interface RenumberStep {
  id: string
  number: number
}

/**
 * The writes that take sessions from `current` numbers to 1..n in `order`: first every session to a
 * temporary number above all current and final ones, then each to its final number. Sessions
 * already in place are not moved.
 */
export function renumberPlan(order: readonly string[], current: ReadonlyMap<string, number | null | undefined>): { temporary: RenumberStep[]; final: RenumberStep[] } {
  const moving = order.map((id, index) => ({ id, number: index + 1 })).filter(({ id, number }) => current.get(id) !== number)
  const highest = Math.max(order.length, ...[...current.values()].map((n) => (typeof n === 'number' ? n : 0)))
  return {
    temporary: moving.map(({ id }, index) => ({ id, number: highest + 1 + index })),
    final: moving,
  }
}
