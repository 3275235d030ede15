import type { CollectionConfig } from 'payload'

import { REVIEW_DECISION_LABELS, REVIEW_DECISIONS } from '@/core/rules/review'
import { admins, draftReaders, nobody } from '@collections/access/roles'

/**
 * The history of a session's review: who submitted, approved or requested changes, when, with what
 * comment, and which version of the session it was about. Written only by the review endpoint and
 * the session hooks (collections/Sessions/review.ts); nobody edits a decision afterwards, and only
 * an admin may delete one.
 */
export const ReviewDecisions: CollectionConfig = {
  slug: 'review-decisions',
  labels: {
    singular: { es: 'Decisión de revisión', en: 'Review decision' },
    plural: { es: 'Decisiones de revisión', en: 'Review decisions' },
  },
  admin: {
    useAsTitle: 'decision',
    defaultColumns: ['session', 'decision', 'comment', 'by', 'createdAt'],
    group: { es: 'Currículo', en: 'Curriculum' },
    description: {
      es: 'Historial de revisión de las sesiones. Las decisiones se toman desde cada sesión.',
      en: 'Review history of sessions. Decisions are taken from each session.',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: draftReaders,
    create: nobody,
    update: nobody,
    delete: admins,
  },
  fields: [
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'sessions',
      required: true,
      index: true,
      label: { es: 'Sesión', en: 'Session' },
    },
    {
      name: 'decision',
      type: 'select',
      required: true,
      label: { es: 'Decisión', en: 'Decision' },
      options: REVIEW_DECISIONS.map((value) => ({ value, label: REVIEW_DECISION_LABELS[value] })),
    },
    { name: 'comment', type: 'textarea', label: { es: 'Comentario', en: 'Comment' } },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { es: 'Por', en: 'By' },
    },
    {
      // The version of the session the decision was about (its version ID in the session's history).
      name: 'sessionVersion',
      type: 'text',
      label: { es: 'Versión de la sesión', en: 'Session version' },
    },
  ],
}
