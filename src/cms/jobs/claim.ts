/**
 * Exactly-once release builds across processes: before a build job renders anything it claims
 * the release, and only the process holding the claim builds.
 *
 * Payload's own job claim is find-then-update, and the in-process guard (`runningBuilds`) sees one
 * process only: two instances' crons firing on the same second, or two recoveries each queueing a
 * job, could build one release twice, and the second build rewrote `files` (download counts back
 * to 0). The claim is a row in Payload's key-value collection (`payload-kv`, which every database
 * adapter creates with a UNIQUE index on `key`): inserting `release-build:<id>` is atomic on
 * SQLite, PostgreSQL and MongoDB alike, so of any number of processes exactly one insert succeeds.
 * No schema change, no lock service: the database arbitrates.
 *
 * The holder beats (heartbeatAt) while it builds; a claim whose heartbeat is older than the stale
 * threshold (REEDUCA_RELEASE_STALE_MS, as for jobs) belonged to a killed process and may be taken
 * over: it is deleted by its row ID and a new claim inserted. Two processes taking over at once
 * both delete the same old row (the second deletes nothing) and race on the insert: one wins.
 * Every write here is outside any request transaction, so it is visible to the others at once.
 */
import crypto from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { HEARTBEAT_MS, staleAfterMs } from './queue'

const KV = 'payload-kv'
type ID = number | string

/** This process, as it appears in claims and logs: host, pid and a random tag (pids repeat across machines). */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`

export interface BuildClaim {
  owner: string
  claimedAt: string
  heartbeatAt: string
}

export const claimKey = (releaseId: ID) => `release-build:${String(releaseId)}`

/**
 * What a claim is for: a release's build (by its ID), or another piece of work that must run in
 * one process at a time across instances, named by its key (e.g. the recovery of interrupted
 * builds: src/cms/jobs/recovery.ts).
 */
export type ClaimTarget = ID | { lease: string }
const keyOf = (target: ClaimTarget) => (typeof target === 'object' ? target.lease : claimKey(target))
const nameOf = (target: ClaimTarget) => (typeof target === 'object' ? `Lease ${target.lease}` : `Release ${String(target)}`)

interface ClaimRow {
  id: ID
  data: BuildClaim
}

async function currentClaim(payload: Payload, releaseId: ClaimTarget): Promise<ClaimRow | null> {
  const row = await payload.db.findOne({ collection: KV, where: { key: { equals: keyOf(releaseId) } } } as any)
  return (row as unknown as ClaimRow | null) ?? null
}

async function insertClaim(payload: Payload, releaseId: ClaimTarget, owner: string): Promise<ClaimRow | null> {
  const now = new Date().toISOString()
  try {
    const row = await payload.db.create({
      collection: KV,
      data: { key: keyOf(releaseId), data: { owner, claimedAt: now, heartbeatAt: now } satisfies BuildClaim },
    } as any)
    return row as unknown as ClaimRow
  } catch {
    // The unique index refused it: someone else holds the claim (or just took it).
    return null
  }
}

/**
 * The same claim, not only the same row ID: SQLite hands a new row the ID of a deleted last row,
 * so a takeover's claim can carry the ID of the claim it replaced. Owner and claim time tell them apart.
 */
const sameClaim = (current: ClaimRow | null, claim: ClaimRow) =>
  Boolean(current && String(current.id) === String(claim.id) && current.data?.owner === claim.data?.owner && current.data?.claimedAt === claim.data?.claimedAt)

export type ClaimResult = { won: true; claim: ClaimRow } | { won: false; holder: BuildClaim | null }

/**
 * Whether a claim's owner (`host:pid:…`) was a process of this machine that no longer runs: a
 * server restarted after a crash takes its predecessor's builds over at once instead of waiting
 * for the heartbeat to go stale.
 */
export function ownerIsGoneFromThisHost(owner: string | null | undefined): boolean {
  const [host, pid] = String(owner ?? '').split(':')
  if (host !== os.hostname() || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Claims the build of a release for `owner`. Wins when nobody holds it, or when the holder's
 * heartbeat is older than `staleMs` (a killed process).
 */
export async function claimReleaseBuild(
  payload: Payload,
  releaseId: ClaimTarget,
  { owner = WORKER_ID, staleMs = staleAfterMs() }: { owner?: string; staleMs?: number } = {},
): Promise<ClaimResult> {
  const inserted = await insertClaim(payload, releaseId, owner)
  if (inserted) return { won: true, claim: inserted }
  const existing = await currentClaim(payload, releaseId)
  // This process's own claim, left by an attempt that could not give it up: still ours (in one
  // process, runningBuilds already makes concurrent runs of one build share it).
  if (existing && existing.data?.owner === owner) return { won: true, claim: existing }
  const gone = existing ? ownerIsGoneFromThisHost(existing.data?.owner) : false
  if (existing && !gone && Date.now() - Date.parse(existing.data?.heartbeatAt ?? '') <= staleMs) return { won: false, holder: existing.data }
  // Gone meanwhile, or stale: take it over, deleting the old row by its ID.
  if (existing) {
    // Looked at again just before: another taker may have replaced it already, and on SQLite its
    // new row may carry the old ID (sameClaim above). One round trip remains between the look and
    // the delete; two takers inside it could both win, which the stale time (minutes) makes rare.
    if (sameClaim(await currentClaim(payload, releaseId), existing))
      await payload.db.deleteOne({ collection: KV, where: { id: { equals: existing.id } } } as any).catch(() => {})
    payload.logger.warn(
      gone
        ? `${nameOf(releaseId)}: the claim of ${existing.data?.owner}, a process of this machine that is gone, is taken over.`
        : `${nameOf(releaseId)}: the claim of ${existing.data?.owner} had no heartbeat for ${staleMs} ms; taking it over.`,
    )
  }
  const taken = await insertClaim(payload, releaseId, owner)
  if (taken) return { won: true, claim: taken }
  return { won: false, holder: (await currentClaim(payload, releaseId))?.data ?? null }
}

/** Records that the holder is alive, unless the claim was taken over (a beat must not revive it for the old holder). Best effort. */
export async function beatClaim(payload: Payload, releaseId: ClaimTarget, claim: ClaimRow): Promise<void> {
  try {
    if (!sameClaim(await currentClaim(payload, releaseId), claim)) return
    await payload.db.updateOne({ collection: KV, id: claim.id, data: { data: { ...claim.data, heartbeatAt: new Date().toISOString() } }, returning: false } as any)
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Could not record the heartbeat of build claim ${String(claim.id)}` })
  }
}

