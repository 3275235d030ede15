/**
 * "What changed" in the words a facilitator reads (src/core/releases/changeWords.ts): sessions by
 * number and title, the parts that changed by their names in the manual and the portal
 * (src/core/vocabulary.ts, SESSION_FIELDS), never the Sessions collection's field names.
 */
import { describe, expect, it } from 'vitest'

import { changedSessionLine, describeChanges, sessionName } from '@/core/releases/changeWords'
import type { ReleaseChanges } from '@/core/releases/snapshot'
import { SESSION_FIELDS, sessionFieldLabel } from '@/core/vocabulary'
import { STRINGS } from '@/ui/strings'

const changes: ReleaseChanges = {
  previousVersion: '1.0.0',
  sessionsAdded: [{ id: 's5', number: 5, title: { es: 'Mis derechos', en: 'My rights' } }],
  sessionsRemoved: [{ id: 's9', number: 9, title: { es: 'Sesión retirada', en: 'Withdrawn session' } }],
  sessionsChanged: [
    { id: 's2', number: 2, title: { es: 'Mitos y realidades', en: 'Myths and realities' }, fields: [{ field: 'safetyNotes', locales: ['es', 'en'] }] },
    {
      id: 's4',
      number: 4,
      previousNumber: 3,
      title: { es: 'El ciclo de la violencia', en: 'The cycle of violence' },
      fields: [{ field: 'activities' }, { field: 'title', locales: ['en'] }, { field: 'handouts' }],
    },
  ],
}

describe('what changed, in a facilitator’s words', () => {
  it('names each changed session by number and title and its changed parts by their printed names, in Spanish', () => {
    expect(describeChanges(changes, 'es', ['es', 'en'])).toEqual([
      { kind: 'added', label: 'Sesiones nuevas', items: ['Sesión 5 «Mis derechos»'] },
      { kind: 'removed', label: 'Sesiones retiradas', items: ['Sesión 9 «Sesión retirada»'] },
      {
        kind: 'changed',
        label: 'Sesiones modificadas',
        items: [
          'Sesión 2 «Mitos y realidades»: notas de seguridad',
          'Sesión 4 «El ciclo de la violencia» (antes sesión 3): agenda y actividades, título (solo en inglés), hojas de trabajo',
        ],
      },
    ])
  })

  it('says the same in English', () => {
    const lines = describeChanges(changes, 'en', ['es', 'en']).flatMap((group) => [group.label, ...group.items])
    expect(lines).toEqual([
      'New sessions',
      'Session 5 “My rights”',
      'Sessions removed',
      'Session 9 “Withdrawn session”',
      'Sessions changed',
      'Session 2 “Myths and realities”: safety notes',
      'Session 4 “The cycle of violence” (formerly session 3): agenda and activities, title (English only), handouts',
    ])
  })

  it('never prints a field’s internal name, in any language, for any field', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const { value } of SESSION_FIELDS) {
        const line = changedSessionLine({ id: 'x', number: 1, title: { es: 'T', en: 'T' }, fields: [{ field: value }] }, lang, ['es', 'en'])
        const part = line.slice(line.indexOf(': ') + 2)
        expect(part).toBe(sessionFieldLabel(value, lang))
        // "contentNotes", "facilitatorNotes": camel case is a code name, not a word a facilitator reads.
        expect(part).not.toMatch(/[a-z][A-Z]/)
        // In Spanish no part is named as the code names it ('activities', 'title').
        if (lang === 'es') expect(part).not.toBe(value)
      }
    }
    expect(sessionFieldLabel('activities', 'es')).toBe('agenda y actividades')
    expect(sessionFieldLabel('safetyNotes', 'es')).toBe('notas de seguridad')
  })

  it('is the one home of the field names: the interface strings read them from the vocabulary', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const { value } of SESSION_FIELDS) expect(STRINGS[lang].sessionFields[value]).toBe(sessionFieldLabel(value, lang))
    }
  })

  it('falls back to another language for a missing title, and to the number alone without any', () => {
    expect(sessionName({ number: 3, title: { es: 'Solo en español' } }, 'en', ['es', 'en'])).toBe('Session 3 “Solo en español”')
    expect(sessionName({ number: 3, title: {} }, 'es', ['es'])).toBe('Sesión 3')
  })

  it('names no languages when the text changed in every language of the release', () => {
    const line = changedSessionLine({ id: 'x', number: 1, title: { es: 'T' }, fields: [{ field: 'title', locales: ['es'] }] }, 'es', ['es'])
    expect(line).toBe('Sesión 1 «T»: título')
  })
})
