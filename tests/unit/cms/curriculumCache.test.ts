import { describe, expect, it } from 'vitest'

import { CurriculumCache } from '@/cms/reads/curriculumCache'

const clock = () => {
  let now = 1_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('a cached view of the curriculum (search index, coverage report)', () => {
  it('builds once, serves the same index until the curriculum changes, then builds again', async () => {
    const time = clock()
    const cache = new CurriculumCache<string>(30_000, time.now)
    let builds = 0
    const build = async () => `index ${++builds}`
    expect(await cache.get(build)).toBe('index 1')
    expect(await cache.get(build)).toBe('index 1')
    cache.forget()
    expect(await cache.get(build)).toBe('index 2')
    expect(builds).toBe(2)
  })

  it('builds again once the index is older than its limit (changes made by another instance)', async () => {
    const time = clock()
    const cache = new CurriculumCache<string>(30_000, time.now)
    let builds = 0
    const build = async () => `index ${++builds}`
    await cache.get(build)
    time.advance(29_999)
    expect(await cache.get(build)).toBe('index 1')
    time.advance(1)
    expect(await cache.get(build)).toBe('index 2')
  })

  it('shares one build between searches that arrive together', async () => {
    const cache = new CurriculumCache<string>(30_000)
    let builds = 0
    let finish: (value: string) => void = () => {}
    const build = () => {
      builds++
      return new Promise<string>((resolve) => (finish = resolve))
    }
    const first = cache.get(build)
    const second = cache.get(build)
    finish('index')
    expect(await Promise.all([first, second])).toEqual(['index', 'index'])
    expect(builds).toBe(1)
  })

  it('does not keep an index whose build overlapped a change: the next search builds anew', async () => {
    const cache = new CurriculumCache<string>(30_000)
    let finish: (value: string) => void = () => {}
    const slow = cache.get(() => new Promise<string>((resolve) => (finish = resolve)))
    cache.forget()
    finish('before the change')
    expect(await slow).toBe('before the change')
    expect(await cache.get(async () => 'after the change')).toBe('after the change')
  })

  it('a failed build is not kept: the next search tries again', async () => {
    const cache = new CurriculumCache<string>(30_000)
    await expect(cache.get(async () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
    expect(await cache.get(async () => 'index')).toBe('index')
  })
})
