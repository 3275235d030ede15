import type { CollectionConfig } from 'payload'

import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, readCurriculum } from '@collections/access/readCurriculum'
import { keepLatestVersions } from '@collections/hooks/keepLatestVersions'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

export const MODULE_VERSIONS_KEPT = 50

/** A thematic block of sessions within a track, in order. */
export const Modules: CollectionConfig = {
  slug: 'modules',
  labels: {
    singular: { es: 'Módulo', en: 'Module' },
    plural: { es: 'Módulos', en: 'Modules' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['order', 'title', 'track', '_status', 'updatedAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
    // A refused publish keeps the edits saveable (src/ui/admin/PublishButtonKeepingEdits.tsx).
    components: { edit: { PublishButton: '/src/ui/admin/PublishButtonKeepingEdits#PublishButtonKeepingEdits' } },
  },
  defaultSort: ['track', 'order'],
  access: {
    read: readCurriculum({ trackPath: 'track', drafts: true }),
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  // The newest 50 versions are kept by keepLatestVersions (Payload's maxPerDoc pruning grows
  // costlier with every version kept: collections/hooks/keepLatestVersions.ts).
  versions: { drafts: true, maxPerDoc: 0 },
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders, noteDraftOnlySave], afterChange: [forgetCurriculumCachesAfterChange, keepLatestVersions('modules', MODULE_VERSIONS_KEPT)], afterDelete: [forgetCurriculumCachesAfterDelete] },
  fields: [
    {
      name: 'track',
      type: 'relationship',
      relationTo: 'tracks',
      required: true,
      index: true,
      label: { es: 'Línea', en: 'Track' },
    },
    { name: 'order', type: 'number', required: true, min: 1, label: { es: 'Orden', en: 'Order' } },
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { es: 'Resumen', en: 'Summary' } },
    {
      // An adapted track's module: the source module it was copied from (issue 20), so taking a
      // source session's change of module lands in the adaptation's own module.
      name: 'sourceModule',
      type: 'text',
      label: { es: 'Módulo de origen', en: 'Source module' },
      admin: { hidden: true },
    },
  ],
}
