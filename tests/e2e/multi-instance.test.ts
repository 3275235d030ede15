/**
 * Several instances for real: two app instances started the way `npm start` starts one (the
 * production build; the second runs two app processes, REEDUCA_PROCESSES=2), one job worker
 * (`npm run worker`), all on one PostgreSQL database with shared media and generated-files
 * folders, behind Debian's nginx as the load balancer on loopback (the deployment the README
 * describes). What a user of such a deployment would notice:
 * - a login made through one instance works on the other (one PAYLOAD_SECRET);
 * - a release created through one instance is built exactly once (by the worker; the app
 *   instances run no jobs) and downloaded through the other;
 * - a role given or taken away through one instance counts on the other within the stated bound
 *   (SHARED_CHANGE_BOUND_MS, src/cms/reads/sharedChanges.ts), and so does a service added to the
 *   directory, whose page the other instance keeps (src/server/publishedAnswers.ts);
 * - the worker killed with SIGKILL in the middle of a build (its whole process group, as a
 *   service manager's `kill -9` of the service would): another worker finishes the build.
 * - media and generated files live in the object store (an S3-compatible server, s3rver, in this
 *   test's process), not on a shared disk: every process has its own empty media and generated
 *   folders, and a file uploaded or built through one is served by the others.
 *
 * Needs PostgreSQL (REEDUCA_TEST_POSTGRES_URL, as the integration suites) and nginx
 * (/usr/sbin/nginx, Debian's package): without them the test is skipped with a warning, and
 * under CI (where .ci/run installs both) it fails instead.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { freePort, root } from '../../scripts/lib.mjs'
import { SHARED_CHANGE_BOUND_MS } from '@/cms/reads/sharedChanges'
import { type TestObjectStore, useObjectStore } from '../helpers/s3Server'

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'
/** How long until `check` holds, polled every 100 ms for up to 30 s (Infinity if never). */
async function msUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < 30_000) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Infinity
}
const postgresUrl = process.env.REEDUCA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const PASSWORD = 'reeduca-demo'

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
const nginxPresent = fs.existsSync(NGINX)
const postgresPresent = await postgresAnswers()
const runnable = nginxPresent && postgresPresent
if (!runnable) {
  const missing = [!nginxPresent && `nginx (${NGINX}; apt-get install -y nginx)`, !postgresPresent && `PostgreSQL at ${postgresUrl}`].filter(Boolean).join(' and ')
  if (process.env.CI) throw new Error(`The multi-instance test needs ${missing}; CI installs them (.ci/run).`)
  console.warn(`SKIPPED tests/e2e/multi-instance.test.ts: no ${missing}.`)
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-multi-'))
const databaseName = `reeduca_multi_${crypto.randomBytes(5).toString('hex')}`
const databaseUrl = (() => {
  const url = new URL(postgresUrl)
  url.pathname = `/${databaseName}`
  return url.toString()
})()

interface Started {
  name: string
  child: ChildProcess
  log: string
}
const started: Started[] = []

/** Starts a script of the project in its own process group (so that a stop reaches its children), its output in a log file. */
function startScript(name: string, script: string, env: Record<string, string>): Started {
  const log = path.join(folder, `${name}.log`)
  const out = fs.openSync(log, 'a')
  // Each process its own media and generated folders: the files they share are in the object store.
  const own = { MEDIA_DIR: path.join(folder, name, 'media'), GENERATED_DIR: path.join(folder, name, 'generated') }
  const childEnv: Record<string, string | undefined> = { ...process.env, ...shared, ...own, ...env }
  delete childEnv.NODE_ENV
  delete childEnv.REEDUCA_SKIP_RELEASE_RECOVERY
  const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, detached: true, stdio: ['ignore', out, out], env: childEnv as NodeJS.ProcessEnv })
  const entry = { name, child, log }
  started.push(entry)
  return entry
}
const logOf = (entry: Started) => fs.readFileSync(entry.log, 'utf8')
function stopGroup(entry: Started, signal: NodeJS.Signals = 'SIGTERM') {
  try {
    process.kill(-entry.child.pid!, signal)
  } catch {
    // already gone
  }
}

