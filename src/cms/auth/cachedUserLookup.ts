/**
 * Payload's JWT strategy, with the signed-in user's record kept in memory for a few seconds.
 *
 * Why: Payload loads the user from the database on every authenticated request (a relational
 * query over roles, tracks and sessions that costs more than serving a manual from memory). The
 * strategy below runs Payload's own `JWTAuthentication` unchanged (token extraction and its CSRF
 * rules, signature and expiry, the session check, verification), handing it a `payload` whose
 * `findByID` answers from a short-lived cache for the user's own record only.
 *
 * On top of that, a token sent in the `Authorization` header that was verified a moment ago is
 * trusted again without verifying its signature and reading the record (about 0.3 ms a request,
 * a sixth of a manual download under load: bench/downloads.mjs). Only header tokens: a cookie's
 * token also depends on the request's Origin (Payload's CSRF rule), so it is verified every time.
 * A remembered token is kept no longer than USER_CACHE_TTL_MS nor past its own expiry, and is
 * forgotten with its user.
 *
 * Freshness:
 * - any change to a user in this process (roles, tracks, password, deletion, logout) forgets
 *   that user at once (the Users collection's hooks call `forgetCachedUser`);
 * - a token whose session is not in the cached record (a login a moment ago) is checked again
 *   against the database before being refused;
 * - a change made through another app instance (or worker) is announced through the database and
 *   forgets every cached user here within SHARED_CHANGE_BOUND_MS (3 s; src/cms/reads/sharedChanges.ts);
 *   USER_CACHE_TTL_MS stays as the backstop should that store be unreachable.
 */
import { LRUCache } from 'lru-cache'
import rfdc from 'rfdc'
import { JWTAuthentication, type AuthStrategy, type AuthStrategyFunctionArgs, type Payload } from 'payload'

import { announceChange, followSharedChanges, onSharedChange } from '@/cms/reads/sharedChanges'

export const USER_CACHE_TTL_MS = 10_000

/**
 * A copy of a cached record for each request (the strategy and later code add their own
 * properties to req.user). rfdc rather than structuredClone: a user record is plain data, and
 * structuredClone's serialisation took about 50 µs of a download's few hundred.
 */
const copyRecord = rfdc()

type UserRecord = Record<string, unknown>
const cachedUsers = new LRUCache<string, UserRecord>({ max: 5000, ttl: USER_CACHE_TTL_MS })
const userKey = (collection: string, id: unknown) => `${collection}\0${String(id)}`

/** A verified header token → the user it authenticated (as the strategy returned it). */
interface VerifiedToken {
  user: UserRecord
  userKey: string
}
const verifiedTokens = new LRUCache<string, VerifiedToken>({ max: 5000, ttl: USER_CACHE_TTL_MS })
/** Bumped by every forget, so that a lookup that began before it is not remembered after it. */
let forgetGeneration = 0

export function forgetCachedUser(collection: string, id: unknown): void {
  forgetGeneration++
  const key = userKey(collection, id)
  for (const [token, verified] of verifiedTokens.entries()) if (verified.userKey === key) verifiedTokens.delete(token)
  // Every locale and depth the record was read with.
  const prefix = `${key}\0`
  for (const key of cachedUsers.keys()) if (key.startsWith(prefix)) cachedUsers.delete(key)
}

// Another process changed a user (which one does not matter: changes are rare): forget them all.
onSharedChange('users', () => {
  forgetGeneration++
  verifiedTokens.clear()
  cachedUsers.clear()
})

