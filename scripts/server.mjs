#!/usr/bin/env node
// The HTTP server `npm start` runs: Next.js for every request, except manual downloads once
// Payload is up, which the app answers itself (src/server/directDownloads.ts says why).
// Run from the project root after a build (`npm start` does both).
import http from 'node:http'

import next from 'next'

import { securityHeadersFor } from '../src/server/securityHeaders.mjs'
import { root } from './lib.mjs'

// The same key as DIRECT_DOWNLOADS in src/server/directDownloads.ts (this plain script cannot import it).
const DIRECT_DOWNLOADS = Symbol.for('reeduca.directDownloads')
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
    await handle(request, response)
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
