import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrickDatabase, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { chunkSizes, PreparedBySize, PreparedQuery, preparedFor } from './prepared.js';
import { insertUser } from './users.js';

describe('chunkSizes', () => {
  it('cuts a list into a few cached sizes that add up to its length', () => {
    expect(chunkSizes(0)).toEqual([]);
    expect(chunkSizes(10)).toEqual([10]);
    expect(chunkSizes(32)).toEqual([32]);
    expect(chunkSizes(1234)).toEqual([500, 500, 100, 100, 32, 2]);
    for (let n = 0; n < 1200; n += 7) {
      const sizes = chunkSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      for (const size of sizes) expect(size <= 32 || size === 100 || size === 500).toBe(true);
    }
  });
});

describe('a prepared query', () => {
  let database: CrickDatabase;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(database.db);
    for (const [id, role] of [
      ['u1', 'person'],
      ['u2', 'clinician'],
      ['u3', 'person'],
    ] as const) {
      await insertUser(database.db, {
        id,
        email: `${id}@example.org`,
        passwordHash: 'x',
        role,
        now: `2026-11-2${id.slice(1)}T00:00:00.000Z`,
      });
    }
  });
  afterAll(async () => database.close());

  it('runs with the values in their slots, whatever order the builder put its parameters in', async () => {
    // The slots are numbered against the builder's order on purpose.
    const query = new PreparedQuery((slot) =>
      database.db
        .selectFrom('users')
        .select('id')
        .where('created_at', '>', slot(1))
        .where('role', '=', slot(0))
        .orderBy('id')
        .limit(5),
    );
    expect((await query.execute(database.db, ['person', '2026-11-20'])).rows).toEqual([
      { id: 'u1' },
      { id: 'u3' },
    ]);
    expect((await query.execute(database.db, ['person', '2026-11-22'])).rows).toEqual([{ id: 'u3' }]);
    expect((await query.execute(database.db, ['clinician', '2026-11-20'])).rows).toEqual([{ id: 'u2' }]);
  });

  it('keeps a value given directly (the limit here) as a constant', async () => {
    const query = new PreparedQuery((slot) =>
      database.db.selectFrom('users').select('id').where('role', '=', slot(0)).orderBy('id').limit(1),
    );
    expect((await query.execute(database.db, ['person'])).rows).toEqual([{ id: 'u1' }]);
  });

  it('builds one query per list length, and one per database and name', async () => {
    let built = 0;
    const byIds = new PreparedBySize((size, slot) => {
      built += 1;
      return database.db
        .selectFrom('users')
        .select('id')
        .where(
          'id',
          'in',
          Array.from({ length: size }, (_, i) => slot(i)),
        )
        .orderBy('id');
    });
    expect((await byIds.for(2).execute(database.db, ['u3', 'u1'])).rows).toEqual([
      { id: 'u1' },
      { id: 'u3' },
    ]);
    expect((await byIds.for(2).execute(database.db, ['u2', 'nobody'])).rows).toEqual([{ id: 'u2' }]);
    expect((await byIds.for(1).execute(database.db, ['u2'])).rows).toEqual([{ id: 'u2' }]);
    expect(built).toBe(2);

    const build = () => database.db.selectFrom('users').select('id');
    expect(preparedFor(database.db, 'all users', build)).toBe(preparedFor(database.db, 'all users', build));
    expect(preparedFor(database.db, 'all users', build)).not.toBe(preparedFor(database.db, 'other', build));
  });
});
