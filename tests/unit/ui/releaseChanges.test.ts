/**
 * The portal's and the admin's "what changed" (ReleaseChangeList, shown by the portal's release
 * history and by the admin's release view): sessions by number and title, the parts that changed
 * by the names facilitators read, as the manual prints them; never "Cambió: activities".
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'

import { ReleaseChangeList } from '@/ui/portal/Release'
import { STRINGS } from '@/ui/strings'
import type { ManualRelease } from '@payload-types'

const release = {
  id: 1,
  version: '1.1.0',
  locales: ['es', 'en'],
  changes: {
    previousVersion: '1.0.0',
    sessionsAdded: [],
    sessionsRemoved: [],
    sessionsChanged: [
      { id: 's4', number: 4, title: { es: 'Mis derechos', en: 'My rights' }, fields: [{ field: 'safetyNotes', locales: ['es', 'en'] }, { field: 'activities' }] },
    ],
  },
} as unknown as ManualRelease

const text = (lang: 'es' | 'en') =>
  renderToStaticMarkup(createElement(ReleaseChangeList, { release, t: STRINGS[lang], lang }))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

test('the portal and the admin say which session changed and which of its parts, in Spanish and English', () => {
  expect(text('es')).toContain('Sesiones modificadas')
  expect(text('es')).toContain('Sesión 4 «Mis derechos»: notas de seguridad, agenda y actividades')
  expect(text('en')).toContain('Session 4 “My rights”: safety notes, agenda and activities')
  for (const lang of ['es', 'en'] as const) {
    expect(text(lang)).not.toMatch(/Cambió|Changed:|safetyNotes/)
  }
})
