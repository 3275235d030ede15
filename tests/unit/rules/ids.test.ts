import { describe, expect, it } from 'vitest'

import { idOf } from '@/core/rules/ids'

describe('idOf (relationship values on every database)', () => {
  it('reads the id of a populated document, numeric (SQL) or text (MongoDB, uuid)', () => {
    expect(idOf({ id: 7, title: 'Sesión 7' })).toBe(7)
    expect(idOf({ id: '665f1c2e9b1d8a0012345678' })).toBe('665f1c2e9b1d8a0012345678')
  })

  it('takes a bare id as it is', () => {
    expect(idOf(0)).toBe(0)
    expect(idOf('4b1f6f0e-3c1a-4a57-9d1e-2f0c8c7d9e10')).toBe('4b1f6f0e-3c1a-4a57-9d1e-2f0c8c7d9e10')
  })

  it('gives null for what is no id: nothing, an empty string, a document without an id', () => {
    for (const value of [null, undefined, '', {}, { id: null }, { id: '' }, { title: 'x' }, true, [3]]) {
      expect(idOf(value), JSON.stringify(value)).toBeNull()
    }
  })
})
