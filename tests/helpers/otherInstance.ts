/**
 * Another app instance on the suite's database (DATABASE_URI and the rest from the environment),
 * in its own process: its own caches, as a second server behind a load balancer would have.
 * It answers `POST /` with `{ method, path, token }` by running that request through the app's
 * own route handlers (tests/helpers/http.ts) and prints LISTENING=<port> once ready.
 * Used by tests/int/shared-caches.test.ts.
 */
import http from 'node:http'

const { startInstancePayload } = await import('./instanceProcess')
await startInstancePayload()
const { createApi } = await import('./http')

const api = await createApi()

const server = http.createServer((request, response) => {
  let body = ''
  request.on('data', (chunk) => (body += chunk))
  request.on('end', async () => {
    try {
      const { method, path, token } = JSON.parse(body) as { method: string; path: string; token?: string }
      const answer = await api.request(method, path, { token })
      response.setHeader('Content-Type', 'application/json')
      response.end(JSON.stringify({ status: answer.status, body: answer.body }))
    } catch (error) {
      response.statusCode = 500
      response.end(JSON.stringify({ error: String(error) }))
    }
  })
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`LISTENING=${typeof address === 'object' && address ? address.port : ''}`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))
