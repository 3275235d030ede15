/**
 * Limits on signing in and on password-reset emails, per client address and per account, that
 * an outsider cannot use to lock a person out of her own account.
 *
 * Why not Payload's `maxLoginAttempts`: it counts failures per account and then locks the account
 * for everyone, its owner included. Anyone who knows an email could keep that person out for good
 * (10 wrong passwords every 10 minutes), and an unlock endpoint open to any signed-in user undid
 * it for an attacker. So it is off (collections/Users), and these limits stand instead
 * (shared by every instance: see below):
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
 * The counts, and the addresses each account signed in from, are shared by every app instance on
 * the database: fixed windows kept in Payload's key-value collection (sharedWindowLimit.ts), so N
 * instances behind a load balancer give an attacker the budget of one, and an address where the
 * owner signed in through one instance is known to all of them. A full window refuses until it
 * ends (at most `duration`).
 *
 * The client address is the header CLIENT_ADDRESS_HEADER, which scripts/server.mjs (`npm start`)
 * sets from the connection, or from the proxy's X-Forwarded-For with REEDUCA_TRUST_PROXY=1, and
 * which it overwrites whatever the client sent.
 */
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type Payload, type PayloadRequest } from 'payload'

import type { Bilingual } from '@/core/language'
import { inRequestLanguage } from '@collections/hooks/language'
import { spendPasswordCheckTime } from './passwordCheck'
import { SharedMemory, SharedWindowLimit, type LimitAnswer } from './sharedWindowLimit'

export const CLIENT_ADDRESS_HEADER = 'x-reeduca-client-address'

const MINUTE = 60
export const SIGN_IN_LIMITS = {
  address: { points: 30, duration: 15 * MINUTE },
  accountAndAddress: { points: 5, duration: 15 * MINUTE },
  account: { points: 20, duration: 60 * MINUTE },
} as const
export const RESET_LIMITS = {
  address: { points: 10, duration: 60 * MINUTE },
  account: { points: 3, duration: 60 * MINUTE },
} as const

export const limiters = {
  address: new SharedWindowLimit('sign-in-address', SIGN_IN_LIMITS.address),
  accountAndAddress: new SharedWindowLimit('sign-in-account-address', SIGN_IN_LIMITS.accountAndAddress),
  account: new SharedWindowLimit('sign-in-account', SIGN_IN_LIMITS.account),
  resetAddress: new SharedWindowLimit('reset-address', RESET_LIMITS.address),
  resetAccount: new SharedWindowLimit('reset-account', RESET_LIMITS.account),
}

/** Account + address pairs that signed in successfully, for 30 days. */
const knownAddresses = new SharedMemory('sign-in-address', 30 * 24 * 60 * 60 * 1000)

const pair = (account: string, address: string) => `${account}\0${address}`
const normalizeEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '')

/** The address of the client, as the HTTP front recorded it; 'unknown' without one (Local API, tests). */
export function clientAddress(req: Pick<PayloadRequest, 'headers'> | undefined): string {
  const value = req?.headers?.get?.(CLIENT_ADDRESS_HEADER)
  return value ? value.slice(0, 100) : 'unknown'
}

function tooMany(req: PayloadRequest, what: Bilingual, answer: Extract<LimitAnswer, { allowed: false }>): never {
  const minutes = Math.max(1, Math.ceil(answer.msBeforeNext / 60_000))
  const message = inRequestLanguage(req, {
    es: `${what.es} Vuelve a intentarlo en ${minutes} minuto${minutes === 1 ? '' : 's'}.`,
    en: `${what.en} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  })
  throw new APIError(message, 429, { retryAfterSeconds: Math.ceil(answer.msBeforeNext / 1000) }, true)
}

/** Counts the attempt against each limit in turn; the first full one refuses. */
async function consumeAll(req: PayloadRequest, what: Bilingual, checks: Array<[SharedWindowLimit, string]>): Promise<void> {
  // Sign-in runs this before its transaction (the count stays when the sign-in fails); the reset
  // operations run it inside theirs, where a write beside the transaction would wait for it.
  const within = req.transactionID ? req : undefined
  for (const [limit, client] of checks) {
    const answer = await limit.consume(req.payload, client, within)
    if (!answer.allowed) tooMany(req, what, answer)
  }
}

async function checkSignIn(req: PayloadRequest, account: string, address: string): Promise<void> {
  const known = await knownAddresses.has(req.payload, pair(account, address))
  await consumeAll(req, { es: 'Demasiados intentos fallidos de inicio de sesión.', en: 'Too many failed sign-ins.' }, [
    [limiters.address, address],
    [limiters.accountAndAddress, pair(account, address)],
    ...(known ? [] : ([[limiters.account, account]] as Array<[SharedWindowLimit, string]>)),
  ])
}

async function checkResetEmail(req: PayloadRequest, account: string, address: string): Promise<void> {
  const known = await knownAddresses.has(req.payload, pair(account, address))
  await consumeAll(req, { es: 'Demasiadas solicitudes para restablecer la contraseña.', en: 'Too many password-reset requests.' }, [
    [limiters.resetAddress, address],
    ...(known ? [] : ([[limiters.resetAccount, account]] as Array<[SharedWindowLimit, string]>)),
  ])
}

/** The Users collection's beforeOperation hook: the checks above, before Payload reads anything. */
export const limitSignIns: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') return args
  const address = clientAddress(req)
  const account = normalizeEmail((args?.data as { email?: unknown } | undefined)?.email)
  if (operation === 'resetPassword') {
    // The token is 20 random bytes, beyond guessing; this only keeps one address from hammering.
    await consumeAll(req, { es: 'Demasiados intentos de restablecer la contraseña.', en: 'Too many password-reset attempts.' }, [[limiters.resetAddress, address]])
    return args
  }
  if (!account) return args
  if (operation === 'forgotPassword') {
    await checkResetEmail(req, account, address)
    return args
  }
  await checkSignIn(req, account, address)
  const exists = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req })
  if (!exists) await spendPasswordCheckTime(String((args?.data as { password?: unknown } | undefined)?.password ?? ''))
  return args
}

/**
 * The Users collection's afterLogin hook: a successful sign-in gives its points back and makes
 * the address known for the account. Written within the sign-in's transaction (`req`): this hook
 * runs while the sign-in holds it, and SQLite lets no other write through meanwhile.
 */
export const rememberSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = normalizeEmail(user?.email)
  if (!account) return user
  const { payload } = req
  const address = clientAddress(req)
  const known = await knownAddresses.has(payload, pair(account, address))
  await limiters.address.reward(payload, address, req)
  await limiters.accountAndAddress.clear(payload, pair(account, address), req)
  if (!known) await limiters.account.reward(payload, account, req)
  await knownAddresses.remember(payload, pair(account, address), req)
  return user
}
