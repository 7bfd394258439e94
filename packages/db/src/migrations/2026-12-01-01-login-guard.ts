import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts. The log-in door's counters, kept in
// the database so every server behind a load balancer sees the same ones.
// Keys are SHA-256 hashes (of the route and client address, or of the email),
// so no address is stored in the clear.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Attempts per client address in a fixed window (sign-up and log-in).
  await db.schema
    .createTable('auth_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', 'text', (c) => c.notNull())
    .execute();

  // Failed log-ins in a row per email, and the time before which the next may not try.
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text', (c) => c.notNull())
    .execute();
}
