/** Reordering a track's sessions (src/core/rules/sessionOrder.ts). */
import { expect, test } from 'vitest'

import { checkSessionOrder, renumberPlan } from '@/core/rules/sessionOrder'

test('the new order must be exactly the track’s sessions, each once; the message names the IDs', () => {
  expect(checkSessionOrder([3, 1, 2], [1, 2, 3])).toEqual({ ok: true, order: ['3', '1', '2'] })
  expect(checkSessionOrder(['b', 'a'], ['a', 'b'])).toEqual({ ok: true, order: ['b', 'a'] })
  expect(checkSessionOrder([1, 2], [1, 2, 3])).toMatchObject({ ok: false, message: expect.stringContaining('missing sessions of this track: 3') })
  expect(checkSessionOrder([1, 2, 3, 9], [1, 2, 3])).toMatchObject({ ok: false, message: expect.stringContaining('not sessions of this track: 9') })
  expect(checkSessionOrder([1, 1, 2, 3], [1, 2, 3])).toMatchObject({ ok: false, message: expect.stringContaining('listed more than once: 1') })
  expect(checkSessionOrder([1, '', 2], [1, 2])).toMatchObject({ ok: false, message: expect.stringContaining('numbers or text') })
  expect(checkSessionOrder('1,2', [1, 2])).toMatchObject({ ok: false })
})

test('in Spanish, the same reasons in Spanish words, naming the same IDs', () => {
  expect(checkSessionOrder([1, 2], [1, 2, 3], 'es')).toMatchObject({ ok: false, message: expect.stringContaining('faltan sesiones de esta línea: 3') })
  expect(checkSessionOrder([1, 2, 3, 9], [1, 2, 3], 'es')).toMatchObject({ ok: false, message: expect.stringContaining('no son sesiones de esta línea: 9') })
  expect(checkSessionOrder([1, 1, 2, 3], [1, 2, 3], 'es')).toMatchObject({ ok: false, message: expect.stringContaining('repetidas: 1') })
  expect(checkSessionOrder([1, '', 2], [1, 2], 'es')).toMatchObject({ ok: false, message: expect.stringContaining('números o texto') })
  expect(checkSessionOrder('1,2', [1, 2], 'es')).toMatchObject({ ok: false, message: expect.stringMatching(/^Envía \{"sessions"/) })
})

test('renumbering goes through temporary numbers above every current and final number; sessions in place stay', () => {
  const current = new Map([['a', 1], ['b', 2], ['c', 7]])
  const plan = renumberPlan(['b', 'a', 'c'], current)
  expect(plan.final).toEqual([{ id: 'b', number: 1 }, { id: 'a', number: 2 }, { id: 'c', number: 3 }])
  expect(plan.temporary).toEqual([{ id: 'b', number: 8 }, { id: 'a', number: 9 }, { id: 'c', number: 10 }])
  const used = new Set([...current.values()])
  for (const step of plan.temporary) expect(used.has(step.number) || step.number <= 3).toBe(false)

  expect(renumberPlan(['a', 'b'], new Map([['a', 1], ['b', 2]]))).toEqual({ temporary: [], final: [] })
})
