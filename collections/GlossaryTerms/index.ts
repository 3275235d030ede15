import type { CollectionConfig } from 'payload'

import { manualMatterBase, programmeAndTrackFields } from '@collections/fields/manualMatter'

/**
 * A glossary term of a programme (or of one track): the definition facilitators read at the back
 * of the manual, and an optional plain-language definition that the participant workbook prints
 * (terms without one stay out of the workbook). Facilitator material: never read anonymously.
 */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: {
    singular: { es: 'Término del glosario', en: 'Glossary term' },
    plural: { es: 'Glosario', en: 'Glossary' },
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'track', '_status', 'updatedAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
  },
  defaultSort: 'term',
  ...manualMatterBase,
  fields: [
    ...programmeAndTrackFields({ es: 'Vacío: el término va en el glosario de todas las líneas.', en: 'Empty: the term goes into every track’s glossary.' }),
    { name: 'term', type: 'text', localized: true, required: true, label: { es: 'Término', en: 'Term' } },
    { name: 'definition', type: 'textarea', localized: true, required: true, label: { es: 'Definición (manual de facilitación)', en: 'Definition (facilitator manual)' } },
    {
      name: 'participantDefinition',
      type: 'textarea',
      localized: true,
      label: { es: 'Definición en lenguaje sencillo (cuaderno de participantes)', en: 'Plain-language definition (participant workbook)' },
      admin: {
        description: {
          es: 'Para participantes: palabras sencillas, sin notas de facilitación. Vacío: el término no va en el cuaderno.',
          en: 'For participants: plain words, no facilitator notes. Empty: the term stays out of the workbook.',
        },
      },
    },
  ],
}
