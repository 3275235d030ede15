import type { CollectionConfig, FieldHook } from 'payload'

import { REVIEW_DECISION_LABELS, REVIEW_DECISIONS } from '@/core/rules/review'
import { idOf } from '@/core/rules/ids'
import { isAdmin } from '@/core/rules/roles'
import { admins, draftReaders, nobody } from '@collections/access/roles'

const NAMES = 'reeducaReviewerNames'

/**
 * Who took the decision, by name (or, for an account without one, its email): read with the
 * server's access, because reviewers and designers may not read other accounts, and the history
 * would otherwise name them "Untitled - ID: 2". Only this text leaves, and only to those who may
 * read the review history (the curriculum team). Looked up once per person per request.
 */
const nameOfDecider: FieldHook = async ({ siblingData, req }) => {
  const id = idOf(siblingData?.by)
  if (id === null) return null
  const names = ((req.context[NAMES] as Map<string, Promise<string | null>> | undefined) ??= new Map())
  if (!names.has(String(id))) {
    names.set(
      String(id),
      req.payload
        .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, email: true }, req })
        .then((user) => (user ? (user as { name?: string | null }).name || (user as { email?: string | null }).email || null : null))
        .catch(() => null),
    )
  }
  return names.get(String(id))!
}

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
    // A decision is titled by its session (the decision itself is the list's second column).
    useAsTitle: 'sessionTitle',
    defaultColumns: ['session', 'decision', 'comment', 'byName', 'createdAt'],
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
    {
      name: 'comment',
      type: 'textarea',
      label: { es: 'Comentario', en: 'Comment' },
      // Comments the system wrote (an approval withdrawn) in the reader's language.
      admin: { components: { Cell: '/src/ui/admin/ReviewCells#ReviewCommentCell' } },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { es: 'Cuenta', en: 'Account' },
      // Only admins read other accounts; everyone else sees the name below.
      admin: { condition: (_data, _sibling, { user }) => isAdmin(user as never) },
    },
    {
      name: 'byName',
      type: 'text',
      virtual: true,
      label: { es: 'Por', en: 'By' },
      hooks: { afterRead: [nameOfDecider] },
      admin: { readOnly: true, components: { Cell: '/src/ui/admin/ReviewCells#ReviewerNameCell' } },
    },
    {
      name: 'sessionTitle',
      type: 'text',
      virtual: 'session.title',
      label: { es: 'Título de la sesión', en: 'Session title' },
      admin: { hidden: true },
    },
    {
      // The version of the session the decision was about (its version ID in the session's history).
      name: 'sessionVersion',
      type: 'text',
      label: { es: 'Versión de la sesión', en: 'Session version' },
    },
  ],
}
