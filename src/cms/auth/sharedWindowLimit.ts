/**
 * A fixed-window rate limit whose counts every app instance shares: they live in Payload's
 * key-value collection (`payload-kv`, in the app's own database), not in one process's memory.
 *
 * Each attempt in a window is one row, keyed `rate:<name>:<window>:<client>:<n>` with n from 1 to
 * the window's points. An attempt inserts the next free n; `payload-kv` has a UNIQUE index on
 * `key` on every adapter, so of two instances inserting the same n one fails and tries n + 1, and
 * a window never holds more than `points` rows: the count is exact across processes without
 * locks or adapter-specific SQL (the same arbitration as src/cms/jobs/claim.ts). Full window: the
 * attempt is refused until the window ends.
 *
 * Why not rate-limiter-flexible, as before: its shared stores want Redis, Memcached or their own
 * table per database (`RateLimiterPostgres`, `RateLimiterSQLite` over another driver, `RateLimiterMongo`),
 * and one database the app does not otherwise know about per adapter; `payload-kv` is already in
 * all three, and in every backup.
 *
 * Client keys are SHA-256 digests: no email or address is written to the database in clear.
 * Rows of ended windows are swept now and then (SWEEP_EVERY_MS) by the instance that notices.
 * Writes go outside any request transaction unless a `req` is given (a count must hold even when
 * the sign-in that made it fails and rolls back); give `req` when the operation already holds a
 * transaction, as a write beside it would wait for it on SQLite (one writer at a time).
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

const KV = 'payload-kv'
const PREFIX = 'rate:'
const SWEEP_EVERY_MS = 10 * 60 * 1000

export interface WindowLimit {
  /** Attempts allowed in one window. */
  points: number
  /** The window's length, in seconds. */
  duration: number
}

export type LimitAnswer = { allowed: true; count: number } | { allowed: false; msBeforeNext: number }

export const digest = (value: string) => crypto.createHash('sha256').update(value).digest('hex').slice(0, 32)

type Row = { id: number | string; key: string }

let lastSweep = 0

/** Deletes the rows of windows that have ended (best effort; any instance may do it). */
export async function sweepEndedWindows(payload: Payload, now = Date.now()): Promise<number> {
  lastSweep = now
  const { docs } = (await payload.db.find({
    collection: KV,
    where: { key: { like: PREFIX } },
    limit: 1000,
    pagination: false,
    select: { key: true, data: true },
  } as any)) as unknown as { docs: Array<Row & { data?: { endsAt?: number } }> }
  const ended = docs.filter((row) => row.key.startsWith(PREFIX) && typeof row.data?.endsAt === 'number' && row.data.endsAt <= now).map((row) => row.id)
  if (ended.length) await payload.db.deleteMany({ collection: KV, where: { id: { in: ended } } } as any)
  return ended.length
}

export class SharedWindowLimit {
  constructor(
    readonly name: string,
    readonly limit: WindowLimit,
  ) {}

  private windowMs() {
    return this.limit.duration * 1000
  }

  private slots(client: string, now: number): { keys: string[]; endsAt: number } {
    const window = Math.floor(now / this.windowMs())
    const base = `${PREFIX}${this.name}:${window}:${digest(client)}`
    return { keys: Array.from({ length: this.limit.points }, (_, i) => `${base}:${i + 1}`), endsAt: (window + 1) * this.windowMs() }
  }

  private async taken(payload: Payload, keys: string[], req?: Partial<PayloadRequest>): Promise<Row[]> {
    const { docs } = (await payload.db.find({
      collection: KV,
      where: { key: { in: keys } },
      limit: keys.length,
      pagination: false,
      select: { key: true },
      ...(req ? { req } : {}),
    } as any)) as unknown as { docs: Row[] }
    return docs
  }

  /** Counts one attempt of `client`, or refuses it when its window is full. */
  async consume(payload: Payload, client: string, req?: Partial<PayloadRequest>, now = Date.now()): Promise<LimitAnswer> {
    if (!req && now - lastSweep > SWEEP_EVERY_MS) void sweepEndedWindows(payload, now).catch(() => {})
    const { keys, endsAt } = this.slots(client, now)
    const taken = new Set((await this.taken(payload, keys, req)).map((row) => row.key))
    for (const [index, key] of keys.entries()) {
      if (taken.has(key)) continue
      try {
        await payload.db.create({ collection: KV, data: { key, data: { endsAt } }, ...(req ? { req } : {}) } as any)
        return { allowed: true, count: index + 1 }
      } catch {
        // Another instance took this slot a moment ago: try the next one.
      }
    }
    return { allowed: false, msBeforeNext: Math.max(1, endsAt - now) }
  }

  /** Attempts of `client` counted in the current window. */
  async count(payload: Payload, client: string, now = Date.now()): Promise<number> {
    return (await this.taken(payload, this.slots(client, now).keys)).length
  }

  /** Gives one attempt back (the latest). */
  async reward(payload: Payload, client: string, req?: Partial<PayloadRequest>, now = Date.now()): Promise<void> {
    const rows = await this.taken(payload, this.slots(client, now).keys, req)
    const latest = rows.sort((a, b) => Number(b.key.split(':').at(-1)) - Number(a.key.split(':').at(-1)))[0]
    if (latest) await payload.db.deleteMany({ collection: KV, where: { id: { equals: latest.id } }, ...(req ? { req } : {}) } as any)
  }

  /** Forgets every attempt of `client` in the current window. */
  async clear(payload: Payload, client: string, req?: Partial<PayloadRequest>, now = Date.now()): Promise<void> {
    await payload.db.deleteMany({ collection: KV, where: { key: { in: this.slots(client, now).keys } }, ...(req ? { req } : {}) } as any)
  }
}

/**
 * A set of remembered facts shared by every instance, each kept for `ttlMs` (`known:<name>:<digest>`
 * rows in `payload-kv`): here, the addresses an account signed in from.
 */
export class SharedMemory {
  constructor(
    readonly name: string,
    readonly ttlMs: number,
  ) {}

  private key(value: string) {
    return `known:${this.name}:${digest(value)}`
  }

  async has(payload: Payload, value: string, now = Date.now()): Promise<boolean> {
    const row = (await payload.db.findOne({ collection: KV, where: { key: { equals: this.key(value) } }, select: { data: true } } as any)) as { data?: { at?: number } } | null
    return typeof row?.data?.at === 'number' && now - row.data.at < this.ttlMs
  }

  async remember(payload: Payload, value: string, req?: Partial<PayloadRequest>, now = Date.now()): Promise<void> {
    const key = this.key(value)
    await payload.db.upsert({ collection: KV, where: { key: { equals: key } }, data: { key, data: { at: now } }, joins: false, select: {}, ...(req ? { req } : {}) } as any)
  }
}
