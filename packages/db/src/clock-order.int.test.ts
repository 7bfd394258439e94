import { compareHlc, type SyncRecord } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrickDatabase, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { syncRecords } from './record-store.js';
import { listLiveRecords } from './records.js';
import { addTestPerson, addTestSession, testDatabaseUrl } from './testing.js';

/** Two clocks of one instant and counter that differ in the device name, where languages and bytes disagree. */
const nodeArb = fc.string({
  unit: fc.constantFrom(...'aAbBzZ09_'.split('')),
  minLength: 1,
  maxLength: 4,
});
const clockPairArb = fc
  .tuple(nodeArb, nodeArb)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [`2026-11-22T08:30:00.000Z-0000-${a}`, `2026-11-22T08:30:00.000Z-0000-${b}`] as const);

const checkIn = (id: string, updatedAt: string, pain: number): SyncRecord => ({
  id,
  type: 'checkIn',
  updatedAt,
  deleted: false,
  data: { date: '2026-11-22', pain },
});

describe('clocks on a PostgreSQL database with an ICU (en-US) collation', () => {
  let database: CrickDatabase;
  let name: string;

  beforeAll(async () => {
    name = `crick_icu_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`create database ${name} template template0 locale_provider icu icu_locale 'en-US'`);
    await admin.end();
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database?.close();
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('is a database where the collation and byte order disagree (so the checks below can fail)', async () => {
    const { rows } = await sql<{ lt: boolean }>`select ${'a'}::text < ${'Z'}::text as lt`.execute(
      database.db,
    );
    expect(rows[0]?.lt).toBe(true);
    expect(compareHlc('a', 'Z')).toBe(1);
  });

  // Each way a change is stored: the batch of pushes (the server's), by person
  // or by session (the sync route's), and one exchange in a transaction.
  const ways: Record<string, (userId: string, change: SyncRecord) => Promise<unknown>> = {
    'the record store (batched pushes)': (userId, change) => database.records.sync(userId, null, [change]),
    'a push by session (checked in the statement)': async (userId, change) =>
      database.records.pushAs?.(await addTestSession(database, userId), null, [change]),
    'one exchange in a transaction': (userId, change) => syncRecords(database.db, userId, null, [change]),
  };

  let people = 0;
  for (const [way, store] of Object.entries(ways)) {
    it(`keep the later clock by byte order whichever arrives first: ${way}`, async () => {
      await fc.assert(
        fc.asyncProperty(clockPairArb, fc.boolean(), async ([a, b], aFirst) => {
          people += 1;
          const userId = await addTestPerson(database, `icu-${people}`);
          const id = `70000000-0000-4000-8000-${people.toString(16).padStart(12, '0')}`;
          const [first, second] = aFirst ? [a, b] : [b, a];
          await store(userId, checkIn(id, first, 1));
          await store(userId, checkIn(id, second, 2));
          const row = await database.db
            .selectFrom('records')
            .select('updated_at')
            .where('user_id', '=', userId)
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          expect(row.updated_at).toBe(compareHlc(a, b) > 0 ? a : b);
        }),
        runs(40),
      );
    }, 60_000);
  }

  it("lists a person's records for export in byte order of their clocks", async () => {
    const userId = await addTestPerson(database, 'icu-export');
    const clocks = ['Zeta', 'alpha', 'Beta', '_x', '9'].map((n) => `2026-11-22T08:30:00.000Z-0000-${n}`);
    await database.records.sync(
      userId,
      null,
      clocks.map((c, i) => checkIn(`71000000-0000-4000-8000-00000000000${i}`, c, i)),
    );
    const listed = (await listLiveRecords(database.db, userId)).map((r) => r.updatedAt);
    expect(listed).toEqual([...clocks].sort(compareHlc));
  });
});
