import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { MAX_JSON_DEPTH } from '@/core/rules/inputLimits'
import { inRequestLanguage } from './language'

/** Whether a value nests arrays and objects deeper than `limit` (iterative: no stack to overflow). */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop()!
    if (!current || typeof current !== 'object') continue
    if (depth + 1 > limit) return true
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1])
  }
  return false
}

/**
 * Data nested deeper than any document here is refused with 400 before Payload copies it
 * (its deep copy is recursive: 100,000 levels overflowed the stack, a 500). The request guard
 * (src/server/requestGuard.ts) already refuses such JSON bodies; this catches the JSON in a
 * multipart upload's `_payload` field, which the guard cannot read without buffering the file.
 */
export const refuseDeepData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && deeperThan(args.data, MAX_JSON_DEPTH)) {
    const message = inRequestLanguage(req, {
      es: `Los datos tienen más de ${MAX_JSON_DEPTH} niveles de anidación, más de lo que necesita cualquier documento aquí; no se guardó nada.`,
      en: `The data is nested deeper than ${MAX_JSON_DEPTH} levels, which no document here needs; nothing was saved.`,
    })
    throw new APIError(message, 400, null, true)
  }
  return args
}

/** The collection with refuseDeepData first among its beforeOperation hooks. */
export const withDataDepthLimit = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [refuseDeepData, ...(collection.hooks?.beforeOperation ?? [])] },
})
