import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { DELIVERY_MODES } from '@/core/evaluation/aggregate'
import { inRequestLanguage } from '@collections/hooks/language'
import { idOf } from '@/core/rules/ids'
import { SERVICE_REGIONS } from '@/core/vocabulary'
import {
  enforcingEvaluationScope,
  evaluationRecorders,
  noteEvaluationScopeEnforcement,
  ownRecords,
  recorderOnCreate,
} from '@collections/access/evaluation'

export const DELIVERY_LABELS = {
  'in-person': { es: 'Presencial', en: 'In person' },
  online: { es: 'En línea', en: 'Online' },
} as const

/**
 * A facilitator opens a group only on a track she may read (her assigned tracks; all of them
 * when she is not scoped), and cannot move it to another one afterwards.
 */
const groupOnOwnTrack: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || !enforcingEvaluationScope(req)) return data
  const trackId = idOf(data.track ?? originalDoc?.track)
  const track =
    trackId === null
      ? null
      : await req.payload.findByID({ collection: 'tracks', id: trackId, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null)
  if (!track) {
    const message = inRequestLanguage(req, {
      es: 'Solo puedes registrar grupos de las líneas de trabajo que facilitas.',
      en: 'You can record groups only for the tracks you facilitate.',
    })
    throw new APIError(message, 403, undefined, true)
  }
  return data
}

/**
 * A group opened by a team (issue 20, part 3): where, which track, when, in person or online, and
 * at its close how many participants attended 1–12 and 13 or more sessions. Counts only: no field
 * here or in evaluation-sessions holds a participant's name or any other personal data
 * (tests/int/no-personal-data.test.ts walks every collection for such fields).
 */
export const EvaluationGroups: CollectionConfig = {
  slug: 'evaluation-groups',
  labels: {
    singular: { es: 'Grupo abierto', en: 'Group opened' },
    plural: { es: 'Grupos abiertos', en: 'Groups opened' },
  },
  admin: {
    useAsTitle: 'startDate',
    group: { es: 'Evaluación', en: 'Evaluation' },
    // Facilitators record in the portal (/portal/evaluacion); coordinators read the aggregate
    // dashboard (/admin/evaluation). Record by record lists are for nobody else.
    hidden: true,
  },
  graphQL: { singularName: 'EvaluationGroup', pluralName: 'EvaluationGroups' },
  defaultSort: '-startDate',
  access: {
    read: ownRecords('openedBy'),
    create: evaluationRecorders,
    update: ownRecords('openedBy'),
    delete: ownRecords('openedBy'),
  },
  hooks: { beforeOperation: [noteEvaluationScopeEnforcement], beforeChange: [groupOnOwnTrack] },
  fields: [
    { name: 'track', type: 'relationship', relationTo: 'tracks', required: true, index: true, label: { es: 'Línea', en: 'Track' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: SERVICE_REGIONS.filter((region) => region.value !== 'national'),
      label: { es: 'Estado', en: 'State' },
    },
    { name: 'startDate', type: 'date', required: true, index: true, label: { es: 'Fecha de inicio', en: 'Start date' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'delivery',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      options: DELIVERY_MODES.map((value) => ({ value, label: { ...DELIVERY_LABELS[value] } })),
      label: { es: 'Modalidad', en: 'Delivery' },
    },
    { name: 'closedOn', type: 'date', label: { es: 'Fecha de cierre', en: 'Closed on' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'attended1to12', type: 'number', min: 0, max: 500, label: { es: 'Asistieron a 1–12 sesiones', en: 'Attended 1–12 sessions' } },
    { name: 'attended13plus', type: 'number', min: 0, max: 500, label: { es: 'Asistieron a 13 o más sesiones', en: 'Attended 13 or more sessions' } },
    {
      // The account that recorded it (a facilitator, not a participant): whose records these are.
      name: 'openedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { es: 'Registrado por', en: 'Recorded by' },
      hooks: { beforeChange: [recorderOnCreate] },
      admin: { readOnly: true },
    },
  ],
}
