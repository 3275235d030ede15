// Shared by the HTTP benchmarks: the demo facilitator's login and an autocannon run.
import autocannon from 'autocannon'

/** The JWT of the seeded facilitator (SEED_PASSWORD when the seed used another password). */
export async function facilitatorAuth(baseURL) {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'facilitator@reeduca.test', password: process.env.SEED_PASSWORD || 'reeduca-demo' }),
  })
  if (!login.ok) throw new Error(`Login as facilitator@reeduca.test failed: ${login.status}`)
  const { token } = await login.json()
  return { authorization: `JWT ${token}` }
}

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
