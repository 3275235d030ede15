/**
 * Issue 17 on the database: men's services never go into a women's track's release; a track's
 * discreet title goes into its snapshot; a discreet title that names violence is refused; the
 * public can read how to join from the programme.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Payload } from 'payload'

import { buildReleaseSnapshot } from '@/cms/releases/readSnapshot'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const trackIds: Record<string, string | number> = {}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const programme = await payload.create({
    collection: 'programmes',
    locale: 'es',
    data: { title: 'Programa', slug: 'programa', howToJoin: { who: 'Mujeres mayores de 18 años', phone: '800 000 0300' } },
  })
  for (const audience of ['women', 'men'] as const) {
    const track = await payload.create({
      collection: 'tracks',
      locale: 'es',
      data: { programme: programme.id, title: `Línea ${audience}`, slug: audience, audience, plannedSessions: 1, sessionMinutes: 150, discreetTitle: audience === 'women' ? 'Cuaderno de trabajo · Taller de bienestar' : undefined },
    })
    trackIds[audience] = track.id
  }
  for (const [name, serves] of [['Línea para hombres', 'men'], ['Línea para mujeres', 'women'], ['Emergencias 911', 'anyone']] as const) {
    await payload.create({ collection: 'services', locale: 'es', data: { name, kind: 'hotline', state: 'national', phone: '911', serves, _status: 'published' } })
  }
})
afterAll(async () => ctx?.cleanup())

const snapshotOf = (audience: 'women' | 'men') =>
  buildReleaseSnapshot(payload, { trackId: trackIds[audience], release: { version: '1.0.0', locales: ['es'], publishedAt: new Date().toISOString(), notes: {} } })

describe('services in releases, and the discreet title', () => {
  test('a women’s track’s release holds no service for men; a men’s track’s holds them all', async () => {
    const women = await snapshotOf('women')
    expect(women.services.map((s) => s.name).sort()).toEqual(['Emergencias 911', 'Línea para mujeres'])
    expect(women.services.find((s) => s.name === 'Línea para mujeres')?.serves).toBe('women')
    const men = await snapshotOf('men')
    expect(men.services).toHaveLength(3)
  })

  test('the discreet title goes into the snapshot, and one that names violence is refused', async () => {
    expect((await snapshotOf('women')).track.discreetTitle).toEqual({ es: 'Cuaderno de trabajo · Taller de bienestar' })
    expect((await snapshotOf('men')).track.discreetTitle).toBeUndefined()
    const refusal = await payload.update({ collection: 'tracks', id: trackIds.men, locale: 'es', data: { discreetTitle: 'Taller contra la violencia' } }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(Error)
    expect(JSON.stringify((refusal as { data?: unknown }).data ?? (refusal as Error).message)).toMatch(/violencia/)
  })

  test('anyone may read how to join from the programme', async () => {
    const { docs } = await payload.find({ collection: 'programmes', overrideAccess: false, user: null, locale: 'es' })
    expect(docs[0].howToJoin).toMatchObject({ who: 'Mujeres mayores de 18 años', phone: '800 000 0300' })
  })
})
