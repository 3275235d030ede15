/**
 * What the portal's pages and its service worker (serviceWorker.ts) agree on: where the worker
 * lives, how its caches are named, and the messages they exchange. No React, Next or Payload
 * here: esbuild bundles this file into the worker (scripts/lib.mjs, `buildServiceWorker`).
 *
 * Caches are named per user (`reeduca-u<key>-…`, the key a hash of the account's id, made on the
 * server: src/portal/offline.ts), so another person signing in on the same phone never reads
 * them; the worker deletes every other user's caches when a new user signs in.
 */

export const WORKER_URL = '/portal/sw.js'
export const WORKER_SCOPE = '/portal/'

/** Every cache this site makes starts with this (sign-out deletes them all). */
export const CACHE_PREFIX = 'reeduca-'
/** The app's own code and styles (Next's hashed /_next/static files): no content, nobody's data. */
export const STATIC_CACHE = 'reeduca-static'
/** Which user the worker serves (one entry, USER_ENTRY). */
export const META_CACHE = 'reeduca-meta'
export const USER_ENTRY = '/portal/__offline/user'
/** What was kept for offline use: the plan the last "keep" stored (JSON, in the user's portal cache). */
export const KEPT_ENTRY = '/portal/__offline/kept.json'
/** The evaluation records sent while offline wait in Workbox's background-sync queue of this name. */
export const EVALUATION_QUEUE = 'reeduca-evaluation'
/** Where the evaluation form sends a session's counts (a route handler; the worker queues it offline). */
export const EVALUATION_ENDPOINT = '/portal/evaluacion/registrar'
/** The plan of what to keep (JSON; src/app/(portal)/portal/sin-conexion/route.ts). */
export const PLAN_ENDPOINT = '/portal/sin-conexion'
/** Signing out: a form posted here (the answer carries Clear-Site-Data). */
export const LOGOUT_ENDPOINT = '/portal/salida'

export const userCachePrefix = (userKey: string) => `${CACHE_PREFIX}u${userKey}-`
export const portalCacheName = (userKey: string) => `${userCachePrefix(userKey)}portal`
export const releaseCacheName = (userKey: string, releaseId: string) => `${userCachePrefix(userKey)}r${releaseId}`

/** One "what changed" group as the portal words it (src/core/releases/changeWords.ts). */
export interface ChangeGroup {
  kind: string
  label: string
  items: string[]
}

/** One track's current release and what the phone needs to teach from it offline. */
export interface KeptRelease {
  trackId: string
  trackTitle: string
  releaseId: string
  version: string
  /** When it was published (ISO): an older one replacing it means hers was withdrawn. */
  publishedAt: string | null
  /** "What changed" since the previous release, as the release page shows it. */
  changes: ChangeGroup[]
  /** Portal pages of this release (sessions, handouts, chapters, the release page). */
  pages: string[]
  /** Files those pages play or show: captions, low-bandwidth copies, posters, images, handouts. */
  files: string[]
}

/** What the server says the phone should keep for this user (PLAN_ENDPOINT). */
export interface OfflinePlan {
  userKey: string
  /** Portal pages outside any release: home, the tracks' pages, the evaluation form. */
  pages: string[]
  releases: KeptRelease[]
}

export type WorkerMessage =
  | { type: 'user'; userKey: string }
  /** `onlyNew`: releases already on the phone are not fetched again (their pages never change). */
  | { type: 'keep'; plan: OfflinePlan; onlyNew?: boolean }
  | { type: 'forget'; userKey: string }
  | { type: 'wipe' }
  | { type: 'replay' }
  | { type: 'pending' }

export interface KeepResult {
  ok: boolean
  /** Addresses that could not be stored (the page says how many). */
  failed: string[]
}

/** Next's static files referenced by a page (scripts, styles, the chunks its flight data names). */
export function staticAssetsIn(html: string): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~%]+/g)) found.add(match[0])
  // Chunks named in the inline flight data without the /_next/ prefix ("static/chunks/…js").
  for (const match of html.matchAll(/["'(]static\/(chunks|css|media)\/[A-Za-z0-9_\-./~%]+/g)) found.add(`/_next/${match[0].slice(1)}`)
  return [...found].filter((url) => !url.endsWith('/') && /\.[a-z0-9]+$/i.test(url))
}
