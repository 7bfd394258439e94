import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, watch } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SyncRecord } from '@crick/core';
import { createPostgresDatabase } from '@crick/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const serverMain = join(root, 'packages/server/dist/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The real server, as an operator runs it, in its own process, its log
 * going to a file as a service manager would send it (`logFile`).
 */
class ServerProcess {
  readonly env: Record<string, string>;
  readonly url: string;
  readonly logFile = join(mkdtempSync(join(tmpdir(), 'crick-log-')), 'server.log');
  child: ChildProcess | undefined;
  exited: Promise<number | null> = Promise.resolve(null);

  constructor(port: number, env: Record<string, string>) {
    this.url = `http://127.0.0.1:${port}`;
    this.env = { CRICK_PORT: String(port), CRICK_HOST: '127.0.0.1', CRICK_LOG_LEVEL: 'info', ...env };
  }

  /** The log so far (every run of this server, one JSON line each). */
  log(): string {
    return readFileSync(this.logFile, 'utf8');
  }

  /** How many times the log says a run of this server listened. */
  listenings(): number {
    return this.log().split('"msg":"Server listening at ').length - 1;
  }

  /** Starts the server; resolves when its log says it listens (the port is open), fails if it exits first. */
  async start(): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const before = this.listenings();
    const child = spawn(process.execPath, [serverMain], {
      env: { ...process.env, ...this.env, CRICK_WEB_DIR: join(tmpdir(), 'crick-no-web') },
      stdio: ['ignore', log, 'inherit'],
    });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((listened, failed) => {
      // Watching first, then looking: a line written in between is still seen.
      const watcher = watch(this.logFile, () => look());
      const look = () => {
        if (this.listenings() === before) return;
        watcher.close();
        listened();
      };
      child.once('exit', (code) => {
        watcher.close();
        failed(new Error(`the server exited (${code}) before it listened`));
      });
      look();
    });
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    this.child?.kill(signal);
    return this.exited;
  }
}

