#!/usr/bin/env node
// `npm run worker`: a process that only runs the job queue (release builds, media renditions,
// the recovery of interrupted builds), every 10 s (REEDUCA_JOBS_CRON). Start the app processes
// with REEDUCA_JOBS_AUTORUN=0 so that the heavy work stays off the request path; run as many
// workers as you like: each release is built once (src/cms/jobs/claim.ts), and a killed
// worker's build is taken over by another once its heartbeat is stale (REEDUCA_RELEASE_STALE_MS,
// default 5 min).
// It needs the database the app uses (DATABASE_URI, already migrated by `npm start`), the same
// PAYLOAD_SECRET, and the same media and generated-files storage (MEDIA_DIR and GENERATED_DIR,
// or the same S3_* object store).
//
// This wrapper supervises scripts/worker.ts: loading Payload's modules on Node 20 can deadlock
// (see that file). A load that ends in exit 13 ("unsettled top-level await"), or that has not
// finished within REEDUCA_WORKER_START_MS (default 5 min), is started again, up to 5 times in a row.
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
const startLimitMs = Number(process.env.REEDUCA_WORKER_START_MS) > 0 ? Number(process.env.REEDUCA_WORKER_START_MS) : 5 * 60_000
const attempts = 5
console.log(`Reeduca worker: starting the job queue (${cron}).`)

let child = null
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true
    if (child) child.kill(signal)
    else process.exit(0)
  })
}

function startOnce() {
  return new Promise((resolve) => {
    let ready = false
    child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(root, 'scripts', 'worker.ts')], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        PAYLOAD_SECRET: localSecret(),
        NODE_ENV: process.env.NODE_ENV || 'production',
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
      },
    })
    const watchdog = setTimeout(() => {
      console.error(`Reeduca worker: not loaded after ${Math.round(startLimitMs / 1000)} s; starting it again.`)
      child.kill('SIGKILL')
    }, startLimitMs)
    child.on('message', (message) => {
      if (message !== 'ready') return
      ready = true
      clearTimeout(watchdog)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog)
      resolve({ ready, code, signal })
    })
  })
}

for (let attempt = 1; ; attempt++) {
  const { ready, code, signal } = await startOnce()
  if (stopping || ready) process.exit(code ?? (signal ? 1 : 0))
  const stuck = code === 13 || signal === 'SIGKILL'
  if (!stuck || attempt === attempts) {
    console.error(`Reeduca worker: stopped while loading (${signal ?? `exit ${code}`}).`)
    process.exit(code || 1)
  }
  console.warn(`Reeduca worker: its modules did not finish loading (attempt ${attempt} of ${attempts}); starting it again.`)
}
