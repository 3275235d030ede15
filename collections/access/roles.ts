import type { Access, FieldAccess } from 'payload'

import {
  canCreateReleases,
  canEditCurriculum,
  canManageResources,
  canReadDrafts,
  isAdmin,
  isFacilitatorLevel,
} from '@/core/rules/roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const admins: Access = ({ req: { user } }) => isAdmin(user)
export const curriculumEditors: Access = ({ req: { user } }) => canEditCurriculum(user)
export const resourceEditors: Access = ({ req: { user } }) => canManageResources(user)
export const releaseCreators: Access = ({ req: { user } }) => canCreateReleases(user)
export const draftReaders: Access = ({ req: { user } }) => canReadDrafts(user)
export const facilitatorLevel: Access = ({ req: { user } }) => isFacilitatorLevel(user)

/** Field access for content written for facilitators only: notes, safety notes, instructions. */
export const facilitatorOnly: FieldAccess = ({ req: { user } }) => isFacilitatorLevel(user)

/** Field access for fields only an admin may change (roles, track scoping). */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => isAdmin(user)
