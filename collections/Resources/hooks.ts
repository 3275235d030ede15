import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest, ValidationError } from 'payload'

import { DEFAULT_LOCALE, localeCodes } from '@/core/locales'
import { idOf } from '@/core/rules/ids'
import { missingForPublishing, resourceGaps, type ResourceForPublishing } from '@/core/media/publishReadiness'
import { keepingRequestLocale } from '@collections/hooks/keepRequestLocale'
import { refusalLanguage } from '@collections/hooks/language'

const ENFORCE = 'enforceResourcePublishGates'

/**
 * Publish gates bind every request made on someone's behalf (REST, GraphQL, the admin, the Local
 * API with overrideAccess: false). Trusted server code that overrides access (seed, fixtures,
 * data repairs) is exempt, as it is from access control.
 */
export const notePublishGateEnforcement: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'create' || operation === 'update') req.context[ENFORCE] = overrideAccess !== true
  return args
}

/** Alt text of an image media doc per locale (all locales), or null when it cannot be read. */
export async function imageAltOf(req: PayloadRequest, fileId: string | number): Promise<Record<string, string | null | undefined> | null> {
  const media = await keepingRequestLocale(req, () =>
    req.payload.findByID({ collection: 'media', id: fileId, locale: 'all', depth: 0, overrideAccess: true, req }).catch(() => null),
  )
  if (!media) return null
  const alt = (media as { alt?: unknown }).alt
  return alt && typeof alt === 'object' ? (alt as Record<string, string>) : { [DEFAULT_LOCALE]: typeof alt === 'string' ? alt : null }
}

/** Spanish plus the resource's other known content languages: where alt text is needed. */
export function requiredLocalesOf(languages: readonly string[] | null | undefined): string[] {
  const known = new Set(localeCodes())
  return [DEFAULT_LOCALE, ...(languages ?? []).filter((code) => known.has(code) && code !== DEFAULT_LOCALE)]
}

/** Stores what the resource list filters by: caption languages, missing Spanish captions, missing alt text. */
export const recordResourceGaps: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as ResourceForPublishing
  const fileId = idOf(merged.file)
  const imageAlt = merged.kind === 'image' && fileId !== null ? await imageAltOf(req, fileId) : null
  Object.assign(data, resourceGaps(merged, imageAlt, requiredLocalesOf(merged.languages)))
  return data
}

/** Refuses to publish a resource that lacks licence, credit, Spanish captions or alt text. */
export const requireWhatPublishingNeeds: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.context[ENFORCE]) return data
  const merged = { ...(originalDoc ?? {}), ...data } as ResourceForPublishing & { _status?: string }
  if (merged._status !== 'published') return data

  let imageAlt: Record<string, string | null | undefined> | null | undefined
  const fileId = idOf(merged.file)
  if (merged.audience === 'participant' && merged.kind === 'image' && fileId !== null) {
    imageAlt = (await imageAltOf(req, fileId)) ?? { [DEFAULT_LOCALE]: null }
  }
  const required = requiredLocalesOf(merged.languages)
  const missing = missingForPublishing(merged, imageAlt, required, refusalLanguage(req))
  if (missing.length > 0) {
    // With its path, each message is marked at its field. The toast says every reason itself:
    // Payload's "the following fields are invalid: …" named the fields but not what they lack, and
    // an array field (the captions) shows no message at all once the form refreshes its state.
    const error = new ValidationError({ collection: 'resources', errors: missing.map(({ path, label, message }) => ({ path, label, message })), req }, req.t)
    error.message = missing.map(({ message }) => message).join(' ')
    throw error
  }
  return data
}

/**
 * Alt text is written on the media doc, often after the resource exists: when it changes, the
 * resources showing that image are saved again as they are (a draft stays a draft, a published
 * one stays published), so `recordResourceGaps` refreshes their "missing alt text" flag.
 */
export async function refreshAltGapsOfResourcesUsing(req: PayloadRequest, mediaId: string | number): Promise<void> {
  const { payload } = req
  const using = (
    await payload.find({
      collection: 'resources',
      where: { and: [{ file: { equals: mediaId } }, { kind: { equals: 'image' } }] },
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs as Array<Record<string, any>>
  if (!using.length) return
  const { locale, fallbackLocale } = req
  const imageAlt = await imageAltOf(req, mediaId)
  for (const resource of using) {
    const { missingAltText } = resourceGaps(resource, imageAlt, requiredLocalesOf(resource.languages))
    if (Boolean(resource.missingAltText) === missingAltText) continue
    const draft = resource._status !== 'published'
    await payload.update({
      collection: 'resources',
      id: resource.id,
      data: { _status: draft ? 'draft' : 'published' } as any,
      draft,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  req.locale = locale
  req.fallbackLocale = fallbackLocale
}
