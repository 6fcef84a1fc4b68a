import { defineConfig } from 'vitest/config'

// End-to-end journeys against a running backend that serves the built app (see README, "Frontend").
// One browser, one spec at a time: the specs share one database.
export default defineConfig({
  test: {
    environment: 'node',
    // The features' own specs, then the named journeys of issue 6 (one spec per journey).
    include: ['e2e/*.spec.ts', 'e2e/journeys/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    reporters: ['default'],
  },
})
