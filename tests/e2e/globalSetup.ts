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
  const server = await startThrowawayServer()
  stop = server.stop
  project.provide('baseURL', server.baseURL)
}

export async function teardown() {
  stop?.()
}
