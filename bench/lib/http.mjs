// Shared by the HTTP benchmarks: the demo facilitator's login and an autocannon run.
import { execFile, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

/** The JWT of the seeded facilitator (SEED_PASSWORD when the seed used another password). */
/** Headers that sign in as one of the seeded accounts (`facilitator`, `designer`, …). */
export async function seededAuth(baseURL, role) {
  const email = `${role}@reeduca.test`
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: process.env.SEED_PASSWORD || 'reeduca-demo' }),
  })
  if (!login.ok) throw new Error(`Login as ${email} failed: ${login.status}`)
  const { token } = await login.json()
  return { authorization: `JWT ${token}` }
}

export const facilitatorAuth = (baseURL) => seededAuth(baseURL, 'facilitator')

/**
 * autocannon with a 3-second warm-up at the same concurrency. `timeout` (seconds, autocannon's
 * default 10) counts slower responses as errors.
 */
export function load({ title, url, headers, connections, duration, timeout = 10 }) {
  return new Promise((resolve, reject) => {
    autocannon({ title, url, headers, connections, duration, timeout, warmup: { connections, duration: 3 } }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
  })
}

/**
 * autocannon where each connection signs in as its own account (`tokens`, a JWT each, taken in
 * turn): the load of many people, not one token. No warm-up: a bench that wants one runs it.
 */
export function loadAsAccounts({ url, connections, duration, tokens = [], timeout = 30 }) {
  let next = 0
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration,
        timeout,
        // autocannon calls this once per connection.
        setupClient: tokens.length ? (client) => client.setHeaders({ authorization: `JWT ${tokens[next++ % tokens.length]}` }) : undefined,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

/**
 * loadAsAccounts in a child process (bench/lib/load-process.mjs): for streams run side by side,
 * each with an event loop of its own. Resolves to the same figures (requests, latency, errors,
 * timeouts, non2xx, throughput).
 */
export function loadInProcess(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-process.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`load process exited with ${code}`))))
    child.stdin.end(JSON.stringify(options))
  })
}

/** A response's JSON, or an error naming its status and the start of its body. */
export async function jsonOf(response) {
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 300)}`)
  return JSON.parse(text)
}

/** One table row of an autocannon result: throughput, latency and failures. */
export function latencyRow(title, result) {
  return {
    benchmark: title,
    'req/s (mean)': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  }
}

/** Whether Debian's wrk (a load generator in C) is installed: `apt-get install -y wrk`. */
export const WRK = '/usr/bin/wrk'
export const hasWrk = () => fs.existsSync(WRK)

const seconds = { us: 1e-3, ms: 1, s: 1000, m: 60000 }
const toMs = (text) => {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '')
  return match ? +(Number(match[1]) * seconds[match[2]]).toFixed(2) : null
}

function wrkArgs({ url, headers = {}, connections, duration, timeout, script, scriptArgs = [] }) {
  return [
    '-t1',
    `-c${connections}`,
    `-d${duration}s`,
    `--timeout`,
    `${timeout}s`,
    '--latency',
    ...(script ? ['-s', script] : []),
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    url,
    ...(scriptArgs.length ? ['--', ...scriptArgs] : []),
  ]
}

/** wrk's report in autocannon's shape, for the fields the benches use. */
function wrkResult(output) {
  const number = (pattern) => Number(pattern.exec(output)?.[1] ?? 0)
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const transfer = /Transfer\/sec:\s+([\d.]+)(B|KB|MB|GB)/.exec(output)
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }
  return {
    requests: { average: number(/Requests\/sec:\s+([\d.]+)/), total: number(/(\d+) requests in/) },
    throughput: { average: transfer ? Number(transfer[1]) * unit[transfer[2]] : 0 },
    latency: { p50: toMs(/\s50%\s+(\S+)/.exec(output)?.[1]), p99: toMs(/\s99%\s+(\S+)/.exec(output)?.[1]) },
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    timeouts: 0,
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
  }
}

/**
 * wrk with one thread (so the client takes as little of the two cores as it can) and its latency
 * distribution, after a 3-second warm-up. Answers autocannon's shape for the fields the benches use.
 */
export function wrkLoad({ url, headers = {}, connections, duration, timeout = 10 }) {
  execFileSync(WRK, wrkArgs({ url, headers, connections, duration: 3, timeout }), { stdio: 'ignore' })
  return wrkResult(execFileSync(WRK, wrkArgs({ url, headers, connections, duration, timeout }), { encoding: 'utf8' }))
}

// Each request signs in as the next account in turn (wrk's Lua `request` hook).
const ROTATING_TOKENS = `local tokens = {}
local next = 0
function init(args) for _, token in ipairs(args) do tokens[#tokens + 1] = token end end
function request()
  next = next % #tokens + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Authorization"] = "JWT " .. tokens[next]
  return wrk.format(nil, nil, headers)
end
`

/**
 * wrk where the requests sign in as `tokens` in turn (many accounts, not one token), without a
 * warm-up, and without holding the caller's event loop (for streams run beside others).
 */
export function wrkLoadAsAccounts({ url, connections, duration, timeout = 30, tokens = [] }) {
  // No tokens (a file nginx serves): no script.
  const script = tokens.length ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reeduca-wrk-')), 'tokens.lua') : null
  if (script) fs.writeFileSync(script, ROTATING_TOKENS)
  return new Promise((resolve, reject) => {
    execFile(WRK, wrkArgs({ url, connections, duration, timeout, script, scriptArgs: tokens }), { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, output) => {
      if (script) fs.rmSync(path.dirname(script), { recursive: true, force: true })
      if (error) reject(error)
      else resolve(wrkResult(output))
    })
  })
}
