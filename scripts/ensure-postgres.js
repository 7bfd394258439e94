// A PostgreSQL server for the tests and the bench. With CRICK_TEST_DATABASE_URL
// set, that server is used as it is. Otherwise a throwaway cluster is made with
// Debian's `postgresql` binaries (installed with apt-get when missing) in a temp
// directory, run by an unprivileged user on a free loopback port, and removed by
// stop(). It says what it does and never skips quietly: if it cannot start a
// server, it throws.
//
// Run alone (`node scripts/ensure-postgres.js`) it prints the URL and keeps the
// server up until Ctrl-C.

import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const say = (line) => console.log(`[ensure-postgres] ${line}`);

function findBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

function installPostgres() {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'PostgreSQL is not installed and this user cannot install it: run `apt-get install postgresql` as root, or set CRICK_TEST_DATABASE_URL',
    );
  }
  say('PostgreSQL binaries not found: running `apt-get update` and `apt-get install -y postgresql`');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env,
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: as root, run the server as `postgres` (or `nobody`). */
function runAsUser() {
  if (process.getuid?.() !== 0) return { name: userInfo().username, wrap: (cmd, args) => [cmd, args] };
  const name = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
  return { name, wrap: (cmd, args) => ['runuser', ['-u', name, '--', cmd, ...args]] };
}

function run(user, cmd, args) {
  const [file, argv] = user.wrap(cmd, args);
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** @returns {Promise<{url: string, stop: () => Promise<void>}>} */
export async function ensurePostgres() {
  const given = process.env.CRICK_TEST_DATABASE_URL;
  if (given) {
    say('using the server in CRICK_TEST_DATABASE_URL');
    return { url: given, stop: async () => {} };
  }
  const cluster = await startThrowawayCluster();
  return { url: cluster.url, stop: cluster.stop };
}

/**
 * A throwaway cluster of its own, whatever CRICK_TEST_DATABASE_URL says: for
 * tests that stop, restart or break their server, which must never be the
 * shared one. `restart()` keeps the data; `halt()` and `resume()` stop and
 * start it around a check made while it is away.
 *
 * @returns {Promise<{url: string, stop: () => Promise<void>, restart: () => Promise<void>, halt: () => Promise<void>, resume: () => Promise<void>}>}
 */
export async function startThrowawayCluster() {
  let bin = findBinDir();
  if (!bin) {
    installPostgres();
    bin = findBinDir();
    if (!bin)
      throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql');
  }

  const user = runAsUser();
  const dir = mkdtempSync(join(tmpdir(), 'crick-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', user.name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user.name], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  say(`initdb a throwaway cluster in ${dir} as ${user.name} (${bin})`);
  run(user, join(bin, 'initdb'), ['-D', data, '-U', 'crick', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const pgCtlArgs = (...args) => [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    ...args,
  ];
  // Later starts and stops run beside the caller's event loop, so a server
  // in the same process keeps answering while PostgreSQL is away.
  const pgCtlAsync = (...args) =>
    new Promise((resolve, reject) => {
      const [file, argv] = user.wrap(join(bin, 'pg_ctl'), pgCtlArgs(...args));
      execFile(file, argv, (error, stdout, stderr) =>
        error
          ? reject(new Error(`pg_ctl ${args.join(' ')} failed: ${stderr || error.message}`))
          : resolve(stdout),
      );
    });
  say(`starting PostgreSQL on 127.0.0.1:${port}`);
  run(user, join(bin, 'pg_ctl'), pgCtlArgs('start'));

  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const [file, argv] = user.wrap(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    spawnSync(file, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A crashed caller must not leave a server running.
  process.once('exit', stopNow);

  run(user, join(bin, 'createdb'), ['-h', dir, '-p', String(port), '-U', 'crick', 'crick']);
  const url = `postgres://crick@127.0.0.1:${port}/crick`;
  say(`ready: ${url}`);
  return {
    url,
    restart: () => pgCtlAsync('-m', 'fast', 'restart'),
    halt: () => pgCtlAsync('-m', 'fast', 'stop'),
    resume: () => pgCtlAsync('start'),
    stop: async () => {
      if (stopped) return;
      say(`stopping PostgreSQL on port ${port} and removing ${dir}`);
      stopNow();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url, stop } = await ensurePostgres();
  console.log(`CRICK_TEST_DATABASE_URL=${url}`);
  const finish = async () => {
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', finish);
  process.on('SIGTERM', finish);
  setInterval(() => {}, 1 << 30);
}
