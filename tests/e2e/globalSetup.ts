/**
 * Starts Reeduca the way a new user does (`npm start`: build when needed, migrate, seed, serve)
 * on a fresh database, media folder and port, for the browser tests.
 */
import type { TestProject } from 'vitest/node'

import { startThrowawayServer } from '../../scripts/lib.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

let stop: (() => void) | undefined

export async function setup(project: TestProject) {
  // While developing a test: point it at a server you already run (seeded, demo accounts).
  if (process.env.REEDUCA_E2E_BASE_URL) {
    project.provide('baseURL', process.env.REEDUCA_E2E_BASE_URL)
    return
  }
  const server = await startThrowawayServer()
  stop = server.stop
  project.provide('baseURL', server.baseURL)
}

export async function teardown() {
  stop?.()
}
