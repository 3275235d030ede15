#!/usr/bin/env node
// `npm run bench`: every benchmark under bench/, one after the other (they share two cores).
// Pass names to run only some: `npm run bench -- rest-session`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'

const here = path.dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const benches = fs
  .readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs')
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.mjs$/, '')))

// Figures from different machines differ several-fold (the same code, a different CPU): say which one.
const cpus = os.cpus()
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB; Node ${process.version}; load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`)

let failed = 0
for (const bench of benches) {
  console.log(`\n### ${bench}`)
  const result = spawnSync(process.execPath, [path.join(here, bench)], { stdio: 'inherit' })
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
