#!/usr/bin/env node
// `npm test`: every suite, in the order that fails fastest.
//   0. the rings (dependency-cruiser, scripts/rings.cjs) and the type check of the whole project
//   1. unit and integration tests on SQLite (numeric IDs)
//   2. integration tests on SQLite with text IDs (MongoDB's IDs are strings)
//   3. integration tests on PostgreSQL (REEDUCA_TEST_POSTGRES_URL, default the local server)
//   4. end-to-end tests in Chromium against the built app
// Then one closing line with the totals. Pass a project name (unit, int, e2e) to run only that.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { bin, run } from './lib.mjs'

const only = process.argv.slice(2)
const wants = (name) => only.length === 0 || only.includes(name)
const postgresUrl = process.env.REEDUCA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-test-report-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

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

async function suite(label, projects, env = {}) {
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
    await suite('integration (PostgreSQL)', ['int'], { REEDUCA_TEST_DB: 'postgres', REEDUCA_TEST_POSTGRES_URL: postgresUrl })
  } else if (process.env.CI) {
    console.error(`\nPostgreSQL is not reachable at ${postgresUrl}; CI requires it (.ci/run starts it).`)
    failures.push('integration (PostgreSQL): server unreachable')
  } else {
    console.warn(`\nSKIPPED integration (PostgreSQL): no server at ${postgresUrl}. Start one (see README) or set REEDUCA_TEST_POSTGRES_URL.`)
  }
}
if (wants('e2e')) {
  await suite('end-to-end (Chromium)', ['e2e'])
}

fs.rmSync(reports, { recursive: true, force: true })
if (failures.length) console.error(`\nFailed: ${failures.join('; ')}`)
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failures.length || totals.failed ? 1 : 0)
