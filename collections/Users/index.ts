import type { Access, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { ROLE_LABELS, ROLES, isAdmin } from '@/core/rules/roles'
import { adminFieldOnly, admins } from '@collections/access/roles'
import { cachedLocalJWT, forgetUserAfterChange, forgetUserAfterDelete, forgetUserAfterLogout } from '@/cms/auth/cachedUserLookup'
import { currentPasswordField, requireCurrentPassword } from '@/cms/auth/sensitiveChanges'
import { limitSignIns, rememberSignIn } from '@/cms/auth/signInLimits'

/** Admins see everyone; anyone else only their own account. */
const adminsOrSelf: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return user ? { id: { equals: user.id } } : false
}

/**
 * An account always has a name to be shown by (lists, review history, "by" of a release): one
 * left empty becomes the part of the email before the @, which its owner or an admin can change.
 */
const nameFromEmail: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const name = typeof data.name === 'string' ? data.name.trim() : (data.name === undefined ? originalDoc?.name : '')
  const email = String(data.email ?? originalDoc?.email ?? '')
  if (!name && email.includes('@')) data.name = email.slice(0, email.indexOf('@'))
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { es: 'Usuaria/o', en: 'User' },
    plural: { es: 'Usuarias y usuarios', en: 'Users' },
  },
  auth: {
    // No lock per account: it locked the owner out too, and anyone could trigger it. Failed
    // sign-ins are limited per address and per account instead (src/cms/auth/signInLimits.ts).
    maxLoginAttempts: 0,
    // Payload's own interval between reset emails writes outside the operation's transaction
    // while holding it, which SQLite cannot do; the reset-email limits in signInLimits.ts replace it.
    forgotPassword: { minRequestInterval: 0 },
    tokenExpiration: 8 * 60 * 60,
    // The login cookie travels over https only when the public URL is https (a production
    // instance); a local trial on http://localhost keeps working. SameSite=Lax: never sent on
    // another site's form posts or fetches.
    cookies: { secure: /^https:\/\//i.test(process.env.SERVER_URL ?? ''), sameSite: 'Lax' },
    // Payload's JWT check with the user's record cached for a few seconds (see the file).
    strategies: [cachedLocalJWT],
  },
  hooks: {
    beforeValidate: [nameFromEmail],
    beforeOperation: [limitSignIns],
    afterLogin: [rememberSignIn],
    // A new password or email needs the current password, and ends the other sessions.
    beforeChange: [requireCurrentPassword],
    afterChange: [forgetUserAfterChange],
    afterDelete: [forgetUserAfterDelete],
    afterLogout: [forgetUserAfterLogout],
  },
  admin: {
    // People are named by their names (kept filled: nameFromEmail), not by their email.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'tracks'],
    group: { es: 'Administración', en: 'Administration' },
    // Only admins manage accounts; everyone else reaches theirs from the account menu.
    hidden: ({ user }) => !isAdmin(user as { roles?: string[] }),
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user && Array.isArray(user.roles) && user.roles.length > 0),
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
    // POST /api/users/unlock lifts a lock (default: any signed-in user could, for any account).
    unlock: admins,
  },
  fields: [
    { name: 'name', type: 'text', label: { es: 'Nombre', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['facilitator'],
      label: { es: 'Roles', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: adminFieldOnly, update: adminFieldOnly },
      saveToJWT: true,
    },
    {
      name: 'tracks',
      type: 'relationship',
      relationTo: 'tracks',
      hasMany: true,
      label: { es: 'Líneas asignadas', en: 'Assigned tracks' },
      admin: {
        description: {
          es: 'Para facilitación: limita el acceso a estas líneas. Vacío = todas.',
          en: 'For facilitators: limits access to these tracks. Empty = all tracks.',
        },
      },
      access: { create: adminFieldOnly, update: adminFieldOnly },
      saveToJWT: true,
    },
    currentPasswordField,
  ],
}
