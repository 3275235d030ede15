import type { CollectionConfig } from 'payload'

import { anyone, curriculumEditors } from '@collections/access/roles'
import { slugField } from '@collections/fields/slug'
import { localizedRichText } from '@collections/fields/richText'

/** A curriculum programme. Its overview is one of the public pages, so anyone may read it. */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: {
    singular: { es: 'Programa', en: 'Programme' },
    plural: { es: 'Programas', en: 'Programmes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'institution', 'updatedAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
  },
  access: {
    read: anyone,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Nombre', en: 'Name' } },
    slugField(),
    {
      name: 'institution',
      type: 'text',
      label: { es: 'Institución responsable', en: 'Responsible institution' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: { es: 'Resumen', en: 'Summary' },
    },
    localizedRichText('overview', { label: { es: 'Presentación', en: 'Overview' } }),
    {
      // Shown on the public home page: how a woman (or a man) joins a group.
      name: 'howToJoin',
      type: 'group',
      label: { es: 'Cómo participar (página pública)', en: 'How to join (public page)' },
      fields: [
        { name: 'who', type: 'textarea', localized: true, label: { es: 'Quién puede participar', en: 'Who may take part' } },
        { name: 'where', type: 'textarea', localized: true, label: { es: 'Dónde', en: 'Where' } },
        { name: 'contact', type: 'textarea', localized: true, label: { es: 'A quién llamar', en: 'Whom to call' } },
        { name: 'phone', type: 'text', label: { es: 'Teléfono para inscribirse', en: 'Phone to sign up' } },
      ],
    },
    {
      name: 'states',
      type: 'text',
      hasMany: true,
      label: { es: 'Estados donde opera', en: 'States where it runs' },
    },
  ],
}
