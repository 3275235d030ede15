/**
 * The mapping half of a release snapshot, fed documents as the Local API returns them with
 * `locale: 'all'`: what a facilitator later reads in the manual comes from here.
 */
import { describe, expect, test } from 'vitest'

import { mediaReferencedBy, referencedBySessions, snapshotFromDocs, type SnapshotDocs } from '@/core/releases/snapshotFromDocs'

const lexical = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })

function docs(overrides: Partial<SnapshotDocs> = {}, idOf: (n: number) => number | string = (n) => n): SnapshotDocs {
  const session = {
    id: idOf(11),
    number: 1,
    module: idOf(5),
    title: { es: 'Bienvenida', en: 'Welcome' },
    summary: 'Solo en español',
    objectives: [{ objective: { es: 'Conocerse', en: 'Meet' } }, { objective: { es: '  ', en: 'Trust' } }],
    resources: [idOf(31), idOf(32)],
    themes: [idOf(41)],
    activities: [
      { id: 'a1', blockType: 'checkIn', minutes: 30, title: { es: 'Ronda', en: 'Round' }, resource: idOf(32), facilitatorInstructions: { es: lexical(paragraph('Observa'), upload(idOf(21))) } },
      { id: 'a2', blockType: 'notAKind', minutes: 10, title: { es: 'X' } },
      { id: 'a3', blockType: 'closing', minutes: 120, title: { es: 'Cierre' }, resource: idOf(99), participantContent: { es: lexical(upload(idOf(404))) } },
    ],
    safetyNotes: { es: lexical(paragraph('Si hay riesgo, deriva.')) },
    handouts: [{ id: 'h1', title: { es: 'Plan' }, body: { es: lexical(paragraph('Escribe')) }, file: idOf(22) }],
  }
  return {
    release: { version: '1.0.0', locales: ['es', 'en'], publishedAt: '2026-12-06T00:00:00.000Z', notes: { es: lexical(upload(idOf(23))) } },
    defaultLocale: 'es',
    track: { id: idOf(2), slug: 'mujeres', audience: 'women', title: { es: 'Mujeres' }, sessionMinutes: 150, plannedSessions: 25, programme: idOf(1) },
    programme: { id: idOf(1), title: { es: 'Programa' }, institution: 'INSP' },
    modules: [],
    sessions: [session],
    resources: [
      { id: idOf(32), kind: 'video', audience: 'facilitator', title: { es: 'Viñeta' }, file: idOf(24), captions: [{ language: 'es', file: idOf(25) }, { language: 'en', file: null }] },
      { id: idOf(31), kind: 'image', audience: 'participant', title: { es: 'Rueda' }, file: null },
    ],
    themes: [{ id: idOf(41), slug: 'tipos', title: { es: 'Tipos de violencia' } }],
    services: [{ id: idOf(51), name: 'Línea Mujeres', kind: 'hotline', state: 'national', phone: '800', hours: { es: '24 h' } }],
    media: [21, 22, 23, 24, 25].map((n) => ({ id: idOf(n), filename: `f${n}.png`, mimeType: 'image/png', filesize: n, alt: { es: `alt ${n}` } })),
    ...overrides,
  }
}

describe('snapshotFromDocs', () => {
  test('ids become strings whatever the database gave, so snapshots compare equal', () => {
    const numeric = snapshotFromDocs(docs())
    const text = snapshotFromDocs(docs({}, (n) => `id-${n}`))
    expect(numeric.sessions[0].id).toBe('11')
    expect(text.sessions[0].id).toBe('id-11')
    expect(numeric.track.id).toBe('2')
    expect(numeric.sessions[0].themeIds).toEqual(['41'])
  })

  test('resources keep the order sessions first mention them; a resource not read (unpublished) is not linked', () => {
    const snapshot = snapshotFromDocs(docs())
    expect(snapshot.resources.map((r) => r.id)).toEqual(['31', '32'])
    expect(snapshot.sessions[0].activities.map((a) => a.resourceId)).toEqual(['32', null])
    expect(snapshot.resources[1].audience).toBe('facilitator')
    expect(snapshot.resources[1].captions).toEqual([{ language: 'es', file: expect.objectContaining({ path: 'f25.png' }) }])
  })

  test('activities of unknown kinds are left out; a plain string counts for the default locale; empty objectives dropped', () => {
    const session = snapshotFromDocs(docs()).sessions[0]
    expect(session.activities.map((a) => a.kind)).toEqual(['checkIn', 'closing'])
    expect(session.summary).toEqual({ es: 'Solo en español' })
    expect(session.objectives).toEqual({ es: ['Conocerse'], en: ['Meet', 'Trust'] })
    // Its module is not among the published modules read: the session stands alone.
    expect(session.moduleId).toBeNull()
  })

  test('images inside rich text carry their file; one whose media is gone is dropped', () => {
    const snapshot = snapshotFromDocs(docs())
    const [instructions] = (snapshot.sessions[0].activities[0].facilitatorInstructions.es as any).root.children.slice(1)
    expect(instructions.value).toMatchObject({ path: 'f21.png', alt: { es: 'alt 21' } })
    expect((snapshot.sessions[0].activities[1].participantContent.es as any).root.children).toEqual([])
    expect((snapshot.release.notes.es as any).root.children[0].value.path).toBe('f23.png')
    expect(snapshot.sessions[0].handouts[0].file?.path).toBe('f22.png')
  })

  test('what to read: the resources and themes sessions name, and every media file they and the notes use', () => {
    const input = docs()
    const { resourceIds, themeIds } = referencedBySessions(input.sessions)
    expect([...resourceIds.keys()]).toEqual(['31', '32', '99'])
    expect([...themeIds.keys()]).toEqual(['41'])
    expect(mediaReferencedBy({ resources: input.resources, sessions: input.sessions, notes: input.release.notes }).map(String).sort()).toEqual(
      ['21', '22', '23', '24', '25', '404'].sort(),
    )
  })
})
