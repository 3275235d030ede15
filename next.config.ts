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
  // CSP, frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy on every page, API answer
  // and file (src/server/securityHeaders.mjs; scripts/server.mjs sets the same on what it answers).
  headers: async () => nextHeaderRules(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
