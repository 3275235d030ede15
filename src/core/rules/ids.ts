/**
 * Relationship values arrive as an id or as the related document, depending on depth; ids are
 * numbers on SQL databases and strings on MongoDB (or with text ids).
 */
export type ID = number | string

const isID = (value: unknown): value is ID => typeof value === 'number' || (typeof value === 'string' && value !== '')

/**
 * The id of a relationship value: the document's `id`, or the value itself when it is one.
 * Anything else (null, an empty string, a document without an id) gives null.
 */
export const idOf = (value: unknown): ID | null => {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return isID(id) ? id : null
  }
  return isID(value) ? value : null
}
