import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // One graphql for all: Vite would give our own modules graphql's ESM build (index.mjs) while
    // Payload, loaded by Node, gets the CommonJS one, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'int',
          // Projects with their own worker limits run one group after the other.
          sequence: { groupOrder: 1 },
          include: ['tests/int/**/*.test.ts'],
          // On the MongoDB-wire test server, skips the tests its listed gaps break (and only those).
          setupFiles: ['tests/helpers/serverGapsSetup.ts'],
          // Each suite starts its own Payload on a fresh database.
          pool: 'forks',
          isolate: true,
          hookTimeout: 180_000,
          testTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          pool: 'forks',
          fileParallelism: false,
          hookTimeout: 180_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
})
