import { defineConfig } from '@playwright/test';
import { chromiumArgs, ensureChromium } from '../../scripts/ensure-chromium.js';
import { ensurePoppler } from '../../scripts/ensure-poppler.js';

// Debian's Chromium (installed with apt-get if missing), never a downloaded browser;
// the flags of ARCHITECTURE.md.
const executablePath = await ensureChromium();
// Poppler reads the report's PDFs back (report.spec.ts): installed here once, not by two workers at a time.
ensurePoppler();
// npm test picks a free port (CRICK_E2E_PORT) so a running dev server never blocks a run.
const PORT = Number(process.env.CRICK_E2E_PORT ?? 4321);
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Never a retry: a test that passes only on a second try is a failing test (npm test
  // also counts any retried test as failed, should a --retries flag ever be passed).
  retries: 0,
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: false,
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  webServer: {
    // Builds and serves the production bundle, as users get it (service worker included).
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: import.meta.dirname,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
