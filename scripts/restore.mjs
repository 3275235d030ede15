#!/usr/bin/env node
// `npm run restore -- <backup folder> [--force]`: puts a backup from `npm run backup` back where
// DATABASE_URI, MEDIA_DIR and GENERATED_DIR point, then checks the result against the
// manifest: the same rows per table and the same SHA-256 for every file. Stop the server first.
// Without --force it refuses to overwrite a database or a folder that already holds anything.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { copyFolder, describeFolder, hasProgram, listFiles, locations, postgresCounts, sha256, sqliteCounts } from './backup-lib.mjs'

const args = process.argv.slice(2)
const force = args.includes('--force')
const source = args.find((arg) => !arg.startsWith('--'))

function fail(message) {
  console.error(message)
  process.exit(1)
}
if (!source) fail('Usage: npm run restore -- <backup folder> [--force]')
const from = path.resolve(source)
const manifestFile = path.join(from, 'manifest.json')
if (!fs.existsSync(manifestFile)) fail(`${from} has no manifest.json: not a Reeduca backup.`)
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
const where = locations()

// 1. The backup itself is whole: every file as recorded.
for (const [name, files] of Object.entries(manifest.folders)) {
  for (const [relative, facts] of Object.entries(files)) {
    const file = path.join(from, name, ...relative.split('/'))
    if (!fs.existsSync(file) || fs.statSync(file).size !== facts.size || sha256(file) !== facts.sha256) fail(`The backup is damaged: ${name}/${relative} differs from its manifest. Nothing was restored.`)
  }
}
if (manifest.database.kind !== where.database.kind) fail(`The backup holds a ${manifest.database.kind} database; DATABASE_URI names a ${where.database.kind} one.`)

// 2. Nothing is overwritten by accident.
const occupied = []
if (where.database.kind === 'sqlite' && fs.existsSync(where.database.file) && fs.statSync(where.database.file).size > 0) occupied.push(where.database.file)
for (const [name, folder] of [['media', where.media], ['generated', where.generated]]) if (listFiles(folder).length) occupied.push(`${folder} (${name})`)
if (occupied.length && !force) fail(`Refusing to overwrite what is there: ${occupied.join(', ')}. Stop the server, then run again with --force.`)

// 3. The database.
if (where.database.kind === 'sqlite') {
  fs.mkdirSync(path.dirname(where.database.file), { recursive: true })
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${where.database.file}${suffix}`, { force: true })
  const temporary = `${where.database.file}.restoring`
  fs.copyFileSync(path.join(from, manifest.database.file), temporary)
  fs.renameSync(temporary, where.database.file)
} else if (where.database.kind === 'postgres') {
  if (!hasProgram('pg_restore')) fail('pg_restore is not installed (Debian: apt-get install postgresql-client).')
  const run = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', where.database.uri, path.join(from, manifest.database.file)], { encoding: 'utf8' })
  if (run.status !== 0) fail(`pg_restore failed: ${run.stderr}`)
}

// 4. The files: the folders become exactly what the backup holds.
for (const [name, folder] of [['media', where.media], ['generated', where.generated]]) {
  fs.rmSync(folder, { recursive: true, force: true })
  fs.mkdirSync(folder, { recursive: true })
  copyFolder(path.join(from, name), folder)
}

// 5. The secret.
if (manifest.secret === 'secret') {
  if (process.env.PAYLOAD_SECRET) console.warn('PAYLOAD_SECRET is set in the environment: it, not the backup’s data/.secret, signs logins from now on.')
  fs.mkdirSync(path.dirname(where.secretFile), { recursive: true })
  fs.copyFileSync(path.join(from, 'secret'), where.secretFile)
  fs.chmodSync(where.secretFile, 0o600)
} else if (manifest.secret === 'environment') console.warn('The backup was made with PAYLOAD_SECRET from the environment: set the same one before starting.')

// 6. Check what is now in place against the manifest.
const counts = where.database.kind === 'sqlite' ? await sqliteCounts(where.database.file) : postgresCounts(where.database.uri)
const differing = Object.keys({ ...manifest.database.counts, ...counts }).filter((table) => manifest.database.counts[table] !== counts[table])
if (differing.length) fail(`Restored, but these tables differ from the backup: ${differing.join(', ')}.`)
for (const [name, folder] of [['media', where.media], ['generated', where.generated]]) {
  if (JSON.stringify(describeFolder(folder)) !== JSON.stringify(manifest.folders[name])) fail(`Restored, but ${name} differs from the backup.`)
}
const rows = Object.values(counts).reduce((sum, n) => sum + n, 0)
console.log(`Restored from ${from}: ${rows} rows, every file as in the backup. Start the server.`)
