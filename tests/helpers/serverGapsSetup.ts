/**
 * Int-suite setup: on the MongoDB-wire test server (REEDUCA_TEST_DB=mongodb), the tests listed in
 * tests/helpers/mongodbServerGaps.mjs are skipped, each with its gap as the skip note, so a report
 * shows why. Nothing else is skipped, and on every other database this does nothing.
 */
import { beforeEach } from 'vitest'

import { gapOf, testKey } from './mongodbServerGaps.mjs'

if (process.env.REEDUCA_TEST_DB === 'mongodb') {
  beforeEach((context) => {
    const names: string[] = []
    for (let suite = context.task.suite; suite && suite.name && suite !== (context.task.file as unknown); suite = suite.suite) {
      names.unshift(suite.name)
    }
    const gap = gapOf(testKey(context.task.file.name, [...names, context.task.name]))
    if (gap) context.skip(`MongoDB test server gap (${gap.id}): ${gap.reason}`)
  })
}
