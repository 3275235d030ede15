/**
 * Limits on signing in and on password-reset emails, per client address and per account, that
 * an outsider cannot use to lock a person out of her own account.
 *
 * Why not Payload's `maxLoginAttempts`: it counts failures per account and then locks the account
 * for everyone, its owner included. Anyone who knows an email could keep that person out for good
 * (10 wrong passwords every 10 minutes), and an unlock endpoint open to any signed-in user undid
 * it for an attacker. So it is off (collections/Users), and these limits stand instead
 * (rate-limiter-flexible, in memory):
 *
 * - per address: SIGN_IN_LIMITS.address failed sign-ins from one client address, then that
 *   address waits (whatever account it tries);
 * - per account and address: SIGN_IN_LIMITS.accountAndAddress failed sign-ins to one account from
 *   one address, then that address waits for that account (guessing one person's password);
 * - per account: SIGN_IN_LIMITS.account failed sign-ins to one account from addresses it has
 *   never signed in from (guessing from many addresses). Addresses the account signed in from
 *   before are not held back by it: an outsider can slow strangers down, not the owner at her
 *   usual places;
 * - password-reset emails: RESET_LIMITS per address and per account, with the same exemption.
 *
 * Every attempt counts when it is made, and a successful sign-in gives its points back, so only
 * failures add up; an email with no account counts like any other (the answer tells nothing).
 * A refusal is 429 with how long to wait. Sign-ins with an unknown email spend the time of a
 * password check, so the answer's timing does not tell which emails have accounts.
 *
 * The client address is the header CLIENT_ADDRESS_HEADER, which scripts/server.mjs (`npm start`)
 * sets from the connection, or from the proxy's X-Forwarded-For with REEDUCA_TRUST_PROXY=1, and
 * which it overwrites whatever the client sent. The counters live in each process: with N app
 * instances an attacker gets N times the budget, still far from what guessing a password needs.
 */
import { LRUCache } from 'lru-cache'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { spendPasswordCheckTime } from './passwordCheck'

export const CLIENT_ADDRESS_HEADER = 'x-reeduca-client-address'

const MINUTE = 60
export const SIGN_IN_LIMITS = {
  address: { points: 30, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  accountAndAddress: { points: 5, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  account: { points: 20, duration: 60 * MINUTE, blockDuration: 15 * MINUTE },
} as const
export const RESET_LIMITS = {
  address: { points: 10, duration: 60 * MINUTE },
  account: { points: 3, duration: 60 * MINUTE },
} as const

const limiter = (prefix: string, options: { points: number; duration: number; blockDuration?: number }) =>
  new RateLimiterMemory({ keyPrefix: prefix, ...options })

const limiters = {
  address: limiter('sign-in-address', SIGN_IN_LIMITS.address),
  accountAndAddress: limiter('sign-in-account-address', SIGN_IN_LIMITS.accountAndAddress),
  account: limiter('sign-in-account', SIGN_IN_LIMITS.account),
  resetAddress: limiter('reset-address', RESET_LIMITS.address),
  resetAccount: limiter('reset-account', RESET_LIMITS.account),
}

/** Account + address pairs that signed in successfully, for 30 days. */
const knownAddresses = new LRUCache<string, true>({ max: 50_000, ttl: 30 * 24 * 60 * 60 * 1000 })

const pair = (account: string, address: string) => `${account}\0${address}`
const normalizeEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '')

/** The address of the client, as the HTTP front recorded it; 'unknown' without one (Local API, tests). */
export function clientAddress(req: Pick<PayloadRequest, 'headers'> | undefined): string {
  const value = req?.headers?.get?.(CLIENT_ADDRESS_HEADER)
  return value ? value.slice(0, 100) : 'unknown'
}

function tooMany(what: string, refusal: unknown): never {
  if (!(refusal instanceof RateLimiterRes)) throw refusal
  const minutes = Math.max(1, Math.ceil(refusal.msBeforeNext / 60_000))
  throw new APIError(`${what} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, 429, { retryAfterSeconds: Math.ceil(refusal.msBeforeNext / 1000) }, true)
}

async function checkSignIn(account: string, address: string): Promise<void> {
  const known = knownAddresses.has(pair(account, address))
  try {
    await limiters.address.consume(address)
    await limiters.accountAndAddress.consume(pair(account, address))
    if (!known) await limiters.account.consume(account)
  } catch (refusal) {
    tooMany('Too many failed sign-ins.', refusal)
  }
}

async function checkResetEmail(account: string, address: string): Promise<void> {
  try {
    await limiters.resetAddress.consume(address)
    if (!knownAddresses.has(pair(account, address))) await limiters.resetAccount.consume(account)
  } catch (refusal) {
    tooMany('Too many password-reset requests.', refusal)
  }
}

/** The Users collection's beforeOperation hook: the checks above, before Payload reads anything. */
export const limitSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') return args
  const address = clientAddress(req)
  const account = normalizeEmail((args?.data as { email?: unknown } | undefined)?.email)
  if (operation === 'resetPassword') {
    // The token is 20 random bytes, beyond guessing; this only keeps one address from hammering.
    try {
      await limiters.resetAddress.consume(address)
    } catch (refusal) {
      tooMany('Too many password-reset attempts.', refusal)
    }
    return args
  }
  if (!account) return args
  if (operation === 'forgotPassword') {
    await checkResetEmail(account, address)
    return args
  }
  await checkSignIn(account, address)
  const exists = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req })
  if (!exists) await spendPasswordCheckTime(String((args?.data as { password?: unknown } | undefined)?.password ?? ''))
  return args
}

/** The Users collection's afterLogin hook: a successful sign-in gives its points back. */
export const rememberSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = normalizeEmail(user?.email)
  if (!account) return user
  const address = clientAddress(req)
  const known = knownAddresses.has(pair(account, address))
  await Promise.all([
    limiters.address.reward(address, 1),
    limiters.accountAndAddress.delete(pair(account, address)),
    known ? null : limiters.account.reward(account, 1),
  ])
  knownAddresses.set(pair(account, address), true)
  return user
}
