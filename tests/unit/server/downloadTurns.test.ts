/**
 * Downloads take their turn (src/server/downloadTurns.ts): a crowd of downloads no longer holds
 * up the steps of a save that arrive between them, and goes at full speed when nothing else runs.
 */
import { EventEmitter } from 'node:events'

import { expect, test } from 'vitest'

import { downloadsPerTurn, TurnGate } from '@/server/downloadTurns'

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** A download as the front runs it: wait for its turn, then do its work. */
async function download(gate: TurnGate, done: string[], name: string) {
  const turn = gate.enter()
  if (turn) await turn
  done.push(name)
}

/**
 * A save as the front hands it to Next: other work from its start to its answer's close; its
 * steps one after another, each waiting for an answer (here the end of a turn).
 */
async function save(gate: TurnGate, steps: number, progress: { downloadsDoneAtEnd: number }, done: string[]) {
  const answer = new EventEmitter()
  gate.otherWork(answer)
  for (let step = 0; step < steps; step++) await nextTurn()
  progress.downloadsDoneAtEnd = done.length
  answer.emit('close')
}

/** Other work that stays in flight until `end()` (an admin page being built, say). */
function otherWork(gate: TurnGate) {
  const answer = new EventEmitter()
  gate.otherWork(answer)
  return { end: () => answer.emit('close') }
}

test('while the app has other work, two downloads start in a turn; the others wait, in the order they came', async () => {
  const gate = new TurnGate(2)
  const page = otherWork(gate)
  const done: string[] = []
  const all = ['a', 'b', 'c', 'd', 'e'].map((name) => download(gate, done, name))
  await Promise.resolve()
  expect(done).toEqual(['a', 'b'])
  expect(gate.queued).toBe(3)
  await Promise.all(all)
  expect(done).toEqual(['a', 'b', 'c', 'd', 'e'])
  expect(gate.queued).toBe(0)
  page.end()
})

test('with nothing else in flight a crowd of downloads goes at once; when other work ends, those waiting go', async () => {
  const gate = new TurnGate(2)
  const done: string[] = []
  const first = Array.from({ length: 50 }, (_, i) => download(gate, done, `a${i}`))
  await Promise.resolve()
  expect(done).toHaveLength(50)
  await Promise.all(first)

  const page = otherWork(gate)
  const second = Array.from({ length: 50 }, (_, i) => download(gate, done, `b${i}`))
  await Promise.resolve()
  expect(done).toHaveLength(52)
  page.end()
  await nextTurn()
  expect(done).toHaveLength(100)
  await Promise.all(second)
})

test('a save of ten steps ends while most of a crowd of 200 downloads still waits', async () => {
  const gate = new TurnGate(2)
  const done: string[] = []
  const progress = { downloadsDoneAtEnd: -1 }
  const saving = save(gate, 10, progress, done)
  const crowd = Array.from({ length: 200 }, (_, i) => download(gate, done, `d${i}`))
  await Promise.all([saving, ...crowd])
  // Two downloads a turn: about twenty had started when the save's tenth step came.
  expect(progress.downloadsDoneAtEnd).toBeGreaterThan(0)
  expect(progress.downloadsDoneAtEnd).toBeLessThanOrEqual(24)
  expect(done).toHaveLength(200)
})

test('without a limit (0) the whole crowd goes before the save’s first step, as before', async () => {
  const gate = new TurnGate(0)
  const done: string[] = []
  const progress = { downloadsDoneAtEnd: -1 }
  const saving = save(gate, 1, progress, done)
  expect(gate.enter()).toBeNull()
  const crowd = Array.from({ length: 200 }, (_, i) => download(gate, done, `d${i}`))
  await Promise.all([saving, ...crowd])
  expect(progress.downloadsDoneAtEnd).toBe(200)
})

test('a download alone is never held back, even while other work runs', async () => {
  const gate = new TurnGate(2)
  const page = otherWork(gate)
  for (let i = 0; i < 5; i++) {
    expect(gate.enter()).toBeNull()
    await nextTurn()
    await nextTurn()
  }
  page.end()
})

test('REEDUCA_DOWNLOADS_PER_TURN: two a turn for the machine unless set, 0 for no limit, anything else refused by name', () => {
  expect(downloadsPerTurn(undefined, 1)).toBe(2)
  expect(downloadsPerTurn('', 1)).toBe(2)
  // Several app processes share the cores: one each.
  expect(downloadsPerTurn(undefined, 2)).toBe(1)
  expect(downloadsPerTurn(undefined, 4)).toBe(1)
  expect(downloadsPerTurn('0', 2)).toBe(0)
  expect(downloadsPerTurn('8', 2)).toBe(8)
  expect(() => downloadsPerTurn('two')).toThrow(/REEDUCA_DOWNLOADS_PER_TURN .*"two"/)
  expect(() => downloadsPerTurn('-1')).toThrow(/REEDUCA_DOWNLOADS_PER_TURN/)
})

test('downloads make way while another app process has work, and tell the others of their own', async () => {
  const gate = new TurnGate(2)
  const told: boolean[] = []
  gate.onOwnWork = (busy) => told.push(busy)
  const done: string[] = []

  gate.siblingWork(true)
  const crowd = Array.from({ length: 10 }, (_, i) => download(gate, done, `d${i}`))
  await Promise.resolve()
  expect(done).toHaveLength(2)
  gate.siblingWork(false)
  await nextTurn()
  expect(done).toHaveLength(10)
  await Promise.all(crowd)

  // Told once when its own work starts and once when the last of it ends.
  const first = otherWork(gate)
  const second = otherWork(gate)
  first.end()
  second.end()
  expect(told).toEqual([true, false])
})
