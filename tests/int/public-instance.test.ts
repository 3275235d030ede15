/**
 * A public instance never serves an account with the published demo password, and never starts
 * without a PAYLOAD_SECRET chosen on purpose; the README's local trial keeps its demo accounts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { isLoopbackHost, startMode } from '../../scripts/lib.mjs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { accountsWithPublishedPassword } from '@/cms/seed/publishedPassword'
import { DEFAULT_SEED_PASSWORD } from '@/cms/seed/programme'

const root = path.resolve(import.meta.dirname, '../..')

describe('which start is a local trial', () => {
  test('the quick start on one’s own machine is a trial, on 127.0.0.1 only', () => {
    expect(startMode({})).toMatchObject({ trial: true, host: '127.0.0.1' })
    expect(startMode({ SERVER_URL: 'http://localhost:3000' })).toMatchObject({ trial: true, host: '127.0.0.1' })
    expect(startMode({ SERVER_URL: 'http://127.0.0.1:8080', HOST: '::1' })).toMatchObject({ trial: true, host: '::1' })
  })

  test('a public SERVER_URL or HOST, NODE_ENV=production or REEDUCA_DEMO=0 make it public', () => {
    expect(startMode({ SERVER_URL: 'https://reeduca.example.org' })).toMatchObject({ trial: false, host: undefined })
    expect(startMode({ HOST: '0.0.0.0' }).trial).toBe(false)
    expect(startMode({ NODE_ENV: 'production' }).trial).toBe(false)
    expect(startMode({ REEDUCA_DEMO: '0' }).trial).toBe(false)
    expect(startMode({ SERVER_URL: 'http://localhost.evil.example' }).trial).toBe(false)
    // Said on purpose: a workshop on a private network.
    expect(startMode({ REEDUCA_DEMO: '1', HOST: '0.0.0.0', SERVER_URL: 'http://10.0.0.5:3000' }).trial).toBe(true)
    expect(isLoopbackHost('[::1]')).toBe(true)
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false)
  })
})

test('`npm start` of a public instance without PAYLOAD_SECRET stops with a message, before building or touching a database', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-public-start-'))
  const database = path.join(folder, 'never.db')
  for (const env of [{ SERVER_URL: 'https://reeduca.example.org' }, { NODE_ENV: 'production' }, { DATABASE_URI: 'postgres://postgres@127.0.0.1:1/none' }]) {
    const childEnv: Record<string, string | undefined> = { ...process.env, DATABASE_URI: `file:${database}`, PORT: '1', ...env }
    delete childEnv.PAYLOAD_SECRET
    if (!('NODE_ENV' in env)) delete childEnv.NODE_ENV
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: root, encoding: 'utf8', env: childEnv as NodeJS.ProcessEnv, timeout: 60_000 })
    expect(run.status, JSON.stringify(env)).toBe(1)
    expect(run.stderr, JSON.stringify(env)).toContain('PAYLOAD_SECRET is not set')
    expect(run.stdout).not.toContain('Building')
  }
  expect(fs.existsSync(database)).toBe(false)
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('demo accounts with the published password', () => {
  let ctx: TestPayload
  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(async () => ctx?.cleanup())

  test('are found without counting a failed login, and a public start refuses to serve them', async () => {
    const { payload } = ctx
    const admin = await payload.create({ collection: 'users', data: { email: 'admin@reeduca.test', password: DEFAULT_SEED_PASSWORD, roles: ['admin'] } as any })
    await payload.create({ collection: 'users', data: { email: 'facilitator@reeduca.test', password: 'a-password-of-this-instance', roles: ['facilitator'] } as any })
    expect(await accountsWithPublishedPassword(payload)).toEqual(['admin@reeduca.test'])
    expect((await payload.db.findOne({ collection: 'users', where: { id: { equals: admin.id } } } as any) as any).loginAttempts ?? 0).toBe(0)

    const seed = (args: string[]) =>
      spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/seed.ts', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, REEDUCA_DB_PUSH: '1', NODE_OPTIONS: '--no-deprecation' },
        timeout: 120_000,
      })
    let run = seed(['--public', '--migrate-only'])
    if (run.status === 13 && !run.stderr.includes('Refusing')) run = seed(['--public', '--migrate-only'])
    expect(run.status, run.stderr).toBe(1)
    expect(run.stderr).toContain('Refusing to serve a public instance: admin@reeduca.test still has the published demo password')

    await payload.update({ collection: 'users', id: admin.id, data: { password: 'now-this-instance-own-password' } as any })
    expect(await accountsWithPublishedPassword(payload)).toEqual([])
    run = seed(['--public', '--migrate-only'])
    if (run.status === 13) run = seed(['--public', '--migrate-only'])
    expect(run.status, run.stderr).toBe(0)
    // Up to four seed processes of up to two minutes each: on a busy two-core machine the default 60 s ran out.
  }, 480_000)
})
