/**
 * SQLite transactions that are real and do not stall the process (src/cms/db/sqliteTransactions.ts),
 * on a real @libsql/client file database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { afterEach, beforeEach, expect, test } from 'vitest'

import { serializeSqliteWrites, type LibsqlClientLike } from '@/cms/db/sqliteTransactions'

let folder: string
let client: Client
const PRAGMAS = ['PRAGMA busy_timeout = 5000', 'PRAGMA synchronous = FULL']

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-sqlite-tx-'))
  client = createClient({ url: `file:${path.join(folder, 'test.db')}` })
  await client.execute('PRAGMA journal_mode = WAL')
  for (const pragma of PRAGMAS) await client.execute(pragma)
  await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)')
  serializeSqliteWrites(client as unknown as LibsqlClientLike, { timeoutMs: 10_000, connectionPragmas: PRAGMAS })
})
afterEach(() => {
  client.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const count = async () => Number((await client.execute('SELECT count(*) AS n FROM notes')).rows[0].n)

test('two write transactions and a plain write at once all succeed, and the event loop never stalls', async () => {
  let longestGap = 0
  let last = performance.now()
  const ticker = setInterval(() => {
    longestGap = Math.max(longestGap, performance.now() - last)
    last = performance.now()
  }, 5)

  const transaction = async (text: string) => {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [text] })
    // Another request's turn comes while this transaction is open.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`${text} 2`] })
    await tx.commit()
  }
  const results = await Promise.allSettled([
    transaction('a'),
    transaction('b'),
    client.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['plain'] }),
  ])
  clearInterval(ticker)

  expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok'])
  expect(await count()).toBe(5)
  // SQLite's busy handler would have slept on the event loop for the whole busy timeout (5 s) and
  // then failed a transaction; half of it leaves room for a loaded machine's pauses.
  expect(longestGap).toBeLessThan(2500)
})

test('a rolled-back transaction leaves nothing, and lets the next writer in', async () => {
  const tx = await client.transaction('write')
  await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['gone'] })
  await tx.rollback()
  await client.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: ['kept'] })
  expect((await client.execute('SELECT text FROM notes')).rows.map((row) => row.text)).toEqual(['kept'])
})

test("the client's next connection gets the pragmas again after a transaction", async () => {
  const tx = await client.transaction('write')
  await tx.commit()
  expect(Number((await client.execute('PRAGMA busy_timeout')).rows[0][0])).toBe(5000)
})