function payloadWithCachedUsers(payload: Payload, useCache: boolean): { payload: Payload; answeredFromCache: () => boolean } {
  let hits = 0
  const proxy = new Proxy(payload, {
    get(target, property, receiver) {
      if (property !== 'findByID') return Reflect.get(target, property, receiver)
      return async (options: Parameters<Payload['findByID']>[0]) => {
        // Only the strategy's own lookup: the user's record, read with access overridden.
        if (!options.overrideAccess || !target.collections[options.collection]?.config.auth) return target.findByID(options)
        const key = `${userKey(options.collection, options.id)}\0${String(options.locale ?? '')}\0${String(options.depth ?? '')}`
        const known = useCache ? cachedUsers.get(key) : undefined
        // A copy each time: the strategy and later code add their own properties to req.user.
        if (known) {
          hits++
          return copyRecord(known)
        }
        const user = (await target.findByID(options)) as unknown as UserRecord | null
        if (user) cachedUsers.set(key, copyRecord(user))
        return user
      }
    },
  })
  return { payload: proxy, answeredFromCache: () => hits > 0 }
}

const HEADER_TOKEN = /^(?:JWT|Bearer) ([\w-]+)\.([\w-]+)\.([\w-]+)$/

/** When a verified token stops being valid by itself (its `exp`, in ms), or null without one. */
function expiryOf(encodedClaims: string): number | null {
  try {
    const { exp } = JSON.parse(Buffer.from(encodedClaims, 'base64url').toString('utf8')) as { exp?: unknown }
    return typeof exp === 'number' ? exp * 1000 : null
  } catch {
    return null
  }
}

async function verify(args: AuthStrategyFunctionArgs) {
  const withCache = payloadWithCachedUsers(args.payload, true)
  const result = await JWTAuthentication({ ...args, payload: withCache.payload, strategyName: 'local-jwt' })
  if (result.user || !withCache.answeredFromCache()) return result
  // Refused on a cached record: the token may carry a session opened a moment ago, which the
  // record lacks. Ask the database (this refreshes the cache too).
  return JWTAuthentication({ ...args, payload: payloadWithCachedUsers(args.payload, false).payload, strategyName: 'local-jwt' })
}

export const cachedLocalJWT: AuthStrategy = {
  name: 'local-jwt-cached',
  authenticate: async (args: AuthStrategyFunctionArgs) => {
    await followSharedChanges(args.payload)
    const header = args.headers.get('authorization')
    const token = header ? HEADER_TOKEN.exec(header) : null
    if (!token) return verify(args)
    // The record read depends on the request's locale and on GraphQL (depth 0).
    const key = `${header}\0${Boolean(args.isGraphQL)}\0${String(args.req?.locale ?? '')}\0${String(args.req?.fallbackLocale ?? '')}`
    const known = verifiedTokens.get(key)
    if (known) return { user: copyRecord(known.user) as any }

    const generation = forgetGeneration
    const result = await verify(args)
    const expiresAt = expiryOf(token[2])
    const user = result.user as unknown as (UserRecord & { id: unknown; collection?: string }) | null
    if (user && expiresAt && generation === forgetGeneration) {
      const ttl = Math.min(USER_CACHE_TTL_MS, expiresAt - Date.now())
      if (ttl > 0) verifiedTokens.set(key, { user: copyRecord(user), userKey: userKey(String(user.collection), user.id) }, { ttl })
    }
    return result
  },
}

/** The Users collection's hooks that keep the cache honest. */
type HookReq = { payload: Payload; user?: { id: unknown } | null }
export const forgetUserAfterChange = ({ doc, collection, req }: { doc: { id: unknown }; collection: { slug: string }; req: HookReq }) => {
  forgetCachedUser(collection.slug, doc.id)
  announceChange(req.payload, 'users')
  return doc
}
export const forgetUserAfterDelete = ({ id, collection, req }: { id: unknown; collection: { slug: string }; req: HookReq }) => {
  forgetCachedUser(collection.slug, id)
  announceChange(req.payload, 'users')
}
export const forgetUserAfterLogout = ({ req, collection }: { req: HookReq; collection: { slug: string } }) => {
  if (req.user) forgetCachedUser(collection.slug, req.user.id)
  announceChange(req.payload, 'users')
}
