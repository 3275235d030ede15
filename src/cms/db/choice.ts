/**
 * Which database a DATABASE_URI selects. Pure: no adapter is loaded here, so the rule can be
 * unit-tested and reported in start-up messages.
 */
import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'
export type IdType = 'number' | 'uuid'

export interface DatabaseChoice {
  kind: DatabaseKind
  /** The connection string handed to the adapter. */
  uri: string
  /** Text IDs on SQLite (REEDUCA_DB_ID_TYPE=uuid) flush out code that assumes numeric IDs. */
  idType: IdType
}

export const ACCEPTED_SCHEMES = ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']

export class UnsupportedDatabaseURIError extends Error {
  constructor(uri: string) {
    const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0] ?? uri.slice(0, 20)
    super(
      `DATABASE_URI uses an unsupported scheme (${scheme}). Accepted: ` +
        `file:<path> or nothing (embedded SQLite, the default), postgres:// or postgresql:// (PostgreSQL), ` +
        `mongodb:// or mongodb+srv:// (MongoDB).`,
    )
    this.name = 'UnsupportedDatabaseURIError'
  }
}

/** The default embedded database: a SQLite file under data/, created on first start. */
export function defaultSqliteUri(projectRoot: string): string {
  return `file:${path.join(projectRoot, 'data', 'reeduca.db')}`
}

export function chooseDatabase(
  databaseUri: string | undefined,
  options: { projectRoot: string; idType?: string },
): DatabaseChoice {
  const uri = databaseUri?.trim() || defaultSqliteUri(options.projectRoot)
  const idType: IdType = options.idType === 'uuid' ? 'uuid' : 'number'
  if (uri.startsWith('file:')) return { kind: 'sqlite', uri, idType }
  if (/^postgres(ql)?:\/\//.test(uri)) return { kind: 'postgres', uri, idType }
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return { kind: 'mongodb', uri, idType: 'uuid' }
  throw new UnsupportedDatabaseURIError(uri)
}

/** The SQLite file a `file:` URI names, so start-up can create its folder. */
export function sqliteFilePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  const rest = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
  return rest.split('?')[0] || null
}

/**
 * The warning a production start on MongoDB without a replica set deserves: Payload then runs
 * without transactions (a half-done multi-document write stays half done). `replicaSet` is the
 * name the driver connected with (from the URI's `replicaSet=` or a mongodb+srv TXT record).
 * Null when all is well or outside production.
 */
export function mongoWithoutReplicaSetWarning(replicaSet: string | undefined, nodeEnv: string | undefined): string | null {
  if (replicaSet || nodeEnv !== 'production') return null
  return (
    'DATABASE_URI names no MongoDB replica set, so transactions are OFF: a save, a release build or ' +
    'a seed stopped halfway stays half written. Run MongoDB as a replica set (a single node is enough: ' +
    '`mongod --replSet rs0`, then `rs.initiate()`) and add `?replicaSet=rs0` to DATABASE_URI.'
  )
}
