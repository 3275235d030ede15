import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import mongoose from 'mongoose'
import { describe, expect, test } from 'vitest'

import { createDatabaseAdapter, mongoConnectOptions } from '@/cms/db/adapter'
import {
  ACCEPTED_SCHEMES,
  UnsupportedDatabaseURIError,
  chooseDatabase,
  defaultSqliteUri,
  mongoWithoutReplicaSetWarning,
  sqliteFilePath,
} from '@/cms/db/choice'
import { partialUniqueCompoundIndexes } from '@/cms/db/mongoIndexes'

const projectRoot = '/srv/reeduca'

describe('chooseDatabase', () => {
  test.each([undefined, '', '   '])('no DATABASE_URI (%j) → the SQLite file under data/', (uri) => {
    const choice = chooseDatabase(uri, { projectRoot })
    expect(choice).toEqual({ kind: 'sqlite', uri: 'file:/srv/reeduca/data/reeduca.db', idType: 'number' })
    expect(choice.uri).toBe(defaultSqliteUri(projectRoot))
    expect(sqliteFilePath(choice.uri)).toBe(path.join(projectRoot, 'data', 'reeduca.db'))
  })

  test.each(['file:./data/other.db', 'file:/var/lib/reeduca/reeduca.db', 'file:///var/lib/reeduca/reeduca.db'])(
    '%s → SQLite, URI kept as given',
    (uri) => {
      expect(chooseDatabase(uri, { projectRoot })).toEqual({ kind: 'sqlite', uri, idType: 'number' })
    },
  )

  test('the SQLite file a file: URI names, without query string', () => {
    expect(sqliteFilePath('file:./data/other.db')).toBe('./data/other.db')
    expect(sqliteFilePath('file:///var/lib/reeduca/reeduca.db?mode=rwc')).toBe('/var/lib/reeduca/reeduca.db')
    expect(sqliteFilePath('postgres://db/reeduca')).toBeNull()
  })

  test.each(['postgres://reeduca:secret@db:5432/reeduca', 'postgresql://db/reeduca?sslmode=require'])('%s → PostgreSQL', (uri) => {
    expect(chooseDatabase(uri, { projectRoot })).toEqual({ kind: 'postgres', uri, idType: 'number' })
  })

  test.each(['mongodb://db1,db2,db3/reeduca?replicaSet=rs0', 'mongodb+srv://cluster.example.org/reeduca'])('%s → MongoDB (text IDs)', (uri) => {
    expect(chooseDatabase(uri, { projectRoot })).toEqual({ kind: 'mongodb', uri, idType: 'uuid' })
  })

  test('surrounding whitespace in DATABASE_URI is ignored', () => {
    expect(chooseDatabase('  postgres://db/reeduca\n', { projectRoot }).uri).toBe('postgres://db/reeduca')
  })

  test('REEDUCA_DB_ID_TYPE=uuid gives text IDs on SQL databases; anything else numbers', () => {
    expect(chooseDatabase(undefined, { projectRoot, idType: 'uuid' }).idType).toBe('uuid')
    expect(chooseDatabase('postgres://db/x', { projectRoot, idType: 'uuid' }).idType).toBe('uuid')
    expect(chooseDatabase(undefined, { projectRoot, idType: 'serial' }).idType).toBe('number')
  })

  test.each(['mysql://db/reeduca', 'http://db:5432/reeduca', 'foo', 'sqlite:reeduca.db', 'mongodb:/missing-slash'])(
    '%s is refused, naming the accepted schemes',
    (uri) => {
      let error: unknown
      try {
        chooseDatabase(uri, { projectRoot })
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(UnsupportedDatabaseURIError)
      const message = (error as Error).message
      expect(message).toMatch(/unsupported scheme/)
      for (const scheme of ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']) {
        expect(message).toContain(scheme)
      }
      expect(ACCEPTED_SCHEMES).toEqual(['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://'])
    },
  )

  test('the refusal names the scheme it got, and never echoes credentials', () => {
    const message = new UnsupportedDatabaseURIError('mysql://root:hunter2@db/reeduca').message
    expect(message).toContain('(mysql:)')
    expect(message).not.toContain('hunter2')
  })
})

describe('createDatabaseAdapter', () => {
  const migrationsRoot = '/srv/reeduca/migrations'

  test('a mongodb:// choice gives the Mongoose adapter with the production connect options, without connecting', () => {
    const choice = chooseDatabase('mongodb://db1,db2,db3/reeduca?replicaSet=rs0', { projectRoot })
    const adapter = createDatabaseAdapter(choice, { migrationsRoot, push: false })
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
    expect(typeof adapter.init).toBe('function')

    // init() only builds the adapter object; connect() is what opens a connection, and it is not called.
    const built = adapter.init({ payload: {} as never }) as unknown as Record<string, unknown>
    expect(built.packageName).toBe('@payloadcms/db-mongodb')
    expect(built.url).toBe(choice.uri)
    expect(built.connectOptions).toEqual(mongoConnectOptions)
    expect(built.migrationDir).toBe(path.join(migrationsRoot, 'mongodb'))
    expect(built.connection).toBeUndefined()
  })

  test('the MongoDB options fail fast when the server is unreachable and bound the pool', () => {
    expect(mongoConnectOptions).toMatchObject({ appName: 'reeduca' })
    expect(mongoConnectOptions.serverSelectionTimeoutMS).toBeGreaterThan(0)
    expect(mongoConnectOptions.serverSelectionTimeoutMS).toBeLessThanOrEqual(30_000)
    expect(mongoConnectOptions.connectTimeoutMS).toBeLessThanOrEqual(30_000)
    expect(mongoConnectOptions.maxPoolSize).toBeGreaterThan(0)
  })

  test('a postgres:// choice gives the PostgreSQL adapter', () => {
    const adapter = createDatabaseAdapter(chooseDatabase('postgres://db/reeduca', { projectRoot }), { migrationsRoot, push: false })
    expect(adapter.name).toBe('postgres')
    expect(adapter.defaultIDType).toBe('number')
    const uuid = createDatabaseAdapter(chooseDatabase('postgres://db/reeduca', { projectRoot, idType: 'uuid' }), { migrationsRoot, push: false })
    expect(uuid.defaultIDType).toBe('text')
  })

  test('a file: choice gives the SQLite adapter and creates the folder for the file', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-choice-'))
    try {
      const file = path.join(folder, 'nested', 'reeduca.db')
      const adapter = createDatabaseAdapter(chooseDatabase(`file:${file}`, { projectRoot }), { migrationsRoot, push: true })
      expect(adapter.name).toBe('sqlite')
      expect(adapter.defaultIDType).toBe('number')
      expect(fs.existsSync(path.dirname(file))).toBe(true)
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('MongoDB without a replica set', () => {
  test('in production: a warning that says transactions are off and how to turn them on', () => {
    const warning = mongoWithoutReplicaSetWarning(undefined, 'production')
    expect(warning).toContain('transactions are OFF')
    expect(warning).toContain('?replicaSet=rs0')
  })
  test('with a replica set, or outside production: nothing to say', () => {
    expect(mongoWithoutReplicaSetWarning('rs0', 'production')).toBeNull()
    expect(mongoWithoutReplicaSetWarning(undefined, 'development')).toBeNull()
    expect(mongoWithoutReplicaSetWarning(undefined, undefined)).toBeNull()
  })
})

describe('unique compound indexes on MongoDB', () => {
  test('ignore documents missing one of their fields, as SQL ignores NULLs (two drafts without a number)', () => {
    const schema = new mongoose.Schema({ track: mongoose.Schema.Types.ObjectId, number: Number, title: String })
    schema.index({ track: 1, number: 1 }, { unique: true })
    schema.index({ title: 1 }, { unique: true })
    partialUniqueCompoundIndexes(schema)
    const [compound, single] = schema.indexes()
    expect(compound![1]).toMatchObject({ unique: true, partialFilterExpression: { track: { $type: 'objectId' }, number: { $type: 'number' } } })
    expect(single![1].partialFilterExpression).toBeUndefined()
  })
})
