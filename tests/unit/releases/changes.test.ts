import { describe, expect, it } from 'vitest'

import { contentBesideSessionsChanged, diffReleaseSnapshots, sameJson, stableStringify } from '@/core/releases/changes'

import { paragraphs } from './lexical'
import { smallSnapshot } from './fixtures'

describe('what changed since the previous release', () => {
  it('reports nothing for a first release', () => {
    expect(diffReleaseSnapshots(null, smallSnapshot())).toEqual({ previousVersion: null, sessionsAdded: [], sessionsRemoved: [], sessionsChanged: [] })
  })

  it('lists added, removed and changed sessions with the changed fields and locales', () => {
    const previous = smallSnapshot()
    previous.release.version = '1.0.0'
    const next = smallSnapshot()
    next.release.version = '1.1.0'
    // Session 3 removed, a new session added; session 1 retitled in English only, session 2's
    // safety notes and activity minutes changed, and it was renumbered.
    next.sessions.pop()
    next.sessions.push({ ...structuredClone(next.sessions[0]), id: 'sess-new', number: 3 })
    next.sessions[0].title.en = 'Welcome'
    next.sessions[1].safetyNotes = { ...next.sessions[1].safetyNotes, es: paragraphs('Nueva nota de seguridad') }
    next.sessions[1].activities[0].minutes += 5
    next.sessions[1].activities[1].minutes -= 5
    next.sessions[1].number = 4

    const changes = diffReleaseSnapshots(previous, next)
    expect(changes.previousVersion).toBe('1.0.0')
    expect(changes.sessionsAdded.map((s) => s.id)).toEqual(['sess-new'])
    expect(changes.sessionsRemoved.map((s) => s.id)).toEqual(['sess-3'])
    expect(changes.sessionsChanged).toEqual([
      { id: 'sess-1', number: 1, title: next.sessions[0].title, fields: [{ field: 'title', locales: ['en'] }] },
      {
        id: 'sess-2',
        number: 4,
        previousNumber: 2,
        title: next.sessions[1].title,
        fields: [{ field: 'number' }, { field: 'activities' }, { field: 'safetyNotes', locales: ['es'] }],
      },
    ])
  })

  it('writes the canonical JSON releases have always been hashed by: keys in code-unit order, undefined left out', () => {
    // The recursion stableStringify was before it used a library: its text is what existing
    // content hashes were made of.
    const reference = (value: unknown): string => {
      if (value === undefined) return 'null'
      if (value === null || typeof value !== 'object') return JSON.stringify(value)
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`
    }
    const values: unknown[] = [
      smallSnapshot(),
      { ñ: 1, n: 2, Z: 3, a: 4, '10': 5, '9': 6, é: { b: [undefined, null, -0, 1.5e-7, 'línea\n«cita»\u2028'], a: undefined }, '': true },
      [],
      {},
      'texto',
      null,
      undefined,
    ]
    for (const value of values) expect(stableStringify(value)).toBe(reference(value))
  })

  it('ignores key order in rich text', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(stableStringify({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }))
    const previous = smallSnapshot()
    const next = smallSnapshot()
    const state = next.sessions[0].facilitatorNotes.es!
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reverseKeys(child)]))
          : value
    next.sessions[0].facilitatorNotes.es = reverseKeys(next.sessions[0].facilitatorNotes.es) as typeof state
    expect(JSON.stringify(next.sessions[0].facilitatorNotes.es)).not.toBe(JSON.stringify(state))
    expect(diffReleaseSnapshots(previous, next).sessionsChanged).toEqual([])
  })
})

describe('what changed besides the sessions', () => {
  it('is nothing when only the release facts differ, something when the glossary or the directory changed', () => {
    const previous = smallSnapshot()
    const same = { ...smallSnapshot(), release: { ...previous.release, version: '9.9.9' } }
    expect(contentBesideSessionsChanged(previous, same)).toBe(false)
    const glossary = { ...smallSnapshot(), glossary: { es: [{ term: 'Encuadre', definition: 'Acuerdos del grupo.' }] } } as typeof previous
    expect(contentBesideSessionsChanged(previous, glossary)).toBe(true)
    expect(contentBesideSessionsChanged(previous, { ...smallSnapshot(), services: [] })).toBe(previous.services.length > 0)
  })

  it('is nothing when glossary entries only gained the ids the release checks use', () => {
    const older = { ...smallSnapshot(), glossary: { es: [{ term: 'Encuadre', definition: 'Acuerdos del grupo.' }] } } as ReturnType<typeof smallSnapshot>
    const withIds = { ...smallSnapshot(), glossary: { es: [{ id: '7', term: 'Encuadre', definition: 'Acuerdos del grupo.' }] } } as ReturnType<typeof smallSnapshot>
    expect(contentBesideSessionsChanged(older, withIds)).toBe(false)
    withIds.glossary.es[0].definition = 'Otra definición.'
    expect(contentBesideSessionsChanged(older, withIds)).toBe(true)
  })
})

describe('comparing as JSON, without writing it out', () => {
  // What a stored snapshot cannot tell apart must compare the same, and nothing else.
  const pairs: [unknown, unknown][] = [
    [{ a: 1, b: undefined }, { a: 1 }],
    [{ a: null }, {}],
    [{ a: null }, { a: undefined }],
    [{ a: undefined }, { b: undefined }],
    [[undefined], [null]],
    [[1, 2], [2, 1]],
    [[1], [1, 1]],
    [[], {}],
    [{ 0: 'x' }, ['x']],
    [null, undefined],
    [NaN, null],
    [Infinity, null],
    [0, -0],
    ['1', 1],
    [true, 'true'],
    [false, 0],
    ['', null],
    [{ a: { b: [1, { c: 'd' }] } }, { a: { b: [1, { c: 'd' }] } }],
    [{ a: { b: [1, { c: 'd' }] } }, { a: { b: [1, { c: 'e' }] } }],
    [{ y: 2, x: 1 }, { x: 1, y: 2 }],
    [{ x: 1, y: 2 }, { x: 1, y: 2, z: 3 }],
    [{ x: 1, y: 2, z: 3 }, { x: 1, y: 2 }],
    [{ x: [] }, { x: {} }],
  ]
  it.each(pairs)('%j and %j: the same exactly when their sorted JSON is', (a, b) => {
    const expected = stableStringify(a) === stableStringify(b)
    expect(sameJson(a, b)).toBe(expected)
    expect(sameJson(b, a)).toBe(expected)
  })

  it('agrees with the sorted JSON on random nested values and their edited copies', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const leaf = () => [null, undefined, 0, 1, -1, 'a', 'b', '', true, false, NaN][Math.floor(random() * 11)]
    const value = (depth: number): unknown => {
      const pick = random()
      if (depth === 0 || pick < 0.4) return leaf()
      if (pick < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth - 1))
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [['a', 'b', 'c', 'd'][Math.floor(random() * 4)], value(depth - 1)]))
    }
    const edit = (input: unknown): unknown => {
      if (random() < 0.15) return value(2)
      if (Array.isArray(input)) return input.map(edit)
      if (input && typeof input === 'object') return Object.fromEntries(Object.entries(input).reverse().map(([key, child]) => [key, edit(child)]))
      return input
    }
    let same = 0
    let different = 0
    for (let i = 0; i < 3000; i++) {
      const a = value(4)
      const b = edit(a)
      const expected = stableStringify(a) === stableStringify(b)
      expect(sameJson(a, b), `${stableStringify(a)} / ${stableStringify(b)}`).toBe(expected)
      if (expected) same++
      else different++
    }
    // Both outcomes were exercised, many times.
    expect(Math.min(same, different)).toBeGreaterThan(500)
  })
})
