import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests drive the client's source (test/client/package.test.ts checks the packed package separately).
  resolve: {
    alias: {
      '@trcr/client/graphql': path.resolve(import.meta.dirname, 'generated/client/graphql/graphql.ts'),
      '@trcr/client': path.resolve(import.meta.dirname, 'clients/typescript/src/index.ts'),
    },
  },
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
