import 'fake-indexeddb/auto';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import type { SyncResponse, SyncTransport } from './api.js';
import { syncOnce } from './client.js';
import { SyncState } from './state.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const serverMain = join(root, 'packages/server/dist/main.js');
const crickBin = join(root, 'packages/cli/bin/crick.js');

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

/** The real server in its own process, as an operator runs it. */
async function startServer(env: Record<string, string>, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [serverMain], {
    env: { ...process.env, ...env, CRICK_LOG_LEVEL: 'silent', CRICK_WEB_DIR: join(tmpdir(), 'crick-no-web') },
    stdio: 'ignore',
  });
  for (;;) {
    const answer = await fetch(`${url}/health`).catch(() => undefined);
    if (answer?.status === 200) return child;
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** `crick ...` as an operator types it; resolves with its exit code and output. */
const crick = (env: Record<string, string>, ...args: string[]) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      [crickBin, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });

/** The web app's sync transport, over real HTTP to the test's server with a bearer token. */
const transportFor = (url: string, token: string): SyncTransport => ({
  sync: async (body) => {
    const response = await fetch(`${url}/api/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (response.status !== 200)
      throw new Error(`sync answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as SyncResponse;
  },
});

let devices = 0;
async function device(url: string, token: string) {
  const name = `restore-${process.pid}-${++devices}`;
  const store = await Store.open({ name });
  const state = new SyncState(name);
  await state.write({ account: { email: 'restore@example.org' } });
  const transport = transportFor(url, token);
  return {
    store,
    sync: () => syncOnce(store, transport, state),
    add: async (pain: number) => {
      const put = await store.put('checkIn', { date: '2026-11-22', pain });
      if (!put.ok) throw new Error('the store refused a check-in');
      return put.value.id;
    },
    /** Every record on the device, by id: its clock and data. */
    all: async () =>
      new Map((await store.changesSince('')).map((r) => [r.id, { updatedAt: r.updatedAt, data: r.data }])),
  };
}

describe('a restore from an older backup, under two devices that synced after it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crick-restore-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused while the server runs, and afterwards both devices push what they have, pull everything and converge', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { CRICK_DB: join(dir, 'crick.db'), CRICK_PORT: String(port), CRICK_HOST: '127.0.0.1' };
    let server = await startServer(env, url);
    try {
      const signup = await fetch(`${url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'restore@example.org', password: 'password123' }),
      });
      const { token } = (await signup.json()) as { token: string };
      const phone = await device(url, token);
      const laptop = await device(url, token);
      const made: string[] = [];

      made.push(await phone.add(2), await phone.add(3));
      await phone.sync();
      made.push(await laptop.add(4));
      await laptop.sync();
      await phone.sync();

      const backup = join(dir, 'backup.db');
      expect((await crick(env, 'backup', backup)).code).toBe(0);

      // After the backup: both devices add and sync, so their cursors run ahead of it.
      made.push(await phone.add(5), await phone.add(6));
      await phone.sync();
      made.push(await laptop.add(7));
      await laptop.sync();
      await phone.sync();

      const refused = await crick(env, 'restore', backup);
      expect(refused).toEqual({
        code: 1,
        out: expect.stringMatching(/a server is using this database.*--force/),
      });

      await stopServer(server);
      const restored = await crick(env, 'restore', backup);
      expect(restored.code, restored.out).toBe(0);
      server = await startServer(env, url);

      // One edit more on each device, then each syncs twice (the second picks up the other's).
      made.push(await phone.add(8));
      made.push(await laptop.add(9));
      await phone.sync();
      await laptop.sync();
      await phone.sync();
      await laptop.sync();

      const onPhone = await phone.all();
      const onLaptop = await laptop.all();
      expect([...onPhone.keys()].sort()).toEqual([...made].sort());
      expect(onLaptop).toEqual(onPhone);
      const pulled = (await transportFor(url, token).sync({ cursor: null, changes: [] })).changes as {
        id: string;
      }[];
      expect(pulled.map((r) => r.id).sort()).toEqual([...made].sort());
      phone.store.close();
      laptop.store.close();
    } finally {
      await stopServer(server);
    }
  }, 60_000);
});
