import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Facts about the database itself, by key: the restore epoch (see epoch.ts).
  await db.schema
    .createTable('crick_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  // One row per running server, its heartbeat refreshed while it runs (see presence.ts).
  await db.schema
    .createTable('crick_servers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('beat_at', 'text', (c) => c.notNull())
    .execute();
}
