import { defineConfig } from 'vitest/config';

// The tests of the safety core only, for the mutation run (stryker.config.mjs).
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/core/src/{triage,plan,progress,medicines,remedies}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
  },
});
