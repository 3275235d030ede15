import { describe, expect, test } from 'vitest'

import { DEVELOPMENT_SECRET, InsecureSecretError, MIN_PRODUCTION_SECRET_LENGTH, resolveSecret } from '@/core/rules/secret'

const strong = 'a3f1c9e07b2d48e6a1c0f9b8d7e6a5c4b3a2f1e0'

function refusal(env: Record<string, string | undefined>): Error {
  try {
    resolveSecret(env)
  } catch (error) {
    return error as Error
  }
  throw new Error('expected resolveSecret to refuse')
}

describe('in production', () => {
  test('no secret at all is refused, telling how to make one', () => {
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', PAYLOAD_SECRET: '   ' }]) {
      const error = refusal(env)
      expect(error).toBeInstanceOf(InsecureSecretError)
      expect(error.message).toContain('PAYLOAD_SECRET is not set')
      expect(error.message).toContain('openssl rand -hex 32')
    }
  })

  test('the public development default is refused', () => {
    const error = refusal({ NODE_ENV: 'production', PAYLOAD_SECRET: DEVELOPMENT_SECRET })
    expect(error).toBeInstanceOf(InsecureSecretError)
    expect(error.message).toContain('development default')
  })

  test('a short secret is refused', () => {
    const error = refusal({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(MIN_PRODUCTION_SECRET_LENGTH - 1) })
    expect(error).toBeInstanceOf(InsecureSecretError)
    expect(error.message).toContain(`shorter than ${MIN_PRODUCTION_SECRET_LENGTH} characters`)
  })

  test('a long random secret is used as given (trimmed)', () => {
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: ` ${strong}\n` })).toBe(strong)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'y'.repeat(MIN_PRODUCTION_SECRET_LENGTH) })).toHaveLength(
      MIN_PRODUCTION_SECRET_LENGTH,
    )
  })
})

describe('while building', () => {
  test('`next build` (production phase) may load the config without a secret', () => {
    expect(resolveSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(DEVELOPMENT_SECRET)
    expect(resolveSecret({ NODE_ENV: 'production', REEDUCA_BUILDING: '1' })).toBe(DEVELOPMENT_SECRET)
  })

  test('serving in production is not a build phase', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-server' })).toThrow(InsecureSecretError)
  })
})

describe('in development and tests', () => {
  test('without a secret the development default is used', () => {
    expect(resolveSecret({})).toBe(DEVELOPMENT_SECRET)
    expect(resolveSecret({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_SECRET)
    expect(resolveSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: '' })).toBe(DEVELOPMENT_SECRET)
  })

  test('a given secret is used, even a short one', () => {
    expect(resolveSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: 'short' })).toBe('short')
  })
})