/**
 * Whether this claim is still the release's claim: false once another process took it over (this
 * one froze — a long GC pause, a stopped VM, a lost network — past the stale time). Read just
 * before the ready write, so that a builder waking up after a takeover drops its result instead
 * of writing over the new holder's. A window of one round trip remains between this read and the
 * write; the takeover needs a heartbeat stale for minutes, so a freeze inside that window is the
 * only way through it, and the other holder then writes the same deterministic files.
 */
export async function claimIsStillMine(payload: Payload, releaseId: ClaimTarget, claim: ClaimRow): Promise<boolean> {
  return sameClaim(await currentClaim(payload, releaseId), claim)
}

/** Gives the claim up (only this claim: a takeover's newer claim is never touched). */
export async function releaseClaim(payload: Payload, claim: ClaimRow, releaseId?: ClaimTarget): Promise<void> {
  try {
    if (releaseId !== undefined && !sameClaim(await currentClaim(payload, releaseId!), claim)) return
    await payload.db.deleteOne({ collection: KV, where: { id: { equals: claim.id } } } as any)
  } catch (error) {
    payload.logger.warn({ err: error, msg: `Could not give up build claim ${String(claim.id)}` })
  }
}

/**
 * Runs `build` holding the release's claim, beating every HEARTBEAT_MS, giving the claim up at the
 * end (built, skipped or failed: a failed attempt's retry claims again). Null when another live
 * process holds the claim: that process builds it, this one does nothing.
 */
export async function whileClaimed<T>(
  payload: Payload,
  releaseId: ClaimTarget,
  build: (beat: () => Promise<void>, stillMine: () => Promise<boolean>) => Promise<T>,
  options: { owner?: string; staleMs?: number } = {},
): Promise<{ built: T } | { heldBy: string | null }> {
  const result = await claimReleaseBuild(payload, releaseId, options)
  if (!result.won) return { heldBy: result.holder?.owner ?? null }
  const { claim } = result
  const timer = setInterval(() => void beatClaim(payload, releaseId, claim), HEARTBEAT_MS)
  timer.unref?.()
  try {
    return { built: await build(() => beatClaim(payload, releaseId, claim), () => claimIsStillMine(payload, releaseId, claim)) }
  } finally {
    clearInterval(timer)
    await releaseClaim(payload, claim, releaseId)
  }
}
