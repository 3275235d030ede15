'use client'
/**
 * The page's side of offline use: registering the portal's service worker with workbox-window,
 * talking to it, and reading what Cache Storage holds. Browser code only.
 */
import { Workbox } from 'workbox-window'

import {
  CACHE_PREFIX,
  KEPT_ENTRY,
  STATIC_CACHE,
  WORKER_SCOPE,
  WORKER_URL,
  portalCacheName,
  userCachePrefix,
  type KeepResult,
  type OfflinePlan,
  type WorkerMessage,
} from './protocol'

export const offlineSupported = () => typeof window !== 'undefined' && 'serviceWorker' in navigator && 'caches' in window

let registered: Promise<Workbox> | null = null

/** The portal's worker, registered once per page load (scope /portal/ only). */
export function portalWorker(): Promise<Workbox> {
  if (!registered) {
    const wb = new Workbox(WORKER_URL, { scope: WORKER_SCOPE })
    registered = wb.register().then(() => wb)
  }
  return registered
}

/** A message to the worker and its answer (null when there is no worker, or it did not answer in time). */
export async function ask<T>(message: WorkerMessage, timeoutMs = 120_000): Promise<T | null> {
  if (!offlineSupported()) return null
  const wb = await portalWorker()
  const answer = wb.messageSW(message) as Promise<T>
  return Promise.race([answer, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))])
}

/** The plan stored with the last "keep", or null when nothing is kept. */
export async function keptPlan(userKey: string): Promise<OfflinePlan | null> {
  // Looked up before opening: caches.open would make an empty cache for her just by looking.
  if (!offlineSupported() || !(await caches.has(portalCacheName(userKey)))) return null
  const cache = await caches.open(portalCacheName(userKey))
  const stored = await cache.match(KEPT_ENTRY)
  return stored ? ((await stored.json()) as OfflinePlan) : null
}

export async function fetchPlan(): Promise<OfflinePlan | null> {
  const response = await fetch('/portal/sin-conexion', { credentials: 'same-origin', cache: 'no-store' })
  return response.ok ? ((await response.json()) as OfflinePlan) : null
}

export async function keep(plan: OfflinePlan, onlyNew = false): Promise<KeepResult | null> {
  return ask<KeepResult>({ type: 'keep', plan, onlyNew }, 10 * 60_000)
}

export interface StoredSummary {
  /** Bytes in this user's caches and the app's code cache (what Cache Storage holds for her). */
  bytes: number
  entries: number
  /** What the browser says the site uses in all (navigator.storage.estimate), when it says. */
  usage: number | null
}

async function cacheBytes(name: string): Promise<{ bytes: number; entries: number }> {
  const cache = await caches.open(name)
  let bytes = 0
  const requests = await cache.keys()
  for (const request of requests) {
    const response = await cache.match(request)
    if (!response) continue
    const declared = Number(response.headers.get('content-length'))
    bytes += Number.isFinite(declared) && declared > 0 ? declared : (await response.blob()).size
  }
  return { bytes, entries: requests.length }
}

export async function storedSummary(userKey: string): Promise<StoredSummary> {
  let bytes = 0
  let entries = 0
  for (const name of await caches.keys()) {
    if (name.startsWith(userCachePrefix(userKey)) || name === STATIC_CACHE) {
      const one = await cacheBytes(name)
      bytes += one.bytes
      entries += one.entries
    }
  }
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => null) : null
  return { bytes, entries, usage: estimate?.usage ?? null }
}

/** Removes this user's kept content and the app's code cache from the phone. */
export async function forget(userKey: string): Promise<void> {
  await ask({ type: 'forget', userKey }, 30_000)
  for (const name of await caches.keys()) if (name.startsWith(userCachePrefix(userKey)) || name === STATIC_CACHE) await caches.delete(name)
}

/**
 * Everything this site stored on the phone, for signing out: every cache, the queued evaluation
 * records (Workbox's IndexedDB), the timers, the worker itself.
 */
export async function wipeEverything(): Promise<void> {
  if (!offlineSupported()) return
  await ask({ type: 'wipe' }, 5_000).catch(() => null)
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name)
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('workbox-background-sync')
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
  for (const key of Object.keys(localStorage)) if (key.startsWith('reeduca')) localStorage.removeItem(key)
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister()
}
