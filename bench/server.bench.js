// `npm run bench:server`: autocannon on loopback, in one run, against a bare
// Fastify hello-world and Crick's GET /health, POST /api/sync (10 new records
// per request, with time-ordered v7 ids as the web app makes them, and with
// random v4 ids as any client may send) and a pull of a year of one person's
// data (~2,000 records), on SQLite and on PostgreSQL. Beside the push runs a minimal Fastify route
// that parses the same body and stores its records in one transaction (bench/server/minimal-store-server.js):
// the push's yardstick (a throwaway cluster from scripts/ensure-postgres.js,
// or CRICK_TEST_DATABASE_URL). Each server runs in its own process; the ratios
// compare figures measured in this same run on this same machine.
//
// BENCH_SECONDS (default 5) sets the length of each case; BENCH_ONLY=sqlite or
// BENCH_ONLY=postgres runs one database's cases.

import { fork, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { v7 as uuidV7 } from 'uuid';
import { ensurePostgres } from '../scripts/ensure-postgres.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 2;
const YEAR_OF_RECORDS = 2000;
const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'sqlite' && only !== 'postgres') {
  console.error(`BENCH_ONLY must be "sqlite" or "postgres", not "${only}"`);
  process.exit(2);
}

if (!existsSync(join(root, 'packages/server/dist/index.js'))) {
  console.log('building the server (tsc -b packages/server)');
  if (spawnSync('npx', ['tsc', '-b', 'packages/server'], { cwd: root, stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

function startChild(script, env = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'bench/server', script), [], {
      env: {
        ...process.env,
        CRICK_LOG_LEVEL: 'error',
        CRICK_AUTH_ATTEMPTS_PER_MINUTE: '100000',
        CRICK_WEB_DIR: join(tmpdir(), 'crick-no-web'),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    child.on('message', (m) => {
      if (m?.ready)
        resolve({
          url: m.ready,
          pid: child.pid,
          stop: () =>
            new Promise((r) => {
              child.removeAllListeners('exit');
              child.once('exit', r);
              child.kill('SIGTERM');
            }),
        });
    });
  });
}

/** Who serves each origin: its process, and the PostgreSQL database it works on, if any. */
const servers = new Map();
const serve = (server, postgres = undefined) =>
  servers.set(new URL(server.url).origin, { pid: server.pid, postgres });

/**
 * One autocannon run, with the CPU time the server's process (all its
 * threads), its PostgreSQL backends and this load generator spent per
 * request: on two cores they share, the figures that say where the time went.
 */
async function run(options) {
  const server = servers.get(new URL(options.url).origin);
  const dbPids = () => (server?.postgres ? postgresPids(server.postgres) : []);
  const before = { server: cpuTicks([server?.pid]), db: ticksByPid(dbPids()), gen: process.cpuUsage() };
  const result = await new Promise((resolve, reject) => {
    autocannon({ duration: seconds, connections: CONNECTIONS, ...options }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
  });
  const perRequest = (us) => (result.requests.total > 0 ? us / result.requests.total : Number.NaN);
  const serverUs = (cpuTicks([server?.pid]) - before.server) * TICK_US;
  const gen = process.cpuUsage(before.gen);
  result.cpu = {
    server: perRequest(serverUs),
    db: server?.postgres ? perRequest(ticksSince(before.db, dbPids()) * TICK_US) : null,
    generator: perRequest(gen.user + gen.system),
  };
  return result;
}

/** Microseconds per clock tick of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICK_US = 1e6 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100);

/** User and system CPU ticks of these processes so far (0 where /proc cannot tell). */
function cpuTicks(pids) {
  let ticks = 0;
  for (const pid of pids) {
    if (!pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks;
}

/** Each process's CPU ticks so far. */
const ticksByPid = (pids) => new Map(pids.map((pid) => [pid, cpuTicks([pid])]));

/**
 * The CPU ticks these processes spent since `before`: a backend that began meanwhile
 * counts whole, one that ended meanwhile (the pool closes idle ones) is left out, so
 * its earlier work is not taken off the figure.
 */
const ticksSince = (before, pids) =>
  pids.reduce((sum, pid) => sum + cpuTicks([pid]) - (before.get(pid) ?? 0), 0);

/**
 * The PostgreSQL backends serving this database (their title is "postgres:
 * user database host ..."): on a server other suites share, the others'
 * work stays out of the figure. The cluster's own writers are left out too.
 */
function postgresPids(database) {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return title.split(/\s+/)[2] === database && title.startsWith('postgres: ');
    } catch {
      return false;
    }
  });
}

/** Several runs of one case as one: mean req/s and CPU, median latencies, all failures. */
function combined(results) {
  const mean = (f) => results.reduce((sum, r) => sum + f(r), 0) / results.length;
  const median = (f) => results.map(f).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  return {
    requests: { average: mean((r) => r.requests.average) },
    latency: { p50: median((r) => r.latency.p50), p99: median((r) => r.latency.p99) },
    non2xx: mean((r) => r.non2xx) * results.length,
    errors: mean((r) => r.errors) * results.length,
    cpu: {
      server: mean((r) => r.cpu.server),
      db: results[0].cpu.db === null ? null : mean((r) => r.cpu.db),
      generator: mean((r) => r.cpu.generator),
    },
  };
}

let bareUrl;
/**
 * Measures a case and, just before it, the bare server at the same number of
 * connections: on a shared machine the load drifts, so each ratio compares
 * two figures taken a few seconds apart.
 */
async function paired(options) {
  const bare = await run({ url: bareUrl, connections: options.connections ?? CONNECTIONS });
  const result = await run(options);
  return { result, bare };
}

async function post(url, path, body, token) {
  const answer = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

const clock = (ms, n) => `${new Date(ms).toISOString()}-${(n % 0xffff).toString(16).padStart(4, '0')}-bench`;

/** A plausible year: check-ins, sessions and cold/heat uses, about 5.5 a day. */
function yearOfRecords() {
  const start = Date.UTC(2025, 10, 22);
  return Array.from({ length: YEAR_OF_RECORDS }, (_, i) => {
    const ms = start + Math.floor((i * 365 * 86_400_000) / YEAR_OF_RECORDS);
    const date = new Date(ms).toISOString().slice(0, 10);
    const kind = i % 3;
    const data =
      kind === 0
        ? {
            date,
            pain: i % 11,
            stiffness: (i * 7) % 11,
            sleep: 'ok',
            helped: ['chin-tuck', 'heat'],
            note: 'desk day',
          }
        : kind === 1
          ? {
              date,
              exerciseIds: ['chin-tuck', 'shoulder-roll', 'levator-stretch'],
              completed: true,
              painBefore: 5,
              painAfter: 3,
              minutes: 9,
            }
          : { kind: 'heat', startedAt: new Date(ms).toISOString(), minutes: 15, helped: 'a_little' };
    return {
      id: randomUUID(),
      type: ['checkIn', 'session', 'remedyUse'][kind],
      updatedAt: clock(ms, i),
      deleted: false,
      data,
    };
  });
}

/**
 * autocannon options that push 10 new records a request, one person per
 * connection (so a person's pushes never overlap, as with one device), each
 * with the cursor its last answer gave. `cursors` (token to cursor) keeps them
 * from one run to the next, as a device that syncs is up to date: else each run
 * began with every connection pulling all the person had pushed before (a page
 * of 5,000 records), which the yardstick, storing only, never does. Each server
 * has its own map: another server's answer is no cursor of its. The records are
 * made before the run (enough for the fastest server here), so the load
 * generator, which shares this machine's cores with the server, spends its
 * time sending rather than making uuids.
 */
function pushLoad(tokens, newId, cursors = new Map()) {
  const pool = Array.from({ length: seconds * 6000 }, () => pushChanges(newId));
  let taken = 0;
  let connection = 0;
  return {
    method: 'POST',
    setupClient: (client) => {
      const token = tokens[connection++ % tokens.length];
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      client.setRequests([
        {
          method: 'POST',
          setupRequest: (request) => {
            // Past the pool (a faster machine), records are made as they go: never sent twice.
            const changes = taken < pool.length ? pool[taken++] : pushChanges(newId);
            const cursor = JSON.stringify(cursors.get(token) ?? null);
            return { ...request, headers, body: `{"cursor":${cursor},"changes":${changes}}` };
          },
          onResponse: (status, body) => {
            if (status === 200) cursors.set(token, JSON.parse(body).cursor);
          },
        },
      ]);
    },
  };
}

let serial = 0;
/** Ten new check-ins, as JSON. */
function pushChanges(newId) {
  const changes = Array.from({ length: 10 }, () => {
    serial += 1;
    return {
      id: newId(),
      type: 'checkIn',
      updatedAt: clock(Date.UTC(2026, 10, 22) + serial, serial),
      deleted: false,
      data: { date: '2026-11-22', pain: serial % 11 },
    };
  });
  return JSON.stringify(changes);
}

async function signUp(url) {
  return (
    await post(url, '/api/auth/signup', {
      email: `${randomUUID()}@bench.example`,
      password: 'bench-password',
    })
  ).token;
}

async function benchCrick(label, env, storeTarget) {
  const server = await startChild('crick-server.js', env);
  const database = env.CRICK_DATABASE_URL && new URL(env.CRICK_DATABASE_URL).pathname.slice(1);
  serve(server, database);
  const minimal = await startChild('minimal-store-server.js', { BENCH_STORE: storeTarget });
  serve(minimal, database);
  try {
    const health = await paired({ url: `${server.url}/health` });

    // Push: one person per connection, each sending 10 new records with its own cursor.
    const tokens = [];
    for (let i = 0; i < CONNECTIONS; i++) tokens.push(await signUp(server.url));
    // The yardstick before and after each push case (the same bodies, with
    // the same kind of ids, parsed and stored in one transaction, no more):
    // the load on a shared machine drifts, so each push is compared with the
    // mean of the two around it.
    const yardstick = (newId) => run({ url: `${minimal.url}/sync`, ...pushLoad(tokens, newId) });
    const storedV7 = [await yardstick(uuidV7)];
    const cursors = new Map();
    // A warm-up of each, not counted: the first seconds of a new process run its code
    // cold (V8 compiles and optimises it as it goes), and a server runs for days.
    await run({
      url: `${server.url}/api/sync`,
      ...pushLoad(tokens, uuidV7, cursors),
      duration: WARM_UP_SECONDS,
    });
    await run({ url: `${minimal.url}/sync`, ...pushLoad(tokens, uuidV7), duration: WARM_UP_SECONDS });
    const push = await paired({ url: `${server.url}/api/sync`, ...pushLoad(tokens, uuidV7, cursors) });
    storedV7.push(await yardstick(uuidV7));
    const storedV4 = [await yardstick(randomUUID)];
    const pushV4 = await paired({ url: `${server.url}/api/sync`, ...pushLoad(tokens, randomUUID, cursors) });
    storedV4.push(await yardstick(randomUUID));
    push.minimal = combined(storedV7);
    pushV4.minimal = combined(storedV4);
    // The same requests to a bare Fastify route that only parses them: what
    // HTTP and JSON alone cost on this machine, before any of Crick's work.
    const barePost = {
      result: await run({ url: `${bareUrl}/sync`, ...pushLoad(tokens, uuidV7) }),
      bare: push.bare,
    };

    // Pull: a new device of a person with a year of records asks for everything.
    const reader = await signUp(server.url);
    const year = yearOfRecords();
    for (let i = 0; i < year.length; i += 1000) {
      await post(server.url, '/api/sync', { cursor: null, changes: year.slice(i, i + 1000) }, reader);
    }
    const check = await post(server.url, '/api/sync', { cursor: null, changes: [] }, reader);
    if (check.changes.length !== YEAR_OF_RECORDS)
      throw new Error(`pull returned ${check.changes.length} records`);
    const pullBody = JSON.stringify({ cursor: null, changes: [] });
    const pullHeaders = { 'content-type': 'application/json', authorization: `Bearer ${reader}` };
    const pullAlone = await paired({
      url: `${server.url}/api/sync`,
      method: 'POST',
      headers: pullHeaders,
      body: pullBody,
      connections: 1,
    });
    const pullLoaded = await paired({
      url: `${server.url}/api/sync`,
      method: 'POST',
      headers: pullHeaders,
      body: pullBody,
      connections: 10,
    });
    return [
      [`${label}: GET /health`, health],
      [`${label}: POST /api/sync, 10 records (v7 ids as the app makes)`, push],
      [`${label}: POST /api/sync, 10 records (random v4 ids)`, pushV4],
      [`  (bare Fastify: POST the same body, no work)`, barePost],
      [
        `  (minimal route: parse, store 10 in 1 transaction; v7 ids)`,
        { result: push.minimal, bare: push.bare },
      ],
      [`  (minimal route: the same, random v4 ids)`, { result: pushV4.minimal, bare: pushV4.bare }],
      [`${label}: pull a year (${YEAR_OF_RECORDS} records), 1 connection`, pullAlone],
      [`${label}: pull a year, 10 connections`, pullLoaded],
    ];
  } finally {
    await server.stop();
    await minimal.stop();
  }
}

const rows = [];
const load = [os.loadavg()[0]];
const bare = await startChild('bare-server.js');
bareUrl = bare.url;
serve(bare);
try {
  if (only !== 'postgres') await benchSqlite();
  if (only !== 'sqlite') await benchPostgres();
} finally {
  await bare.stop();
}
load.push(os.loadavg()[0]);

async function benchSqlite() {
  const sqliteDir = mkdtempSync(join(tmpdir(), 'crick-bench-'));
  try {
    rows.push(
      ...(await benchCrick(
        'SQLite',
        { CRICK_DB: join(sqliteDir, 'crick.db') },
        `sqlite:${join(sqliteDir, 'minimal.db')}`,
      )),
    );
  } finally {
    rmSync(sqliteDir, { recursive: true, force: true });
  }
}

async function benchPostgres() {
  const postgres = await ensurePostgres();
  try {
    const name = `crick_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(postgres.url);
    url.pathname = `/${name}`;
    try {
      rows.push(...(await benchCrick('PostgreSQL', { CRICK_DATABASE_URL: url.toString() }, url.toString())));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } finally {
    await postgres.stop();
  }
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `\nautocannon, ${seconds} s per case, ${CONNECTIONS} connections unless stated, loopback, Node ${process.version}, ` +
    `${os.cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' -> ')}`,
);
console.log(
  `${pad('case', 58)}${lpad('req/s', 8)}${lpad('p50 ms', 8)}${lpad('p99 ms', 8)}${lpad('bare req/s', 12)}${lpad('bare p99', 10)}${lpad('vs bare', 9)}${lpad('vs store', 10)}${lpad('non-2xx', 9)}` +
    `${lpad('CPU µs/req: server', 20)}${lpad('db', 6)}${lpad('load', 6)}${lpad('bare', 6)}`,
);
const us = (n) => (n === null || Number.isNaN(n) ? '-' : n.toFixed(0));
const percent = (a, b) => `${((a.requests.average / b.requests.average) * 100).toFixed(1)}%`;
for (const [name, { result: r, bare: b, minimal: m }] of rows) {
  const ratio = percent(r, b);
  const vsStore = m ? percent(r, m) : '';
  console.log(
    `${pad(name, 58)}${lpad(r.requests.average.toFixed(0), 8)}${lpad(r.latency.p50, 8)}${lpad(r.latency.p99, 8)}` +
      `${lpad(b.requests.average.toFixed(0), 12)}${lpad(b.latency.p99, 10)}${lpad(ratio, 9)}${lpad(vsStore, 10)}${lpad(r.non2xx + r.errors, 9)}` +
      `${lpad(us(r.cpu.server), 20)}${lpad(us(r.cpu.db), 6)}${lpad(us(r.cpu.generator), 6)}${lpad(us(b.cpu.server), 6)}`,
  );
}
console.log(
  "\nCPU µs/req: CPU time per request of the server process (all threads), of the PostgreSQL backends on the bench's database, " +
    'of this load generator, and of the bare server in its paired run.',
);
console.log(
  '\nvs store: the push against the minimal route that parses the same bodies and stores their 10 records ' +
    'in one transaction (one multi-row upsert) on the same database, with the same kind of ids: the mean of its runs just ' +
    'before and just after (its rows: that mean, median latencies).',
);
console.log(
  "\nGoals: sync push >= 80% of the minimal store's req/s, p99 < 50 ms at 50 connections, on both databases; " +
    "the year's pull < 100 ms.",
);
