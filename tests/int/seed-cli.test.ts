import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

test('`npm run seed` refuses NODE_ENV=production without --force, and touches no database', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-seed-cli-'))
  const database = path.join(folder, 'never.db')
  const seed = () =>
    spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/seed.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${database}`,
        PAYLOAD_SECRET: 'a-production-secret-that-is-long-enough-0123456789',
      },
    })
  let run = seed()
  // Exit 13 with no output: the TypeScript loader died before the script ran (seen on loaded
  // machines; npm start retries the same way). Anything else is the script's own answer.
  if (run.status === 13 && !run.stderr.includes('Refusing')) run = seed()
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('Refusing to load demo content with NODE_ENV=production')
  expect(fs.existsSync(database)).toBe(false)
  fs.rmSync(folder, { recursive: true, force: true })
})
