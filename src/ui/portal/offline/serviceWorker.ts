/**
 * The portal's service worker, scoped to /portal/ (never the public pages). Bundled with the
 * Workbox modules by esbuild into public/portal/sw.js when the app is built (scripts/lib.mjs,
 * `buildServiceWorker`): Next's own bundler makes no file at a fixed address, and a worker must
 * sit at or above its scope. Not part of the Next build, not imported by any page.
 *
 * What it does, with Workbox:
 * - portal pages: from the network; when there is none, the copy kept for offline use in the
 *   signed-in user's caches (a Workbox strategy whose fetch falls back to those caches);
 * - media files (/api/media/file/…): the kept copy first (captions, low-bandwidth copies,
 *   posters, handouts; Range requests answered from it by workbox-range-requests, so video seeks),
 *   otherwise the network;
 * - Next's hashed code files: cache first (they never change under a name);
 * - the evaluation record posted offline: queued by workbox-background-sync and sent again when
 *   the connection returns (the browser's sync event, or the page's `online` asking for a replay).
 * The "keep for offline use" list comes from the page (the server's plan, PLAN_ENDPOINT).
 */
import { Queue } from 'workbox-background-sync'
import { clientsClaim } from 'workbox-core'
import { createPartialResponse } from 'workbox-range-requests'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkOnly, Strategy, type StrategyHandler } from 'workbox-strategies'

import {
  CACHE_PREFIX,
  EVALUATION_ENDPOINT,
  EVALUATION_QUEUE,
  KEPT_ENTRY,
  META_CACHE,
  STATIC_CACHE,
  USER_ENTRY,
  portalCacheName,
  releaseCacheName,
  staticAssetsIn,
  userCachePrefix,
  type KeepResult,
  type OfflinePlan,
  type WorkerMessage,
} from './protocol'

// The worker's global scope. The project's TypeScript settings carry the DOM's types, not the
// worker's (both at once collide), so the few worker things used here are typed by hand.
declare const self: {
  location: Location
  registration: { scope: string }
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void
  addEventListener(type: 'message', listener: (event: { data: unknown; ports: readonly MessagePort[]; waitUntil(promise: Promise<unknown>): void }) => void): void
}

self.addEventListener('install', () => {
  void self.skipWaiting()
})
clientsClaim()

// ---------------------------------------------------------------------------------------------
// Whose caches

let currentUser: string | null | undefined

async function userKey(): Promise<string | null> {
  if (currentUser !== undefined) return currentUser
  const stored = await (await caches.open(META_CACHE)).match(USER_ENTRY)
  currentUser = stored ? (await stored.text()) || null : null
  return currentUser
}

async function setUser(key: string): Promise<void> {
  currentUser = key
  await (await caches.open(META_CACHE)).put(USER_ENTRY, new Response(key))
  // Someone else signed in on this phone: the previous person's content goes.
  const mine = userCachePrefix(key)
  for (const name of await caches.keys()) {
    if (name.startsWith(`${CACHE_PREFIX}u`) && !name.startsWith(mine)) await caches.delete(name)
  }
}

async function userCacheNames(): Promise<string[]> {
  const key = await userKey()
  if (!key) return []
  const prefix = userCachePrefix(key)
  return (await caches.keys()).filter((name) => name.startsWith(prefix))
}

/** The kept copy of a request in the signed-in user's caches (query strings and Vary ignored). */
async function matchKept(request: Request | string): Promise<Response | undefined> {
  for (const name of await userCacheNames()) {
    const found = await (await caches.open(name)).match(request, { ignoreVary: true })
    if (found) return found
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Routes

/** Network first; without a network, the kept copy. A kept page is refreshed when fetched anew. */
class NetworkThenKept extends Strategy {
  async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    try {
      const response = await handler.fetch(request)
      if (response.ok && response.type === 'basic' && !response.redirected) {
        // Only pages already kept are refreshed: nothing else is stored as she browses.
        for (const name of await userCacheNames()) {
          const cache = await caches.open(name)
          if (await cache.match(request, { ignoreVary: true })) {
            await cache.put(request.url, response.clone())
            break
          }
        }
      }
      return response
    } catch (error) {
      const kept = await matchKept(request)
      if (kept) return kept
      throw error
    }
  }
}

/** The kept copy first (answering Range requests from it), otherwise the network. */
class KeptThenNetwork extends Strategy {
  async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const kept = await matchKept(request)
    if (kept) return request.headers.has('range') ? createPartialResponse(request, kept) : kept
    return handler.fetch(request)
  }
}

