// The security headers of every answer: public pages, portal, admin, API, media files and
// downloads. Plain JavaScript because two places that cannot share TypeScript use it: the Next
// config (next.config.ts `headers()`, for `next start` and `npm run dev`) and the HTTP server of
// `npm start` (scripts/server.mjs), which also answers manual downloads and its own errors
// without Next.

/**
 * Content-Security-Policy. Everything from this site only: no other host is ever contacted
 * (no analytics, no CDN), so a script injected somehow could send nothing away.
 * - script-src keeps 'unsafe-inline': Next.js bootstraps every page (the admin's included) with
 *   inline scripts, and the nonce alternative needs every page rendered per request, which the
 *   static pages and Payload's admin are not built for. The other directives hold regardless.
 * - style-src 'unsafe-inline': the admin (Payload's UI) and Lexical set style attributes.
 * - img/media blob: and data: the admin's upload previews; frame-src blob: and object-src blob:
 *   the live preview's PDF (a blob URL in an iframe, shown by the browser's PDF viewer).
 * - frame-ancestors 'none': no other site can frame these pages (the survivor pages above all).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** What the browser may use on these pages: none of the sensors, devices or trackers. */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=(self)',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ')

/** The headers every answer carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Other sites may not embed our files (media, downloads) with the visitor's cookies.
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * The session live preview (/preview/...) is shown by the admin in a frame of this same site
 * (Payload's live preview): there, and only there, this site may frame the page.
 */
export const FRAMEABLE_BY_SELF = /^\/preview(\/|$)/
const FRAMEABLE_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  'X-Frame-Options': 'SAMEORIGIN',
}

/**
 * The headers for a request path. `httpsOrigin`: the public URL is https (SERVER_URL), so the
 * browser is told to come back over https only (HSTS).
 * @param {string} pathname
 * @param {{ httpsOrigin?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeadersFor(pathname, { httpsOrigin = false } = {}) {
  const headers = FRAMEABLE_BY_SELF.test(pathname) ? FRAMEABLE_HEADERS : SECURITY_HEADERS
  return httpsOrigin ? { ...headers, 'Strict-Transport-Security': 'max-age=31536000' } : headers
}

/**
 * The same rules in the shape of Next's `headers()` config. Later entries win over earlier
 * ones for the same header, so the preview's rule comes last.
 * @returns {Array<{ source: string, headers: Array<{ key: string, value: string }> }>}
 */
export function nextHeaderRules() {
  const list = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
  return [
    { source: '/:path*', headers: list(SECURITY_HEADERS) },
    { source: '/preview/:path*', headers: list(FRAMEABLE_HEADERS) },
  ]
}
