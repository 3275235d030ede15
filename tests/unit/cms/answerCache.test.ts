/** Kept answers (src/cms/reads/answerCache.ts): found until the content changes, never kept across a change. */
import { expect, test } from 'vitest'

import { AnswerCache, MAX_ANSWER_BYTES } from '@/cms/reads/answerCache'

const answer = (text: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(text) })

test('an answer kept is found again, with its status, headers and bytes', () => {
  const cache = new AnswerCache()
  expect(cache.keep('session 3', cache.current, answer('{"title":"Sesión 3"}'))).toBe(true)
  const kept = cache.find('session 3')!
  expect(kept.status).toBe(200)
  expect(kept.headers['content-type']).toBe('application/json')
  expect(kept.body.toString()).toBe('{"title":"Sesión 3"}')
  expect(cache.find('session 4')).toBeUndefined()
})

test('a change forgets every answer, and an answer built across the change is not kept', () => {
  const cache = new AnswerCache()
  cache.keep('a', cache.current, answer('old a'))
  const before = cache.current
  cache.forget()
  expect(cache.find('a')).toBeUndefined()
  // Built from rows read before the change: served to its reader, kept for no one.
  expect(cache.keep('b', before, answer('old b'))).toBe(false)
  expect(cache.find('b')).toBeUndefined()
  expect(cache.keep('b', cache.current, answer('new b'))).toBe(true)
})

test('age is the backstop, and oversized answers are not kept', async () => {
  const cache = new AnswerCache({ ttlMs: 30 })
  cache.keep('a', cache.current, answer('a'))
  await new Promise((resolve) => setTimeout(resolve, 60))
  expect(cache.find('a')).toBeUndefined()
  expect(cache.keep('big', cache.current, answer('x'.repeat(MAX_ANSWER_BYTES + 1)))).toBe(false)
})

test('the memory budget drops the least recently used answers', () => {
  const cache = new AnswerCache({ budgetBytes: 4 * 1024 })
  for (let i = 0; i < 10; i++) cache.keep(`k${i}`, cache.current, answer('x'.repeat(1000)))
  expect(cache.size).toBeLessThan(10)
  expect(cache.find('k9')).toBeDefined()
  expect(cache.find('k0')).toBeUndefined()
})
