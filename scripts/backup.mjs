#!/usr/bin/env node
// `npm run backup [-- <folder>]`: everything an instance cannot rebuild, consistently, into one
// folder (default backups/reeduca-<date>): the database, the uploads (MEDIA_DIR), the generated
// release files (GENERATED_DIR) and the secret that signs logins (data/.secret), with a
// manifest of row counts, sizes and SHA-256 that `npm run restore` checks. Safe while the server
// runs: the database is copied first, as one consistent snapshot, then the files (a file
// uploaded meanwhile may be in the copy without its row, never the other way round).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describeFolder, copyFolder, hasProgram, locations, postgresCounts, sqliteCounts } from './backup-lib.mjs'
import { root } from './lib.mjs'

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
const target = path.resolve(process.argv[2] ?? path.join(root, 'backups', `reeduca-${stamp}`))
const where = locations()

function fail(message) {
  console.error(message)
  process.exit(1)
}

if (fs.existsSync(target) && fs.readdirSync(target).length) fail(`${target} exists and is not empty: name a new folder.`)
fs.mkdirSync(target, { recursive: true, mode: 0o700 })

const manifest = { createdAt: new Date().toISOString(), format: 1, database: { kind: where.database.kind }, folders: {}, secret: null }

if (where.database.kind === 'sqlite') {
  if (!fs.existsSync(where.database.file)) fail(`No database at ${where.database.file}.`)
  // VACUUM INTO writes one consistent copy from a single read transaction, the -wal file's
  // committed writes included; copying reeduca.db by hand would leave those behind.
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${where.database.file}` })
  const copy = path.join(target, 'reeduca.db')
  await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
  client.close()
  manifest.database.file = 'reeduca.db'
  manifest.database.counts = await sqliteCounts(copy)
} else if (where.database.kind === 'postgres') {
  if (!hasProgram('pg_dump')) fail('pg_dump is not installed (Debian: apt-get install postgresql-client); nothing was backed up.')
  // One snapshot of the whole database (pg_dump reads in one transaction), custom format for pg_restore.
  const run = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', path.join(target, 'database.pgdump'), where.database.uri], { encoding: 'utf8' })
  if (run.status !== 0) fail(`pg_dump failed: ${run.stderr}`)
  manifest.database.file = 'database.pgdump'
  manifest.database.counts = postgresCounts(where.database.uri)
} else {
  fail('MongoDB is not covered by this script: back it up with `mongodump --uri "$DATABASE_URI" --archive=reeduca.archive` (consistent on a replica set with --oplog), and copy MEDIA_DIR, GENERATED_DIR and your PAYLOAD_SECRET with it.')
}

for (const [name, folder] of [['media', where.media], ['generated', where.generated]]) {
  copyFolder(folder, path.join(target, name))
  manifest.folders[name] = describeFolder(path.join(target, name))
}

if (process.env.PAYLOAD_SECRET) {
  manifest.secret = 'environment'
  console.warn('PAYLOAD_SECRET comes from the environment: it is not in this backup. Keep it with the backup yourself, or logins (and encrypted API keys) will not survive a restore.')
} else if (fs.existsSync(where.secretFile)) {
  fs.copyFileSync(where.secretFile, path.join(target, 'secret'))
  fs.chmodSync(path.join(target, 'secret'), 0o600)
  manifest.secret = 'secret'
}

fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
const files = Object.values(manifest.folders).reduce((sum, folder) => sum + Object.keys(folder).length, 0)
const rows = Object.values(manifest.database.counts).reduce((sum, n) => sum + n, 0)
console.log(`Backup written to ${target}: database (${rows} rows), ${files} files${manifest.secret === 'secret' ? ', the secret' : ''}.`)
console.log('It holds the secret that signs logins and every account’s password hash: store it like a password.')
