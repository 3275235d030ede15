/**
 * A fresh Payload per test suite, on the database the run asks for:
 * - REEDUCA_TEST_DB=sqlite (default): a new SQLite file in a temporary folder;
 * - REEDUCA_TEST_DB=sqlite-uuid: the same with text IDs, to catch code that assumes numbers;
 * - REEDUCA_TEST_DB=postgres: a new database on the server at REEDUCA_TEST_POSTGRES_URL;
 * - REEDUCA_TEST_DB=mongodb: a new database on the MongoDB-wire server at REEDUCA_TEST_MONGODB_URL
 *   (scripts/test.mjs starts one; tests/int/mongodb-server-gaps.ts lists what it cannot do).
 * The schema is pushed, except with REEDUCA_TEST_SCHEMA=migrations on PostgreSQL (what the
 * PostgreSQL stage of `npm test` sets): the committed migrations are applied, so a broken or
 * missing migration fails the suites. Media go to the temporary folder.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  databaseKind: string
  mediaDir: string
  cleanup: () => Promise<void>
}

export const testDatabaseKind = (): string => process.env.REEDUCA_TEST_DB || 'sqlite'

async function createPostgresDatabase(): Promise<{ uri: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.REEDUCA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const { default: pg } = await import('pg')
  const name = `reeduca_test_${crypto.randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const uri = new URL(adminUrl)
  uri.pathname = `/${name}`
  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

export async function startTestPayload(): Promise<TestPayload> {
  const kind = testDatabaseKind()
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-test-'))
  const mediaDir = path.join(folder, 'media')
  fs.mkdirSync(mediaDir)
  let dropDatabase = async () => {}

  if (kind === 'mongodb') {
    const server = new URL(process.env.REEDUCA_TEST_MONGODB_URL || 'mongodb://127.0.0.1:27017')
    // The test server cannot drop databases: each suite gets its own name, gone with the server.
    server.pathname = `/reeduca_test_${crypto.randomBytes(6).toString('hex')}`
    process.env.DATABASE_URI = server.toString()
    delete process.env.REEDUCA_DB_ID_TYPE
  } else if (kind === 'postgres') {
    const database = await createPostgresDatabase()
    process.env.DATABASE_URI = database.uri
    dropDatabase = database.drop
    delete process.env.REEDUCA_DB_ID_TYPE
  } else {
    process.env.DATABASE_URI = `file:${path.join(folder, 'test.db')}`
    if (kind === 'sqlite-uuid') process.env.REEDUCA_DB_ID_TYPE = 'uuid'
    else delete process.env.REEDUCA_DB_ID_TYPE
  }
  const migrate = kind === 'postgres' && process.env.REEDUCA_TEST_SCHEMA === 'migrations'
  process.env.REEDUCA_DB_PUSH = migrate ? '0' : '1'
  // Start-up recovery looks at tables the migrations have not created yet.
  if (migrate) process.env.REEDUCA_SKIP_RELEASE_RECOVERY = '1'
  process.env.MEDIA_DIR = mediaDir
  process.env.PAYLOAD_SECRET ||= 'test-secret-for-reeduca-integration-suites'

  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const payload = await getPayload({ config })
  if (migrate) {
    // The committed list (migrations/postgres/index.ts), imported here: Payload's own reading of
    // the folder imports .ts files natively, which Node refuses inside Vitest.
    // (A computed path keeps the type check out of migrations/, which tsconfig excludes.)
    const list = path.join(process.cwd(), 'migrations', 'postgres', 'index.ts')
    const { migrations } = await import(/* @vite-ignore */ list)
    await payload.db.migrate({ migrations } as never)
  }

  // The jobs cron (payload.config.ts `jobs.autoRun`) may be mid-run when a suite ends, holding a
  // checked-out PostgreSQL client. Dropping the database then kills that client, and an error on
  // a checked-out client has no listener: it would surface as an uncaught exception in the suite.
  // So teardown waits for the clients checked out since start-up to come back, and every client
  // gets a listener that ignores errors once teardown has begun. (The client the adapter checks
  // out when it connects is never given back; it has its own error listener.)
  const pool = (payload.db as { pool?: PgPoolLike }).pool
  let tearingDown = false
  const checkedOut = new Set<object>()
  const listened = new WeakSet<object>()
  pool?.on?.('acquire', (client) => {
    checkedOut.add(client)
    if (listened.has(client)) return
    listened.add(client)
    client.on('error', (error: unknown) => {
      if (!tearingDown) throw error
    })
  })
  pool?.on?.('release', (_error, client) => checkedOut.delete(client))

  return {
    payload,
    config,
    databaseKind: kind,
    mediaDir,
    cleanup: async () => {
      tearingDown = true
      pool?.on?.('error', () => {})
      // Stops the jobs cron (a run already started goes on to its end).
      await payload.destroy().catch(() => {})
      await until(() => checkedOut.size === 0, 60_000)
      // end() closes the idle clients but waits forever for the adapter's own: do not wait for it.
      await Promise.race([pool?.end?.().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1_000))])
      await dropDatabase().catch(() => {})
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

interface PgPoolLike {
  on?: (event: string, listener: (...args: any[]) => void) => void
  end?: () => Promise<void>
}

async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
}
