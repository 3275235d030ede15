import type { Block, Field } from 'payload'

import { ACTIVITY_KINDS } from '@/core/vocabulary'
import { facilitatorRichText, localizedRichText } from './richText'
import { minutesField } from './minutes'

function activityFields(kind: string): Field[] {
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          required: true,
          label: { es: 'Título', en: 'Title' },
        },
        minutesField(),
      ],
    },
  ]
  if (kind === 'videoVignette') {
    fields.push({
      name: 'resource',
      type: 'relationship',
      relationTo: 'resources',
      label: { es: 'Video', en: 'Video' },
      admin: { description: { es: 'El recurso audiovisual que se analiza.', en: 'The audiovisual resource discussed.' } },
    })
  }
  fields.push(
    facilitatorRichText('facilitatorInstructions', {
      es: 'Instrucciones para facilitación',
      en: 'Facilitator instructions',
    }),
    localizedRichText('participantContent', {
      label: { es: 'Contenido para participantes', en: 'Participant content' },
    }),
  )
  return fields
}

/** The kinds of activity a session's agenda is built from (src/core/vocabulary.ts), one block each. */
export const activityBlocks: Block[] = ACTIVITY_KINDS.map((kind) => ({
  slug: kind.value,
  interfaceName: kind.interfaceName,
  labels: { singular: kind.label, plural: kind.plural },
  admin: { components: { Label: '/src/ui/admin/ActivityRowLabel#ActivityRowLabel' } },
  fields: activityFields(kind.value),
}))
