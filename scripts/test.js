#!/usr/bin/env node
// `npm test`: every check and every test, in one run, with one honest total.
//   1. Biome (lint + format) and `tsc -b` (types; also builds dist for the CLI tests)
//   2. a PostgreSQL server for the database suites: CRICK_TEST_DATABASE_URL, or a
//      throwaway cluster from Debian's `postgresql` (installed when missing)
//   3. Vitest: unit, property and integration tests (SQLite file, PGlite, PostgreSQL, real HTTP)
//   4. Playwright in Debian Chromium (installed when missing): the web app end to end, with axe
// Nothing is skipped quietly: a missing tool is installed or the run fails, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.js';
import { ensurePostgres } from './ensure-postgres.js';
import { playwrightTotals, vitestTotals } from './test-totals.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const say = (line) => console.log(`\n[npm test] ${line}`);

function step(name, command, args, env = {}) {
  say(`${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  say(
    `${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return r.status === 0;
}

const npx = (args, env) => step(args[0], 'npx', ['--no-install', ...args], env);
const failures = [];
let passed = 0;
let failed = 0;

if (!npx(['biome', 'check', '.'])) failures.push('biome');
if (!npx(['tsc', '-b'])) failures.push('tsc');
if (!step('openapi', 'node', ['scripts/lint-openapi.js'])) failures.push('openapi'); // Redocly on /openapi.json

const pg = await ensurePostgres();
try {
  const vitestReport = join(reports, 'vitest.json');
  const ok = npx(
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    {
      CRICK_TEST_DATABASE_URL: pg.url,
    },
  );
  if (!ok) failures.push('vitest');
  if (existsSync(vitestReport)) {
    const totals = vitestTotals(JSON.parse(readFileSync(vitestReport, 'utf8')));
    passed += totals.passed;
    failed += totals.failed;
    for (const note of totals.notes) say(note);
  } else failed += 1;
} finally {
  await pg.stop();
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const chromium = await ensureChromium();
const e2eReport = join(reports, 'playwright.json');
const e2eOk = npx(['playwright', 'test', '-c', 'packages/web/playwright.config.ts', '--reporter=list,json'], {
  CRICK_CHROMIUM: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  CRICK_E2E_PORT: String(await freePort()),
});
if (!e2eOk) failures.push('playwright');
if (existsSync(e2eReport)) {
  const totals = playwrightTotals(JSON.parse(readFileSync(e2eReport, 'utf8')).stats ?? {});
  passed += totals.passed;
  failed += totals.failed;
  for (const note of totals.notes) say(note);
} else failed += 1;

say(failures.length ? `failed steps: ${failures.join(', ')}` : 'every step passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
