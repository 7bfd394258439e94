import type { SyncRecord } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRecordStore,
  listLiveRecords,
  PULL_PAGE_SIZE,
  pullRecordsJson,
  storedRecordJson,
  storedToSyncRecord,
  syncRecords,
} from './records.js';
import { addTestPerson, dialectsUnderTest, openTestDatabase, type TestDatabase } from './testing.js';
import { deleteUser, findSessionUser, insertAuthSession, insertUser, sessionFinder } from './users.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const clock = (second: number, node = 'devA') =>
  `2026-11-22T08:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}.000Z-0000-${node}`;
const checkIn = (n: number, pain: number, second = 0, node = 'devA'): SyncRecord => ({
  id: uuid(n),
  type: 'checkIn',
  updatedAt: clock(second, node),
  deleted: false,
  data: { date: '2026-11-22', pain },
});

describe.each(dialectsUnderTest)('the record store on %s', (kind) => {
  let t: TestDatabase;
  const alice = 'user-alice';
  const bob = 'user-bob';

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    for (const id of [alice, bob]) await addTestPerson(t.database, id);
  }, 60_000);
  afterAll(async () => t?.dispose());

  const addPerson = (id: string) => addTestPerson(t.database, id);

  it('stores new records and hands them to another device with a cursor', async () => {
    const pushed = await syncRecords(t.database.db, alice, null, [checkIn(1, 5), checkIn(2, 6)]);
    expect(pushed.refused).toEqual([]);
    expect(pushed.changes).toEqual([]);
    const pulled = await syncRecords(t.database.db, alice, null, []);
    expect(pulled.changes.map((r) => r.id).sort()).toEqual([uuid(1), uuid(2)]);
    expect(pulled.cursor).toBe(pushed.cursor);
    const again = await syncRecords(t.database.db, alice, pulled.cursor, []);
    expect(again.changes).toEqual([]);
  });

  it('keeps the later clock and ignores an older or equal one', async () => {
    const before = await syncRecords(t.database.db, alice, null, []);
    await syncRecords(t.database.db, alice, null, [checkIn(3, 4, 10)]);
    const stale = await syncRecords(t.database.db, alice, null, [checkIn(3, 9, 5)]);
    // The losing device is sent the winning copy.
    expect(stale.changes.map(storedToSyncRecord).find((r) => r.id === uuid(3))?.data).toEqual({
      date: '2026-11-22',
      pain: 4,
    });
    await syncRecords(t.database.db, alice, null, [checkIn(3, 8, 10)]);
    let stored = (await listLiveRecords(t.database.db, alice)).find((r) => r.id === uuid(3));
    expect(stored?.data).toEqual({ date: '2026-11-22', pain: 4 });
    await syncRecords(t.database.db, alice, null, [checkIn(3, 2, 20)]);
    stored = (await listLiveRecords(t.database.db, alice)).find((r) => r.id === uuid(3));
    expect(stored?.data).toEqual({ date: '2026-11-22', pain: 2 });
    const after = await syncRecords(t.database.db, alice, before.cursor, []);
    expect(after.changes.filter((r) => r.id === uuid(3))).toHaveLength(1);
  });

  it('keeps the same uuid from two people as two records', async () => {
    await syncRecords(t.database.db, bob, null, [checkIn(1, 9)]);
    const bobs = await listLiveRecords(t.database.db, bob);
    expect(bobs).toEqual([checkIn(1, 9)]);
    const alices = await listLiveRecords(t.database.db, alice);
    expect(alices.find((r) => r.id === uuid(1))?.data).toEqual({ date: '2026-11-22', pain: 5 });
  });

  it('refuses to change the type of a stored record, naming the field', async () => {
    const change: SyncRecord = {
      id: uuid(1),
      type: 'settings',
      updatedAt: clock(59),
      deleted: false,
      data: { voice: true },
    };
    const outcome = await syncRecords(t.database.db, alice, null, [change]);
    expect(outcome.refused).toEqual([expect.objectContaining({ id: uuid(1), field: 'type' })]);
  });

  it('keeps deletions as tombstones that sync but do not export', async () => {
    const tombstone: SyncRecord = { ...checkIn(2, 0, 30), deleted: true, data: null };
    const { cursor } = await syncRecords(t.database.db, alice, null, []);
    await syncRecords(t.database.db, alice, null, [tombstone]);
    expect((await listLiveRecords(t.database.db, alice)).map((r) => r.id)).not.toContain(uuid(2));
    const pulled = await syncRecords(t.database.db, alice, cursor, []);
    expect(pulled.changes.map(storedToSyncRecord)).toEqual([tombstone]);
  });

  it('pages a long history and restarts from zero when a cursor is from the future', async () => {
    const many = Array.from({ length: PULL_PAGE_SIZE + 10 }, (_, i) => checkIn(10_000 + i, i % 11));
    const carol = 'user-carol';
    await insertUser(t.database.db, {
      id: carol,
      email: 'carol@example.org',
      passwordHash: 'x',
      role: 'person',
      now: '2026-11-22T08:00:00.000Z',
    });
    await syncRecords(t.database.db, carol, null, many);
    const first = await syncRecords(t.database.db, carol, null, []);
    expect(first.changes).toHaveLength(PULL_PAGE_SIZE);
    const second = await syncRecords(t.database.db, carol, first.cursor, []);
    expect(second.changes).toHaveLength(10);
    const ids = new Set([...first.changes, ...second.changes].map((r) => r.id));
    expect(ids.size).toBe(PULL_PAGE_SIZE + 10);
    const future = await syncRecords(t.database.db, carol, second.cursor + 1000, []);
    expect(future.changes).toHaveLength(PULL_PAGE_SIZE);
  }, 60_000);

  it("writes a pull's JSON in the database just as the records a sync pulls are written, page by page", async () => {
    const dora = await addPerson('user-pull-json');
    const odd = { date: '2026-11-22', pain: 4, note: 'a "quoted" back\\slash, ünïcödé, 😀 and a\nnew line' };
    await syncRecords(t.database.db, dora, null, [
      checkIn(30_001, 2),
      { ...checkIn(30_002, 3), data: odd } as SyncRecord,
    ]);
    await syncRecords(t.database.db, dora, null, [{ ...checkIn(30_001, 2, 5), deleted: true, data: null }]);
    await syncRecords(t.database.db, dora, null, [checkIn(30_003, 7, 9)]);
    const cursors = [null, 0, 1, 2, 3, 4, 99];
    for (const [person, cursor] of [
      ...cursors.map((c) => [dora, c] as const),
      ['user-carol', null] as const,
    ]) {
      const pulled = await syncRecords(t.database.db, person, cursor, []);
      const json = await pullRecordsJson(t.database, person, cursor);
      expect(json).toEqual({
        cursor: pulled.cursor,
        changesJson: pulled.changes.map(storedRecordJson).join(','),
      });
    }
    // A full page: its cursor is its last record's, and the next page follows on.
    const first = await pullRecordsJson(t.database, 'user-carol', null);
    expect(JSON.parse(`[${first.changesJson}]`)).toHaveLength(PULL_PAGE_SIZE);
    const second = await pullRecordsJson(t.database, 'user-carol', first.cursor);
    expect(JSON.parse(`[${second.changesJson}]`)).toHaveLength(10);
  }, 60_000);

  it('finds a session only before it expires, and deleting a person removes all of theirs', async () => {
    await insertAuthSession(t.database.db, {
      token_hash: 'h1',
      user_id: bob,
      created_at: '2026-11-22T08:00:00.000Z',
      expires_at: '2026-12-22T08:00:00.000Z',
    });
    expect((await findSessionUser(t.database.db, 'h1', '2026-11-23T00:00:00.000Z'))?.id).toBe(bob);
    expect(await findSessionUser(t.database.db, 'h1', '2026-12-23T00:00:00.000Z')).toBeUndefined();
    expect(await deleteUser(t.database.db, bob)).toBe(true);
    expect(await findSessionUser(t.database.db, 'h1', '2026-11-23T00:00:00.000Z')).toBeUndefined();
    expect(await listLiveRecords(t.database.db, bob)).toEqual([]);
    expect((await listLiveRecords(t.database.db, alice)).length).toBeGreaterThan(0);
  });

  it('answers session lookups asked together each for itself: known, expired, unknown, asked twice', async () => {
    const carol = await addPerson('user-carol-sessions');
    const dan = await addPerson('user-dan-sessions');
    for (const [hash, person] of [
      ['carol-hash', carol],
      ['dan-hash', dan],
    ] as const) {
      await insertAuthSession(t.database.db, {
        token_hash: hash,
        user_id: person,
        created_at: '2026-11-22T08:00:00.000Z',
        expires_at: '2026-12-22T08:00:00.000Z',
      });
    }
    const find = sessionFinder(t.database.db, t.database.postgres);
    const before = '2026-11-23T00:00:00.000Z';
    const after = '2026-12-23T00:00:00.000Z';
    const found = await Promise.all([
      find('carol-hash', before),
      find('dan-hash', before),
      find('carol-hash', after),
      find('nobody-hash', before),
      find('dan-hash', before),
    ]);
    expect(found.map((user) => user?.id)).toEqual([carol, dan, undefined, undefined, dan]);
    expect(found[0]).toEqual({
      id: carol,
      email: `${carol}@example.org`,
      role: 'person',
      name: null,
      createdAt: '2026-11-22T08:00:00.000Z',
    });
  });

  it('writes a stored record as the same JSON a parse and stringify would give', async () => {
    const { changes } = await syncRecords(t.database.db, alice, null, []);
    expect(changes.length).toBeGreaterThan(0);
    for (const row of changes) expect(JSON.parse(storedRecordJson(row))).toEqual(storedToSyncRecord(row));
  });

  it('sorts one mixed push: new and newer stored, older answered with the stored copy, a retry silent, a type change refused', async () => {
    const dora = await addPerson('user-dora');
    const first = await syncRecords(t.database.db, dora, null, [
      checkIn(70_001, 1, 10),
      checkIn(70_002, 2, 10),
      checkIn(70_003, 3, 10),
      checkIn(70_004, 4, 10),
    ]);
    const retype: SyncRecord = {
      id: uuid(70_004),
      type: 'settings',
      updatedAt: clock(50),
      deleted: false,
      data: { voice: true },
    };
    const outcome = await syncRecords(t.database.db, dora, first.cursor, [
      checkIn(70_001, 9, 20), // newer: stored
      checkIn(70_002, 9, 5), // older: loses
      checkIn(70_003, 3, 10), // the same clock: a retry
      retype, // another type: refused
      checkIn(70_005, 5, 10), // new: stored
    ]);
    expect(outcome.refused).toEqual([expect.objectContaining({ id: uuid(70_004), field: 'type' })]);
    // Only the loser's stored copy comes back (the rest is what this device sent).
    expect(outcome.changes.map(storedToSyncRecord)).toEqual([checkIn(70_002, 2, 10)]);
    const pain = new Map(
      (await listLiveRecords(t.database.db, dora)).map((r) => [r.id, (r.data as { pain: number }).pain]),
    );
    expect([...pain.entries()].sort()).toEqual([
      [uuid(70_001), 9],
      [uuid(70_002), 2],
      [uuid(70_003), 3],
      [uuid(70_004), 4],
      [uuid(70_005), 5],
    ]);
  });

  it('keeps awkward text exactly: quotes, backslashes, braces, commas, "null", emoji', async () => {
    const erin = await addPerson('user-erin');
    const note = 'say "hi" \\ {braces}, commas, NULL, null, \'single\', tab\t, new\nline, ünïcödé 😀';
    const records: SyncRecord[] = [
      { ...checkIn(80_001, 3, 10), data: { date: '2026-11-22', pain: 3, note } },
      { ...checkIn(80_002, 4, 10), deleted: true, data: null },
    ];
    await syncRecords(t.database.db, erin, null, records);
    const pulled = await syncRecords(t.database.db, erin, null, []);
    expect(pulled.changes.map(storedToSyncRecord)).toEqual(records);
  });

  it.each([
    ['one at a time on this thread', () => createRecordStore(t.database)],
    ['grouped by the database (a writer thread on SQLite)', () => t.database.records],
  ])(
    'commits syncs that arrive together, each answered only for itself, a failing one alone: %s',
    async (_, store) => {
      const dave = await addPerson(`user-dave-${Math.random().toString(36).slice(2)}`);
      const base = Math.floor(Math.random() * 1e9);
      const attempts = Array.from({ length: 40 }, (_, i) =>
        // Every seventh names a person who does not exist: its transaction step fails.
        store().sync(i % 7 === 3 ? 'nobody' : dave, null, [checkIn(base + i, i % 11)]),
      );
      const settled = await Promise.allSettled(attempts);
      const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [i] : []));
      expect(failed).toEqual([3, 10, 17, 24, 31, 38]);
      const stored = (await listLiveRecords(t.database.db, dave)).map((r) => r.id).sort();
      const expected = Array.from({ length: 40 }, (_, i) => i)
        .filter((i) => i % 7 !== 3)
        .map((i) => uuid(base + i))
        .sort();
      expect(stored).toEqual(expected);
    },
  );

  it('says an email is taken rather than throwing', async () => {
    const again = await insertUser(t.database.db, {
      id: 'other',
      email: `${alice}@example.org`,
      passwordHash: 'x',
      role: 'person',
      now: '2026-11-22T08:00:00.000Z',
    });
    expect(again).toEqual({ ok: false, reason: 'email_taken' });
  });
});