const isPortalPage = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/portal') && !url.pathname.startsWith('/portal/login')

registerRoute(({ request, url }) => request.mode === 'navigate' && isPortalPage(url), new NetworkThenKept())
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/api/media/file/'), new KeptThenNetwork())
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_next/static/'), new CacheFirst({ cacheName: STATIC_CACHE, matchOptions: { ignoreVary: true } }))

// Kept for 30 days (minutes). What Workbox's BackgroundSyncPlugin does (a failed fetch is pushed
// onto the queue), with the queue in hand so the page can count and replay it (messages below).
// One replay at a time: the browser's sync event and the page's `online` both ask for one, and
// two at once could both read the same first record before either removed it (sent twice).
let replaying: Promise<void> | null = null
const replayOnce = (): Promise<void> =>
  (replaying ??= queueHandle.replayRequests().finally(() => {
    replaying = null
  }))
const queueHandle: Queue = new Queue(EVALUATION_QUEUE, { maxRetentionTime: 60 * 24 * 30, onSync: () => replayOnce() })
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === EVALUATION_ENDPOINT,
  new NetworkOnly({ plugins: [{ fetchDidFail: async ({ request }) => queueHandle.pushRequest({ request }) }] }),
  'POST',
)

// ---------------------------------------------------------------------------------------------
// Keeping a plan

async function store(cache: Cache, url: string, failed: string[], pages: boolean): Promise<void> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'manual' })
    if (!response.ok || response.type !== 'basic') {
      failed.push(url)
      return
    }
    if (pages) {
      const html = await response.clone().text()
      const code = await caches.open(STATIC_CACHE)
      for (const asset of staticAssetsIn(html)) {
        if (!(await code.match(asset))) await code.add(asset).catch(() => failed.push(asset))
      }
    }
    await cache.put(url, response)
  } catch {
    failed.push(url)
  }
}

/** Stores what the plan names; a release no longer in the plan (withdrawn, replaced) is deleted. */
async function keep(plan: OfflinePlan, onlyNew = false): Promise<KeepResult> {
  await setUser(plan.userKey)
  const failed: string[] = []
  const wanted = new Set([portalCacheName(plan.userKey), ...plan.releases.map((release) => releaseCacheName(plan.userKey, release.releaseId))])
  for (const release of plan.releases) {
    const name = releaseCacheName(plan.userKey, release.releaseId)
    if (onlyNew && (await caches.has(name))) continue
    const cache = await caches.open(name)
    // Four at a time: a phone on a weak connection, and a server shared with others.
    const jobs = [...release.pages.map((url) => [url, true] as const), ...release.files.map((url) => [url, false] as const)]
    for (let i = 0; i < jobs.length; i += 4) await Promise.all(jobs.slice(i, i + 4).map(([url, page]) => store(cache, url, failed, page)))
  }
  const portal = await caches.open(portalCacheName(plan.userKey))
  for (const url of plan.pages) await store(portal, url, failed, true)
  await portal.put(KEPT_ENTRY, new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json' } }))
  for (const name of await caches.keys()) {
    if (name.startsWith(userCachePrefix(plan.userKey)) && !wanted.has(name)) await caches.delete(name)
  }
  return { ok: failed.length === 0, failed }
}

async function forget(key: string): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(userCachePrefix(key))) await caches.delete(name)
}

/** Sign-out: every cache this site made, and the queued records. */
async function wipe(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name)
  while (await queueHandle.shiftRequest()) {
    // emptied one by one: the queue has no "clear"
  }
  currentUser = null
}

async function answer(message: WorkerMessage): Promise<unknown> {
  switch (message.type) {
    case 'user':
      await setUser(message.userKey)
      return { ok: true }
    case 'keep':
      return keep(message.plan, message.onlyNew)
    case 'forget':
      await forget(message.userKey)
      return { ok: true }
    case 'wipe':
      await wipe()
      return { ok: true }
    case 'replay':
      await replayOnce().catch(() => undefined)
      return { pending: await queueHandle.size() }
    case 'pending':
      return { pending: await queueHandle.size() }
    default:
      return { ok: false }
  }
}

self.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage | null
  if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return
  const reply = event.ports[0]
  event.waitUntil(
    answer(message).then(
      (result) => reply?.postMessage(result),
      (error: unknown) => reply?.postMessage({ ok: false, error: String(error) }),
    ),
  )
})
