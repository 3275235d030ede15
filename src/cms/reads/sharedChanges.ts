/**
 * What one app instance changes, honoured by the others within a stated bound.
 *
 * Each process keeps short-lived copies of what it reads often: the signed-in user's record and
 * verified header tokens (src/cms/auth/cachedUserLookup.ts), a ready release's download facts
 * (src/cms/releases/downloadCache.ts), the views built from the whole curriculum (search index,
 * coverage report, media by track: src/cms/reads/curriculumCache.ts), whole answers to reads of
 * published sessions and of the public pages (src/cms/reads/answerCache.ts). A change made through this
 * process forgets its copies at once; other instances, and `npm run worker`, learn of it here:
 *
 * - the process that made the change writes a version stamp per topic (`users`, `releases`,
 *   `curriculum`, `published`, `services`) into Payload's key-value store (`payload.kv`, the `payload-kv` table or
 *   collection of whatever database the app runs on: no other service), ANNOUNCE_DELAY_MS after
 *   the change, so that the stamp lands after the saving transaction has committed (an instance
 *   that forgot and read again before the commit would keep the old rows);
 * - every process reads the stamps, in one query, at most once per POLL_MS and only when a cached
 *   copy is about to be used; a stamp that moved forgets that topic's copies, whole.
 *
 * Bound: a change made through one instance is honoured by every other within
 * ANNOUNCE_DELAY_MS + POLL_MS (2 s) plus a query's time; SHARED_CHANGE_BOUND_MS (3 s) is what the
 * README states and the tests hold it to. The caches' own TTLs (10 s, 30 s) stay as a backstop
 * should the store be unreachable. Forgetting whole topics is coarse but cheap: roles and
 * withdrawals are rare, and curriculum saves already rebuild the views in the process that saved.
 *
 * Hand-written rather than a library: the store is the database Payload already has (through its
 * own KV API), and what is left is a stamp comparison; a pub/sub client would need a server
 * (Redis) that a one-machine installation does not have.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

/**
 * `curriculum`: anything the curriculum team reads changed, drafts included; `published`: what
 * facilitators read changed (a draft-only save is not such a change); `services`: the directory.
 */
export type SharedTopic = 'users' | 'releases' | 'curriculum' | 'published' | 'services'
const TOPICS: SharedTopic[] = ['users', 'releases', 'curriculum', 'published', 'services']

export const ANNOUNCE_DELAY_MS = 1_000
export const POLL_MS = 1_000
/** The bound this module keeps: a change through one instance is honoured by the others within it. */
export const SHARED_CHANGE_BOUND_MS = 3_000

const keyOf = (topic: SharedTopic) => `changed:${topic}`
const KV = 'payload-kv'

interface State {
  listeners: Map<SharedTopic, Set<() => void>>
  seen: Map<SharedTopic, string | null>
  lastPoll: number
  polling: Promise<void> | null
  scheduled: Set<SharedTopic>
}
// One state per process even when a bundler loads this module twice (Next's bundle and the
// plain server): the hooks that announce and the caches that follow must share it.
const STATE = Symbol.for('reeduca.sharedChanges')
const state = (): State =>
  ((globalThis as { [STATE]?: State })[STATE] ??= { listeners: new Map(), seen: new Map(), lastPoll: 0, polling: null, scheduled: new Set() })

/** Registers what to forget when another process announces a change of `topic`. */
export function onSharedChange(topic: SharedTopic, forget: () => void): void {
  const { listeners } = state()
  const set = listeners.get(topic) ?? new Set()
  set.add(forget)
  listeners.set(topic, set)
}

/**
 * Tells the other processes that `topic` changed (not awaited: never on the request's path, never
 * inside its transaction). Several changes within ANNOUNCE_DELAY_MS make one write.
 */
export function announceChange(payload: Payload, topic: SharedTopic): void {
  const { scheduled } = state()
  if (scheduled.has(topic)) return
  scheduled.add(topic)
  setTimeout(() => {
    scheduled.delete(topic)
    const stamp = `${Date.now()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`
    // This process already forgot its copies: its own stamp is not news to it.
    const write = () => payload.kv.set(keyOf(topic), { stamp }).then(() => void state().seen.set(topic, stamp))
    // Two processes creating the stamp row at once: one insert loses on the unique key; again.
    write()
      .catch(() => new Promise((resolve) => setTimeout(resolve, 50)).then(write))
      .catch((error: unknown) => payload.logger?.warn?.({ err: error, msg: `Could not announce a change of ${topic} to other instances` }))
  }, ANNOUNCE_DELAY_MS).unref?.()
}

async function poll(payload: Payload): Promise<void> {
  const s = state()
  const rows = (
    await payload.db.find({ collection: KV, where: { key: { in: TOPICS.map(keyOf) } }, limit: 0, pagination: false } as any)
  ).docs as unknown as Array<{ key: string; data?: { stamp?: string } }>
  for (const topic of TOPICS) {
    const stamp = rows.find((row) => row.key === keyOf(topic))?.data?.stamp ?? null
    const before = s.seen.has(topic) ? s.seen.get(topic) : undefined
    s.seen.set(topic, stamp)
    // The first look only learns where things stand (nothing is cached before it anyway).
    if (before !== undefined && before !== stamp) for (const forget of s.listeners.get(topic) ?? []) forget()
  }
}

/**
 * Forgets what other processes changed: reads the stamps when the last look is POLL_MS old
 * (concurrent callers share one read). Called before a cached copy is used. Never throws: an
 * unreachable store leaves the caches to their TTLs.
 */
export function followSharedChanges(payload: Payload): Promise<void> {
  const s = state()
  if (s.polling) return s.polling
  if (Date.now() - s.lastPoll < POLL_MS) return Promise.resolve()
  s.lastPoll = Date.now()
  s.polling = poll(payload)
    .catch(() => {
      // No table yet (a database not migrated), or the database away: the TTLs bound the caches.
    })
    .finally(() => {
      s.polling = null
    })
  return s.polling
}
