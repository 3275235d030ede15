/**
 * Real transactions on SQLite, safe with libsql's synchronous driver.
 *
 * `@payloadcms/db-sqlite` without `transactionOptions` makes `beginTransaction` a no-op: nothing
 * Payload calls "one transaction" was atomic on the default database (a killed build left a
 * release `ready` without its file rows). With it set, two things in @libsql/client 0.14 bite:
 *
 * 1. `client.transaction()` hands its connection to the transaction and opens a new one for the
 *    next statement, which loses the pragmas set at connection (busy_timeout, synchronous):
 *    libsql-client-ts issues 288 and 105. They are set again on the new connection here.
 * 2. SQLite has one writer at a time, and libsql runs statements synchronously on the event loop.
 *    A second write transaction in the same process (`BEGIN IMMEDIATE` on another connection)
 *    would wait for the lock inside SQLite's busy handler, blocking the very event loop the first
 *    transaction needs in order to finish: a five-second stall, then SQLITE_BUSY. So writes are
 *    queued in JavaScript (async-mutex): one write transaction at a time per process, and a write
 *    outside a transaction waits while one is open. Reads never wait (WAL lets them run beside a
 *    writer). Between processes (the server and an `npm run worker` worker, the seed) SQLite's own
 *    busy_timeout still applies.
 *
 * A writer that waits longer than `timeoutMs` gets an error, as SQLite would have given it. That
 * is also what a write made outside a transaction, while that same operation holds one, gets:
 * SQLite itself cannot let it through (Payload's forgot-password reservation did this, so it is
 * off: collections/Users). A transaction open longer than MAX_TRANSACTION_MS is logged.
 */
import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'

export const MAX_TRANSACTION_MS = 120_000

type Statement = string | { sql: string; args?: unknown }
interface LibsqlTransaction {
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
}
export interface LibsqlClientLike {
  execute(statement: Statement, args?: unknown): Promise<unknown>
  batch(statements: Statement[], mode?: string): Promise<unknown>
  transaction(mode?: string): Promise<LibsqlTransaction>
  executeMultiple?(sql: string): Promise<unknown>
  migrate?(statements: Statement[]): Promise<unknown>
}

export interface SerializeOptions {
  /** How long a writer waits for its turn (the adapter's busy timeout). */
  timeoutMs: number
  /** Statements that set up a fresh connection (busy_timeout, synchronous…). */
  connectionPragmas: string[]
  warn?: (message: string) => void
}

const SERIALIZED = Symbol.for('reeduca.sqliteWritesSerialized')
const READ = /^\s*(select|pragma\s+\w+\s*;?\s*$|explain)\b/i

const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement?.sql ?? '')

/** Wraps a @libsql/client client in place (see the module comment). Idempotent. */
export function serializeSqliteWrites(client: LibsqlClientLike, options: SerializeOptions): void {
  const marked = client as unknown as Record<symbol, boolean>
  if (marked[SERIALIZED]) return
  marked[SERIALIZED] = true

  const gate = withTimeout(
    new Mutex(),
    options.timeoutMs,
    new Error(`SQLite is busy: another write has held the database for more than ${options.timeoutMs} ms. Try again.`),
  )
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const transaction = client.transaction.bind(client)
  const executeMultiple = client.executeMultiple?.bind(client)

  const setUpConnection = async () => {
    for (const pragma of options.connectionPragmas) await execute(pragma)
  }
  const inTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await gate.acquire()
    try {
      return await work()
    } finally {
      release()
    }
  }

  client.execute = (statement, args) => (READ.test(sqlOf(statement)) ? execute(statement, args) : inTurn(() => execute(statement, args)))
  client.batch = (statements, mode) => inTurn(() => batch(statements, mode))
  if (executeMultiple) client.executeMultiple = (sql) => inTurn(() => executeMultiple(sql))

  client.transaction = async (mode) => {
    let release: () => void
    try {
      release = await gate.acquire()
    } catch (error) {
      throw error === E_TIMEOUT ? new Error('SQLite is busy: could not begin a transaction.') : error
    }
    let tx: LibsqlTransaction
    try {
      tx = await transaction(mode)
      // The client opens a new connection for its next statement: give it the pragmas again.
      await setUpConnection()
    } catch (error) {
      release()
      throw error
    }
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      clearTimeout(guard)
      release()
    }
    const guard = setTimeout(() => {
      if (!ended) options.warn?.(`A SQLite write transaction has been open for ${MAX_TRANSACTION_MS / 1000} s; every other write of this process waits for it.`)
    }, MAX_TRANSACTION_MS)
    guard.unref?.()

    const commit = tx.commit.bind(tx)
    const rollback = tx.rollback.bind(tx)
    const close = tx.close.bind(tx)
    tx.commit = async () => {
      try {
        await commit()
      } finally {
        end()
      }
    }
    tx.rollback = async () => {
      try {
        await rollback()
      } finally {
        end()
      }
    }
    tx.close = () => {
      try {
        close()
      } finally {
        end()
      }
    }
    return tx
  }
}
