import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // No telemetry calls to outside hosts; the app must work offline.
  poweredByHeader: false,
  turbopack: { root: dirname },
  // Payload enforces its own body limits; the default 1 MB cap on server actions is enough.
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
