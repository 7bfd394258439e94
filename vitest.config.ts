import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code; browser end-to-end specs
// (packages/web/e2e) run under Playwright instead, so they are excluded here.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.tsx',
      'bench/**/*.test.ts',
      'scripts/**/*.test.js',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', 'packages/web/e2e/**'],
    testTimeout: 30_000,
    // Never a retry: a test that passes only on a second try is a failing test.
    retry: 0,
  },
});
