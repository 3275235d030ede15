// What `npm run backup` and `npm run restore` share: where things live, and how to describe a
// copy (row counts of the database, size and SHA-256 of every file) so a restore can be checked.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { root } from './lib.mjs'

/** The places a Reeduca instance keeps what it cannot rebuild, from the same variables as the app. */
export function locations(env = process.env) {
  const uri = env.DATABASE_URI?.trim() || `file:${path.join(root, 'data', 'reeduca.db')}`
  let database
  if (uri.startsWith('file:')) {
    // Same reading as src/cms/db/choice.ts sqliteFilePath; relative paths from the project root.
    const file = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0]
    database = { kind: 'sqlite', file: path.resolve(root, file) }
  } else if (/^postgres(ql)?:\/\//.test(uri)) database = { kind: 'postgres', uri }
  else if (/^mongodb(\+srv)?:\/\//.test(uri)) database = { kind: 'mongodb', uri }
  else throw new Error(`DATABASE_URI «${uri}» is not one Reeduca knows.`)
  return {
    database,
    media: env.MEDIA_DIR ? path.resolve(env.MEDIA_DIR) : path.join(root, 'media'),
    generated: env.GENERATED_DIR ? path.resolve(env.GENERATED_DIR) : path.join(root, 'generated'),
    secretFile: path.join(root, 'data', '.secret'),
  }
}

/** Every file under a folder, relative paths with forward slashes, sorted. */
export function listFiles(folder) {
  if (!fs.existsSync(folder)) return []
  const out = []
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) out.push(child)
    }
  }
  walk('')
  return out.sort()
}

export function sha256(file) {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  const buffer = Buffer.alloc(1 << 20)
  try {
    for (let read; (read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, read))
  } finally {
    fs.closeSync(fd)
  }
  return hash.digest('hex')
}

/** { "relative/path": { size, sha256 } } of a folder. */
export function describeFolder(folder) {
  return Object.fromEntries(
    listFiles(folder).map((relative) => {
      const file = path.join(folder, ...relative.split('/'))
      return [relative, { size: fs.statSync(file).size, sha256: sha256(file) }]
    }),
  )
}

/**
 * Rows per table of a SQLite file (read-only).
 * @param {string} file
 * @returns {Promise<Record<string, number>>}
 */
export async function sqliteCounts(file) {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    /** @type {Record<string, number>} */
    const counts = {}
    for (const row of tables.rows) {
      const name = String(row.name)
      const result = await client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)
      counts[name] = Number(result.rows[0].n)
    }
    return counts
  } finally {
    client.close()
  }
}

/**
 * Rows per table of a PostgreSQL database (public schema), through psql.
 * @param {string} uri
 * @returns {Record<string, number>}
 */
export function postgresCounts(uri) {
  const query =
    "SELECT string_agg(format('%s=%s', table_name, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', table_name), false, true, '')))[1]::text), ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
  const run = spawnSync('psql', ['--no-psqlrc', '-At', '-c', query, uri], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`psql could not count rows: ${run.stderr || run.error?.message}`)
  /** @type {Record<string, number>} */
  const counts = {}
  for (const pair of run.stdout.trim().split(',').filter(Boolean)) {
    const [name, n] = pair.split('=')
    counts[name] = Number(n)
  }
  return counts
}

/** Whether a program is on the PATH. */
export const hasProgram = (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0

/** Copies a folder's files (not empty folders), creating what is missing. */
export function copyFolder(from, to) {
  for (const relative of listFiles(from)) {
    const target = path.join(to, ...relative.split('/'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(from, ...relative.split('/')), target)
  }
}
