import { describe, expect, test } from 'vitest'

import { missingForPublishing } from '@/core/media/publishReadiness'

const complete = { licence: 'CC BY 4.0', credit: 'Reeduca' }
const paths = (list: Array<{ path: string }>) => list.map((item) => item.path)

describe('what a resource lacks before publishing', () => {
  test('licence and credit for every resource, blank counts as missing', () => {
    expect(paths(missingForPublishing({ kind: 'document', audience: 'facilitator', licence: ' ', credit: null }))).toEqual(['licence', 'credit'])
  })

  test('participant video and audio need Spanish captions; English alone is not enough', () => {
    expect(paths(missingForPublishing({ ...complete, kind: 'video', audience: 'participant', captions: [{ language: 'en', file: 3 }] }))).toEqual(['captions'])
    expect(paths(missingForPublishing({ ...complete, kind: 'audio', audience: 'participant', captions: [{ language: 'es', file: 4 }] }))).toEqual([])
    expect(paths(missingForPublishing({ ...complete, kind: 'video', audience: 'facilitator' }))).toEqual([])
  })

  test('a participant image needs alt text in each required locale', () => {
    const image = { ...complete, kind: 'image', audience: 'participant', file: 7 }
    const missing = missingForPublishing(image, { es: 'Rueda', en: '' }, ['es', 'en'])
    expect(missing).toEqual([expect.objectContaining({ path: 'file', message: expect.stringContaining('alt text (en)') })])
    expect(missingForPublishing(image, { es: 'Rueda', en: 'Wheel' }, ['es', 'en'])).toEqual([])
  })
})
