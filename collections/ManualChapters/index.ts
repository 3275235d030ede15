import type { CollectionConfig } from 'payload'

import { manualMatterBase, programmeAndTrackFields } from '@collections/fields/manualMatter'
import { localizedRichText } from '@collections/fields/richText'
import { MANUAL_CHAPTER_KINDS, manualChapterKindLabel } from '@/core/releases/manualMatter'

/**
 * A chapter of the facilitator manual printed before the sessions (introduction, methodology,
 * facilitator profile and team, encuadre, conditions before each session, record keeping,
 * partner-safety contact, risk assessment and referral…). Written for a whole programme (no
 * track) or for one track; designers choose which chapters exist and their order. Facilitator
 * material: never read anonymously, never printed in participant materials. A release freezes the
 * published chapters (src/cms/releases/readSnapshot.ts).
 */
export const ManualChapters: CollectionConfig = {
  slug: 'manual-chapters',
  labels: {
    singular: { es: 'Capítulo del manual', en: 'Manual chapter' },
    plural: { es: 'Capítulos del manual', en: 'Manual chapters' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'kind', 'track', '_status', 'updatedAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
    description: {
      es: 'Se imprimen en el manual de facilitación antes de las sesiones, en este orden. Sin línea: para todas las líneas del programa.',
      en: 'Printed in the facilitator manual before the sessions, in this order. No track: for every track of the programme.',
    },
  },
  defaultSort: ['programme', 'order'],
  ...manualMatterBase,
  fields: [
    ...programmeAndTrackFields({ es: 'Vacío: el capítulo va en el manual de todas las líneas.', en: 'Empty: the chapter goes into every track’s manual.' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: MANUAL_CHAPTER_KINDS.map((kind) => ({ value: kind, label: { es: manualChapterKindLabel(kind, 'es'), en: manualChapterKindLabel(kind, 'en') } })),
      label: { es: 'Tipo', en: 'Kind' },
    },
    { name: 'order', type: 'number', required: true, min: 1, label: { es: 'Orden', en: 'Order' } },
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Título', en: 'Title' } },
    localizedRichText('body', { label: { es: 'Texto', en: 'Text' } }),
  ],
}
