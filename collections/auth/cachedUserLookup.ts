/**
 * Payload's JWT strategy, with the signed-in user's record kept in memory for a few seconds.
 *
 * Why: Payload loads the user from the database on every authenticated request (a relational
 * query over roles, tracks and sessions that costs more than serving a manual from memory). The
 * strategy below runs Payload's own `JWTAuthentication` unchanged (token extraction and its CSRF
 * rules, signature and expiry, the session check, verification), handing it a `payload` whose
 * `findByID` answers from a short-lived cache for the user's own record only.
 *
 * Freshness:
 * - any change to a user in this process (roles, tracks, password, deletion, logout) forgets
 *   that user at once (the Users collection's hooks call `forgetCachedUser`);
 * - a token whose session is not in the cached record (a login a moment ago) is checked again
 *   against the database before being refused;
 * - USER_CACHE_TTL_MS bounds how long another app instance may keep a user's old roles, or accept
 *   a token logged out elsewhere.
 */
import { LRUCache } from 'lru-cache'
import { JWTAuthentication, type AuthStrategy, type AuthStrategyFunctionArgs, type Payload } from 'payload'

export const USER_CACHE_TTL_MS = 10_000

type UserRecord = Record<string, unknown>
const cachedUsers = new LRUCache<string, UserRecord>({ max: 5000, ttl: USER_CACHE_TTL_MS })
const userKey = (collection: string, id: unknown) => `${collection}\0${String(id)}`

export function forgetCachedUser(collection: string, id: unknown): void {
  // Every locale and depth the record was read with.
  const prefix = `${userKey(collection, id)}\0`
  for (const key of cachedUsers.keys()) if (key.startsWith(prefix)) cachedUsers.delete(key)
}

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
          return structuredClone(known)
        }
        const user = (await target.findByID(options)) as unknown as UserRecord | null
        if (user) cachedUsers.set(key, structuredClone(user))
        return user
      }
    },
  })
  return { payload: proxy, answeredFromCache: () => hits > 0 }
}

export const cachedLocalJWT: AuthStrategy = {
  name: 'local-jwt-cached',
  authenticate: async (args: AuthStrategyFunctionArgs) => {
    const withCache = payloadWithCachedUsers(args.payload, true)
    const result = await JWTAuthentication({ ...args, payload: withCache.payload, strategyName: 'local-jwt' })
    if (result.user || !withCache.answeredFromCache()) return result
    // Refused on a cached record: the token may carry a session opened a moment ago, which the
    // record lacks. Ask the database (this refreshes the cache too).
    return JWTAuthentication({ ...args, payload: payloadWithCachedUsers(args.payload, false).payload, strategyName: 'local-jwt' })
  },
}

/** The Users collection's hooks that keep the cache honest. */
export const forgetUserAfterChange = ({ doc, collection }: { doc: { id: unknown }; collection: { slug: string } }) => {
  forgetCachedUser(collection.slug, doc.id)
  return doc
}
export const forgetUserAfterDelete = ({ id, collection }: { id: unknown; collection: { slug: string } }) => {
  forgetCachedUser(collection.slug, id)
}
export const forgetUserAfterLogout = ({ req, collection }: { req: { user?: { id: unknown } | null }; collection: { slug: string } }) => {
  if (req.user) forgetCachedUser(collection.slug, req.user.id)
}
