import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { DEFAULT_LOCALE, localeCodes } from '../../src/config/locales'
import { missingForPublishing, type ResourceForPublishing } from '../../src/media/publishReadiness'

const ENFORCE = 'enforceResourcePublishGates'

const idOf = (value: unknown): string | number | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/**
 * Publish gates bind every request made on someone's behalf (REST, GraphQL, the admin, the Local
 * API with overrideAccess: false). Trusted server code that overrides access (seed, fixtures,
 * data repairs) is exempt, as it is from access control.
 */
export const notePublishGateEnforcement: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'create' || operation === 'update') req.context[ENFORCE] = overrideAccess !== true
  return args
}

/** Refuses to publish a resource that lacks licence, credit, Spanish captions or alt text. */
export const requireWhatPublishingNeeds: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.context[ENFORCE]) return data
  const merged = { ...(originalDoc ?? {}), ...data } as ResourceForPublishing & { _status?: string }
  if (merged._status !== 'published') return data

  let imageAlt: Record<string, string | null | undefined> | null | undefined
  const fileId = idOf(merged.file)
  if (merged.audience === 'participant' && merged.kind === 'image' && fileId !== undefined) {
    const media = await req.payload
      .findByID({ collection: 'media', id: fileId, locale: 'all', depth: 0, overrideAccess: true, req })
      .catch(() => null)
    const alt = (media as { alt?: unknown } | null)?.alt
    imageAlt = alt && typeof alt === 'object' ? (alt as Record<string, string>) : { [DEFAULT_LOCALE]: typeof alt === 'string' ? alt : null }
  }
  const known = new Set(localeCodes())
  const required = [DEFAULT_LOCALE, ...(merged.languages ?? []).filter((code) => known.has(code) && code !== DEFAULT_LOCALE)]
  const missing = missingForPublishing(merged, imageAlt, required)
  if (missing.length > 0) {
    throw new ValidationError({ collection: 'resources', errors: missing.map(({ path, message }) => ({ path, message })) }, req.t)
  }
  return data
}
