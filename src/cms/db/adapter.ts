import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { postgresLocaleParentIndexes, sqliteLocaleParentIndexes } from './localeIndexes'
import { partialUniqueCompoundIndexes } from './mongoIndexes'
import { type DatabaseChoice, mongoWithoutReplicaSetWarning, sqliteFilePath } from './choice'
import { serializeSqliteWrites, type LibsqlClientLike } from './sqliteTransactions'

export interface AdapterOptions {
  /** Folder holding migrations/<kind>/. */
  migrationsRoot: string
  /** Push the schema without migrations: fresh test databases only. */
  push: boolean
}

/** MongoDB options for production: fail fast when unreachable, a bounded pool, a name in server logs. */
export const mongoConnectOptions = {
  appName: 'reeduca',
  maxPoolSize: 20,
  serverSelectionTimeoutMS: 10_000,
  connectTimeoutMS: 10_000,
}

const SQLITE_BUSY_TIMEOUT_MS = 5_000
/**
 * How long a write waits for its turn behind the writes of this process. Longer than SQLite's busy
 * timeout: waiting in the queue costs nothing, and a few account creations (a password hash each,
 * inside their transaction) take seconds in a row.
 */
const SQLITE_WRITE_QUEUE_TIMEOUT_MS = 60_000

/**
 * The SQLite adapter's client, once connected, gets serialized writes and its pragmas back on every
 * new connection (sqliteTransactions.ts says why).
 */
function withSerializedWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as ReturnType<typeof init> & { connect?: (...rest: unknown[]) => Promise<void>; client?: LibsqlClientLike }
      const connect = adapter.connect
      if (!connect) return adapter
      adapter.connect = async function (this: typeof adapter, ...rest: unknown[]) {
        await connect.apply(this, rest)
        if (this.client) {
          serializeSqliteWrites(this.client, {
            timeoutMs: SQLITE_WRITE_QUEUE_TIMEOUT_MS,
            connectionPragmas: [`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, 'PRAGMA synchronous = FULL'],
            warn: (message) => args.payload.logger.warn(message),
          })
        }
      }
      return adapter
    },
  }
}

export function createDatabaseAdapter(choice: DatabaseChoice, options: AdapterOptions): DatabaseAdapterObj {
  const migrationDir = path.join(options.migrationsRoot, choice.kind)
  switch (choice.kind) {
    case 'sqlite': {
      const file = sqliteFilePath(choice.uri)
      if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return withSerializedWrites(
        sqliteAdapter({
          client: { url: choice.uri },
          idType: choice.idType,
          migrationDir,
          push: options.push,
          // Another process writing (a jobs worker, the seed): wait for the lock instead of failing.
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          wal: true,
          // Without it Payload's transactions are no-ops on SQLite and nothing "in one transaction"
          // is atomic. (This drizzle version always begins them IMMEDIATE, taking the write lock.)
          transactionOptions: { behavior: 'immediate' },
          afterSchemaInit: [sqliteLocaleParentIndexes],
        }),
      )
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: choice.uri, max: 10 },
        idType: choice.idType === 'uuid' ? 'uuid' : 'serial',
        migrationDir,
        push: options.push,
        afterSchemaInit: [postgresLocaleParentIndexes],
      })
    case 'mongodb':
      return mongooseAdapter({
        url: choice.uri,
        connectOptions: {
          ...mongoConnectOptions,
          // The MongoDB-wire test server (scripts/test.mjs) has no `create` command: without this
          // mongoose's explicit createCollection fails and no index is ever built. Collections are
          // then created by their first index or insert, as MongoDB does anyway.
          ...(process.env.REEDUCA_MONGODB_AUTOCREATE === '0' ? { autoCreate: false } : {}),
        },
        migrationDir,
        // Before the models are compiled: unique compound indexes ignore documents missing a field,
        // as in SQL (src/cms/db/mongoIndexes.ts).
        afterCreateConnection: (adapter) => {
          adapter.connection.plugin(partialUniqueCompoundIndexes)
        },
        // Transactions need a replica set, which is what production runs (see README). Payload
        // turns them off when the client has no replica set name: say so, loudly in production.
        afterOpenConnection: (adapter) => {
          const replicaSet = adapter.connection.getClient().options.replicaSet
          const warning = mongoWithoutReplicaSetWarning(replicaSet, process.env.NODE_ENV)
          if (warning) adapter.payload.logger.warn(warning)
        },
      })
  }
}
