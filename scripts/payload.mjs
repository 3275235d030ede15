#!/usr/bin/env node
// Runs the Payload CLI with retries: it sometimes exits 0 having done nothing (upstream
// payload#17757, measured here about 2 runs in 30), so an empty output counts as a failed try.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const attempts = 4

for (let attempt = 1; attempt <= attempts; attempt++) {
  // Lexical is preloaded in order: loaded all at once it can deadlock on Node 20 (preload-lexical.mjs).
  const preload = pathToFileURL(path.join(root, 'scripts/preload-lexical.mjs')).href
  const run = spawnSync(process.execPath, ['--import', preload, path.join(root, 'node_modules/payload/bin.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
  })
  process.stdout.write(run.stdout ?? '')
  process.stderr.write(run.stderr ?? '')
  if (run.status !== 0) process.exit(run.status ?? 1)
  if ((run.stdout ?? '').trim() || (run.stderr ?? '').trim()) process.exit(0)
  console.error(`payload ${args.join(' ')} printed nothing (try ${attempt} of ${attempts}); running it again.`)
}
console.error(`payload ${args.join(' ')} printed nothing ${attempts} times; treat the result as unknown.`)
process.exit(1)
