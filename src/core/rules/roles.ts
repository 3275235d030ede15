/**
 * The contract's roles and what each may do (../shared/DESIGN.md, "Roles").
 * Plain predicates on a user-shaped value so that access rules, the portal and tests share them.
 */

export const ROLES = ['admin', 'curriculum-designer', 'trainer', 'reviewer', 'facilitator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { es: string; en: string }> = {
  admin: { es: 'Administración', en: 'Admin' },
  'curriculum-designer': { es: 'Diseño curricular', en: 'Curriculum designer' },
  trainer: { es: 'Formación (audiovisual)', en: 'Trainer' },
  reviewer: { es: 'Revisión', en: 'Reviewer' },
  facilitator: { es: 'Facilitación', en: 'Facilitator' },
}

/** Anything with roles: a Payload user, a JWT payload, a test double. */
export type RoleHolder = { roles?: readonly string[] | null } | null | undefined

export function hasAnyRole(user: RoleHolder, ...roles: Role[]): boolean {
  if (!user || !Array.isArray(user.roles)) return false
  return user.roles.some((role) => (roles as string[]).includes(role))
}

export const isAdmin = (user: RoleHolder): boolean => hasAnyRole(user, 'admin')

/** Sees drafts and version history of curriculum and resources. */
export const canReadDrafts = (user: RoleHolder): boolean =>
  hasAnyRole(user, 'admin', 'curriculum-designer', 'trainer', 'reviewer')

/** Writes and publishes programmes, tracks, modules, sessions, themes and services. */
export const canEditCurriculum = (user: RoleHolder): boolean =>
  hasAnyRole(user, 'admin', 'curriculum-designer')

/** Uploads media and creates or publishes resources. */
export const canManageResources = (user: RoleHolder): boolean =>
  hasAnyRole(user, 'admin', 'curriculum-designer', 'trainer')

/** Creates manual releases. */
export const canCreateReleases = (user: RoleHolder): boolean =>
  hasAnyRole(user, 'admin', 'curriculum-designer')

/**
 * Facilitator level or above: may read facilitator-only content (facilitator notes, safety notes,
 * facilitator instructions, facilitator-audience resources). Every contract role qualifies; an
 * account with no role, and anonymous readers, do not.
 */
export const isFacilitatorLevel = (user: RoleHolder): boolean => hasAnyRole(user, ...ROLES)

/**
 * Facilitators (and only them, among the roles) are limited to published content of the tracks
 * they are scoped to. Returns null when the user is not so limited.
 */
export function scopedTrackIds(
  user: (RoleHolder & { tracks?: readonly unknown[] | null }) | null | undefined,
): Array<number | string> | null {
  if (!user || canReadDrafts(user) || !Array.isArray(user.tracks) || user.tracks.length === 0) {
    return null
  }
  return user.tracks
    .map((track) =>
      track && typeof track === 'object' && 'id' in track
        ? (track as { id: number | string }).id
        : (track as number | string),
    )
    .filter((id): id is number | string => typeof id === 'number' || typeof id === 'string')
}

/**
 * Evaluation (issue 20, part 3): facilitators record groups, sessions delivered and closes for
 * their own tracks; coordinators (admins and reviewers) see only the aggregate, suppressed table.
 */
export const canRecordEvaluation = (user: RoleHolder): boolean => hasAnyRole(user, 'facilitator')
export const canSeeEvaluationReport = (user: RoleHolder): boolean => hasAnyRole(user, 'admin', 'reviewer')
