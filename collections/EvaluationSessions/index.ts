import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { idOf } from '@/core/rules/ids'
import { inRequestLanguage } from '@collections/hooks/language'
import {
  enforcingEvaluationScope,
  evaluationRecorders,
  noteEvaluationScopeEnforcement,
  ownRecords,
  recorderOnCreate,
} from '@collections/access/evaluation'

/** A facilitator records sessions only for the groups she opened (and so only on her tracks). */
const sessionOfOwnGroup: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || !enforcingEvaluationScope(req)) return data
  const groupId = idOf(data.group ?? originalDoc?.group)
  const group =
    groupId === null
      ? null
      : await req.payload
          .findByID({ collection: 'evaluation-groups', id: groupId, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
          .catch(() => null)
  if (!group) {
    const message = inRequestLanguage(req, {
      es: 'Solo puedes registrar sesiones de los grupos que abriste.',
      en: 'You can record sessions only for the groups you opened.',
    })
    throw new APIError(message, 403, undefined, true)
  }
  return data
}

/** One session delivered to a group: which session of the track, when, and how many were present. */
export const EvaluationSessions: CollectionConfig = {
  slug: 'evaluation-sessions',
  labels: {
    singular: { es: 'Sesión impartida', en: 'Session delivered' },
    plural: { es: 'Sesiones impartidas', en: 'Sessions delivered' },
  },
  admin: {
    useAsTitle: 'date',
    group: { es: 'Evaluación', en: 'Evaluation' },
    hidden: true,
  },
  graphQL: { singularName: 'EvaluationSession', pluralName: 'EvaluationSessions' },
  defaultSort: '-date',
  access: {
    read: ownRecords('recordedBy'),
    create: evaluationRecorders,
    update: ownRecords('recordedBy'),
    delete: ownRecords('recordedBy'),
  },
  hooks: { beforeOperation: [noteEvaluationScopeEnforcement], beforeChange: [sessionOfOwnGroup] },
  fields: [
    { name: 'group', type: 'relationship', relationTo: 'evaluation-groups', required: true, index: true, label: { es: 'Grupo', en: 'Group' } },
    { name: 'sessionNumber', type: 'number', required: true, min: 1, max: 100, label: { es: 'Número de sesión', en: 'Session number' } },
    { name: 'date', type: 'date', required: true, index: true, label: { es: 'Fecha', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'present', type: 'number', required: true, min: 0, max: 100, label: { es: 'Personas presentes', en: 'People present' } },
    {
      name: 'recordedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { es: 'Registrado por', en: 'Recorded by' },
      hooks: { beforeChange: [recorderOnCreate] },
      admin: { readOnly: true },
    },
  ],
}
