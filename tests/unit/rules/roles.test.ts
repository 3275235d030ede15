import { describe, expect, test } from 'vitest'

import {
  ROLES,
  canCreateReleases,
  canEditCurriculum,
  canManageResources,
  canReadDrafts,
  hasAnyRole,
  isAdmin,
  isFacilitatorLevel,
  scopedTrackIds,
  type Role,
} from '@/core/rules/roles'

test('the roles are exactly the contract’s', () => {
  expect([...ROLES].sort()).toEqual(['admin', 'curriculum-designer', 'facilitator', 'reviewer', 'trainer'])
})

/**
 * DESIGN.md "Roles", one row per contract role:
 *                         admin  drafts  edit   resources releases facilitator-level
 */
const EXPECTED: Record<Role, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
  admin: /*               */ [true, true, true, true, true, true],
  'curriculum-designer': /**/ [false, true, true, true, true, true],
  trainer: /*             */ [false, true, false, true, false, true],
  reviewer: /*            */ [false, true, false, false, false, true],
  facilitator: /*         */ [false, false, false, false, false, true],
}

const predicates = { isAdmin, canReadDrafts, canEditCurriculum, canManageResources, canCreateReleases, isFacilitatorLevel }
const verdicts = (user: Parameters<typeof isAdmin>[0]) => Object.values(predicates).map((predicate) => predicate(user))

describe.each(ROLES)('%s', (role) => {
  test('may do what the contract grants and nothing else', () => {
    expect(verdicts({ roles: [role] })).toEqual(EXPECTED[role])
  })
})

test('an account with several roles gets the union of what they grant', () => {
  expect(verdicts({ roles: ['trainer', 'reviewer'] })).toEqual([false, true, false, true, false, true])
  expect(verdicts({ roles: ['facilitator', 'curriculum-designer'] })).toEqual(EXPECTED['curriculum-designer'])
})

test.each([
  ['anonymous (null)', null],
  ['anonymous (undefined)', undefined],
  ['an account with no role', { roles: [] }],
  ['an account whose roles are missing', {}],
  ['an account whose roles are null', { roles: null }],
  ['an account with a role outside the contract', { roles: ['guest', 'superuser'] }],
])('%s may do nothing', (_label, user) => {
  expect(verdicts(user)).toEqual([false, false, false, false, false, false])
  expect(hasAnyRole(user, ...ROLES)).toBe(false)
})

describe('scopedTrackIds', () => {
  test('a facilitator with tracks is scoped to their ids, given as ids or as populated documents', () => {
    expect(scopedTrackIds({ roles: ['facilitator'], tracks: [3, 'b9f2-uuid', { id: 7 }, { id: 'c1d4-uuid', title: 'Hombres' }] })).toEqual([
      3,
      'b9f2-uuid',
      7,
      'c1d4-uuid',
    ])
  })

  test('a facilitator without tracks is not scoped (sees every track)', () => {
    expect(scopedTrackIds({ roles: ['facilitator'], tracks: [] })).toBeNull()
    expect(scopedTrackIds({ roles: ['facilitator'], tracks: null })).toBeNull()
    expect(scopedTrackIds({ roles: ['facilitator'] })).toBeNull()
  })

  test.each(['admin', 'curriculum-designer', 'trainer', 'reviewer'] as const)('a %s is never scoped, even with tracks', (role) => {
    expect(scopedTrackIds({ roles: [role], tracks: [1, 2] })).toBeNull()
    expect(scopedTrackIds({ roles: [role, 'facilitator'], tracks: [{ id: 1 }] })).toBeNull()
  })

  test('the designer in particular is never scoped', () => {
    expect(scopedTrackIds({ roles: ['curriculum-designer'], tracks: ['men-track'] })).toBeNull()
  })

  test('nobody is scoped when there is no user', () => {
    expect(scopedTrackIds(null)).toBeNull()
    expect(scopedTrackIds(undefined)).toBeNull()
  })
})
