/**
 * The facilitator's own evaluation records, read as her (collections/access/evaluation.ts lets
 * her read only what she recorded).
 */
import type { Payload } from 'payload'

import type { User } from '@payload-types'
import { idOf } from '@/core/rules/ids'

export interface OwnGroup {
  id: string
  track: string
  state: string
  startDate: string
  delivery: string
  closedOn: string | null
  sessionsRecorded: number
  /** The next session number to suggest: one after the highest recorded. */
  nextSession: number
}

export async function evaluationGroupsOf(payload: Payload, user: User): Promise<OwnGroup[]> {
  const asHer = { overrideAccess: false, user, depth: 0, limit: 0, pagination: false } as const
  const [groups, sessions] = await Promise.all([
    payload.find({ collection: 'evaluation-groups', ...asHer, sort: '-startDate' }),
    payload.find({ collection: 'evaluation-sessions', ...asHer, select: { group: true, sessionNumber: true } }),
  ])
  return groups.docs.map((group) => {
    const own = sessions.docs.filter((session) => String(idOf(session.group)) === String(group.id))
    return {
      id: String(group.id),
      track: String(idOf(group.track)),
      state: String(group.state),
      startDate: String(group.startDate).slice(0, 10),
      delivery: String(group.delivery),
      closedOn: group.closedOn ? String(group.closedOn).slice(0, 10) : null,
      sessionsRecorded: own.length,
      nextSession: Math.max(0, ...own.map((session) => Number(session.sessionNumber) || 0)) + 1,
    }
  })
}
