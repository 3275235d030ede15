import type { Access, CollectionBeforeOperationHook, FieldHook, PayloadRequest } from 'payload'

import { idOf } from '@/core/rules/ids'
import { canRecordEvaluation } from '@/core/rules/roles'

/**
 * Evaluation records (issue 20, part 3) hold counts per group and session, never a name. Who
 * reads them one by one: only the facilitator who recorded them (she was in the room). Everyone
 * else, coordinators included, sees them only through the aggregate table with small counts
 * suppressed (src/core/evaluation/aggregate.ts), read by server code with overrideAccess.
 */
export function ownRecords(field: 'openedBy' | 'recordedBy'): Access {
  return ({ req: { user } }) => (user && canRecordEvaluation(user as never) ? { [field]: { equals: user.id } } : false)
}

/** Facilitators may record; whether the track or group is theirs is checked on the data (below). */
export const evaluationRecorders: Access = ({ req: { user } }) => canRecordEvaluation(user as never)

const ENFORCE = 'enforceEvaluationScope'

/**
 * Scope checks bind every request made on someone's behalf (REST, GraphQL, the portal, the Local
 * API with overrideAccess: false); trusted server code that overrides access (seed, fixtures) is
 * exempt, as it is from access control.
 */
export const noteEvaluationScopeEnforcement: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'create' || operation === 'update') req.context[ENFORCE] = overrideAccess !== true
  return args
}

export const enforcingEvaluationScope = (req: PayloadRequest): boolean => req.context[ENFORCE] === true

/** The signed-in account, set on create and never changed afterwards (whatever the data says). */
export const recorderOnCreate: FieldHook = ({ operation, originalDoc, req, value, field }) => {
  if (operation === 'create') return req.user && enforcingEvaluationScope(req) ? req.user.id : (value ?? req.user?.id ?? null)
  return idOf((originalDoc as Record<string, unknown> | undefined)?.[(field as { name: string }).name]) ?? value ?? null
}
