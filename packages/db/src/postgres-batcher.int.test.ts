import type { SyncRecord } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBatcher } from './postgres-batcher.js';
import { listLiveRecords, syncRecords } from './records.js';
import { SyncStatements } from './sync-statements.js';
import { addTestPerson, addTestSession, openTestDatabase, type TestDatabase } from './testing.js';

let serial = 0;
const record = (pain: number): SyncRecord => {
  serial += 1;
  return {
    id: `00000000-0000-7000-8000-${serial.toString(16).padStart(12, '0')}`,
    type: 'checkIn',
    updatedAt: `2026-11-22T08:00:00.000Z-0000-dev${serial}`,
    deleted: false,
    data: { date: '2026-11-22', pain },
  };
};

describe.each(['pglite', 'postgres'] as const)('pushes batched on %s', (kind) => {
  let t: TestDatabase;
  const people: string[] = [];

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    for (let i = 0; i < 30; i++) people.push(await addTestPerson(t.database, `batch-person-${i}`));
  }, 60_000);
  afterAll(async () => t?.dispose());

  it('stores pushes that arrive together in fewer statements, each person numbered in the order they pushed', async () => {
    const batcher = new PostgresBatcher(t.database.db, new SyncStatements(t.database.db));
    // Three pushes from each of 30 people, all at once.
    const sent = people.flatMap((person) =>
      [0, 1, 2].map((round) => ({ person, round, changes: [record(round), record(round + 1)] })),
    );
    const outcomes = await Promise.all(sent.map((s) => batcher.sync(s.person, null, s.changes)));

    const { pushes, statements } = batcher.counts;
    expect(pushes).toBe(90);
    expect(statements).toBeLessThan(45);
    for (const person of people) {
      // Each push's cursor is its own last number: later pushes of one person, later numbers.
      const cursors = sent.flatMap((s, i) => (s.person === person ? [outcomes[i]?.cursor] : []));
      expect(cursors).toEqual([2, 4, 6]);
      const stored = (await listLiveRecords(t.database.db, person)).map((r) => r.id).sort();
      const expected = sent.flatMap((s) => (s.person === person ? s.changes.map((c) => c.id) : [])).sort();
      expect(stored).toEqual(expected);
      // A fresh device pulls each once.
      const pulled = await syncRecords(t.database.db, person, null, []);
      expect(pulled.changes.map((r) => r.id).sort()).toEqual(expected);
      expect(pulled.cursor).toBe(6);
    }
  });

  it('when a batch statement fails, stores its pushes one by one, so only the bad one fails', async () => {
    // The batch statement fails whenever it carries the pushes of "nobody"
    // (as a lost connection would); alone, that push fails for want of an account.
    class FailingWithNobody extends SyncStatements {
      override storeBatch(...args: Parameters<SyncStatements['storeBatch']>) {
        if (args[1].some((p) => 'userId' in p.pusher && p.pusher.userId === 'nobody'))
          return Promise.reject(new Error('connection lost'));
        return super.storeBatch(...args);
      }
    }
    const batcher = new PostgresBatcher(t.database.db, new FailingWithNobody(t.database.db));
    const who = [...people.slice(0, 10), 'nobody', ...people.slice(10, 20)];
    const changes = who.map(() => [record(5)]);
    const settled = await Promise.allSettled(
      who.map((person, i) => batcher.sync(person, null, changes[i] ?? [])),
    );

    expect(settled.flatMap((s, i) => (s.status === 'rejected' ? [who[i]] : []))).toEqual(['nobody']);
    for (const [i, person] of who.entries()) {
      if (person === 'nobody') continue;
      const stored = new Set((await listLiveRecords(t.database.db, person)).map((r) => r.id));
      expect(stored.has(changes[i]?.[0]?.id ?? '')).toBe(true);
    }
  });

  it('stores a push by session only while the session is valid; an ended or unknown one stores nothing and the others go in', async () => {
    const batcher = new PostgresBatcher(t.database.db, new SyncStatements(t.database.db));
    const now = '2026-11-22T09:00:00.000Z';
    const valid = await Promise.all(people.slice(20, 25).map((p) => addTestSession(t.database, p, { now })));
    const expiredPerson = await addTestPerson(t.database, 'expired-session');
    const expired = await addTestSession(t.database, expiredPerson, { now, expiresAt: now });
    const unknown = { tokenHash: 'no-such-session', now };
    const sessions = [valid[0], expired, ...valid.slice(1), unknown] as (typeof unknown)[];
    const changes = sessions.map(() => [record(4)]);
    const answers = await Promise.all(sessions.map((s, i) => batcher.pushAs(s, null, changes[i] ?? [])));

    expect(answers.map((a) => (a.ok ? 'stored' : a.error))).toEqual([
      'stored',
      'session_ended',
      'stored',
      'stored',
      'stored',
      'stored',
      'session_ended',
    ]);
    expect(batcher.counts.statements).toBeLessThan(sessions.length);
    const storedIds = (await t.database.db.selectFrom('records').select('id').execute()).map((r) => r.id);
    for (const [i, session] of sessions.entries()) {
      const refused = session === expired || session === unknown;
      expect(storedIds.includes(changes[i]?.[0]?.id ?? '')).toBe(!refused);
    }
    expect(
      await t.database.db.selectFrom('users').select('sync_seq').where('id', '=', expiredPerson).execute(),
    ).toEqual([{ sync_seq: 0 }]);
  });

  it("numbers two devices of one person in one batch one after the other: each cursor is the device's own last number", async () => {
    const batcher = new PostgresBatcher(t.database.db, new SyncStatements(t.database.db));
    const person = await addTestPerson(t.database, 'two-devices');
    const [phone, laptop] = [
      await addTestSession(t.database, person),
      await addTestSession(t.database, person),
    ];
    const [fromPhone, fromLaptop] = [[record(1), record(2)], [record(3)]];
    // The first push goes out at once; the two that come while it is on its way share the next statement.
    const first = batcher.sync(people[26] as string, null, [record(0)]);
    const [phoneAnswer, laptopAnswer] = await Promise.all([
      batcher.pushAs(phone, null, fromPhone),
      batcher.pushAs(laptop, null, fromLaptop),
      first,
    ]);

    expect(batcher.counts).toEqual({ pushes: 3, statements: 2 });
    if (!phoneAnswer.ok || !laptopAnswer.ok) throw new Error('a valid session was refused');
    expect(phoneAnswer.value).toEqual({ cursor: 2, changes: [], refused: [] });
    // The laptop's push came second: it gets the phone's records, numbered before its own.
    expect(laptopAnswer.value.cursor).toBe(3);
    expect(laptopAnswer.value.changes.map((r) => r.id)).toEqual(fromPhone.map((r) => r.id));
    // The phone's next pull gets the laptop's.
    const pulled = await batcher.sync(person, phoneAnswer.value.cursor, []);
    expect(pulled.changes.map((r) => r.id)).toEqual(fromLaptop.map((r) => r.id));
  });

  it('stores apart two devices of one person that send the same record in one batch, and keeps the later clock', async () => {
    const batcher = new PostgresBatcher(t.database.db, new SyncStatements(t.database.db));
    const person = await addTestPerson(t.database, 'same-record');
    const [phone, laptop] = [
      await addTestSession(t.database, person),
      await addTestSession(t.database, person),
    ];
    const earlier = record(1);
    const later = {
      ...earlier,
      updatedAt: earlier.updatedAt.replace('08:00', '08:05'),
      data: { date: '2026-11-22', pain: 2 },
    };
    const first = batcher.sync(people[27] as string, null, [record(0)]);
    const answers = await Promise.all([
      batcher.pushAs(phone, null, [later]),
      batcher.pushAs(laptop, null, [earlier]),
      first,
    ]);

    expect([answers[0].ok, answers[1].ok]).toEqual([true, true]);
    // One batch that failed, then each alone.
    expect(batcher.counts.statements).toBe(4);
    expect(await listLiveRecords(t.database.db, person)).toEqual([
      expect.objectContaining({ id: later.id, updatedAt: later.updatedAt, data: later.data }),
    ]);
  });
});
