/**
 * Deepest JSON the API reads (request bodies, and the data of a multipart upload). A session is
 * the deepest document: body → activities → block → rich text root → nested lists (each level a
 * list and a list item) — about 30 levels with lists nested ten deep, which nobody writes; 200
 * leaves room and stops abuse long before the stack (Payload's deep copy and field walks are
 * recursive: 100,000 levels overflowed it).
 */
export const MAX_JSON_DEPTH = 200
