#!/usr/bin/env node
// `npm start`: builds when the sources changed, brings the database schema up to date, seeds an
// empty database with the demo programme (not in production), then serves on PORT (default 3000).
import { spawn } from 'node:child_process'

import { bin, build, buildIsCurrent, localSecret, root, run } from './lib.mjs'

const port = process.env.PORT || '3000'
const production = process.env.NODE_ENV === 'production'
const env = { PAYLOAD_SECRET: localSecret(), NEXT_TELEMETRY_DISABLED: '1' }

try {
  if (buildIsCurrent()) console.log('Build is up to date.')
  else {
    console.log('Building Reeduca (first start or sources changed; about a minute)…')
    await build()
  }
  const seedArgs = production ? ['--migrate-only'] : ['--if-empty']
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
  env: { ...process.env, ...env, PORT: port, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
})
let announced = false
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /Ready in|started server|Local:/i.test(String(chunk))) {
    announced = true
    const base = process.env.SERVER_URL || `http://localhost:${port}`
    const password = process.env.SEED_PASSWORD ? '(SEED_PASSWORD)' : 'reeduca-demo'
    console.log(
      [
        '',
        `Reeduca is running: ${base}/admin`,
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
