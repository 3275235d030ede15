/**
 * The primary of several app processes tells each which others have work (src/server/siblingWork.mjs),
 * and only when that changes.
 */
import { expect, test } from 'vitest'

import { SiblingWork } from '@/server/siblingWork.mjs'

const busy = (value: boolean) => ({ reeduca: 'siblings-work', busy: value })

test('a process with work is told to the others, never to itself, and only on a change', () => {
  const relay = new SiblingWork()
  const all = [1, 2, 3]
  expect(relay.update(1, true, all)).toEqual([
    [2, busy(true)],
    [3, busy(true)],
  ])
  // 2 starts work too: 1 now has a busy sibling; 3 already knew someone was busy.
  expect(relay.update(2, true, all)).toEqual([[1, busy(true)]])
  // 1 ends its work: 2 has no busy sibling left; 1 and 3 still have 2.
  expect(relay.update(1, false, all)).toEqual([[2, busy(false)]])
  expect(relay.update(2, false, all)).toEqual([
    [1, busy(false)],
    [3, busy(false)],
  ])
  expect(relay.update(2, false, all)).toEqual([])
})

test('a process that dies with work in flight stops holding the others back', () => {
  const relay = new SiblingWork()
  relay.update(1, true, [1, 2])
  expect(relay.update(1, false, [2], true)).toEqual([[2, busy(false)]])
  // Its replacement starts fresh: told nothing until something changes.
  expect(relay.update(3, false, [2, 3])).toEqual([])
})
