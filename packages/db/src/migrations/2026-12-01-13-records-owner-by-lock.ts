import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts.
//
// On PostgreSQL a record's owner is no longer checked by a foreign key. The key's
// check ran once per stored record (a lookup and a share lock on the person's row),
// about 80 µs of PostgreSQL CPU in a push of 10 (bench:server, on 2 cores): a fifth
// of the push's database time. What it ensured holds without it: a push stores only
// for a person whose row it has locked and updated (the batch statement and `sync`
// in sync-statements.ts), and `deleteUser` locks that row before it deletes the
// person's records, so a push in flight is either stored and then deleted, or finds
// no person and stores nothing (users.int.test.ts). A restore checks each record's
// owner itself (backup.ts). SQLite keeps its key: one writer, and it costs little there.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const keys = await sql<{ name: string }>`
    select conname as name from pg_constraint
    where conrelid = 'records'::regclass and contype = 'f'`.execute(db);
  for (const { name } of keys.rows)
    await sql`alter table records drop constraint ${sql.id(name)}`.execute(db);
}
