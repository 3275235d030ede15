/**
 * `npm run seed`: brings the database schema up to date, then loads the demo programme.
 *   --if-empty      seed only when there are no accounts yet (what `npm start` runs)
 *   --migrate-only  apply migrations and stop
 *   --force         allow NODE_ENV=production
 *   --public        a public instance (scripts/start.mjs decides): refuse to go on while a demo
 *                   account has the published password, and give new demo accounts a password of
 *                   this instance's own (SEED_PASSWORD, or a random one written to data/demo-password)
 */
// A module (it awaits at the top level); the heavy imports come after the checks below.
export {}

const args = new Set(process.argv.slice(2))
const migrateOnly = args.has('--migrate-only')

// Checked before Payload and the config load, so a refusal touches nothing.
if (process.env.NODE_ENV === 'production' && !args.has('--force') && !migrateOnly) {
  console.error('Refusing to load demo content with NODE_ENV=production. Run `npm run seed -- --force` if you really mean it.')
  process.exit(1)
}

// This process migrates and seeds; the server that follows runs the job queue and resumes
// interrupted release builds (the tables may not even exist before the migrations below).
process.env.REEDUCA_JOBS_AUTORUN = '0'
process.env.REEDUCA_SKIP_RELEASE_RECOVERY = '1'

// Before anything imports Lexical (see the file for why).
await import('./preload-lexical.mjs')
const { default: cliProgress } = await import('cli-progress')
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { DEFAULT_SEED_PASSWORD, demoAccounts } = await import('@/cms/seed/programme')
const { seedDemo, seedStepCount } = await import('@/cms/seed')
const { seedDemoReleases } = await import('@/cms/seed/releases')
const { seedDemoAdaptation } = await import('@/cms/seed/adaptation')
const { runRenditionJobs } = await import('@/cms/jobs/makeMediaRenditions')
const { accountsWithPublishedPassword } = await import('@/cms/seed/publishedPassword')
const publicInstance = args.has('--public')

const payload = await getPayload({ config })

// SQL databases get their schema from the committed migrations; MongoDB needs none.
if (payload.db.name !== 'mongoose' && process.env.REEDUCA_DB_PUSH !== '1') {
  await payload.db.migrate()
}
if (publicInstance) {
  const exposed = await accountsWithPublishedPassword(payload)
  if (exposed.length) {
    console.error(
      [
        `Refusing to serve a public instance: ${exposed.join(', ')} still ${exposed.length === 1 ? 'has' : 'have'} the published demo password «${DEFAULT_SEED_PASSWORD}».`,
        'Change it (admin → Users), or delete the account, then start again. For a trial on this machine only, start without SERVER_URL (or with REEDUCA_DEMO=1).',
      ].join('\n'),
    )
    process.exit(1)
  }
}
if (migrateOnly) process.exit(0)

if (args.has('--if-empty')) {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) {
    console.log('Database already has content: not seeding.')
    process.exit(0)
  }
}

/** A public instance's demo accounts get a password nobody else knows (README, "Public instance"). */
async function instancePassword(): Promise<{ password: string; told: string }> {
  const chosen = process.env.SEED_PASSWORD
  if (chosen && chosen !== DEFAULT_SEED_PASSWORD) return { password: chosen, told: 'from SEED_PASSWORD' }
  if (chosen) console.warn(`SEED_PASSWORD is the published demo password: a public instance uses a random one instead.`)
  const { default: crypto } = await import('node:crypto')
  const { default: fs } = await import('node:fs')
  const { default: path } = await import('node:path')
  const { projectRoot } = await import('@/core/files/storage')
  const file = path.join(projectRoot, 'data', 'demo-password')
  const password = crypto.randomBytes(18).toString('base64url')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 })
  return { password, told: `random for this instance, in ${path.relative(process.cwd(), file)} (readable by this user only)` }
}
const { password, told } = publicInstance
  ? await instancePassword()
  : { password: process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD, told: process.env.SEED_PASSWORD ? 'from SEED_PASSWORD' : DEFAULT_SEED_PASSWORD }
const started = Date.now()
const bar = process.stdout.isTTY
  ? new cliProgress.SingleBar(
      { format: 'Seeding demo content |{bar}| {percentage}% | {value}/{total} | {label}', hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    )
  : null
bar?.start(seedStepCount(), 0, { label: '' })
let lastReported = -1
const summary = await seedDemo(payload, {
  password,
  onProgress: (done, total, label) => {
    if (bar) return bar.update(done, { label: label.slice(0, 40) })
    // Without a terminal (CI, logs): one line per tenth.
    const tenth = Math.floor((done / total) * 10)
    if (tenth !== lastReported) {
      lastReported = tenth
      console.log(`Seeding demo content: ${done}/${total} (${Math.round((done / total) * 100)}%) ${label}`)
    }
  },
})
bar?.stop()

// Posters and low-bandwidth copies of the demo video and audio (queued by the uploads; nothing
// to do without ffmpeg), before the releases take their snapshot.
await runRenditionJobs(payload)

// Releases are built from the committed, published curriculum: after the seed's transaction.
const releasesStarted = Date.now()
const releases = await seedDemoReleases(payload, (track) => console.log(`Publishing manual release 1.0.0 of ${track}…`))
if (releases.published.length) {
  console.log(`Manual releases built in ${((Date.now() - releasesStarted) / 1000).toFixed(1)} s: ${releases.published.join(', ')}.`)
}

// The adapted track (issue 20): adapted from the women's 1.0.0, which then moves on to 1.1.0.
const adaptation = await seedDemoAdaptation(payload, (label) => console.log(`Demo adaptation: ${label}…`))
if (adaptation.created) console.log(`Demo adaptation «Mujeres — Yucatán rural» ready, one release behind its source (${adaptation.sourceRelease}).`)

const count = (record: Record<string, number>) => Object.values(record).reduce((sum, n) => sum + n, 0)
console.log(`Demo content ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count(summary.created)} created, ${count(summary.skipped)} already there.`)
console.log(`Demo accounts (password: ${told}):`)
for (const account of demoAccounts) console.log(`  ${account.roles.join(', ').padEnd(20)} ${account.email}`)
process.exit(0)
