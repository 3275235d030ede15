/** How many app processes `npm start` runs (scripts/lib.mjs, appProcesses), and why SQLite gets one. */
import { describe, expect, test } from 'vitest'

import { appProcesses } from '../../../scripts/lib.mjs'

describe('app processes of npm start', () => {
  test('one by default, on any database', () => {
    expect(appProcesses({})).toEqual({ count: 1, refusal: null })
    expect(appProcesses({ DATABASE_URI: 'postgres://db/reeduca' })).toEqual({ count: 1, refusal: null })
  })

  test('several on PostgreSQL or MongoDB, from REEDUCA_PROCESSES or WEB_CONCURRENCY', () => {
    expect(appProcesses({ DATABASE_URI: 'postgres://db/reeduca', REEDUCA_PROCESSES: '4' })).toEqual({ count: 4, refusal: null })
    expect(appProcesses({ DATABASE_URI: 'mongodb://a,b,c/reeduca?replicaSet=rs0', WEB_CONCURRENCY: '2' })).toEqual({ count: 2, refusal: null })
    // REEDUCA_PROCESSES wins over a platform's WEB_CONCURRENCY.
    expect(appProcesses({ DATABASE_URI: 'postgres://db/reeduca', REEDUCA_PROCESSES: '3', WEB_CONCURRENCY: '8' }).count).toBe(3)
  })

  test('several on SQLite are refused, saying why and what to do', () => {
    for (const env of [{ REEDUCA_PROCESSES: '2' }, { DATABASE_URI: 'file:./data/reeduca.db', WEB_CONCURRENCY: '4' }]) {
      const { refusal } = appProcesses(env)
      expect(refusal).toMatch(/PostgreSQL or MongoDB/)
      expect(refusal).toMatch(/write lock/)
    }
  })

  test('a count that is not a whole number from 1 to 64 is refused', () => {
    for (const value of ['0', '-1', '2.5', 'many', '65']) expect(appProcesses({ DATABASE_URI: 'postgres://db/x', REEDUCA_PROCESSES: value }).refusal).toMatch(/whole number/)
  })
})
