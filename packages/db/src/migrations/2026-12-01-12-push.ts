import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A device's Web Push subscription: records of the person, deleted with them.
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();
  // One row per reminder due to one subscription: the server that inserts it sends it, so it goes once.
  await db.schema
    .createTable('push_claims')
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('server_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('push_claims_pk', ['subscription_id', 'kind', 'due_at'])
    .execute();
  await db.schema.createIndex('push_claims_due').on('push_claims').column('due_at').execute();
}
