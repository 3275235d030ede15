/**
 * The seed writes each step (a programme, a track, an account, a session…) in a transaction of
 * its own: a seed stopped halfway keeps what it finished, and running it again completes it.
 * (One transaction for the whole seed was aborted by MongoDB after 60 s, its default limit.)
 * Meaningful where transactions exist (PostgreSQL, MongoDB replica sets); SQLite has none here.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { type TestPayload } from '../helpers/testPayload'
import { startSuite } from '../helpers/suite'
import { seedDemo } from '@/cms/seed'

process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ;({ ctx, payload } = await startSuite({ fixture: false }))
}, 180_000)
afterAll(async () => ctx?.cleanup())

const count = async (collection: 'programmes' | 'tracks' | 'sessions') => (await payload.count({ collection, overrideAccess: true })).totalDocs

test('a seed stopped halfway keeps the steps it finished; a second run completes it', async () => {
  const stopAt = 5
  await expect(
    seedDemo(payload, {
      password: 'seed-steps-test-password',
      onProgress: (done) => {
        if (done === stopAt) throw new Error('stopped on purpose')
      },
    }),
  ).rejects.toThrow('stopped on purpose')
  // The programme and the first three tracks (the first four steps) were committed before the
  // stop, and so was the fifth step, the open group's track (issue 20, part 4), whose report stopped it.
  expect(await count('programmes')).toBe(1)
  expect(await count('tracks')).toBe(4)
  expect(await count('sessions')).toBe(0)

  const summary = await seedDemo(payload, { password: 'seed-steps-test-password' })
  expect(summary.skipped.programmes).toBe(1)
  expect(summary.skipped.tracks).toBe(4)
  // 25 women's, 24 men's, 4 of the facilitators' support track and 9 of the men's open group.
  expect(await count('sessions')).toBe(62)
}, 400_000)
