/**
 * Access to `payload-locked-documents`, the collection behind the admin's "being edited by…" locks.
 *
 * Payload adds that collection itself while it sanitizes the config, with "any signed-in user"
 * for every operation, and offers no option to change it. So any account, a facilitator's too,
 * could create a lock on any document (with any owner it liked, so that an admin's save answered
 * 423), and list or delete everyone's locks. Here, once the config is built, its access becomes:
 *
 * - create: nobody through the API. The admin creates locks itself on the server (through the
 *   database adapter, `handleFormStateLocking`), which access does not concern.
 * - read: the people who edit in the admin (draft readers) see every lock, which the admin needs
 *   to show "being edited by…"; anyone else only their own (a filter, not a refusal: the admin's
 *   document view reads locks without catching a 403).
 * - update: draft readers only, and only to take a lock over for themselves (the admin's "Take
 *   over" sends `{ user }`): the owner written is always the person asking, and the locked
 *   document never changes.
 * - delete: admins any lock; anyone else their own.
 */
import type { Access, CollectionBeforeChangeHook, SanitizedConfig, Where } from 'payload'

import { canReadDrafts, isAdmin } from '@/core/rules/roles'

export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'

const ownLocks = (user: { id: number | string }): Where => ({ 'user.value': { equals: user.id } })

export const readLocks: Access = ({ req: { user } }) => {
  if (!user) return false
  return canReadDrafts(user) ? true : ownLocks(user)
}

export const takeOverLocks: Access = ({ req: { user } }) => Boolean(user && canReadDrafts(user))

export const deleteLocks: Access = ({ req: { user } }) => {
  if (!user) return false
  return isAdmin(user) ? true : ownLocks(user)
}

/** The owner of a lock written through the API is whoever writes it; the locked document stays. */
export const lockBelongsToWriter: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || !req.user) return data
  return {
    ...data,
    document: originalDoc?.document,
    globalSlug: originalDoc?.globalSlug,
    user: { relationTo: req.user.collection, value: req.user.id },
  }
}

/** Applied to the built config (payload.config.ts): see the module comment. */
export function restrictLockedDocuments(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS_SLUG)
  if (!locks) return config
  locks.access = { ...locks.access, create: () => false, read: readLocks, update: takeOverLocks, delete: deleteLocks }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockBelongsToWriter] }
  return config
}
