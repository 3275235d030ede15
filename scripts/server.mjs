#!/usr/bin/env node
// The HTTP server `npm start` runs: Next.js for every request, except, once Payload is up, manual
// downloads (src/server/directDownloads.ts) and reads of published content that a kept copy
// answers (src/server/publishedAnswers.ts), which the app answers itself.
// Run from the project root after a build (`npm start` does both).
// With REEDUCA_PROCESSES=N (or WEB_CONCURRENCY) it runs N app processes on the one port with
// Node's cluster module (PostgreSQL or MongoDB only: appProcesses in lib.mjs says why).
import cluster from 'node:cluster'
import http from 'node:http'

import next from 'next'

import { securityHeadersFor } from '../src/server/securityHeaders.mjs'
import { APP_WORK, SiblingWork } from '../src/server/siblingWork.mjs'
import { appProcesses, root } from './lib.mjs'

async function serve() {
  // The same key as DIRECT_DOWNLOADS in src/server/directDownloads.ts (this plain script cannot import it).
  const DIRECT_DOWNLOADS = Symbol.for('reeduca.directDownloads')
  // Likewise PUBLISHED_ANSWERS in src/server/publishedAnswers.ts: reads of published content
  // answered from a kept copy.
  const PUBLISHED_ANSWERS = Symbol.for('reeduca.publishedAnswers')
  const port = Number(process.env.PORT || 3000)
  const hostname = process.env.HOSTNAME || 'localhost'
  // The interface to listen on: set by scripts/start.mjs (127.0.0.1 for a local trial, whose demo
  // accounts have a published password); unset means every interface.
  const listenHost = process.env.HOST || undefined
  const startedAt = Date.now()

  // The public URL is https: browsers are told to keep to https (HSTS).
  const httpsOrigin = /^https:/i.test(process.env.SERVER_URL ?? '')

  const app = next({ dev: false, dir: root, hostname, port })
  const handle = app.getRequestHandler()

  try {
    await app.prepare()
  } catch (error) {
    console.error(`Next.js could not start: ${error.message}`)
    process.exit(1)
  }

  // The client's address for the sign-in limits (src/cms/auth/signInLimits.ts, CLIENT_ADDRESS_HEADER):
  // the connection's, or behind a proxy (REEDUCA_TRUST_PROXY=1) the last X-Forwarded-For entry, the
  // one the proxy added. Whatever a client sent under this name is replaced.
  const CLIENT_ADDRESS_HEADER = 'x-reeduca-client-address'
  const trustProxy = process.env.REEDUCA_TRUST_PROXY === '1'
  function clientAddress(request) {
    if (trustProxy) {
      const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean)
      if (forwarded.length) return forwarded[forwarded.length - 1]
    }
    return request.socket.remoteAddress ?? 'unknown'
  }

  const server = http.createServer(async (request, response) => {
    // Before anyone answers: Next (which sets the same through next.config.ts), the direct
    // downloads and the error answer below all carry them.
    const pathname = (request.url ?? '/').split('?')[0]
    for (const [name, value] of Object.entries(securityHeadersFor(pathname, { httpsOrigin }))) response.setHeader(name, value)
    try {
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request)
      // Published by the Payload config's onInit in the Next bundle: absent until Payload has
      // started, which the first request to /api or /admin does.
      const direct = globalThis[DIRECT_DOWNLOADS]
      if (direct && (await direct(request, response))) return
      const published = globalThis[PUBLISHED_ANSWERS]
      // While Next works on this request, downloads take turns (src/server/downloadTurns.ts).
      const toNext = () => {
        direct?.appWork?.(response)
        return handle(request, response)
      }
      if (published) await published(request, response, toNext)
      else await toNext()
    } catch (error) {
      console.error(error)
      if (!response.headersSent) {
        response.statusCode = 500
        response.end('Internal Server Error')
      } else response.destroy()
    }
  })

  server.listen(port, listenHost, () => {
    console.log(`  - Local: http://${hostname}:${port}`)
    console.log(`Ready in ${Date.now() - startedAt}ms`)
  })
  server.on('error', (error) => {
    console.error(`Cannot listen on port ${port}: ${error.message}`)
    process.exit(1)
  })

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close()
      Promise.resolve(app.close?.()).finally(() => process.exit(0))
      // Keep-alive connections would hold close() open; a stop is a stop.
      setTimeout(() => process.exit(0), 3000).unref()
    })
  }
}

/**
 * The primary of several app processes: forks them, starts again one that dies (not while
 * stopping), and passes SIGINT/SIGTERM on. It loads neither Next nor Payload.
 * The job queue runs in the first process only (unless REEDUCA_JOBS_AUTORUN=0 leaves it to
 * `npm run worker`), and so does the start-up and periodic recovery of interrupted builds: the
 * others get REEDUCA_JOBS_AUTORUN=0 and REEDUCA_SKIP_RELEASE_RECOVERY=1. (Across machines the
 * recovery is also held to one at a time by a lease in the database: src/cms/jobs/recovery.ts.)
 */
function supervise(count) {
  const envOf = (index) => ({
    REEDUCA_APP_PROCESS: String(index),
    REEDUCA_APP_PROCESSES: String(count),
    ...(index === 1 ? {} : { REEDUCA_JOBS_AUTORUN: '0', REEDUCA_SKIP_RELEASE_RECOVERY: '1' }),
  })
  const indexOf = new Map()
  let stopping = false
  const fork = (index) => indexOf.set(cluster.fork(envOf(index)).id, index)
  console.log(`Starting ${count} app processes on port ${process.env.PORT || 3000} (jobs and recovery in the first).`)
  for (let index = 1; index <= count; index++) fork(index)
  // Downloads in each process make way for the others' work too (src/server/siblingWork.mjs).
  const siblingWork = new SiblingWork()
  const relay = (id, busy, gone) => {
    const running = Object.values(cluster.workers ?? {}).map((worker) => worker.id)
    for (const [to, message] of siblingWork.update(id, busy, running, gone)) cluster.workers?.[to]?.send(message, () => {})
  }
  cluster.on('message', (worker, message) => {
    if (message?.reeduca === APP_WORK) relay(worker.id, Boolean(message.busy), false)
  })
  let restarts = 0
  cluster.on('exit', (worker, code, signal) => {
    const index = indexOf.get(worker.id)
    indexOf.delete(worker.id)
    relay(worker.id, false, true)
    if (stopping) {
      if (indexOf.size === 0) process.exit(0)
      return
    }
    // A crash loop (e.g. the database gone) should stop the start rather than spin.
    if (++restarts > 5 * count) {
      console.error('App processes keep stopping; giving up.')
      process.exit(1)
    }
    console.error(`App process ${index} stopped (${signal ?? `exit ${code}`}); starting it again.`)
    fork(index)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
      setTimeout(() => process.exit(0), 5000).unref()
    })
  }
}

const processes = appProcesses(process.env)
if (processes.refusal) {
  console.error(processes.refusal)
  process.exit(1)
}
if (cluster.isPrimary && processes.count > 1) supervise(processes.count)
else await serve()
