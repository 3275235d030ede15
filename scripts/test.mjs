#!/usr/bin/env node
// `npm test`: every suite, in the order that fails fastest.
//   0. the rings (dependency-cruiser, scripts/rings.cjs) and the type check of the whole project
//   1. unit and integration tests on SQLite (numeric IDs)
//   2. integration tests on SQLite with text IDs (MongoDB's IDs are strings)
//   3. integration tests on PostgreSQL (REEDUCA_TEST_POSTGRES_URL, default the local server), the
//      schema from the committed migrations
//   3b. integration tests on a MongoDB-wire server (the npm package @jongodb/memory-server-bin-…),
//       less the tests its listed gaps break (tests/helpers/mongodbServerGaps.mjs), counted
//   4. end-to-end tests in Chromium against the built app
// Then one closing line with the totals. Pass a project name (unit, int, e2e) to run only that.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { GAPS, SKIPPED_TESTS, testKey } from '../tests/helpers/mongodbServerGaps.mjs'
import { bin, freePort, run } from './lib.mjs'

const only = process.argv.slice(2)
const wants = (name) => only.length === 0 || only.includes(name)
const postgresUrl = process.env.REEDUCA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-test-report-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []
// Each failed test, named with the first line of its reason: CI shows only the run's last lines,
// so the closing summary has to say which test failed, not only which suite.
const failedTests = []

function reachable(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) || 5432 })
    socket.setTimeout(2000)
    socket.on('connect', () => (socket.destroy(), resolve(true)))
    socket.on('error', () => resolve(false))
    socket.on('timeout', () => (socket.destroy(), resolve(false)))
  })
}

