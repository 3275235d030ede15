/**
 * Checking a password against the hash Payload stored, and spending the same time when there is
 * no hash to check against.
 *
 * Written here because Payload does not export its checker (`authenticateLocalStrategy` is
 * internal). It follows Payload 3.90's format, `generatePasswordSaltHash.js`: PBKDF2-SHA256 over
 * the hex salt, 600,000 iterations and 32 bytes behind the prefix `pbkdf2-sha256-v1:`, or the
 * legacy 25,000 iterations and 512 bytes without it. tests/int/account-security.test.ts checks it
 * against hashes Payload itself wrote, so a change of format upstream fails there.
 */
import crypto from 'node:crypto'

// `crypto.pbkdf2` is looked up at each call, as Payload's own checker does, so that a test can count
// the key derivations a sign-in performs (the same work whether or not the email has an account).
const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number, digest: string) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, digest, (error, key) => (error ? reject(error) : resolve(key))),
  )

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof password !== 'string' || !password || typeof hash !== 'string' || typeof salt !== 'string') return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const actual = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * The work of checking a password, for a sign-in whose email names no account: without it the
 * answer came in ~20 ms instead of ~265 ms, which told anyone which emails have accounts.
 */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  await pbkdf2(typeof password === 'string' && password ? password : 'x', DUMMY_SALT, CURRENT.iterations, CURRENT.keyLength, 'sha256')
}
