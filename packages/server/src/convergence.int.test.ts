import { randomUUID } from 'node:crypto';
import { compareHlc, type SyncRecord } from '@crick/core';
import { runs } from '@crick/core/testkit';
import {
  type CrickDatabase,
  insertAuthSession,
  listLiveRecords,
  migrateToLatest,
  openDatabase,
} from '@crick/db';
import {
  addTestPerson,
  createPostgresDatabase,
  openTestDatabase,
  type TestDatabase,
} from '@crick/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { hashToken, newToken } from './auth.js';
import type { App } from './context.js';

const ids = Array.from({ length: 5 }, (_, i) => `20000000-0000-4000-8000-00000000000${i}`);

/** Edits to a few records, each with its own clock (an HLC never repeats across devices). */
const editsArb = fc
  .uniqueArray(
    fc.record({
      which: fc.nat({ max: ids.length - 1 }),
      ms: fc.integer({ min: 0, max: 50 }),
      counter: fc.nat({ max: 3 }),
      node: fc.constantFrom('phone', 'laptop'),
      pain: fc.nat({ max: 10 }),
      deleted: fc.boolean(),
    }),
    { minLength: 1, maxLength: 14, selector: (e) => `${e.ms}-${e.counter}-${e.node}` },
  )
  .map((edits) =>
    edits.map(
      (e): SyncRecord => ({
        id: ids[e.which] as string,
        type: 'checkIn',
        updatedAt: `${new Date(Date.UTC(2026, 10, 22, 8, 0, e.ms)).toISOString()}-${e.counter.toString(16).padStart(4, '0')}-${e.node}`,
        deleted: e.deleted,
        data: e.deleted ? null : { date: '2026-11-22', pain: e.pain },
      }),
    ),
  );

/** Each device's own order of the same edits, with repeats (retries), and an interleaving of their syncs. */
const scenarioArb = editsArb.chain((edits) =>
  fc.record({
    edits: fc.constant(edits),
    phoneOrder: fc.shuffledSubarray([...edits, ...edits], { minLength: edits.length * 2 }),
    laptopOrder: fc.shuffledSubarray([...edits, ...edits], { minLength: edits.length * 2 }),
    steps: fc.array(
      fc.record({
        device: fc.constantFrom('phone', 'laptop'),
        server: fc.nat({ max: 1 }),
        pull: fc.boolean(),
        size: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 20 },
    ),
  }),
);

class Device {
  readonly store = new Map<string, SyncRecord>();
  cursor: string | null = null;
  readonly queue: SyncRecord[];

  constructor(order: SyncRecord[]) {
    this.queue = [...order];
  }

  apply(record: SyncRecord) {
    const mine = this.store.get(record.id);
    if (!mine || compareHlc(record.updatedAt, mine.updatedAt) > 0) this.store.set(record.id, record);
  }
}

async function newPerson(database: CrickDatabase): Promise<{ id: string; token: string }> {
  const id = await addTestPerson(database, randomUUID());
  const token = newToken();
  await insertAuthSession(database.db, {
    token_hash: hashToken(token),
    user_id: id,
    created_at: '2026-11-22T00:00:00.000Z',
    expires_at: '2099-01-01T00:00:00.000Z',
  });
  return { id, token };
}

/**
 * Two devices sync the scenario's edits through the servers (each step to the
 * server it names, when there are several); at the end each device pushes
 * what is left at the same time as the other, to a different server.
 */
const convergence = (servers: readonly App[], database: CrickDatabase) =>
  fc.asyncProperty(scenarioArb, async ({ edits, phoneOrder, laptopOrder, steps }) => {
    const person = await newPerson(database);
    const devices = { phone: new Device(phoneOrder), laptop: new Device(laptopOrder) };

    async function sync(device: Device, size: number, server: number) {
      const batch = device.queue.splice(0, size);
      for (const r of batch) device.apply(r);
      const app = servers[server % servers.length] as App;
      const answer = await app.inject({
        method: 'POST',
        url: '/api/sync',
        headers: { authorization: `Bearer ${person.token}` },
        payload: { cursor: device.cursor, changes: batch },
      });
      expect(answer.statusCode).toBe(200);
      const body = answer.json<{ cursor: string; changes: SyncRecord[]; rejected: unknown[] }>();
      expect(body.rejected).toEqual([]);
      expect(new Set(body.changes.map((c) => c.id)).size).toBe(body.changes.length);
      for (const r of body.changes) device.apply(r);
      device.cursor = body.cursor;
    }

    for (const step of steps) await sync(devices[step.device], step.pull ? 0 : step.size, step.server);
    while (devices.phone.queue.length > 0 || devices.laptop.queue.length > 0) {
      await Promise.all([sync(devices.phone, 3, 0), sync(devices.laptop, 3, 1)]);
    }
    await sync(devices.phone, 0, 1);
    await sync(devices.laptop, 0, 0);

    // The expected end: per record, the edit with the latest clock.
    const expected = new Map<string, SyncRecord>();
    for (const e of edits) {
      const seen = expected.get(e.id);
      if (!seen || compareHlc(e.updatedAt, seen.updatedAt) > 0) expected.set(e.id, e);
    }
    const sorted = (m: Map<string, SyncRecord>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(devices.phone.store)).toEqual(sorted(expected));
    expect(sorted(devices.laptop.store)).toEqual(sorted(expected));
    const live = await listLiveRecords(database.db, person.id);
    expect(live.sort((a, b) => a.id.localeCompare(b.id))).toEqual(sorted(expected).filter((r) => !r.deleted));
    const rows = await database.db
      .selectFrom('records')
      .select('id')
      .where('user_id', '=', person.id)
      .execute();
    expect(rows.length).toBe(expected.size);
  });

const title =
  'two devices pushing the same edits duplicated, reordered and interleaved end in the same state, without duplicates';

describe.each(['sqlite', 'pglite'] as const)('convergence on %s', (kind) => {
  let t: TestDatabase;
  let app: App;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    app = await buildApp({ database: t.database });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it(title, async () => {
    await fc.assert(convergence([app], t.database), runs(kind === 'sqlite' ? 80 : 20));
  }, 120_000);
});

describe('convergence with two servers on one PostgreSQL', () => {
  const servers: { app: App; database: CrickDatabase }[] = [];
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    drop = created.drop;
    for (let i = 0; i < 2; i++) {
      // Each server with its own connections and its own batcher, as two processes have.
      const database = await openDatabase({ kind: 'postgres', url: created.url });
      await migrateToLatest(database.db);
      servers.push({ app: await buildApp({ database }), database });
    }
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) {
      await s.app.close();
      await s.database.close();
    }
    await drop?.();
  });

  it(`${title}, each sync to either server`, async () => {
    const apps = servers.map((s) => s.app);
    await fc.assert(convergence(apps, (servers[0] as { database: CrickDatabase }).database), runs(30));
  }, 120_000);
});
