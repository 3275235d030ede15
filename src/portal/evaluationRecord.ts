/**
 * One session's evaluation counts, saved as the signed-in facilitator (Local API,
 * overrideAccess: false: her own tracks, her own groups; collections/access/evaluation.ts). Used
 * by the form's server action (evaluation.ts) and by the route the offline queue replays.
 */
import type { Payload } from 'payload'

import type { User } from '@payload-types'
import { canRecordEvaluation } from '@/core/rules/roles'
import { findVisible } from './data'

const text = (value: unknown) => String(value ?? '').trim()
const count = (value: unknown) => (/^\d{1,4}$/.test(text(value)) ? Number(text(value)) : NaN)
const day = (value: unknown) => (/^\d{4}-\d{2}-\d{2}$/.test(text(value)) ? `${text(value)}T12:00:00.000Z` : '')

/**
 * A form sends every id as text; the database may key by number (SQLite, PostgreSQL) or by text,
 * and Payload refuses a relationship to "2" where the id is 2. So the id is taken from the
 * document she may read (null when she may not: the save is then refused).
 */
export async function ownGroupId(payload: Payload, user: User, id: string) {
  const group = id ? await findVisible<{ id: number | string }>(() => payload.findByID({ collection: 'evaluation-groups', id, depth: 0, overrideAccess: false, user })) : null
  return group?.id ?? null
}

/** Saves {group, sessionNumber, date, present}; false when refused (bad values, not hers). */
export async function recordSessionCounts(payload: Payload, user: User, fields: Record<string, unknown>): Promise<boolean> {
  if (!canRecordEvaluation(user)) return false
  const group = await ownGroupId(payload, user, text(fields.group))
  try {
    await payload.create({
      collection: 'evaluation-sessions',
      overrideAccess: false,
      user,
      data: { group, sessionNumber: count(fields.sessionNumber), date: day(fields.date), present: count(fields.present) } as never,
    })
    return true
  } catch {
    return false
  }
}
