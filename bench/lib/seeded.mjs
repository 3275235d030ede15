// The seeded database a bench reads: the one BENCH_SEEDED_DB and BENCH_MEDIA_DIR name, or a
// throwaway one seeded by scripts/seed.ts into `folder` (15 s to 2 minutes).
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { bin, root } from '../../scripts/lib.mjs'

export function seededDatabase(folder) {
  if (process.env.BENCH_SEEDED_DB && process.env.BENCH_MEDIA_DIR) return { dbFile: process.env.BENCH_SEEDED_DB, mediaDir: process.env.BENCH_MEDIA_DIR }
  const dbFile = path.join(folder, 'seed.db')
  const mediaDir = path.join(folder, 'media')
  console.log('Seeding a throwaway database (15 s to 2 minutes, depending on the machine)…')
  const seeded = spawnSync(bin('tsx'), ['scripts/seed.ts', '--if-empty'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URI: `file:${dbFile}`, MEDIA_DIR: mediaDir, PAYLOAD_SECRET: 'bench', NODE_ENV: 'development' },
  })
  if (seeded.status !== 0) throw new Error(`Seeding failed (exit ${seeded.status})`)
  return { dbFile, mediaDir }
}
