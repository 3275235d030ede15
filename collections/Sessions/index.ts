import type { CollectionConfig } from 'payload'

import { curriculumEditors, draftReaders } from '@collections/access/roles'
import { publishedOnlyForNonDraftReaders, readCurriculum } from '@collections/access/readCurriculum'
import { activityBlocks } from '@collections/fields/activityBlocks'
import { facilitatorRichText, localizedRichText } from '@collections/fields/richText'
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@/core/rules/review'
import { checkSessionIntegrity, nextFreeSessionNumber } from './hooks'
import { sessionPreviewEndpoint, sessionPreviewUrl } from './preview'
import { applyReviewRules, recordWithdrawnApproval, reviewEndpoint } from './review'
import { sessionAdaptationEndpoints } from './adaptation'
import { keepLatestVersions } from '@collections/hooks/keepLatestVersions'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

/** How many versions of a session are kept (the oldest beyond them are deleted on save). */
export const SESSION_VERSIONS_KEPT = 100

/** One group session of a track: its agenda of timed activities and everything a facilitator needs. */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: {
    singular: { es: 'Sesión', en: 'Session' },
    plural: { es: 'Sesiones', en: 'Sessions' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'track', 'module', '_status', 'reviewStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: { es: 'Currículo', en: 'Curriculum' },
    pagination: { defaultLimit: 50 },
    // Publish is not offered while the server would refuse it (not approved, minutes off): the
    // button says why instead (src/ui/admin/SessionPublishButton.tsx).
    components: { edit: { PublishButton: '/src/ui/admin/SessionPublishButton#SessionPublishButton' } },
    // The manual's and the workbook's pages of the unsaved session, printed by the release renderers.
    livePreview: {
      url: sessionPreviewUrl,
      breakpoints: [{ name: 'letter', label: 'Carta · Letter', width: 900, height: 1100 }],
    },
  },
  defaultSort: ['track', 'number'],
  access: {
    read: readCurriculum({ trackPath: 'track', drafts: true }),
    readVersions: draftReaders,
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  // Scheduled publishing runs on the jobs queue (payload.config.ts `jobs.autoRun`, every 10 s).
  // The newest 100 versions are kept by keepLatestVersions below, not by Payload's maxPerDoc
  // (whose pruning made a save cost five times more once a session reached them).
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 0 },
  hooks: {
    beforeOperation: [publishedOnlyForNonDraftReaders, noteDraftOnlySave],
    beforeValidate: [checkSessionIntegrity],
    // After the integrity rules: a session that cannot be published for its timing says so first.
    beforeChange: [applyReviewRules],
    afterChange: [recordWithdrawnApproval, forgetCurriculumCachesAfterChange, keepLatestVersions('sessions', SESSION_VERSIONS_KEPT)],
    afterDelete: [forgetCurriculumCachesAfterDelete],
  },
  // POST /api/sessions/:id/review: submit, approve, request changes (collections/Sessions/review.ts).
  // /preview before /:id/review: a fixed path is matched first.
  // GET/POST /api/sessions/:id/adaptation: an adapted session's update from its source (./adaptation.ts).
  endpoints: [sessionPreviewEndpoint, reviewEndpoint, ...sessionAdaptationEndpoints],
  indexes: [{ fields: ['track', 'number'], unique: true }],
  fields: [
    {
      // An adapted session's "Actualización disponible": what changed in its source and the
      // designer's three answers (issue 20). Shows nothing on a session that follows no source.
      name: 'adaptationUpdate',
      type: 'ui',
      admin: {
        condition: (data) => Boolean(data?.adaptation?.sourceSession),
        components: { Field: '/src/ui/admin/AdaptationPanel#SessionAdaptationUpdate' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          index: true,
          label: { es: 'Número', en: 'Number' },
          hooks: { beforeDuplicate: [nextFreeSessionNumber] },
          validate: (value: unknown) =>
            typeof value === 'number' && Number.isInteger(value) && value > 0
              ? true
              : 'The session number must be a positive whole number.',
          admin: { width: '120px' },
        },
        {
          name: 'title',
          type: 'text',
          localized: true,
          required: true,
          label: { es: 'Título', en: 'Title' },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { es: 'Panorama', en: 'Overview' },
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              label: { es: 'Resumen en lenguaje sencillo', en: 'Plain-language summary' },
              admin: {
                description: {
                  es: 'Para participantes: dos o tres frases.',
                  en: 'For participants: two or three sentences.',
                },
              },
            },
            {
              name: 'objectives',
              type: 'array',
              label: { es: 'Objetivos', en: 'Objectives' },
              labels: { singular: { es: 'Objetivo', en: 'Objective' }, plural: { es: 'Objetivos', en: 'Objectives' } },
              fields: [
                { name: 'objective', type: 'text', localized: true, required: true, label: { es: 'Objetivo', en: 'Objective' } },
              ],
            },
            {
              name: 'contentNotes',
              type: 'textarea',
              localized: true,
              label: { es: 'Aviso de contenido', en: 'Content notes' },
              admin: {
                description: {
                  es: 'Anticipa contenido difícil (p. ej. violencia sexual) para que nadie se sorprenda.',
                  en: 'Warns in advance of difficult content (e.g. sexual violence).',
                },
              },
            },
            {
              name: 'materials',
              type: 'textarea',
              localized: true,
              label: { es: 'Materiales', en: 'Materials' },
            },
          ],
        },
        {
          label: { es: 'Agenda', en: 'Agenda' },
          fields: [
            {
              // Live start times and total as the designer types; stores nothing.
              name: 'liveAgenda',
              type: 'ui',
              admin: { components: { Field: '/src/ui/admin/LiveAgenda#LiveAgenda' } },
            },
            {
              name: 'activities',
              type: 'blocks',
              label: { es: 'Actividades', en: 'Activities' },
              labels: { singular: { es: 'Actividad', en: 'Activity' }, plural: { es: 'Actividades', en: 'Activities' } },
              blocks: activityBlocks,
              admin: {
                description: {
                  es: 'Los minutos deben sumar la duración de la sesión para poder publicarla.',
                  en: 'Minutes must add up to the session duration before it can be published.',
                },
              },
            },
          ],
        },
        {
          label: { es: 'Facilitación', en: 'Facilitation' },
          fields: [
            facilitatorRichText('facilitatorNotes', { es: 'Notas para facilitación', en: 'Facilitator notes' }),
            facilitatorRichText('safetyNotes', { es: 'Notas de seguridad y riesgo', en: 'Safety and risk notes' }),
          ],
        },
        {
          label: { es: 'Materiales de apoyo', en: 'Handouts & resources' },
          fields: [
            {
              name: 'handouts',
              type: 'array',
              label: { es: 'Hojas de trabajo', en: 'Handouts' },
              labels: { singular: { es: 'Hoja', en: 'Handout' }, plural: { es: 'Hojas', en: 'Handouts' } },
              fields: [
                { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Título', en: 'Title' } },
                localizedRichText('body', { label: { es: 'Contenido', en: 'Content' } }),
                { name: 'file', type: 'upload', relationTo: 'media', label: { es: 'Archivo', en: 'File' } },
              ],
            },
            {
              name: 'resources',
              type: 'relationship',
              relationTo: 'resources',
              hasMany: true,
              label: { es: 'Recursos audiovisuales', en: 'Audiovisual resources' },
            },
          ],
        },
        {
          label: { es: 'Revisión', en: 'Review' },
          fields: [
            {
              name: 'reviewHistory',
              type: 'join',
              collection: 'review-decisions',
              on: 'session',
              defaultSort: '-createdAt',
              label: { es: 'Historial de revisión', en: 'Review history' },
              admin: { defaultColumns: ['decision', 'comment', 'byName', 'createdAt'], allowCreate: false },
            },
          ],
        },
      ],
    },
    {
      // Kept by the server (collections/Sessions/review.ts); changed only through the review actions below it.
      name: 'reviewStatus',
      type: 'select',
      defaultValue: 'not-submitted',
      index: true,
      label: { es: 'Revisión', en: 'Review' },
      options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeDuplicate: [() => 'not-submitted'] },
    },
    {
      name: 'reviewActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/ui/admin/ReviewActions#ReviewActions' } },
    },
    {
      // The approved content's fingerprint per locale (src/core/rules/review.ts); never sent to clients.
      name: 'reviewApproval',
      type: 'json',
      hidden: true,
      hooks: { beforeDuplicate: [() => null] },
    },
    {
      // An adapted session (issue 20): the source session it follows, the source release it is in
      // line with, and an update set aside with its reason. Changed only by the adaptation endpoint.
      name: 'adaptation',
      type: 'group',
      label: { es: 'Adaptación', en: 'Adaptation' },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.adaptation?.sourceSession) },
      hooks: { beforeDuplicate: [() => ({})] },
      fields: [
        { name: 'sourceSession', type: 'text', index: true, label: { es: 'Sesión de origen (id)', en: 'Source session (id)' }, admin: { readOnly: true } },
        { name: 'followsVersion', type: 'text', label: { es: 'Sigue la versión de origen', en: 'Follows source release' }, admin: { readOnly: true } },
        { name: 'setAsideVersion', type: 'text', label: { es: 'Actualización dejada de lado (versión)', en: 'Update set aside (release)' }, admin: { readOnly: true } },
        { name: 'setAsideReason', type: 'textarea', label: { es: 'Motivo para dejarla de lado', en: 'Why it was set aside' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'track',
      type: 'relationship',
      relationTo: 'tracks',
      required: true,
      index: true,
      label: { es: 'Línea', en: 'Track' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'module',
      type: 'relationship',
      relationTo: 'modules',
      label: { es: 'Módulo', en: 'Module' },
      admin: { position: 'sidebar' },
      filterOptions: ({ data }) => (data?.track ? { track: { equals: data.track } } : true),
    },
    {
      name: 'duration',
      type: 'number',
      min: 1,
      label: { es: 'Duración (minutos)', en: 'Duration (minutes)' },
      admin: {
        position: 'sidebar',
        description: { es: 'Por omisión, la de la línea (150).', en: "Defaults to the track's (150)." },
      },
    },
    {
      name: 'agendaTotal',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/ui/admin/LiveAgenda#LiveAgendaTotal' } },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: { es: 'Temas', en: 'Themes' },
      admin: { position: 'sidebar' },
    },
  ],
}
