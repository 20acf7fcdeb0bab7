import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fault suite runs after this one, on its own (vitest.fault.config.ts).
    exclude: ['test/fault/**', '**/node_modules/**'],
    // Every answer a test receives is checked against the published contract (test/support/contract.ts).
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
