import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncRecord } from '@crick/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayCluster } from '../../../scripts/ensure-postgres.js';
import { loadConfig } from './config.js';
import { type RunningServer, startServer } from './run.js';
import { ApiClient } from './test-support/harness.js';

type Cluster = Awaited<ReturnType<typeof startThrowawayCluster>>;

let serial = 0;
const newRecord = (): SyncRecord => {
  serial += 1;
  return {
    id: `50000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
    type: 'checkIn',
    updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
    deleted: false,
    data: { date: '2026-11-22', pain: serial % 11 },
  };
};

/**
 * A person's device pushing new records again and again, as the web app
 * does: what is not acknowledged is sent again with the next push. Every
 * answer that is not a 200 must be a 503 in the API's error format.
 */
class Device {
  readonly acknowledged = new Set<string>();
  readonly unexpected: string[] = [];
  readonly client: ApiClient;
  #pending: SyncRecord[] = [];
  #acks = 0;
  #waiters: { at: number; resolve: () => void }[] = [];
  stopped = false;
  running: Promise<void> = Promise.resolve();

  constructor(url: string) {
    this.client = new ApiClient(url);
  }

  start(): void {
    this.running = (async () => {
      while (!this.stopped) {
        this.#pending.push(newRecord(), newRecord());
        const sending = this.#pending;
        let answer: Awaited<ReturnType<ApiClient['sync']>> | undefined;
        try {
          answer = await this.client.sync(null, sending);
        } catch {
          // The server went away mid-answer: the process itself must not; the
          // checks below find out if it did.
        }
        if (answer?.status === 200) {
          for (const r of sending) this.acknowledged.add(r.id);
          this.#pending = [];
          this.#acks += 1;
          for (const waiter of this.#waiters.filter((w) => w.at <= this.#acks)) waiter.resolve();
          this.#waiters = this.#waiters.filter((w) => w.at > this.#acks);
        } else if (answer) {
          const code = (answer.body as { error?: { code?: string } } | undefined)?.error?.code;
          if (answer.status !== 503 || code !== 'unavailable')
            this.unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
        }
      }
    })();
  }

  /** Resolves once `more` further pushes have been acknowledged. */
  acknowledgedMore(more: number): Promise<void> {
    return new Promise((resolve) => this.#waiters.push({ at: this.#acks + more, resolve }));
  }
}

async function waitForHealth(url: string, status: number): Promise<Response> {
  for (;;) {
    const answer = await fetch(`${url}/health`).catch(() => undefined);
    if (answer?.status === status) return answer;
    await answer?.body?.cancel();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('a PostgreSQL restart, and connections cut under it', () => {
  let cluster: Cluster;
  let server: RunningServer;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    server = await startServer(
      loadConfig({
        CRICK_DATABASE_URL: cluster.url,
        CRICK_PORT: '0',
        CRICK_HOST: '127.0.0.1',
        CRICK_LOG_LEVEL: 'silent',
        CRICK_WEB_DIR: join(tmpdir(), 'crick-no-web'),
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
  });

  it('keep the server up: /health says 503 in the error format while the database is away, it recovers by itself, and every acknowledged record is stored', async () => {
    const devices = [0, 1, 2].map(() => new Device(server.url));
    for (const [i, device] of devices.entries()) {
      expect((await device.client.signUp(`restart${i}@example.org`)).status).toBe(201);
      device.start();
    }
    const progress = (more: number) => Promise.all(devices.map((d) => d.acknowledgedMore(more)));
    await progress(5);

    // Every connection of the server cut at once, from outside.
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    const cut = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()',
    );
    await admin.end();
    expect(cut.rowCount).toBeGreaterThan(0);
    await progress(5);

    await cluster.restart();
    await progress(5);

    await cluster.halt();
    const away = await waitForHealth(server.url, 503);
    expect(await away.json()).toEqual({
      error: { code: 'unavailable', message: expect.stringContaining('database') },
    });
    await cluster.resume();
    await waitForHealth(server.url, 200);
    await progress(5);

    for (const device of devices) device.stopped = true;
    await Promise.all(devices.map((d) => d.running));
    for (const device of devices) {
      expect(device.unexpected).toEqual([]);
      const pulled = await device.client.sync(null, []);
      expect(pulled.status).toBe(200);
      const stored = new Set(pulled.body.changes.map((r) => r.id));
      const missing = [...device.acknowledged].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      expect(device.acknowledged.size).toBeGreaterThanOrEqual(40);
    }
  }, 120_000);
});
