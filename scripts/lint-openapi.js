#!/usr/bin/env node
// `npm test`'s OpenAPI step: the document the server serves at /openapi.json, taken from
// the built app (on a throwaway SQLite file) and linted by Redocly's recommended rules
// (redocly.yaml). Any error fails the step; the document is kept in test-results/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase } from '@crick/db/testing';
import { buildApp } from '@crick/server';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test-results', 'openapi.json');

const t = await openTestDatabase('sqlite');
try {
  const app = await buildApp({ database: t.database });
  const answer = await app.inject('/openapi.json');
  await app.close();
  if (answer.statusCode !== 200) throw new Error(`GET /openapi.json answered ${answer.statusCode}`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(out, answer.body);
} finally {
  await t.dispose();
}

const lint = spawnSync('npx', ['--no-install', 'redocly', 'lint', '--format=stylish', out], {
  cwd: root,
  stdio: 'inherit',
  // No telemetry (redocly.yaml says so too) and no notices: they are not lint results.
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
});
process.exit(lint.status ?? 1);
