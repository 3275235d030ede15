/**
 * A unique compound index behaves on MongoDB as it does in SQL.
 *
 * In SQL a unique index ignores rows where one of its columns is NULL: two session drafts without a
 * number in one track are fine. MongoDB indexes a missing field as null, so the second such draft
 * hit the unique (track, number) index, and Payload reported the duplicate key on the index's first
 * field, `track` — a refusal with a misleading message for a save that SQL accepts.
 *
 * Payload's `indexes` config has no option for this, so a mongoose connection plugin (applied to
 * every schema compiled on the adapter's connection) narrows each unique compound index to the
 * documents where all its fields hold a value: a partial index, MongoDB's equivalent of the SQL rule.
 */
import type { Schema } from 'mongoose'

/** $type aliases for the mongoose path types Payload uses; anything else only needs to exist. */
const MONGO_TYPES: Record<string, string> = {
  Number: 'number',
  String: 'string',
  Date: 'date',
  ObjectId: 'objectId',
  Boolean: 'bool',
  Decimal128: 'decimal',
}

export function partialUniqueCompoundIndexes(schema: Schema): void {
  for (const [fields, options] of schema.indexes()) {
    const paths = Object.keys(fields)
    if (!options?.unique || paths.length < 2 || options.partialFilterExpression) continue
    const filter: Record<string, unknown> = {}
    for (const path of paths) {
      const type = MONGO_TYPES[schema.path(path)?.instance ?? '']
      filter[path] = type ? { $type: type } : { $exists: true }
    }
    // schema.indexes() hands back the schema's own option objects: setting the filter here is
    // what mongoose later sends with createIndex.
    options.partialFilterExpression = filter
  }
}
