/**
 * Starts Reeduca the way a new user does (`npm start`: build when needed, migrate, seed, serve)
 * on a fresh database, media folder and port, for the browser tests. Beside it, a stand-in for
 * "an ordinary outside site" on another loopback port (another origin): the quick exit leads
 * there (REEDUCA_QUICK_EXIT_URL), as it would to a search page on the real web.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { TestProject } from 'vitest/node'

import { startThrowawayServer } from '../../scripts/lib.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    /** The outside stand-in's origin, e.g. http://127.0.0.1:40123 ('' when not started here). */
    outsideURL: string
  }
}

let stop: (() => void) | undefined
let outside: http.Server | undefined

/** Any path answers a small page of its own; links to `?to=` let a test arrive at the site from "outside". */
function startOutside(): Promise<string> {
  outside = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://outside')
    const to = url.searchParams.get('to')
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    response.end(
      `<!doctype html><html lang="es"><head><title>Buscador</title></head><body><h1>Otro sitio</h1><p>${url.pathname}</p>${to ? `<a id="to-site" href="${to.replace(/"/g, '')}">ir</a>` : ''}</body></html>`,
    )
  })
  return new Promise((resolve) => outside!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(outside!.address() as AddressInfo).port}`)))
}

export async function setup(project: TestProject) {
  // While developing a test: point it at a server you already run (seeded, demo accounts).
  if (process.env.REEDUCA_E2E_BASE_URL) {
    project.provide('baseURL', process.env.REEDUCA_E2E_BASE_URL)
    project.provide('outsideURL', process.env.REEDUCA_E2E_OUTSIDE_URL ?? '')
    return
  }
  const outsideURL = await startOutside()
  const server = await startThrowawayServer({ env: { REEDUCA_QUICK_EXIT_URL: `${outsideURL}/buscar?q=clima` } })
  stop = server.stop
  project.provide('baseURL', server.baseURL)
  project.provide('outsideURL', outsideURL)
}

export async function teardown() {
  stop?.()
  outside?.close()
}
