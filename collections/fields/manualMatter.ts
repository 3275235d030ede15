import type { CollectionConfig, Field } from 'payload'

import { readManualMatter } from '@collections/access/manualMatter'
import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders } from '@collections/access/readCurriculum'

/**
 * What the manual's front matter and glossary share: who reads and writes them, drafts and
 * versions, and their place (a programme, and a track or every track of it).
 */
export const manualMatterBase = {
  access: {
    read: readManualMatter,
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeOperation: [publishedOnlyForNonDraftReaders] },
} satisfies Partial<CollectionConfig>

/** The programme, and the track (empty: every track of the programme), described for this collection. */
export function programmeAndTrackFields(emptyTrack: { es: string; en: string }): Field[] {
  return [
    { name: 'programme', type: 'relationship', relationTo: 'programmes', required: true, index: true, label: { es: 'Programa', en: 'Programme' } },
    { name: 'track', type: 'relationship', relationTo: 'tracks', index: true, label: { es: 'Línea', en: 'Track' }, admin: { description: emptyTrack } },
  ]
}