async function suite(label, projects, env = {}, onReport = () => {}) {
  const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`)
  console.log(`\n=== ${label} ===`)
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  try {
    await run(bin('vitest'), args, { env, label })
  } catch (error) {
    failures.push(label)
  }
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'))
    onReport(result)
    for (const file of result.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'failed') continue
        const reason = String(test.failureMessages?.[0] ?? '').split('\n').find((line) => line.trim()) ?? ''
        const where = path.relative(process.cwd(), file.name)
        failedTests.push(`${label}: ${where} › ${[...test.ancestorTitles, test.title].join(' › ')}\n      ${reason.slice(0, 400)}`)
      }
      // A file that failed to load has no test results, only its message.
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failedTests.push(`${label}: ${path.relative(process.cwd(), file.name)}\n      ${String(file.message ?? '').split('\n')[0].slice(0, 400)}`)
      }
    }
    totals.passed += result.numPassedTests ?? 0
    totals.failed += result.numFailedTests ?? 0
    totals.skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0)
  } else if (!failures.includes(label)) failures.push(label)
}

if (only.length === 0) {
  console.log('\n=== rings (dependency-cruiser: what each folder may import) ===')
  try {
    await run(bin('depcruise'), ['--config', 'scripts/rings.cjs', 'src', 'collections', 'payload.config.ts'], { label: 'rings' })
  } catch {
    failures.push('rings')
  }
  console.log('\n=== type check (tsc --noEmit) ===')
  try {
    await run(bin('tsc'), ['--noEmit', '-p', '.'], { label: 'type check' })
    console.log('Types check.')
  } catch {
    failures.push('type check')
  }
}
if (wants('unit') || wants('int')) {
  await suite('unit + integration (SQLite)', ['unit', 'int'].filter(wants), { REEDUCA_TEST_DB: 'sqlite' })
}
if (wants('int')) {
  await suite('integration (SQLite, text IDs)', ['int'], { REEDUCA_TEST_DB: 'sqlite-uuid' })
  if (await reachable(postgresUrl)) {
    // Each suite's database gets its schema from the committed migrations, not a push: a broken
    // or missing migration fails here, not in production.
    await suite('integration (PostgreSQL, schema from the committed migrations)', ['int'], {
      REEDUCA_TEST_DB: 'postgres',
      REEDUCA_TEST_POSTGRES_URL: postgresUrl,
      REEDUCA_TEST_SCHEMA: 'migrations',
    })
  } else if (process.env.CI) {
    console.error(`\nPostgreSQL is not reachable at ${postgresUrl}; CI requires it (.ci/run starts it).`)
    failures.push('integration (PostgreSQL): server unreachable')
  } else {
    console.warn(`\nSKIPPED integration (PostgreSQL): no server at ${postgresUrl}. Start one (see README) or set REEDUCA_TEST_POSTGRES_URL.`)
  }
}
if (wants('int') || wants('mongodb')) {
  await mongodbSuite()
}
if (wants('e2e')) {
  await suite('end-to-end (Chromium)', ['e2e'])
}

/**
 * The integration suite on the MongoDB-wire server shipped in an npm package (no MongoDB installs
 * here): one server for the run (it cannot drop databases; each suite uses a database of its own).
 * Tests its gaps break are skipped by name and counted here, by gap, so none disappears silently.
 */
async function mongodbSuite() {
  const label = 'integration (MongoDB-wire test server)'
  const server = path.join(path.dirname(bin('vitest')), '..', '@jongodb', 'memory-server-bin-linux-x64-gnu', 'bin', 'jongodb')
  if (!fs.existsSync(server)) {
    // The package installs only on linux-x64 with glibc (its os/cpu/libc fields).
    const message = `${label}: the server package is not installed on this platform (${process.platform}-${process.arch})`
    if (process.env.CI) failures.push(message)
    else console.warn(`\nSKIPPED ${message}.`)
    return
  }
  const port = await freePort()
  const { spawn } = await import('node:child_process')
  const child = spawn(server, ['--host=127.0.0.1', `--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] })
  try {
    await waitForPort(port, 10_000)
    await suite(
      label,
      ['int'],
      { REEDUCA_TEST_DB: 'mongodb', REEDUCA_TEST_MONGODB_URL: `mongodb://127.0.0.1:${port}`, REEDUCA_MONGODB_AUTOCREATE: '0' },
      (result) => {
        const byGap = new Map()
        let listedButRun = 0
        for (const file of result.testResults ?? []) {
          for (const test of file.assertionResults ?? []) {
            const gap = SKIPPED_TESTS[testKey(file.name, [...test.ancestorTitles, test.title])]
            if (!gap) continue
            if (test.status === 'skipped' || test.status === 'pending') byGap.set(gap.id, (byGap.get(gap.id) ?? 0) + 1)
            else listedButRun++
          }
        }
        const skipped = [...byGap.values()].reduce((sum, n) => sum + n, 0)
        const detail = Object.values(GAPS)
          .filter((gap) => byGap.has(gap.id))
          .map((gap) => `${byGap.get(gap.id)} × ${gap.id} (${gap.reason})`)
        console.log(`\n${skipped} skipped for server gaps${detail.length ? `:\n  ${detail.join('\n  ')}` : '.'}`)
        console.log('  (the list, per test, with its reason: tests/helpers/mongodbServerGaps.mjs)')
        if (listedButRun) console.warn(`  ${listedButRun} listed test(s) ran anyway: is the list out of date?`)
      },
    )
  } catch (error) {
    failures.push(`${label}: ${error.message}`)
  } finally {
    child.kill()
  }
}

function waitForPort(port, limitMs) {
  const deadline = Date.now() + limitMs
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ host: '127.0.0.1', port })
      socket.on('connect', () => (socket.destroy(), resolve()))
      socket.on('error', () => (Date.now() > deadline ? reject(new Error(`no server on port ${port}`)) : setTimeout(attempt, 100)))
    }
    attempt()
  })
}

fs.rmSync(reports, { recursive: true, force: true })
if (failedTests.length) console.error(`\nFailed tests:\n  ${failedTests.join('\n  ')}`)
if (failures.length) console.error(`\nFailed: ${failures.join('; ')}`)
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failures.length || totals.failed ? 1 : 0)
