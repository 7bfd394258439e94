import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    // The same uuid from two people is two records: the key includes the owner.
    .addPrimaryKeyConstraint('records_pk', ['user_id', 'id'])
    .execute();
  await db.schema.createIndex('records_user_seq').on('records').columns(['user_id', 'seq']).execute();
}
