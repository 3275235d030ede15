// Shared helpers of the start, build and test scripts (plain Node, no dependencies).
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/** Runs a command with inherited output; rejects on a non-zero exit. */
export function run(command, args, { env = {}, label = `${command} ${args.join(' ')}` } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

// scripts/patches: the patched Payload client (patch-package) is built into the admin's bundle.
const BUILD_INPUTS = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json', 'payload-types.ts', 'scripts/patches']

function* files(entry) {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return
  const stat = fs.statSync(full)
  if (stat.isFile()) {
    yield full
    return
  }
  for (const child of fs.readdirSync(full).sort()) yield* files(path.join(entry, child))
}

/** A hash of everything the Next.js build depends on, to rebuild only when it changed. */
export function buildFingerprint() {
  const hash = crypto.createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(input)) {
      hash.update(path.relative(root, file))
      hash.update(fs.readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export const fingerprintFile = path.join(root, '.next', 'reeduca-build-fingerprint')

export function buildIsCurrent() {
  return (
    fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    fs.existsSync(path.join(root, 'public', 'portal', 'sw.js')) &&
    fs.existsSync(fingerprintFile) &&
    fs.readFileSync(fingerprintFile, 'utf8') === buildFingerprint()
  )
}

/**
 * The portal's service worker (src/ui/portal/offline/serviceWorker.ts with its Workbox modules),
 * bundled by esbuild into public/portal/sw.js (git-ignored), which Next serves as a static file at
 * /portal/sw.js: a worker's address fixes its widest scope, and Next's bundler names its files by
 * hash under /_next/. Run before every build and by `npm run dev`.
 */
export async function buildServiceWorker() {
  const { build: bundle } = await import('esbuild')
  await bundle({
    entryPoints: [path.join(root, 'src/ui/portal/offline/serviceWorker.ts')],
    outfile: path.join(root, 'public/portal/sw.js'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    // Workbox logs to the console unless built for production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
}

export async function build() {
  const started = Date.now()
  // Taken before building: a source edited during the build must trigger the next one.
  const fingerprint = buildFingerprint()
  await buildServiceWorker()
  await run(bin('next'), ['build'], {
    env: { REEDUCA_BUILDING: '1', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
    label: 'next build',
  })
  fs.writeFileSync(fingerprintFile, fingerprint)
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}

/**
 * The secret for `npm start` when PAYLOAD_SECRET is not set: generated once into data/.secret
 * (git-ignored), so sessions survive restarts and no default secret ever serves in production.
 */
export function localSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(root, 'data', '.secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
    console.log('Generated a PAYLOAD_SECRET into data/.secret (set PAYLOAD_SECRET to use your own).')
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Runs `npm start` (scripts/start.mjs) on a throwaway database and media folder, the way a new
 * user would, for the browser tests and the benchmarks. Resolves once the API answers.
 */
export async function startThrowawayServer({ timeoutMs = 30 * 60 * 1000, env = {} } = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-run-'))
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const logFile = path.join(folder, 'server.log')
  const log = fs.openSync(logFile, 'a')
  const childEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URI: `file:${path.join(folder, 'reeduca.db')}`,
    MEDIA_DIR: path.join(folder, 'media'),
    GENERATED_DIR: path.join(folder, 'generated'),
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    ...env,
  }
  delete childEnv.NODE_ENV
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: childEnv,
  })
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    fs.rmSync(folder, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    // A server killed by a signal has no exit code, only a signal code: either way it is gone.
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const output = fs.readFileSync(logFile, 'utf8').slice(-4000)
      stop()
      throw new Error(`Reeduca did not start at ${baseURL}\n--- server log ---\n${output}`)
    }
    try {
      const response = await fetch(`${baseURL}/api/users/me`)
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { baseURL, pid: child.pid, folder, stop }
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(host) {
  const name = String(host ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '')
  return name === 'localhost' || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name) || name === '::1'
}

/**
 * Whether `npm start` is a local trial — demo accounts with the published password, reachable
 * from this machine only — or a public instance, where no account may have that password
 * (README, "Local trial or public instance"):
 * - REEDUCA_DEMO=1: a trial, whatever else is set (e.g. a workshop on a private network);
 * - otherwise public when any of: REEDUCA_DEMO=0, NODE_ENV=production, a SERVER_URL that is not
 *   loopback, a HOST (listen address) that is not loopback;
 * - otherwise (the README's quick start) a trial, listening on 127.0.0.1 only.
 */
/** @param {Record<string, string | undefined>} [env] */
export function startMode(env = process.env) {
  if (env.REEDUCA_DEMO === '1') return { trial: true, host: env.HOST || undefined, why: 'REEDUCA_DEMO=1' }
  const reasons = []
  if (env.REEDUCA_DEMO === '0') reasons.push('REEDUCA_DEMO=0')
  if (env.NODE_ENV === 'production') reasons.push('NODE_ENV=production')
  if (env.SERVER_URL) {
    let host = null
    try {
      host = new URL(env.SERVER_URL).hostname
    } catch {
      // An unparsable SERVER_URL is not a loopback one.
    }
    if (!isLoopbackHost(host)) reasons.push(`SERVER_URL is ${env.SERVER_URL}`)
  }
  if (env.HOST && !isLoopbackHost(env.HOST)) reasons.push(`HOST is ${env.HOST}`)
  if (reasons.length) return { trial: false, host: env.HOST || undefined, why: reasons.join(', ') }
  return { trial: true, host: env.HOST || '127.0.0.1', why: 'no public SERVER_URL or HOST: a trial on this machine' }
}

/** SQLite file (the default): one machine; anything else may be shared by several instances. */
/** @param {Record<string, string | undefined>} [env] */
export const isSqlite = (env = process.env) => !env.DATABASE_URI || /^file:/i.test(env.DATABASE_URI)

/**
 * How many app processes `npm start` runs on its port (REEDUCA_PROCESSES, else WEB_CONCURRENCY,
 * else 1), or why it may not. SQLite takes one: measured here (two processes on one WAL file,
 * busy_timeout 5 s, @libsql/client as Payload's adapter uses it), a process waiting for another's
 * write lock waits inside SQLite's busy handler, synchronously, on its event loop: it answered
 * nothing for 1.97 s while the other held a 2 s write transaction, and for 6.1 s behind a 7 s one.
 * Every page and download of that process would stall behind every other process's writes.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ count: number, refusal: string | null }}
 */
export function appProcesses(env = process.env) {
  const raw = env.REEDUCA_PROCESSES || env.WEB_CONCURRENCY || '1'
  const name = env.REEDUCA_PROCESSES ? 'REEDUCA_PROCESSES' : 'WEB_CONCURRENCY'
  const count = Number(raw)
  if (!Number.isInteger(count) || count < 1 || count > 64) return { count: 1, refusal: `${name}=${raw}: give a whole number of app processes from 1 to 64.` }
  if (count > 1 && isSqlite(env))
    return {
      count: 1,
      refusal: [
        `${name}=${count}: several app processes need PostgreSQL or MongoDB (DATABASE_URI=postgres://… or mongodb://…).`,
        'On SQLite one process writes at a time, and a process waiting for the write lock waits with its whole event loop',
        'stopped (measured: 2 to 6 s without answering any request behind another process\'s write). Run one process on',
        'SQLite (it serves downloads itself at about nginx\'s pace), or move to PostgreSQL or MongoDB.',
      ].join('\n'),
    }
  return { count, refusal: null }
}
