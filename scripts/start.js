// `npm start`: build what is missing, migrate, and serve the web app and the
// API (default http://localhost:8080, SQLite at ./data/crick.db). Settings come
// from CRICK_* variables, checked by the server's loadConfig.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[start] ${line}`);
const packages = ['core', 'content', 'db', 'server', 'cli'];

function sh(command, args) {
  say(`running: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

const missing = packages.filter((p) => !existsSync(join(root, 'packages', p, 'dist')));
if (missing.length > 0 || !existsSync(join(root, 'packages/server/dist/index.js'))) {
  say(`not built yet: ${missing.join(', ') || 'server'}`);
  if (!sh('npx', ['tsc', '-b'])) {
    console.error('[start] the TypeScript build failed; fix the errors above and run npm start again');
    process.exit(1);
  }
}

const webDir = join(root, 'packages/web');
if (!existsSync(join(webDir, 'dist/index.html'))) {
  const manifest = JSON.parse(readFileSync(join(webDir, 'package.json'), 'utf8'));
  if (manifest.scripts?.build) {
    if (!sh('npm', ['run', 'build', '-w', '@crick/web'])) {
      say('the web build failed: the server will serve a placeholder page instead of the app');
    }
  } else {
    say('the web app has no build script yet: the server will serve a placeholder page');
  }
}

const { ConfigError, closeOnSignals, loadConfig, startServer } = await import(
  join(root, 'packages/server/dist/index.js')
);
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? `[start] ${error.message}` : error);
  process.exit(1);
}
const server = await startServer(config);
closeOnSignals(server);
say(`Crick is running at ${server.url.replace('127.0.0.1', 'localhost')}`);
