#!/usr/bin/env node
// `npm run dev`: migrations and demo content as `npm start`, then Next.js in development mode.
import { bin, buildServiceWorker, run } from './lib.mjs'

await run(bin('tsx'), ['scripts/seed.ts', '--if-empty'], { env: { NODE_OPTIONS: '--no-deprecation' } })
await buildServiceWorker()
await run(bin('next'), ['dev'], { env: { NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' } })
