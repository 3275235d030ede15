import type { CollectionConfig } from 'payload'

import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, publishedOrDraftReader } from '@collections/access/readCurriculum'
import { keepLatestVersions } from '@collections/hooks/keepLatestVersions'
import { LANGUAGES, SERVICE_AUDIENCES, SERVICE_KINDS, SERVICE_REGIONS } from '@/core/vocabulary'
import { forgetPublicPagesAfterChange, forgetPublicPagesAfterDelete } from '@collections/hooks/forgetPublicPages'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

export const SERVICE_VERSIONS_KEPT = 20

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
    defaultColumns: ['name', 'kind', 'serves', 'state', 'phone', '_status'],
    group: { es: 'Directorio', en: 'Directory' },
    // A refused publish keeps the edits saveable (src/ui/admin/PublishButtonKeepingEdits.tsx).
    components: { edit: { PublishButton: '/src/ui/admin/PublishButtonKeepingEdits#PublishButtonKeepingEdits' } },
  },
  defaultSort: ['state', 'name'],
  access: {
    read: publishedOrDraftReader,
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  // The newest 20 versions are kept by keepLatestVersions (Payload's maxPerDoc pruning grows
  // costlier with every version kept: collections/hooks/keepLatestVersions.ts).
  versions: { drafts: true, maxPerDoc: 0 },
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders, noteDraftOnlySave], afterChange: [forgetPublicPagesAfterChange, keepLatestVersions('services', SERVICE_VERSIONS_KEPT)], afterDelete: [forgetPublicPagesAfterDelete] },
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
    {
      // Filters the public directory and keeps men's services out of women's materials
      // (src/core/services/directory.ts); `servesWhom` below says it in the reader's words.
      name: 'serves',
      type: 'select',
      required: true,
      defaultValue: 'anyone',
      options: SERVICE_AUDIENCES.map((audience) => ({ ...audience })),
      label: { es: 'Atiende a', en: 'Serves' },
      admin: { description: { es: 'Los servicios solo para hombres nunca aparecen en los materiales de mujeres.', en: "Services for men only never appear in women's materials." } },
    },
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
