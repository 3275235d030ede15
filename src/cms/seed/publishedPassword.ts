/**
 * Whether demo accounts still have the password the README publishes: a public instance must
 * not start with one (scripts/start.mjs, scripts/seed.ts `--public`).
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { DEFAULT_SEED_PASSWORD, demoAccounts } from './programme'

/**
 * Payload's password check, repeated here because Payload exports none that leaves the account
 * alone: `payload.login` with a wrong guess counts a failed attempt (ten lock the account), and
 * this runs at every public start. Both of Payload 3's hash formats: `pbkdf2-sha256-v1:` (600,000
 * rounds, 32 bytes) and the older bare hex (25,000 rounds, 512 bytes), from
 * payload/dist/auth/strategies/local/generatePasswordSaltHash.js.
 */
export function passwordMatches(password: string, salt: unknown, hash: unknown): boolean {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const current = hash.startsWith('pbkdf2-sha256-v1:')
  const stored = Buffer.from(current ? hash.slice('pbkdf2-sha256-v1:'.length) : hash, 'hex')
  const computed = crypto.pbkdf2Sync(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return computed.length === stored.length && crypto.timingSafeEqual(computed, stored)
}

/** E-mail addresses of accounts whose password is the published demo one. */
export async function accountsWithPublishedPassword(payload: Payload): Promise<string[]> {
  const emails = demoAccounts.map((account) => account.email)
  const found = await payload.db.find({ collection: 'users', where: { email: { in: emails } }, limit: 0, pagination: false } as any)
  const docs = (found as { docs: Array<{ email?: string; hash?: unknown; salt?: unknown }> }).docs
  return docs.filter((doc) => passwordMatches(DEFAULT_SEED_PASSWORD, doc.salt, doc.hash)).map((doc) => String(doc.email))
}
