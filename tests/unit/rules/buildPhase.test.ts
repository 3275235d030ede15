import { describe, expect, test } from 'vitest'

import { isBuildPhase } from '@/core/rules/buildPhase'

describe('the build phase', () => {
  test('is `next build` or our build script, and never a server or a worker', () => {
    expect(isBuildPhase({ NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' })).toBe(true)
    expect(isBuildPhase({ REEDUCA_BUILDING: '1' })).toBe(true)
    expect(isBuildPhase({ NEXT_PHASE: 'phase-production-server', NODE_ENV: 'production' })).toBe(false)
    expect(isBuildPhase({ NODE_ENV: 'production' })).toBe(false)
    expect(isBuildPhase({})).toBe(false)
  })
})