/** Polls `probe` (an address the instance answers first after its boot) until it answers. */
async function waitUntilAnswering(entry: Started, baseURL: string, timeoutMs: number, probe = '/api/users/me'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null) break
    try {
      const response = await fetch(`${baseURL}${probe}`)
      if (response.status < 500) return
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${entry.name} did not start at ${baseURL}\n--- log ---\n${logOf(entry).slice(-4000)}`)
}

const shared: Record<string, string> = {
  DATABASE_URI: databaseUrl,
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  // The S3_* variables come from useObjectStore() (in process.env, which every process inherits).
  // The app instances leave the jobs to the worker.
  REEDUCA_JOBS_AUTORUN: '0',
  REEDUCA_TRUST_PROXY: '1',
  REEDUCA_DEMO: '1',
  NEXT_TELEMETRY_DISABLED: '1',
}

let portA = 0
let portB = 0
let balancer = ''
let nginx: ChildProcess | undefined
let worker: Started
let store: TestObjectStore | undefined
const urlA = () => `http://127.0.0.1:${portA}`
const urlB = () => `http://127.0.0.1:${portB}`

function nginxConfig(listen: number): string {
  const dir = path.join(folder, 'nginx')
  fs.mkdirSync(dir, { recursive: true })
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream reeduca {
    server 127.0.0.1:${portA};
    server 127.0.0.1:${portB};
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 2g;
    location / {
      proxy_pass http://reeduca;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 300s;
    }
  }
}
`
}

async function call(base: string, method: string, urlPath: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  let json: any = null
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    json = null
  }
  return { status: response.status, headers: response.headers, json, bytes }
}
async function login(base: string, email: string): Promise<string> {
  const answer = await call(base, 'POST', '/api/users/login', { body: { email, password: PASSWORD } })
  if (answer.status !== 200 || !answer.json?.token) throw new Error(`Login of ${email} through ${base} refused: ${answer.status} ${answer.bytes.toString('utf8').slice(0, 300)}`)
  return answer.json.token as string
}

/** The number of "built" lines for this release in every process's log (buildManualRelease.ts writes one per build). */
const buildsOf = (releaseId: string | number) =>
  started.reduce((count, entry) => count + (logOf(entry).match(new RegExp(`Release ${releaseId}: built \\d+ files`, 'g'))?.length ?? 0), 0)

async function waitForStatus(token: string, releaseId: string | number, status: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const answer = await call(balancer, 'GET', `/api/manual-releases/${releaseId}?depth=0`, { token })
    last = answer.json?.status
    if (last === status) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`Release ${releaseId} is ${last}, not ${status}, after ${timeoutMs} ms\n--- worker log ---\n${started.filter((e) => e.name.startsWith('worker')).map(logOf).join('\n').slice(-4000)}`)
}

describe.skipIf(!runnable)('two app instances and a worker on PostgreSQL behind nginx', () => {
  let admin = ''
  let menTrack: string | number = ''

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: postgresUrl })
    await client.connect()
    await client.query(`CREATE DATABASE ${databaseName}`)
    await client.end()
    store = await useObjectStore('reeduca-multi')
    ;[portA, portB] = [await freePort(), await freePort()]
    // The first instance migrates and seeds the empty database; the second finds it seeded.
    const a = startScript('instance-a', 'scripts/start.mjs', { PORT: String(portA) })
    // Its first request is a public page, as on a real deployment where a woman reads the
    // directory before anyone uses the admin: the pages' copy of Payload serves it (see the
    // refusal test below).
    await waitUntilAnswering(a, urlA(), 15 * 60_000, '/servicios')
    const b = startScript('instance-b', 'scripts/start.mjs', { PORT: String(portB), REEDUCA_PROCESSES: '2' })
    await waitUntilAnswering(b, urlB(), 5 * 60_000)
    worker = startScript('worker-1', 'scripts/worker.mjs', { REEDUCA_JOBS_CRON: '*/2 * * * * *' })

    const port = await freePort()
    const config = path.join(folder, 'nginx.conf')
    fs.writeFileSync(config, nginxConfig(port))
    nginx = spawn(NGINX, ['-p', folder, '-e', path.join(folder, 'nginx', 'error.log'), '-c', config, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
    balancer = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 20_000
    for (;;) {
      try {
        if ((await fetch(`${balancer}/api/users/me`)).status < 500) break
      } catch {
        // not yet
      }
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${balancer}: ${fs.readFileSync(path.join(folder, 'nginx', 'error.log'), 'utf8').slice(-2000)}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }

    admin = await login(balancer, 'admin@reeduca.test')
    const tracks = await call(urlA(), 'GET', '/api/tracks?limit=10&depth=0', { token: admin })
    // The men's course (the open group is another men's track, not in the scoped facilitator's tracks).
    menTrack = tracks.json.docs.find((track: any) => track.slug === 'hombres').id
  }, 25 * 60_000)

  afterAll(async () => {
    nginx?.kill('SIGTERM')
    for (const entry of started) stopGroup(entry)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    for (const entry of started) stopGroup(entry, 'SIGKILL')
    const client = new pg.Client({ connectionString: postgresUrl })
    await client.connect().catch(() => {})
    await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => {})
    await client.end().catch(() => {})
    await store?.stop()
    if (!process.env.REEDUCA_KEEP_MULTI) fs.rmSync(folder, { recursive: true, force: true })
  }, 60_000)

  test('a login made through one instance works on the other, and the balancer spreads requests over both', async () => {
    const token = await login(urlA(), 'facilitator@reeduca.test')
    for (const base of [urlA(), urlB(), balancer, balancer, balancer]) {
      const me = await call(base, 'GET', '/api/users/me', { token })
      expect(me.json?.user?.email, base).toBe('facilitator@reeduca.test')
    }
  })

  test('an instance whose first request was a page still tells an API client which fields a refusal is about, and a release\'s problems', async () => {
    const designer = await login(urlA(), 'designer@reeduca.test')
    const service = await call(urlA(), 'POST', '/api/services', { token: designer, body: {} })
    expect(service.status).toBe(400)
    const [refusal] = service.json.errors
    expect(refusal.name).toBe('ValidationError')
    expect(refusal.data.errors.map((error: any) => error.path)).toEqual(expect.arrayContaining(['name', 'phone']))
    expect(refusal.data.errors.find((error: any) => error.path === 'phone').message).toMatch(/obligatorio/)
    const release = await call(urlA(), 'POST', '/api/manual-releases', { token: designer, body: { track: menTrack, version: '9.0.0', locales: ['es'] } })
    expect(release.status).toBe(422)
    expect(release.json.errors[0].message).toMatch(/no puede generarse/)
    expect(release.json.errors[0].data.problems.map((problem: any) => problem.confirmWith)).toEqual(['confirmNoChanges'])
  })

  test('a release created through one instance is built exactly once, by the worker, and downloaded through the other', async () => {
    const created = await call(urlA(), 'POST', '/api/manual-releases', { token: admin, body: { track: menTrack, version: '1.1.0', locales: ['es'], confirmNoChanges: true } })
    expect(created.status, created.bytes.toString('utf8').slice(0, 500)).toBe(201)
    const id = created.json.doc.id
    await waitForStatus(admin, id, 'ready', 10 * 60_000)
    // A few more worker ticks (every 2 s here) and recoveries: nothing builds it again.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    expect(buildsOf(id)).toBe(1)
    expect(logOf(worker)).toMatch(new RegExp(`Release ${id}: built \\d+ files`))

    // Built into the object store by the worker: neither app instance has the files on its disk.
    const keys = await store!.keys()
    expect(keys.filter((key) => key.startsWith(`generated/releases/${id}/`)).length).toBeGreaterThanOrEqual(1)
    for (const name of ['instance-a', 'instance-b']) expect(fs.existsSync(path.join(folder, name, 'generated', 'releases', String(id))), name).toBe(false)

    const facilitator = await login(balancer, 'facilitator.men@reeduca.test')
    const manual = await call(urlB(), 'GET', `/api/manual-releases/${id}/download/facilitator-manual?locale=es`, { token: facilitator })
    expect(manual.status).toBe(200)
    expect(manual.headers.get('content-type')).toMatch(/application\/pdf/)
    expect(manual.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const release = await call(urlB(), 'GET', `/api/manual-releases/${id}?depth=0`, { token: admin })
    const file = release.json.files.find((each: any) => each.edition === 'facilitator-manual')
    expect(manual.headers.get('etag')).toContain(file.sha256)
    // Instance B, which did not build it, fetched it from the object store (and keeps a copy as its cache).
    expect(fs.existsSync(path.join(folder, 'instance-b', 'generated', 'releases', String(id)))).toBe(true)
  }, 15 * 60_000)

  test('a picture uploaded through one instance is shown by the other, from the object store', async () => {
    const trainer = await login(urlA(), 'trainer@reeduca.test')
    const png = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#7a4b9c' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'varias-instancias.png')
    form.append('_payload', JSON.stringify({ alt: 'Prueba de varias instancias' }))
    const uploaded = await fetch(`${urlA()}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${trainer}` }, body: form })
    const body = await uploaded.json()
    expect(uploaded.status, JSON.stringify(body).slice(0, 500)).toBe(201)
    const filename: string = body.doc.filename
    const fromB = await call(urlB(), 'GET', `/api/media/file/${encodeURIComponent(filename)}`, { token: trainer })
    expect(fromB.status).toBe(200)
    expect(fromB.headers.get('content-type')).toMatch(/image\/png/)
    expect(fromB.bytes.equals(png)).toBe(true)
    expect((await store!.keys()).some((key) => key.endsWith(filename))).toBe(true)
    expect(fs.existsSync(path.join(folder, 'instance-a', 'media', filename))).toBe(false)
  }, 120_000)

  test(`a role given and taken away through one instance counts on the other within ${SHARED_CHANGE_BOUND_MS} ms`, async () => {
    const facilitator = await login(balancer, 'facilitator.men@reeduca.test')
    const me = (await call(urlA(), 'GET', '/api/users/me', { token: facilitator })).json.user
    // What a facilitator sees of the accounts: her own only. Asked a few times of instance B
    // (two processes), so that both have her record cached.
    const visibleOnB = async () => (await call(urlB(), 'GET', '/api/users?limit=5&depth=0', { token: facilitator })).json?.totalDocs
    for (let i = 0; i < 4; i++) expect(await visibleOnB()).toBe(1)

    const setRoles = async (roles: string[]) => {
      const answer = await call(urlA(), 'PATCH', `/api/users/${me.id}`, { token: admin, body: { roles } })
      expect(answer.status, answer.bytes.toString('utf8').slice(0, 300)).toBe(200)
    }
    await setRoles(['facilitator', 'admin'])
    expect(await msUntil(async () => (await visibleOnB()) > 1)).toBeLessThanOrEqual(SHARED_CHANGE_BOUND_MS)
    // Taken away: B, which now has her cached as an admin, stops within the bound — in both of its processes.
    await setRoles(['facilitator'])
    expect(await msUntil(async () => (await visibleOnB()) === 1 && (await visibleOnB()) === 1 && (await visibleOnB()) === 1)).toBeLessThanOrEqual(
      SHARED_CHANGE_BOUND_MS,
    )
  }, 120_000)

  test(`a service added through one instance shows in the other's directory within ${SHARED_CHANGE_BOUND_MS} ms, though each of its processes keeps the page`, async () => {
    const page = async () => {
      const response = await fetch(`${urlB()}/servicios`)
      return { age: response.headers.get('age'), text: await response.text() }
    }
    // Asked a few times, so that both of B's processes keep the page.
    for (let i = 0; i < 4; i++) await page()
    expect((await page()).age).not.toBeNull()
    const name = `Línea de varias instancias ${Date.now()}`
    const created = await call(urlA(), 'POST', '/api/services', {
      token: admin,
      body: { name, kind: 'hotline', state: 'national', phone: '800 111 2222', serves: 'women', languages: ['es'], _status: 'published' },
    })
    expect(created.status, created.bytes.toString('utf8').slice(0, 300)).toBe(201)
    const shown = async () => (await page()).text.includes(name) && (await page()).text.includes(name) && (await page()).text.includes(name)
    expect(await msUntil(shown)).toBeLessThanOrEqual(SHARED_CHANGE_BOUND_MS)
    expect((await call(urlA(), 'DELETE', `/api/services/${created.json.doc.id}`, { token: admin })).status).toBe(200)
  }, 120_000)

  test('the worker killed with SIGKILL in the middle of a build: another worker finishes it, once', async () => {
    const created = await call(urlB(), 'POST', '/api/manual-releases', { token: admin, body: { track: menTrack, version: '1.2.0', locales: ['es', 'en'], confirmNoChanges: true } })
    expect(created.status, created.bytes.toString('utf8').slice(0, 500)).toBe(201)
    const id = created.json.doc.id
    // The worker holds the release's build claim (a row in payload_kv): it is inside the build.
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const deadline = Date.now() + 5 * 60_000
      for (;;) {
        const { rows } = await client.query('SELECT 1 FROM payload_kv WHERE key = $1', [`release-build:${id}`])
        if (rows.length) break
        if (Date.now() > deadline) throw new Error(`The worker never claimed release ${id}:\n${logOf(worker).slice(-3000)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    } finally {
      await client.end()
    }
    stopGroup(worker, 'SIGKILL')
    await new Promise((resolve) => worker.child.exitCode !== null || worker.child.signalCode !== null ? resolve(null) : worker.child.once('exit', resolve))
    const afterKill = await call(balancer, 'GET', `/api/manual-releases/${id}?depth=0`, { token: admin })
    expect(afterKill.json.status).toBe('building')
    expect(buildsOf(id)).toBe(0)

    // Another worker. Its job was left `processing` by the killed one: it is taken back once its
    // heartbeat is older than the stale time (3 s here, 5 min by default), and the claim of a
    // process of this machine that is gone is taken over at once.
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    const second = startScript('worker-2', 'scripts/worker.mjs', { REEDUCA_JOBS_CRON: '*/2 * * * * *', REEDUCA_RELEASE_STALE_MS: '3000' })
    await waitForStatus(admin, id, 'ready', 10 * 60_000)
    expect(logOf(second)).toMatch(new RegExp(`Release ${id}: built \\d+ files`))
    expect(buildsOf(id)).toBe(1)
    const facilitator = await login(balancer, 'facilitator.men@reeduca.test')
    for (const edition of ['facilitator-manual', 'participant-workbook']) {
      const answer = await call(balancer, 'GET', `/api/manual-releases/${id}/download/${edition}?locale=en`, { token: facilitator })
      expect(answer.status, edition).toBe(200)
      expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
  }, 15 * 60_000)
})
