import type { SyncRecord } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBatcher } from './postgres-batcher.js';
import { listLiveRecords, syncRecords } from './records.js';
import { SyncStatements } from './sync-statements.js';
import { addTestPerson, openTestDatabase, type TestDatabase } from './testing.js';

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
        if (args[1].some((p) => p.userId === 'nobody')) return Promise.reject(new Error('connection lost'));
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
});
