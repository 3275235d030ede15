import { describe, expect, it } from 'vitest'

import { toParticipantSnapshot, type ParticipantSession, type ParticipantSnapshot } from '@/core/releases/participantProjection'
import { participantWorkbookData } from '@/core/releases/render'
import { freezeSnapshot, type ReleaseSnapshot } from '@/core/releases/snapshot'

import { FACILITATOR_MARKER_PATTERN, randomRelease, smallSnapshot } from './fixtures'

const FORBIDDEN_KEYS = ['facilitatorNotes', 'safetyNotes', 'facilitatorInstructions', 'contentNotes', 'materials', 'objectives', 'riskCues', 'privateNotes', 'chapters', 'participantDefinition']

function keysDeep(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysDeep(item, keys))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key)
      keysDeep(child, keys)
    }
  }
  return keys
}

describe('participant projection', () => {
  it('copies only whitelisted fields: no facilitator-only key anywhere, no facilitator resource', () => {
    const projection = toParticipantSnapshot(smallSnapshot())
    const keys = keysDeep(projection)
    for (const key of FORBIDDEN_KEYS) expect(keys.has(key), key).toBe(false)
    expect(projection.edition).toBe('participant')
    expect(projection.resources.map((r) => r.id)).toEqual(['r1', 'r3'])
    expect(projection.sessions[1].resourceIds).toEqual(['r1', 'r3'])
    expect(projection.sessions[1].activities[1].resourceId).toBe('r1')
    expect(projection.resources.every((r) => r.audience === 'participant')).toBe(true)
    // What participants need is there.
    expect(projection.sessions[2].activities[2].participantContent.es).toBeTruthy()
    expect(projection.sessions[0].summary.es).toContain('Resumen sencillo')
    expect(projection.services).toHaveLength(3)
    // Only the terms with a plain-language definition, and only that definition.
    expect(projection.glossary.es).toEqual([
      { term: 'Violencia económica', definition: 'Cuando alguien te quita o controla tu dinero.' },
      { term: 'Encuadre', definition: 'Las reglas que acordamos en el grupo.' },
    ])
  })

  it('leaves the (frozen) snapshot untouched and shares no object with it', () => {
    const snapshot = freezeSnapshot(smallSnapshot())
    const before = JSON.stringify(snapshot)
    const projection = toParticipantSnapshot(snapshot)
    expect(JSON.stringify(snapshot)).toBe(before)
    projection.sessions[0].title.es = 'cambiado'
    ;(projection.sessions[0].activities[0].participantContent.es as { root: { children: unknown[] } }).root.children.length = 0
    expect(snapshot.sessions[0].title.es).not.toBe('cambiado')
    expect(JSON.stringify(snapshot)).toBe(before)
  })

  it.each([1, 2, 3, 4, 5, 6])('random release (seed %i, 50 sessions): no facilitator marker survives, every participant one does', (seed) => {
    const { snapshot, facilitatorMarkers, participantMarkers } = randomRelease(seed, 50)
    expect(facilitatorMarkers.length).toBeGreaterThan(50 * 10)
    // The markers are there to be found in the full snapshot…
    expect(JSON.stringify(snapshot).match(FACILITATOR_MARKER_PATTERN)?.length).toBe(facilitatorMarkers.length)
    // …and none in the projection, nor in the data the workbook template receives.
    const projection = toParticipantSnapshot(snapshot)
    expect(JSON.stringify(projection).match(FACILITATOR_MARKER_PATTERN)).toBeNull()
    for (const locale of ['es', 'en']) {
      expect(JSON.stringify(participantWorkbookData(projection, locale)).match(FACILITATOR_MARKER_PATTERN)).toBeNull()
    }
    const text = JSON.stringify(projection)
    expect(participantMarkers.filter((marker) => !text.includes(marker))).toEqual([])
  })

  it('is a different type: a full snapshot cannot be passed as a participant one', () => {
    const snapshot: ReleaseSnapshot = smallSnapshot()
    // @ts-expect-error — a ReleaseSnapshot has no `edition: 'participant'`.
    const wrong: ParticipantSnapshot = snapshot
    // @ts-expect-error — a session with facilitator notes is not a participant session.
    const session: ParticipantSession = snapshot.sessions[0]
    expect(wrong).toBeDefined()
    expect(session).toBeDefined()
    // Callers outside the type system are stopped at run time.
    expect(() => participantWorkbookData(snapshot as unknown as ParticipantSnapshot, 'es')).toThrow(/participant projection/)
  })
})
