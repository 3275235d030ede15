import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nextHeaderRules } from './src/server/securityHeaders.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // No telemetry calls to outside hosts; the app must work offline.
  poweredByHeader: false,
  turbopack: { root: dirname },
  // Types are checked once by `npm test` (tsc --noEmit over the whole project), not again here.
  typescript: { ignoreBuildErrors: true },
  // Native module (the Typst compiler of the manual renderers): loaded only by the separate
  // process src/core/releases/render/typst-process.mjs; never to be bundled should an import appear.
  serverExternalPackages: ['@myriaddreamin/typst-ts-node-compiler'],
  experimental: {
    // Server code keeps its class and function names. Payload tells its own errors by name
    // (formatErrors reads `error.name`, set from `this.constructor.name`): a minified server
    // bundle renames APIError to '' and ValidationError to 'r', and every refusal the project
    // throws (422 release checks, 403 review, upload refusals, malformed JSON) then reached
    // people as "An unknown error occurred." (vercel/next.js#96574; honoured by Turbopack since
    // #96578). Browser code stays minified.
    serverMinification: false,
    // A Spanish 404 with the quick exit for addresses no page matches (src/app/global-not-found.tsx):
    // the app has several root layouts, so no layout's not-found.tsx covers them.
    globalNotFound: true,
  },
  // CSP, frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy on every page, API answer
  // and file (src/server/securityHeaders.mjs; scripts/server.mjs sets the same on what it answers).
  headers: async () => nextHeaderRules(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
