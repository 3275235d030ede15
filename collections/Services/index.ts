import type { CollectionConfig } from 'payload'

import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, publishedOrDraftReader } from '@collections/access/readCurriculum'
import { LANGUAGES, SERVICE_KINDS, SERVICE_REGIONS } from '@/core/vocabulary'

/**
 * The directory of services for people who are not eligible for the programme or are in crisis.
 * Public: anonymous readers see published entries.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { es: 'Servicio', en: 'Service' },
    plural: { es: 'Directorio de servicios', en: 'Service directory' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'state', 'phone', '_status'],
    group: { es: 'Directorio', en: 'Directory' },
  },
  defaultSort: ['state', 'name'],
  access: {
    read: publishedOrDraftReader,
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: SERVICE_KINDS, label: { es: 'Tipo', en: 'Kind' } },
        {
          name: 'state',
          type: 'select',
          required: true,
          options: SERVICE_REGIONS,
          label: { es: 'Estado', en: 'State' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'municipality', type: 'text', label: { es: 'Municipio', en: 'Municipality' } },
        { name: 'phone', type: 'text', required: true, label: { es: 'Teléfono', en: 'Phone' } },
      ],
    },
    { name: 'address', type: 'text', label: { es: 'Dirección', en: 'Address' } },
    { name: 'website', type: 'text', label: { es: 'Sitio web', en: 'Website' } },
    { name: 'hours', type: 'text', localized: true, label: { es: 'Horario', en: 'Hours' } },
    { name: 'description', type: 'textarea', localized: true, label: { es: 'Descripción', en: 'Description' } },
    { name: 'servesWhom', type: 'text', localized: true, label: { es: 'A quién atiende', en: 'Who it serves' } },
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'select', hasMany: true, options: LANGUAGES, label: { es: 'Idiomas', en: 'Languages' } },
        { name: 'ruralCoverage', type: 'checkbox', defaultValue: false, label: { es: 'Atiende zonas rurales', en: 'Serves rural areas' } },
      ],
    },
  ],
}
