import type { CollectionBeforeOperationHook, CollectionConfig, RequestContext } from 'payload'

/**
 * Which saves wrote a draft version only, leaving the published document as it was.
 *
 * Payload saves a draft without touching the main document when the operation is given
 * `draft: true`, the collection has drafts, and the data does not publish (`_status` is not
 * 'published'): the rule of its `updateDocument` (payload 3, collections/operations/utilities/
 * update.js, `isSavingDraft`), mirrored here. Such a save changes nothing that facilitators or
 * the public read (published content only), so the copies of published answers may stay
 * (src/cms/reads/answerCache.ts); what the curriculum team reads (drafts) is forgotten as always.
 *
 * The afterChange hooks do not receive the `draft` argument, so this beforeOperation hook notes it
 * on the request's context, per collection and document.
 */
const KEY = 'reeducaDraftOnlySaves'

type Noted = Set<string>
const noted = (context: RequestContext): Noted => ((context[KEY] as Noted | undefined) ??= new Set())
const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

const hasDrafts = (collection: CollectionConfig) => Boolean(typeof collection.versions === 'object' && collection.versions?.drafts)

export const noteDraftOnlySave: CollectionBeforeOperationHook = ({ args, collection, context, operation }) => {
  const id = (args as { id?: unknown }).id
  // A bulk update (by `where`) is never taken for a draft-only save.
  if (id === undefined || id === null) return args
  if (operation !== 'update') {
    // Anything else done to the document in this request (a version restored, a deletion) is not one.
    noted(context).delete(keyOf(collection.slug, id))
    return args
  }
  const data = (args as { data?: { _status?: unknown } }).data
  const draftOnly = Boolean((args as { draft?: unknown }).draft) && hasDrafts(collection) && data?._status !== 'published'
  if (draftOnly) noted(context).add(keyOf(collection.slug, id))
  else noted(context).delete(keyOf(collection.slug, id))
  return args
}

/** Whether this afterChange follows a save that wrote a draft version only. */
export function savedDraftOnly({ collection, context, doc, operation }: { collection: CollectionConfig; context: RequestContext; doc: { id?: unknown; _status?: unknown }; operation: string }): boolean {
  if (operation !== 'update' || doc?._status !== 'draft') return false
  return ((context[KEY] as Noted | undefined) ?? new Set()).has(keyOf(collection.slug, doc.id))
}
