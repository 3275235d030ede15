import type { CollectionConfig } from 'payload'

import { curriculumEditors } from '@collections/access/roles'
import { readCurriculum } from '@collections/access/readCurriculum'
import { slugField } from '@collections/fields/slug'
import { forgetCurriculumCachesAfterChange, forgetCurriculumCachesAfterDelete } from '@collections/hooks/forgetCurriculumCaches'
import { discreetTitleProblem } from '@/core/releases/discreet'
import { GROUP_FORMATS } from '@/core/releases/openGroup'
import { reorderSessionsEndpoint } from './reorderSessions'
import { adaptationStatusEndpoint, adaptTrackEndpoint } from './adapt'
import { noteDraftOnlySave } from '@collections/hooks/draftOnlySaves'

export const DEFAULT_SESSION_MINUTES = 150

/** A programme's track: the women's group, the men's group, or facilitator support. */
export const Tracks: CollectionConfig = {
  slug: 'tracks',
  labels: {
    singular: { es: 'Línea', en: 'Track' },
    plural: { es: 'Líneas', en: 'Tracks' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'plannedSessions', 'sessionMinutes', 'programme'],
    group: { es: 'Currículo', en: 'Curriculum' },
  },
  access: {
    read: readCurriculum({ trackPath: 'id', drafts: false }),
    create: curriculumEditors,
    update: curriculumEditors,
    delete: curriculumEditors,
  },
  // Track titles and planned session counts appear in the coverage report.
  hooks: { beforeOperation: [noteDraftOnlySave], afterChange: [forgetCurriculumCachesAfterChange], afterDelete: [forgetCurriculumCachesAfterDelete] },
  // POST /api/tracks/:id/reorder-sessions: renumber the track's sessions 1..n without clashes.
  // POST /api/tracks/:id/adapt, GET /api/tracks/:id/adaptation: adapted tracks (issue 20, ./adapt.ts).
  endpoints: [reorderSessionsEndpoint, adaptTrackEndpoint, adaptationStatusEndpoint],
  fields: [
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      required: true,
      label: { es: 'Programa', en: 'Programme' },
    },
    { name: 'title', type: 'text', localized: true, required: true, label: { es: 'Nombre', en: 'Name' } },
    slugField(),
    {
      name: 'audience',
      type: 'select',
      required: true,
      label: { es: 'Población', en: 'Audience' },
      options: [
        { value: 'women', label: { es: 'Mujeres', en: 'Women' } },
        { value: 'men', label: { es: 'Hombres', en: 'Men' } },
        { value: 'facilitators', label: { es: 'Facilitación (apoyo)', en: 'Facilitators (support)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plannedSessions',
          type: 'number',
          required: true,
          min: 1,
          label: { es: 'Sesiones previstas', en: 'Planned sessions' },
        },
        {
          name: 'sessionMinutes',
          type: 'number',
          required: true,
          min: 1,
          defaultValue: DEFAULT_SESSION_MINUTES,
          label: { es: 'Minutos por sesión', en: 'Minutes per session' },
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { es: 'Descripción', en: 'Description' },
    },
    {
      // The discreet edition (issue 17): a participant may take the workbook home to where the
      // person who hurt her can read it. With this title set, the workbook's cover, running
      // header, PDF metadata and file name say only this; the facilitator manual is unchanged.
      name: 'discreetTitle',
      type: 'text',
      localized: true,
      label: { es: 'Título discreto del cuaderno de participantes', en: "Discreet title of the participants' workbook" },
      validate: (value: unknown) => discreetTitleProblem(value) ?? true,
      admin: {
        description: {
          es: 'Por ejemplo «Cuaderno de trabajo · Taller de bienestar». Sin mencionar la violencia ni el programa: es lo que se lee en la portada, el encabezado de cada página, las propiedades del PDF y el nombre del archivo.',
          en: 'E.g. “Workbook · Wellbeing workshop”. No mention of violence or of the programme: it is what the cover, every page header, the PDF properties and the file name show.',
        },
      },
    },
    {
      // An adaptation (issue 20): the source track and the release it was copied from. Set by
      // POST /api/tracks/:id/adapt on the source; each session records what it follows itself.
      name: 'adaptedFrom',
      type: 'group',
      label: { es: 'Adaptación de', en: 'Adapted from' },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.adaptedFrom?.track) },
      fields: [
        { name: 'track', type: 'relationship', relationTo: 'tracks', label: { es: 'Línea de origen', en: 'Source track' }, admin: { readOnly: true } },
        { name: 'release', type: 'relationship', relationTo: 'manual-releases', label: { es: 'Versión copiada', en: 'Release copied' }, admin: { readOnly: true } },
        { name: 'version', type: 'text', label: { es: 'Número de versión copiada', en: 'Version copied' }, admin: { readOnly: true } },
      ],
    },
    {
      // "Adapt this track" and, on an adaptation, how far it is behind its source.
      name: 'adaptationPanel',
      type: 'ui',
      label: { es: 'Adaptaciones', en: 'Adaptations' },
      admin: { position: 'sidebar', components: { Field: '/src/ui/admin/AdaptationPanel#TrackAdaptationPanel' } },
    },
    {
      // Issue 20, part 4 (the Duluth model): a closed cohort starts together at session 1; an open
      // group takes men in at any session while its themes (the track's modules) rotate. Release
      // checks hold an open group to its themes (src/core/releases/openGroup.ts).
      // Not `required`: tracks created before it (and scripts that leave it out) read as closed.
      name: 'groupFormat',
      type: 'select',
      defaultValue: 'closed',
      label: { es: 'Formato del grupo', en: 'Group format' },
      options: GROUP_FORMATS.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'openGroup',
      type: 'group',
      label: { es: 'Grupo abierto', en: 'Open group' },
      admin: { condition: (data) => data?.groupFormat === 'open' },
      fields: [
        {
          name: 'sessionsPerTheme',
          type: 'number',
          min: 1,
          defaultValue: 3,
          label: { es: 'Sesiones por tema', en: 'Sessions per theme' },
          admin: {
            description: {
              es: 'Cada módulo de la línea es un tema; todos duran estas sesiones y la primera abre con una viñeta en video.',
              en: "Each of the track's modules is a theme; every one lasts this many sessions and its first opens with a video vignette.",
            },
          },
        },
        {
          name: 'entryGuidance',
          type: 'textarea',
          localized: true,
          label: { es: 'Cómo se integra quien entra a mitad del ciclo', en: 'How a man who joins mid-cycle is brought in' },
        },
      ],
    },
    {
      // Move sessions up and down and save the new numbering (stores nothing itself).
      name: 'sessionOrder',
      type: 'ui',
      label: { es: 'Orden de las sesiones', en: 'Session order' },
      admin: { components: { Field: '/src/ui/admin/SessionOrder#SessionOrder' } },
    },
  ],
}
