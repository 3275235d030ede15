import { afterAll, beforeAll, expect, test } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(async () => ctx?.cleanup())

test('boots', async () => {
  const result = await ctx.payload.find({ collection: 'sessions' })
  expect(result.totalDocs).toBe(0)
})
