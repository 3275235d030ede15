/** Curriculum search: both locales, every activity, accents and small typos forgiven. */
import { expect, test } from 'vitest'

import { buildCurriculumIndex, groupSearchHits, searchEntries } from '@/core/curriculum/search'

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

const index = buildCurriculumIndex(
  searchEntries({
    locales: ['es', 'en'],
    tracks: [{ id: 1, title: { es: 'Línea de mujeres', en: 'Women’s track' } }],
    sessions: [
      {
        id: 7,
        number: 3,
        track: 1,
        title: { es: 'Mis derechos', en: 'My rights' },
        summary: { es: 'Reconocer los derechos propios.', en: 'Recognising one’s own rights.' },
        activities: [
          { title: { es: 'Ronda de entrada', en: 'Check-in round' }, participantContent: { es: paragraph('Cada participante comparte cómo llegó.'), en: paragraph('Each participant shares how she arrived.') } },
          { title: { es: 'El árbol de la violencia', en: 'The tree of violence' }, facilitatorInstructions: { es: paragraph('Dibujar raíces: creencias sobre la niñez.'), en: paragraph('Draw roots: beliefs about childhood.') } },
        ],
      },
    ],
    resources: [{ id: 'r1', title: { es: 'Testimonio de Rosa', en: "Rosa's testimony" }, description: { es: 'Audio sobre la separación.', en: 'Audio about leaving.' }, kind: 'audio' }],
  }),
)

test('a Spanish word finds the activity that holds it, in Spanish', () => {
  const [hit] = index.search('árbol', { locale: 'es' })
  expect(hit).toMatchObject({ collection: 'sessions', id: 7, locale: 'es', title: 'Mis derechos' })
  expect(hit.where).toBe('Sesión 3 · actividad 2: El árbol de la violencia')
})

test('an English word finds the English side', () => {
  const hits = index.search('childhood')
  expect(hits[0]).toMatchObject({ collection: 'sessions', id: 7, locale: 'en', where: 'Session 3 · activity 2: The tree of violence' })
  expect(hits[0].excerpt).toContain('childhood')
})

test('accents and case do not matter, and a small typo is forgiven', () => {
  expect(index.search('ninez', { locale: 'es' })[0]?.where).toContain('actividad 2')
  expect(index.search('ARBOL', { locale: 'es' })).toHaveLength(1)
  expect(index.search('testimonoi')[0]).toMatchObject({ collection: 'resources', id: 'r1' })
})

test('words are combined: every word must match; nothing matches nothing', () => {
  expect(index.search('ronda entrada', { locale: 'es' })[0]?.where).toContain('actividad 1')
  expect(index.search('ronda violencia', { locale: 'es' })).toEqual([])
  expect(index.search('xylophone')).toEqual([])
})

test('results come grouped per session, with its track and number, holding each place that matched', () => {
  const small = buildCurriculumIndex(
    searchEntries({
      locales: ['es'],
      tracks: [{ id: 2, title: { es: 'Línea de hombres' } }],
      sessions: [
        {
          id: 9,
          number: 4,
          track: 2,
          title: { es: 'Tipos de violencia' },
          activities: [{ title: { es: 'Bienvenida y acuerdos' } }, { title: { es: 'La violencia física' } }, { title: { es: 'La violencia económica' } }],
        },
      ],
      resources: [],
    }),
  )
  // "violencia" is in the session's title and in activities 2 and 3: three hits, one group.
  const hits = small.search('violencia')
  expect(hits).toHaveLength(3)
  const groups = groupSearchHits(hits)
  expect(groups).toHaveLength(1)
  expect(groups[0]).toMatchObject({ collection: 'sessions', id: 9, sessionNumber: 4, trackTitle: 'Línea de hombres', title: 'Tipos de violencia' })
  // The session's own text first, then the activities in agenda order.
  expect(groups[0].hits.map((hit) => hit.activity ?? null)).toEqual([null, { number: 2, title: 'La violencia física' }, { number: 3, title: 'La violencia económica' }])
})

test('an English hit names the track in English, and resources form their own groups with their kind', () => {
  const groups = groupSearchHits(index.search('rights'))
  expect(groups.map((group) => [group.collection, group.id, group.trackTitle ?? group.kind])).toEqual([
    ['sessions', 7, 'Women’s track'],
  ])
  expect(groupSearchHits(index.search('Rosa'))).toMatchObject([{ collection: 'resources', id: 'r1', kind: 'audio' }])
})
