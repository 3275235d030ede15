import type { Block, Field } from 'payload'

import { facilitatorRichText, localizedRichText } from './richText'
import { minutesField } from './minutes'

type Label = { es: string; en: string }

/** The kinds of activity a session's agenda is built from, in the field's own words. */
export const ACTIVITY_KINDS: Record<string, { singular: Label; plural: Label; interfaceName: string }> = {
  checkIn: {
    singular: { es: 'Registro de entrada', en: 'Check-in' },
    plural: { es: 'Registros de entrada', en: 'Check-ins' },
    interfaceName: 'CheckInActivity',
  },
  themeWork: {
    singular: { es: 'Trabajo temático', en: 'Theme work' },
    plural: { es: 'Trabajo temático', en: 'Theme work' },
    interfaceName: 'ThemeWorkActivity',
  },
  videoVignette: {
    singular: { es: 'Viñeta en video', en: 'Video vignette' },
    plural: { es: 'Viñetas en video', en: 'Video vignettes' },
    interfaceName: 'VideoVignetteActivity',
  },
  groupDiscussion: {
    singular: { es: 'Discusión grupal', en: 'Group discussion' },
    plural: { es: 'Discusiones grupales', en: 'Group discussions' },
    interfaceName: 'GroupDiscussionActivity',
  },
  rolePlay: {
    singular: { es: 'Juego de roles', en: 'Role-play' },
    plural: { es: 'Juegos de roles', en: 'Role-plays' },
    interfaceName: 'RolePlayActivity',
  },
  reflection: {
    singular: { es: 'Reflexión', en: 'Reflection' },
    plural: { es: 'Reflexiones', en: 'Reflections' },
    interfaceName: 'ReflectionActivity',
  },
  homework: {
    singular: { es: 'Tarea', en: 'Homework' },
    plural: { es: 'Tareas', en: 'Homework' },
    interfaceName: 'HomeworkActivity',
  },
  closing: {
    singular: { es: 'Cierre', en: 'Closing' },
    plural: { es: 'Cierres', en: 'Closings' },
    interfaceName: 'ClosingActivity',
  },
  break: {
    singular: { es: 'Receso', en: 'Break' },
    plural: { es: 'Recesos', en: 'Breaks' },
    interfaceName: 'BreakActivity',
  },
}

export type ActivityKind = keyof typeof ACTIVITY_KINDS

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

export const activityBlocks: Block[] = Object.entries(ACTIVITY_KINDS).map(([slug, kind]) => ({
  slug,
  interfaceName: kind.interfaceName,
  labels: { singular: kind.singular, plural: kind.plural },
  admin: { components: { Label: '/src/ui/admin/ActivityRowLabel#ActivityRowLabel' } },
  fields: activityFields(slug),
}))
