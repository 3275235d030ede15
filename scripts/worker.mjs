#!/usr/bin/env node
// `npm run worker`: a process that only runs the job queue (release builds, media renditions,
// scheduled publishing), every 10 s (REEDUCA_JOBS_CRON), with Payload's `payload jobs:run --cron`
// through scripts/payload.mjs. Start the app processes with REEDUCA_JOBS_AUTORUN=0 so that the
// heavy work stays off the request path; run as many workers as you like: each release is
// built once (src/cms/jobs/claim.ts), and a killed worker's build is taken over by another once
// its heartbeat is stale (REEDUCA_RELEASE_STALE_MS, default 5 min).
// It needs the database the app uses (DATABASE_URI, already migrated by `npm start`), the same
// PAYLOAD_SECRET, and the same media and generated-files storage (MEDIA_DIR, GENERATED_DIR).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { localSecret, root } from './lib.mjs'

const production = process.env.NODE_ENV === 'production'
const sharedDatabase = Boolean(process.env.DATABASE_URI) && !/^file:/i.test(process.env.DATABASE_URI)
if (!process.env.PAYLOAD_SECRET && (production || sharedDatabase)) {
  console.error(
    'PAYLOAD_SECRET is not set. A worker beside app instances must use their secret: set PAYLOAD_SECRET, the same on every process.',
  )
  process.exit(1)
}
const cron = process.env.REEDUCA_JOBS_CRON || '*/10 * * * * *'
console.log(`Reeduca worker: running the job queue (${cron}).`)
const child = spawn(process.execPath, [path.join(root, 'scripts', 'payload.mjs'), 'jobs:run', '--cron', cron, '--queue', 'default', '--limit', '5'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_SECRET: localSecret(), NODE_ENV: process.env.NODE_ENV || 'production' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
