/**
 * Which web origins may act on this site with a signed-in user's cookie.
 *
 * The site's own origin always may; so may the public URL in SERVER_URL and any origin listed in
 * REEDUCA_TRUSTED_ORIGINS (comma-separated, e.g. another front end of the same programme). These
 * feed Payload's own `csrf` list (it ignores the auth cookie of a request whose Origin is not
 * listed) and `cors` list (payload.config.ts), and the request guard in front of the API
 * (src/server/requestGuard.ts), which refuses a forged write outright, with or without
 * SERVER_URL.
 */

/** `scheme://host[:port]` of a URL, or null when it is not an http(s) URL. */
export function originOf(value: string | undefined | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

/** SERVER_URL's origin and REEDUCA_TRUSTED_ORIGINS, without duplicates. */
export function trustedOrigins(env: Record<string, string | undefined>): string[] {
  const listed = [env.SERVER_URL, ...(env.REEDUCA_TRUSTED_ORIGINS ?? '').split(',')]
  return [...new Set(listed.map(originOf).filter((origin): origin is string => origin !== null))]
}

/** Methods that change something: the ones a forged request is made of. */
export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface RequestFacts {
  method: string
  /** The Origin header (browsers send it on every cross-origin request and every POST). */
  origin: string | null
  /** The Host header, and X-Forwarded-Host when a proxy in front sets it. */
  hosts: Array<string | null>
  /** The Sec-Fetch-Site header, for browsers that send no Origin. */
  secFetchSite: string | null
}

/**
 * Why a request is a cross-site write this site did not ask for, or null when it is not one.
 * Only browsers send Origin and Sec-Fetch-Site, and a page cannot forge them, so a script or
 * `curl` (neither header) is never refused here: it carries its own credentials.
 */
export function crossSiteProblem(request: RequestFacts, trusted: readonly string[]): string | null {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return null
  const { origin } = request
  if (origin !== null) {
    const parsed = originOf(origin)
    if (parsed !== null) {
      if (trusted.includes(parsed)) return null
      const host = new URL(parsed).host.toLowerCase()
      const own = request.hosts.flatMap((value) => (value ? value.split(',').map((one) => one.trim().toLowerCase()) : []))
      if (own.includes(host)) return null
    }
    return `Requests from another origin (${origin.slice(0, 100)}) may not change anything here; nothing was done.`
  }
  if (request.secFetchSite === 'cross-site') return 'Cross-site requests may not change anything here; nothing was done.'
  return null
}
