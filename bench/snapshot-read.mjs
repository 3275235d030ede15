#!/usr/bin/env node
// Benchmark: reading the seeded women's track ('mujeres', 25 sessions) as a release reads it, on
// SQLite, with the index on `_parent_id` of every `…_locales` table (src/cms/db/localeIndexes.ts)
// and without it, side by side on one database (the indexes dropped and made again between turns):
// - the release snapshot (buildReleaseSnapshot: what a create and the create form's check read,
//   every locale);
// - the track's published sessions in every locale (the snapshot's largest read);
// - the same in one locale, as a facilitator's portal reads them;
// then, on the same copy, releases (cloned up to 60) listed as a designer lists them, and one of
// them read: as shipped, with their ~1 MB snapshots read and dropped (as Payload does with a hidden
// field: collections/hooks/hiddenFieldsUnread.ts leaves them unread), and without the index that
// gives the list its default order.
// Medians of BENCH_RUNS (9) turns each, in-process through the Local API. A throwaway database is
// seeded (bench/lib/seeded.mjs) unless BENCH_SEEDED_DB and BENCH_MEDIA_DIR name one; it is read
// on a copy, so a seeded database is left as it was.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { seededDatabase } from './lib/seeded.mjs'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-bench-snapshot-'))
try {
  const { dbFile, mediaDir } = seededDatabase(folder)
  // A copy, with its write-ahead log: without it a copy of a database in use reads as corrupt.
  const copy = path.join(folder, 'read.db')
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(dbFile + suffix)) fs.copyFileSync(dbFile + suffix, copy + suffix)
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/lib/snapshot-read-worker.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URI: `file:${copy}`,
      MEDIA_DIR: mediaDir,
      GENERATED_DIR: path.join(folder, 'generated'),
      PAYLOAD_SECRET: 'bench',
      NODE_ENV: 'development',
      REEDUCA_JOBS_AUTORUN: '0',
      REEDUCA_SKIP_RELEASE_RECOVERY: '1',
    },
  })
  if (run.status !== 0) process.exitCode = 1
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
}
