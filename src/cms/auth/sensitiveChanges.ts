/**
 * Changing an account's password or email asks for the current password of the person making
 * the change, and ends the account's other sessions.
 *
 * Before, `PATCH /api/users/<id>` with a token alone changed both: a stolen token (a shared
 * computer, a leaked log) was enough to take the account over for good. Now:
 * - through the API, the admin and GraphQL (any request made by a user), a change of `password`
 *   or `email` needs `currentPassword`: the password of whoever is signed in (an admin changing
 *   someone else's account confirms with her own). Wrong or missing: 400 on that field, nothing
 *   saved. Server code without a user (the seed, scripts) is not asked.
 * - a new password ends every other session of the account (Payload does that itself, keeping
 *   the session that made the change when it is the account's own); a new email does the same
 *   here. Old tokens then stop working (within USER_CACHE_TTL_MS on other app instances).
 */
import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload'

import { passwordMatches } from './passwordCheck'

export const CURRENT_PASSWORD_FIELD = 'currentPassword'

/** A field never stored nor returned: where the admin and API clients put the current password. */
export const currentPasswordField: Field = {
  name: CURRENT_PASSWORD_FIELD,
  type: 'text',
  virtual: true,
  label: { es: 'Contraseña actual', en: 'Current password' },
  access: { read: () => false },
  admin: {
    condition: (_data, _siblingData, { operation }) => operation === 'update',
    components: { Field: '/src/ui/admin/CurrentPasswordField#CurrentPasswordField' },
    description: {
      es: 'Necesaria para cambiar la contraseña o el correo (la suya, si cambia la cuenta de otra persona).',
      en: "Needed to change the password or the email (your own, when you change someone else's account).",
    },
  },
}

const sameEmail = (a: unknown, b: unknown) => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase()

export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const current = data?.[CURRENT_PASSWORD_FIELD]
  if (data && CURRENT_PASSWORD_FIELD in data) delete data[CURRENT_PASSWORD_FIELD]
  if (operation !== 'update' || !req.user) return data

  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = 'email' in data && !sameEmail(data.email, originalDoc?.email)
  if (!changesPassword && !changesEmail) return data

  const actor = await req.payload.db.findOne({
    collection: req.user.collection,
    where: { id: { equals: req.user.id } },
    req,
  })
  if (!(await passwordMatches(typeof current === 'string' ? current : '', (actor ?? {}) as { hash?: unknown; salt?: unknown }))) {
    const what = changesPassword && changesEmail ? 'the password and the email' : changesPassword ? 'the password' : 'the email'
    const message = current
      ? `The current password is not right: ${what} of this account did not change.`
      : `To change ${what}, give your current password (${CURRENT_PASSWORD_FIELD}).`
    const error = new ValidationError({ collection: collection.slug, errors: [{ path: CURRENT_PASSWORD_FIELD, message }], req })
    error.message = message
    throw error
  }

  // A new password ends the other sessions in Payload's own update; a new email here.
  if (changesEmail && !changesPassword) {
    const ownSession = String(req.user.id) === String(originalDoc?.id) ? (req.user as { _sid?: string })._sid : undefined
    const sessions = Array.isArray(originalDoc?.sessions) ? originalDoc.sessions : []
    data.sessions = ownSession ? sessions.filter((session: { id?: string }) => session?.id === ownSession) : []
  }
  return data
}