let serial = 0;
const freshRecord = (): SyncRecord => {
  serial += 1;
  return {
    id: `30000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
    type: 'checkIn',
    updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
    deleted: false,
    data: { date: '2026-11-22', pain: serial % 11 },
  };
};

async function post(url: string, token: string | undefined, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/**
 * Four writers send five new records per request until told to stop, each
 * request to the next server in turn (as a load balancer spreads them); an
 * id counts as acknowledged only when its request answered 200. A server that
 * stops answering is dropped from the turn, as a load balancer's health check
 * would; with none left, the writers stop.
 */
function streamWrites(urls: readonly string[], token: string) {
  const acknowledged = new Set<string>();
  const live = [...urls];
  const waiting: { count: number; reached: () => void }[] = [];
  const acknowledge = (id: string) => {
    acknowledged.add(id);
    for (const w of waiting.filter((w) => acknowledged.size >= w.count)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.reached();
    }
  };
  let stop = false;
  let turn = 0;
  const statuses = new Map<number, number>();
  const writers = Array.from({ length: 4 }, async () => {
    while (!stop && live.length > 0) {
      const url = live[turn++ % live.length] as string;
      const changes = Array.from({ length: 5 }, freshRecord);
      try {
        const answer = await post(`${url}/api/sync`, token, { cursor: null, changes });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 200) for (const c of changes) acknowledge(c.id);
        else await answer.arrayBuffer();
      } catch {
        if (live.includes(url)) live.splice(live.indexOf(url), 1); // that server is gone
      }
    }
  });
  return {
    acknowledged,
    statuses,
    finished: Promise.all(writers),
    /** Resolves once `count` records are acknowledged: the stream's own count, not a guess of time. */
    acknowledgedAtLeast: (count: number) =>
      new Promise<void>((reached) =>
        acknowledged.size >= count ? reached() : waiting.push({ count, reached }),
      ),
    stop: () => {
      stop = true;
    },
  };
}

async function pullAll(url: string, token: string): Promise<SyncRecord[]> {
  const all: SyncRecord[] = [];
  let cursor: string | null = null;
  for (;;) {
    const answer = await post(`${url}/api/sync`, token, { cursor, changes: [] });
    const body = (await answer.json()) as { cursor: string; changes: SyncRecord[] };
    all.push(...body.changes);
    if (body.changes.length === 0) return all;
    cursor = body.cursor;
  }
}

/**
 * A device that keeps pulling with its cursor while the writers write, each
 * pull from the next server in turn: if the servers numbered records out of
 * order across processes, its cursor would step past some and it would never
 * see them.
 */
function followPulls(urls: readonly string[], token: string) {
  const seen = new Set<string>();
  const live = [...urls];
  let cursor: string | null = null;
  let stop = false;
  let turn = 0;
  const pullOnce = async (): Promise<number> => {
    const url = live[turn++ % live.length] as string;
    try {
      const answer = await post(`${url}/api/sync`, token, { cursor, changes: [] });
      const body = (await answer.json()) as { cursor: string; changes: SyncRecord[] };
      const before = seen.size;
      for (const r of body.changes) seen.add(r.id);
      cursor = body.cursor;
      return seen.size - before;
    } catch {
      if (live.includes(url)) live.splice(live.indexOf(url), 1);
      return -1;
    }
  };
  const running = (async () => {
    while (!stop && live.length > 0) await pullOnce();
  })();
  return {
    seen,
    /** Stops following, then pulls until a pull brings nothing it had not seen. */
    finish: async () => {
      stop = true;
      await running;
      while (live.length > 0 && (await pullOnce()) !== 0) {}
    },
  };
}

/** The children run the built server: build it (incremental, quick when up to date). */
function buildServer(): void {
  const built = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'packages/server'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`tsc -b packages/server failed:\n${built.stdout}${built.stderr}`);
}

describe.each(['sqlite', 'postgres'] as const)('durability of acknowledged syncs on %s', (kind) => {
  let server: ServerProcess;
  let cleanup: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    buildServer();
    let env: Record<string, string>;
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'crick-durable-'));
      env = { CRICK_DB: join(dir, 'crick.db') };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const pg = await createPostgresDatabase();
      env = { CRICK_DATABASE_URL: pg.url };
      cleanup = pg.drop;
    }
    server = new ServerProcess(await freePort(), env);
    await server.start();
    const signup = await post(`${server.url}/api/auth/signup`, undefined, {
      email: 'durable@example.org',
      password: 'password123',
    });
    token = ((await signup.json()) as { token: string }).token;
  }, 120_000);

  afterAll(async () => {
    await server?.kill('SIGKILL');
    if (server) rmSync(dirname(server.logFile), { recursive: true, force: true });
    await cleanup?.();
  });

  it('finds every acknowledged record after SIGKILL mid-stream, once each', async () => {
    const stream = streamWrites([server.url], token);
    await stream.acknowledgedAtLeast(300);
    await server.kill('SIGKILL');
    stream.stop();
    await stream.finished;
    const acknowledged = new Set(stream.acknowledged);

    await server.start();
    const stored = await pullAll(server.url, token);
    const storedIds = new Set(stored.map((r) => r.id));
    expect(storedIds.size).toBe(stored.length);
    const missing = [...acknowledged].filter((id) => !storedIds.has(id));
    expect(missing).toEqual([]);
    // Beyond the acknowledged, at most the four requests in flight at the kill.
    expect(stored.length - acknowledged.size).toBeLessThanOrEqual(20);
  }, 60_000);

  it('finishes the requests in flight on SIGTERM, exits 0, and keeps all it acknowledged', async () => {
    const before = (await pullAll(server.url, token)).length;
    const stream = streamWrites([server.url], token);
    await stream.acknowledgedAtLeast(100);
    const code = await server.kill('SIGTERM');
    stream.stop();
    await stream.finished;
    expect(code).toBe(0);
    // The shutdown is logged to the end, though the log is a file the logger buffers.
    expect(server.log().trimEnd().split('\n').at(-1)).toContain('"msg":"stopped"');
    // A request is either answered in full or refused as the server closes; none fails with a 500.
    expect([...stream.statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);

    await server.start();
    const stored = await pullAll(server.url, token);
    const storedIds = new Set(stored.map((r) => r.id));
    expect([...stream.acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(before + stream.acknowledged.size);
  }, 60_000);
});

describe('durability of acknowledged syncs with two servers on one PostgreSQL', () => {
  let servers: [ServerProcess, ServerProcess];
  let drop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    buildServer();
    const pg = await createPostgresDatabase();
    drop = pg.drop;
    const env = { CRICK_DATABASE_URL: pg.url };
    servers = [new ServerProcess(await freePort(), env), new ServerProcess(await freePort(), env)];
    // Started together, as a deployment brings up its servers: both migrate the same database.
    await Promise.all(servers.map((s) => s.start()));
    const signup = await post(`${servers[0].url}/api/auth/signup`, undefined, {
      email: 'durable-two@example.org',
      password: 'password123',
    });
    token = ((await signup.json()) as { token: string }).token;
  }, 120_000);

  afterAll(async () => {
    for (const server of servers ?? []) {
      await server.kill('SIGKILL');
      rmSync(dirname(server.logFile), { recursive: true, force: true });
    }
    await drop?.();
  });

  it('loses nothing acknowledged by either when one is SIGKILLed mid-stream, and the other keeps serving', async () => {
    const [doomed, survivor] = servers;
    const urls = servers.map((s) => s.url);
    const stream = streamWrites(urls, token);
    const reader = followPulls(urls, token);
    await stream.acknowledgedAtLeast(300);
    await doomed.kill('SIGKILL');
    const atKill = stream.acknowledged.size;
    // The survivor takes every push from here on.
    await stream.acknowledgedAtLeast(atKill + 200);
    stream.stop();
    await stream.finished;
    await reader.finish();
    const acknowledged = new Set(stream.acknowledged);
    expect(reader.seen.size).toBeGreaterThan(0);

    // A device that followed its cursor across both servers saw every acknowledged record.
    expect([...acknowledged].filter((id) => !reader.seen.has(id))).toEqual([]);
    await doomed.start();
    const fromRestarted = await pullAll(doomed.url, token);
    const fromSurvivor = await pullAll(survivor.url, token);
    const ids = (records: SyncRecord[]) => records.map((r) => r.id).sort();
    expect(ids(fromRestarted)).toEqual(ids(fromSurvivor));
    const storedIds = new Set(ids(fromSurvivor));
    expect(storedIds.size).toBe(fromSurvivor.length);
    expect([...acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
    // Beyond the acknowledged, at most the four requests in flight at the kill.
    expect(fromSurvivor.length - acknowledged.size).toBeLessThanOrEqual(20);
  }, 60_000);

  it('drains one by SIGTERM while the other keeps serving: no 500s, nothing acknowledged lost', async () => {
    const [leaving, staying] = servers;
    for (const server of servers) if (!server.running) await server.start();
    const urls = servers.map((s) => s.url);
    const stream = streamWrites(urls, token);
    await stream.acknowledgedAtLeast(200);
    expect(await leaving.kill('SIGTERM')).toBe(0);
    const atExit = stream.acknowledged.size;
    await stream.acknowledgedAtLeast(atExit + 100);
    stream.stop();
    await stream.finished;
    // A request is answered in full or refused as the server closes (then sent to the other): no other status.
    expect([...stream.statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const stored = new Set((await pullAll(staying.url, token)).map((r) => r.id));
    expect([...stream.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
  }, 60_000);
});
