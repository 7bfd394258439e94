import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from './backup.js';
import type { CrickDatabase } from './connect.js';
import { vapidKeys } from './push.js';
import { type BackedUpTable, type Database, tableNames, tablesNotBackedUp } from './schema.js';
import { openTestDatabase, type TestDatabase } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'crick-backup-'));
const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened.splice(0)) await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});
async function fresh(kind: 'sqlite' | 'postgres') {
  const t = await openTestDatabase(kind);
  opened.push(t);
  return t.database;
}

const at = '2026-12-01T08:00:00.000Z';
/** One row of every table a backup holds: the type will not compile without a row for a table added to it. */
const oneOfEach: { [T in BackedUpTable]: Insertable<Database[T]>[] } = {
  users: [
    {
      id: 'ann',
      email: 'ann@example.org',
      password_hash: 'h1',
      role: 'person',
      name: null,
      sync_seq: 1,
      created_at: at,
    },
    {
      id: 'dr',
      email: 'dr@example.org',
      password_hash: 'h2',
      role: 'clinician',
      name: 'Dr Rao',
      sync_seq: 0,
      created_at: at,
    },
  ],
  auth_sessions: [{ token_hash: 'ab'.repeat(32), user_id: 'ann', created_at: at, expires_at: at }],
  records: [
    {
      user_id: 'ann',
      id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890c1',
      type: 'settings',
      updated_at: '2026-12-01T08:00:00.000Z-0000-phone',
      deleted: 0,
      data: '{"voice":false,"fromANewerCrick":true}',
      seq: 1,
    },
  ],
  shares: [
    {
      id: 'share-1',
      person_id: 'ann',
      code_hash: 'cd'.repeat(32),
      created_at: at,
      expires_at: at,
      clinician_id: 'dr',
      redeemed_at: at,
      revoked_at: null,
      can_adjust: 1,
      last_reviewed_at: null,
    },
  ],
  access_log: [
    { id: 'log-1', person_id: 'ann', clinician_id: 'dr', clinician_name: 'Dr Rao', at, what: 'read' },
  ],
  clinician_notes: [{ clinician_id: 'dr', person_id: 'ann', text: 'seen', updated_at: at }],
  handoffs: [
    {
      id: 'h'.repeat(22),
      user_id: 'ann',
      withdraw_token_hash: 'ef'.repeat(32),
      ciphertext: 'c'.repeat(40),
      iv: 'i'.repeat(16),
      created_at: at,
      expires_at: '2026-12-15T08:00:00.000Z',
      withdrawn_at: null,
    },
    {
      id: 'g'.repeat(22),
      user_id: null,
      withdraw_token_hash: '01'.repeat(32),
      ciphertext: 'd'.repeat(40),
      iv: 'j'.repeat(16),
      created_at: at,
      expires_at: '2026-12-15T08:00:00.000Z',
      withdrawn_at: null,
    },
  ],
  push_subscriptions: [
    {
      id: 'sub-1',
      user_id: 'ann',
      endpoint: 'https://push.example/ann-phone',
      p256dh: 'B'.repeat(87),
      auth: 'A'.repeat(22),
      time_zone: 'Europe/London',
      created_at: at,
    },
  ],
};
const keys = { publicKey: 'public-key', privateKey: 'private-key' };

async function fill(database: CrickDatabase) {
  for (const table of tableNames)
    await database.db
      .insertInto(table)
      .values(oneOfEach[table] as never)
      .execute();
  await vapidKeys(database.db, () => keys);
}

/** Every backed-up table's rows, as text (PostgreSQL and SQLite hand integers back alike then). */
async function contents(database: CrickDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of tableNames) {
    const rows = (await database.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

describe('crick backup and restore: every table of a person', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'leaves out of a backup only the tables named with a reason, and none that names a person (%s)',
    async (kind) => {
      const database = await fresh(kind);
      const tables = (await database.db.introspection.getTables()).filter((t) => !t.isView);
      const backedUp: readonly string[] = tableNames;
      const unclassified = tables
        .map((t) => t.name)
        .filter((n) => !backedUp.includes(n) && !Object.hasOwn(tablesNotBackedUp, n));
      expect(unclassified).toEqual([]);
      const personColumns = ['user_id', 'person_id', 'clinician_id'];
      const namesAPersonButLeftOut = tables
        .filter((t) => t.columns.some((c) => personColumns.includes(c.name)))
        .map((t) => t.name)
        .filter((n) => !backedUp.includes(n));
      expect(namesAPersonButLeftOut).toEqual([]);
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...tableNames]));
    },
  );

  it.each([
    ['sqlite', 'sqlite'],
    ['sqlite', 'postgres'],
    ['postgres', 'sqlite'],
  ] as const)(
    'backs up a %s database and restores all of it, the VAPID keys too, into a new %s one',
    async (from, to) => {
      const source = await fresh(from);
      await fill(source);
      const file = join(dir, `${from}-to-${to}.${from === 'sqlite' ? 'db' : 'json'}`);
      await backupDatabase(source, file);
      const target = await fresh(to);
      const report = await restoreDatabase(target, file);
      expect(report).toMatchObject({ users: 2, records: 1, handoffs: 2, pushSubscriptions: 1 });
      expect(await contents(target)).toEqual(await contents(source));
      expect(await vapidKeys(target.db, () => ({ publicKey: 'new', privateKey: 'new' }))).toEqual(keys);
    },
  );
});
