#!/usr/bin/env node
// `npm start`: builds when the sources changed, brings the database schema up to date, seeds an
// empty database with the demo programme (not in production), then serves on PORT (default 3000).
// A local trial (startMode in lib.mjs) has the demo accounts with the published password and
// listens on 127.0.0.1 only; a public instance never has an account with that password.
import { spawn } from 'node:child_process'

import { appProcesses, bin, build, buildIsCurrent, isSqlite, localSecret, root, run, startMode } from './lib.mjs'

const port = process.env.PORT || '3000'
const production = process.env.NODE_ENV === 'production'
const mode = startMode(process.env)

// A public instance, or several instances on one database, must sign logins with one secret
// chosen on purpose: a secret generated per machine would log users out between instances.
if (!process.env.PAYLOAD_SECRET && (!mode.trial || !isSqlite(process.env))) {
  console.error(
    [
      `PAYLOAD_SECRET is not set, and this is ${mode.trial ? 'a database other instances may share' : `a public instance (${mode.why})`}.`,
      'Every instance must sign logins with the same secret: set PAYLOAD_SECRET to a random string of at least',
      '32 characters (e.g. `openssl rand -hex 32`), the same on every instance, and keep it with your backups.',
    ].join('\n'),
  )
  process.exit(1)
}
// Several app processes (REEDUCA_PROCESSES, scripts/server.mjs) only on a database they can share.
const processes = appProcesses(process.env)
if (processes.refusal) {
  console.error(processes.refusal)
  process.exit(1)
}
const env = { PAYLOAD_SECRET: localSecret(), NEXT_TELEMETRY_DISABLED: '1' }
console.log(mode.trial ? `Local trial (${mode.why}).` : `Public instance (${mode.why}): no demo account has the published password.`)

try {
  if (buildIsCurrent()) console.log('Build is up to date.')
  else {
    console.log('Building Reeduca (first start or sources changed; about a minute)…')
    await build()
  }
  const seedArgs = [production ? '--migrate-only' : '--if-empty', ...(mode.trial ? [] : ['--public'])]
  const prepare = () =>
    run(bin('tsx'), ['scripts/seed.ts', ...seedArgs], {
      env: { ...env, NODE_OPTIONS: '--no-deprecation' },
      label: 'database preparation',
    })
  // Exit 13 ("unsettled top-level await") came from Lexical's modules deadlocking on Node 20
  // when loaded together; the seed now preloads them in order (scripts/preload-lexical.mjs).
  // The retry stays as a safety net: nothing is written before the imports finish.
  for (let attempt = 1; ; attempt++) {
    try {
      await prepare()
      break
    } catch (error) {
      if (!/exit 13\)/.test(error.message) || attempt === 5) throw error
      console.warn(`Database preparation stopped while loading its modules (attempt ${attempt} of 5); trying again.`)
    }
  }
  if (production) console.log('NODE_ENV=production: demo content is not loaded (npm run seed -- --force to load it).')
} catch (error) {
  console.error(`\n${error.message}`)
  process.exit(1)
}

// Next.js behind a small Node server that answers manual downloads itself (scripts/server.mjs).
const server = spawn(process.execPath, ['scripts/server.mjs'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, ...env, PORT: port, ...(mode.host ? { HOST: mode.host } : {}), NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
})
let announced = false
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /Ready in|started server|Local:/i.test(String(chunk))) {
    announced = true
    const base = process.env.SERVER_URL || `http://localhost:${port}`
    const password = !mode.trial
      ? 'your own (SEED_PASSWORD, or data/demo-password when the seed chose one)'
      : process.env.SEED_PASSWORD
        ? '(SEED_PASSWORD)'
        : 'reeduca-demo'
    console.log(
      [
        '',
        `Reeduca is running: ${base}/admin${mode.trial && mode.host ? ` (reachable from this machine only: ${mode.host})` : ''}`,
        `Demo accounts, password ${password}:`,
        '  admin@reeduca.test · designer@reeduca.test · trainer@reeduca.test',
        '  reviewer@reeduca.test · facilitator@reeduca.test · facilitator.men@reeduca.test',
        '',
      ].join('\n'),
    )
  }
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
