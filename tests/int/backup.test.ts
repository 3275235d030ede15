/**
 * `npm run backup` → wipe → `npm run restore` loses nothing: the same rows in every table (the
 * write made just before the backup included, which a copy of reeduca.db without its -wal file
 * lost), the same uploads and generated files byte for byte, and the secret.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { describeFolder, locations, postgresCounts, sqliteCounts } from '../../scripts/backup-lib.mjs'
import { buildCurriculumFixture } from '../helpers/curriculumFixture'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const root = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-backup-'))
const generated = path.join(work, 'generated')
process.env.GENERATED_DIR = generated
process.env.REEDUCA_JOBS_AUTORUN = '0'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await startTestPayload()
  await buildCurriculumFixture(ctx.payload, { accounts: ['admin'] })
  fs.mkdirSync(path.join(generated, 'releases', '1'), { recursive: true })
  fs.writeFileSync(path.join(generated, 'releases', '1', 'manual-es.pdf'), Buffer.from('%PDF-1.7 a manual\n'.repeat(1000)))
  fs.writeFileSync(path.join(generated, 'releases', '1', 'bundle.zip'), Buffer.alloc(70_000, 7))
})
afterAll(async () => {
  await ctx?.cleanup()
  fs.rmSync(work, { recursive: true, force: true })
})

const script = (name: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [`scripts/${name}.mjs`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MEDIA_DIR: ctx.mediaDir, GENERATED_DIR: generated, ...env },
    timeout: 120_000,
  })

async function counts(): Promise<Record<string, number>> {
  const where = locations({ ...process.env })
  return where.database.kind === 'sqlite' ? sqliteCounts(where.database.file!) : postgresCounts(where.database.uri!)
}

async function wipeDatabase() {
  const where = locations({ ...process.env })
  if (where.database.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${where.database.file}${suffix}`, { force: true })
    return
  }
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: where.database.uri })
  await client.connect()
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await client.end()
}

test('backup → wipe → restore gives the same rows, files and secret', async () => {
  // The last write before the backup: on SQLite it sits in the -wal file until a checkpoint.
  await ctx.payload.create({ collection: 'services', data: { name: 'Última escritura', kind: 'hotline', state: 'national', phone: '800 000 0001', _status: 'published' } as any })
  const rowsBefore = await counts()
  expect(rowsBefore.services).toBe(3)
  const mediaBefore = describeFolder(ctx.mediaDir)
  const generatedBefore = describeFolder(generated)
  expect(Object.keys(mediaBefore).length).toBeGreaterThan(1)
  expect(Object.keys(generatedBefore)).toHaveLength(2)
  const secretFile = path.join(root, 'data', '.secret')
  const secretBefore = fs.existsSync(secretFile) ? fs.readFileSync(secretFile, 'utf8') : null

  const backupDir = path.join(work, 'backup')
  const env = { PAYLOAD_SECRET: '' }
  const backup = script('backup', [backupDir], env)
  expect(backup.status, backup.stderr).toBe(0)
  const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
  expect(manifest.database.counts).toEqual(rowsBefore)

  // Wipe: database, uploads, generated files.
  await wipeDatabase()
  fs.rmSync(ctx.mediaDir, { recursive: true, force: true })
  fs.rmSync(generated, { recursive: true, force: true })
  fs.mkdirSync(generated)
  fs.writeFileSync(path.join(generated, 'stray.txt'), 'not from the backup')

  // A restore does not overwrite by accident…
  const careful = script('restore', [backupDir], env)
  expect(careful.status).toBe(1)
  expect(careful.stderr).toContain('Refusing to overwrite')
  // …and on request puts everything back, checking it against the manifest itself.
  const restore = script('restore', [backupDir, '--force'], env)
  expect(restore.status, restore.stderr).toBe(0)
  expect(restore.stdout).toContain('every file as in the backup')

  expect(await counts()).toEqual(rowsBefore)
  expect(describeFolder(ctx.mediaDir)).toEqual(mediaBefore)
  expect(describeFolder(generated)).toEqual(generatedBefore)
  if (secretBefore !== null) expect(fs.readFileSync(secretFile, 'utf8')).toBe(secretBefore)
})

test('a damaged backup is refused before anything is touched', () => {
  const backupDir = path.join(work, 'damaged')
  const backup = script('backup', [backupDir], { PAYLOAD_SECRET: '' })
  expect(backup.status, backup.stderr).toBe(0)
  const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
  const [first] = Object.keys(manifest.folders.media)
  fs.appendFileSync(path.join(backupDir, 'media', first), 'x')
  const restore = script('restore', [backupDir, '--force'], { PAYLOAD_SECRET: '' })
  expect(restore.status).toBe(1)
  expect(restore.stderr).toContain(`media/${first} differs from its manifest`)
})
