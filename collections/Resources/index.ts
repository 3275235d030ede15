import type { CollectionConfig } from 'payload'

import { LANGUAGES } from '@/core/vocabulary'
import { draftReaders, resourceEditors } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, readCurriculum } from '@collections/access/readCurriculum'
import { localizedRichText } from '@collections/fields/richText'
import { notePublishGateEnforcement, recordResourceGaps, requireWhatPublishingNeeds } from './hooks'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'
import { keepLatestVersions } from '@collections/hooks/keepLatestVersions'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

export const RESOURCE_VERSIONS_KEPT = 50

/** Audiovisual and document material used in sessions: videos, audio, images, documents. */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: {
    singular: { es: 'Recurso', en: 'Resource' },
    plural: { es: 'Recursos', en: 'Resources' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['file', 'title', 'kind', 'audience', 'captionLocales', '_status', 'updatedAt'],
    group: { es: 'Audiovisual', en: 'Audiovisual' },
    // A refused publish keeps the edits saveable (src/ui/admin/PublishButtonKeepingEdits.tsx).
    components: { edit: { PublishButton: '/src/ui/admin/PublishButtonKeepingEdits#PublishButtonKeepingEdits' } },
  },
  access: {
    // Facilitator-audience resources are, like all resources, readable from facilitator level up.
    read: readCurriculum({ trackPath: 'tracks', drafts: true }),
    readVersions: draftReaders,
    create: resourceEditors,
    update: resourceEditors,
    delete: resourceEditors,
  },
  // Scheduled publishing runs on the jobs queue (payload.config.ts `jobs.autoRun`, every 10 s).
  // The newest 50 versions are kept by keepLatestVersions (Payload's maxPerDoc pruning grows
  // costlier with every version kept: collections/hooks/keepLatestVersions.ts).
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 0 },
  hooks: {
    beforeOperation: [publishedOnlyForNonDraftReaders, notePublishGateEnforcement, noteDraftOnlySave],
    beforeChange: [recordResourceGaps, requireWhatPublishingNeeds],
    afterChange: [forgetCurriculumCachesAfterChange, keepLatestVersions('resources', RESOURCE_VERSIONS_KEPT)],
    afterDelete: [forgetCurriculumCachesAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Título', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { es: 'Tipo', en: 'Kind' },
          options: [
            { value: 'video', label: { es: 'Video', en: 'Video' } },
            { value: 'audio', label: { es: 'Audio', en: 'Audio' } },
            { value: 'image', label: { es: 'Imagen', en: 'Image' } },
            { value: 'document', label: { es: 'Documento', en: 'Document' } },
          ],
        },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'participant',
          label: { es: 'Público', en: 'Audience' },
          options: [
            { value: 'participant', label: { es: 'Participantes', en: 'Participants' } },
            { value: 'facilitator', label: { es: 'Solo facilitación', en: 'Facilitators only' } },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { es: 'Descripción', en: 'Description' } },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'media',
      label: { es: 'Archivo', en: 'File' },
      // Thumbnail (image) or poster (video) in the list.
      admin: { components: { Cell: '/src/ui/admin/MediaThumbnailCell#MediaThumbnailCell' } },
    },
    {
      name: 'captions',
      type: 'array',
      label: { es: 'Subtítulos (WebVTT)', en: 'Captions (WebVTT)' },
      labels: { singular: { es: 'Pista', en: 'Track' }, plural: { es: 'Pistas', en: 'Tracks' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'language', type: 'select', required: true, options: LANGUAGES, label: { es: 'Idioma', en: 'Language' } },
            {
              name: 'file',
              type: 'upload',
              relationTo: 'media',
              required: true,
              label: { es: 'Archivo VTT', en: 'VTT file' },
              // Only caption files (WebVTT, or SRT stored as WebVTT) are offered here.
              filterOptions: { mimeType: { equals: 'text/vtt' } },
            },
          ],
        },
      ],
    },
    {
      name: 'player',
      type: 'ui',
      admin: {
        components: { Field: '/src/ui/admin/MediaPreview#ResourceMediaPreview' },
        condition: (data) => data?.kind === 'video' || data?.kind === 'audio',
      },
    },
    localizedRichText('transcript', { label: { es: 'Transcripción', en: 'Transcript' } }),
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: { es: 'Duración (segundos)', en: 'Duration (seconds)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tracks',
      type: 'relationship',
      relationTo: 'tracks',
      hasMany: true,
      required: true,
      minRows: 1,
      label: { es: 'Líneas', en: 'Tracks' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: { es: 'Temas', en: 'Themes' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LANGUAGES,
      label: { es: 'Idiomas del contenido', en: 'Content languages' },
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'licence',
          type: 'text',
          label: { es: 'Licencia', en: 'Licence' },
          admin: { description: { es: 'Obligatoria para publicar.', en: 'Required to publish.' } },
        },
        {
          name: 'credit',
          type: 'text',
          label: { es: 'Créditos', en: 'Credit' },
          admin: { description: { es: 'Obligatorio para publicar.', en: 'Required to publish.' } },
        },
      ],
    },
    // Stored gaps, so the list can be filtered by them (recordResourceGaps; a later alt text on the
    // image refreshes missingAltText from the media side).
    {
      name: 'captionLocales',
      type: 'select',
      hasMany: true,
      options: LANGUAGES,
      label: { es: 'Subtítulos en', en: 'Captions in' },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'video' || data?.kind === 'audio' },
    },
    {
      name: 'missingSpanishCaptions',
      type: 'checkbox',
      index: true,
      label: { es: 'Faltan subtítulos en español', en: 'Missing Spanish captions' },
      admin: { components: { Field: '/src/ui/admin/ReadOnlyFlag#ReadOnlyFlag' }, readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'video' || data?.kind === 'audio' },
    },
    {
      name: 'missingAltText',
      type: 'checkbox',
      index: true,
      label: { es: 'Falta texto alternativo', en: 'Missing alt text' },
      admin: { components: { Field: '/src/ui/admin/ReadOnlyFlag#ReadOnlyFlag' }, readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'image' },
    },
    {
      name: 'usedIn',
      type: 'join',
      collection: 'sessions',
      on: 'resources',
      label: { es: 'Sesiones que lo usan', en: 'Used in sessions' },
      admin: {
        defaultColumns: ['number', 'title', 'track'],
        // Trainers upload and publish resources but do not edit sessions (the roles' contract):
        // say who attaches a resource, and where, instead of leaving them with no way forward.
        description: {
          es: 'Un recurso se vincula desde la sesión: pestaña «Materiales de apoyo» → «Recursos audiovisuales», o el video de una viñeta en la agenda. Lo hace quien diseña el currículo (o administración); si tu cuenta no edita sesiones, pídeselo indicando la sesión.',
          en: 'A resource is attached from the session: the «Handouts & resources» tab → «Audiovisual resources», or a video vignette’s video in the agenda. Curriculum designers (or admins) do it; if your account does not edit sessions, ask them, naming the session.',
        },
      },
    },
  ],
}
