#!/usr/bin/env node
// Runs the Payload CLI with retries: it sometimes exits 0 having done nothing (upstream
// payload#17757, measured here about 2 runs in 30), so an empty output counts as a failed try.
// The empty run is the CLI's loading deadlocking on Node 20 (its unawaited start leaves an empty
// event loop): see scripts/worker.ts, which no longer goes through this CLI for that reason.
// Output is passed through as it comes (not buffered); one that printed anything is never re-run.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const attempts = 4

function runOnce() {
  // Lexical is preloaded in order: loaded all at once it can deadlock on Node 20 (preload-lexical.mjs).
  const preload = pathToFileURL(path.join(root, 'scripts/preload-lexical.mjs')).href
  const child = spawn(process.execPath, ['--import', preload, path.join(root, 'node_modules/payload/bin.js'), ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
  })
  let printed = false
  const pass = (target) => (chunk) => {
    if (String(chunk).trim()) printed = true
    target.write(chunk)
  }
  child.stdout.on('data', pass(process.stdout))
  child.stderr.on('data', pass(process.stderr))
  // A stop asked of this wrapper (a worker's supervisor, Ctrl-C) goes to the CLI.
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve({ code: code ?? (signal ? 1 : 0), printed })
    }),
  )
}

for (let attempt = 1; attempt <= attempts; attempt++) {
  const { code, printed } = await runOnce()
  if (code !== 0) process.exit(code)
  if (printed) process.exit(0)
  console.error(`payload ${args.join(' ')} printed nothing (try ${attempt} of ${attempts}); running it again.`)
}
console.error(`payload ${args.join(' ')} printed nothing ${attempts} times; treat the result as unknown.`)
process.exit(1)
