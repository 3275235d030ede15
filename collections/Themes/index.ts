import type { CollectionConfig } from 'payload'

import { publishedOnlyForNonDraftReaders } from '@collections/access/readCurriculum'
import { curriculumEditors, facilitatorLevel } from '@collections/access/roles'
import { slugField } from '@collections/fields/slug'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

/** Cross-track themes that tie women's and men's sessions together. */
export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: {
    singular: { es: 'Tema', en: 'Theme' },
    plural: { es: 'Temas', en: 'Themes' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
  },
  access: {
    read: facilitatorLevel,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  // Its join lists sessions: published ones only for readers who may not see drafts.
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders, noteDraftOnlySave], afterChange: [forgetCurriculumCachesAfterChange], afterDelete: [forgetCurriculumCachesAfterDelete] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Nombre', en: 'Name' } },
    slugField(),
    { name: 'description', type: 'textarea', localized: true, label: { es: 'Descripción', en: 'Description' } },
    {
      name: 'sessions',
      type: 'join',
      collection: 'sessions',
      on: 'themes',
      label: { es: 'Sesiones que lo trabajan', en: 'Sessions covering it' },
      admin: { defaultColumns: ['number', 'title', 'track'] },
    },
  ],
}
