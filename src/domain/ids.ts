/**
 * Relationship values arrive as an id or as the related document, depending on depth; ids are
 * numbers on SQL databases and strings on MongoDB (or with text ids).
 */
export type ID = number | string

/** The id of a relationship value: the document's `id`, or the value itself when it is one. */
export const idOf = (value: unknown): ID | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: ID }).id : (value as ID | undefined)
