import type { LabelFunction } from 'payload'

/**
 * A label in both languages, resolved on the server for the admin's language. Payload passes a
 * `{ es, en }` label as it is to list tables' sort buttons, which read it out as "Sort by
 * [object Object]" (join tables: a session's review history); a label function reaches the
 * browser as text. Use it where such a table shows the field.
 */
export function labelIn(label: { es: string; en: string }): LabelFunction {
  return ({ i18n }) => (i18n?.language?.startsWith('en') ? label.en : label.es)
}
