import type { SyncRecord } from '@crick/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBatcher } from './postgres-batcher.js';
import { SyncStatements } from './sync-statements.js';
import { addTestPerson, addTestSession, openTestDatabase, type TestDatabase } from './testing.js';
import { deleteUser } from './users.js';

const record = (n: number): SyncRecord => ({
  id: `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
  type: 'checkIn',
  updatedAt: '2026-11-22T08:00:00.000Z-0000-phone',
  deleted: false,
  data: { date: '2026-11-22', pain: 4 },
});

// Records have no foreign key on PostgreSQL (migration 2026-12-01-13): what the key
// ensured is the lock's to keep, with a push and a deletion on two connections at once.
describe('deleting a person while a push of theirs is being stored, on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  }, 60_000);
  afterAll(async () => t?.dispose());

  const recordsOf = async (userId: string) =>
    (await t.database.db.selectFrom('records').select('id').where('user_id', '=', userId).execute()).length;
  /** Connections of this database waiting for a lock: the deletion, held by the push. */
  const waitingForLocks = async () =>
    Number(
      (
        await sql<{ n: string }>`select count(*) as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(t.database.db)
      ).rows[0]?.n,
    );

  it('deletes the records of the push it waited for: none is left without its person', async () => {
    const person = await addTestPerson(t.database, 'leaving-mid-push');
    const statements = new SyncStatements(t.database.db);
    let deletion: Promise<boolean> | undefined;
    await t.database.db.transaction().execute(async (tx) => {
      await statements.sync(tx, person, null, [record(1), record(2)]);
      expect(
        await tx.selectFrom('records').select('id').where('user_id', '=', person).execute(),
      ).toHaveLength(2);
      // The push has stored, not yet committed: the deletion starts, and waits for it.
      deletion = deleteUser(t.database.db, person);
      await expect.poll(waitingForLocks).toBe(1);
    });
    expect(await deletion).toBe(true);
    expect(await recordsOf(person)).toBe(0);
  });

  it('stores nothing from a push that comes once the person is gone', async () => {
    const person = await addTestPerson(t.database, 'gone-before-push');
    const session = await addTestSession(t.database, person);
    expect(await deleteUser(t.database.db, person)).toBe(true);
    const batcher = new PostgresBatcher(t.database.db, new SyncStatements(t.database.db));
    const answer = await batcher.pushAs(session, null, [record(3)]);
    expect(answer.ok).toBe(false);
    expect(await recordsOf(person)).toBe(0);
  });

  it('has no foreign key on records, and keeps the others', async () => {
    const keys = await sql<{ table: string }>`select conrelid::regclass::text as table from pg_constraint
      where contype = 'f' and conrelid::regclass::text in ('records', 'auth_sessions')`.execute(
      t.database.db,
    );
    expect(keys.rows.map((k) => k.table)).toEqual(['auth_sessions']);
  });
});
