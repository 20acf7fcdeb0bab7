import { defineConfig } from 'vitest/config';

/**
 * The fault suite (test/fault/**): each file starts its own private PostgreSQL cluster and/or Redis on free
 * loopback ports, runs server processes against them and breaks them (restart, freeze, outage, signals).
 * Files run one at a time, after the main suite, so that their timings are not disturbed by other tests.
 */
export default defineConfig({
  test: {
    include: ['test/fault/**/*.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
