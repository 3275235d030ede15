/**
 * The content an approval covers, as a fingerprint per locale (see ./review.ts for the rule).
 * Server-only (node:crypto); the admin's buttons import ./review.ts, which has no Node imports.
 */
import { createHash } from 'node:crypto'


/** Fields that are not content: identity, timestamps, publication and review bookkeeping. */
export const NON_CONTENT_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  '_status',
  'reviewStatus',
  'reviewApproval',
  'reviewHistory',
  // A session's place in its track: reordering a track is not a change a reviewer must see again.
  'number',
])

/** Editor bookkeeping in Lexical nodes that the admin may add or rewrite without anyone editing. */
const LEXICAL_COSMETIC_KEYS = new Set(['version', 'direction', 'textFormat', 'textStyle', 'detail', 'mode', 'style'])

function canonical(value: unknown, insideRichText: boolean): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, insideRichText)).filter((item) => item !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relationship counts as its ID.
    if ('id' in record && !('blockType' in record) && Object.keys(record).some((key) => key === 'createdAt' || key === 'updatedAt')) {
      return String(record.id)
    }
    const richText = insideRichText || 'root' in record
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      // Array rows and blocks get their IDs from the database; what they hold is the content.
      if (key === 'id' || key === 'blockName') continue
      if (richText && LEXICAL_COSMETIC_KEYS.has(key)) continue
      const item = canonical(record[key], richText)
      if (item !== undefined) out[key] = item
    }
    return Object.keys(out).length ? out : undefined
  }
  return undefined
}

/**
 * A short hash of a session's content in one locale (the document as read in that locale, depth 0):
 * equal for two reads of unchanged content, different when anything a reader sees changed.
 */
export function contentFingerprint(session: Record<string, unknown>): string {
  const content: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(session)) {
    if (!NON_CONTENT_FIELDS.has(key)) content[key] = value
  }
  return createHash('sha256').update(JSON.stringify(canonical(content, false) ?? {})).digest('hex').slice(0, 32)
}

/** The approval stored on a session: the content fingerprint per locale at the moment of approval. */
export type ReviewApproval = { fingerprints: Record<string, string> } | null | undefined

/** Whether the content being saved in `locale` is still the content that was approved. */
export function stillApproved(approval: ReviewApproval, locale: string | undefined, session: Record<string, unknown>): boolean {
  if (!approval || typeof approval !== 'object' || !approval.fingerprints || !locale) return false
  const approved = approval.fingerprints[locale]
  return typeof approved === 'string' && approved === contentFingerprint(session)
}
