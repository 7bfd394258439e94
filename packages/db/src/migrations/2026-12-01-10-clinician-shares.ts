import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts. A person's shares with a clinician,
// the log of what a clinician read or wrote, and a clinician's private notes.
// A prescription is not here: it is a record in the person's records table,
// so it syncs to the person's devices like any other.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A clinician's display name (null for people and admins made before).
  await db.schema.alterTable('users').addColumn('name', 'text').execute();

  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // SHA-256 of the code's canonical form; the code itself is shown once and never stored.
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The code's expiry: after redemption the share lasts until revoked.
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('clinician_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('redeemed_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('can_adjust', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('shares_person').on('shares').column('person_id').execute();
  await db.schema.createIndex('shares_clinician').on('shares').column('clinician_id').execute();

  // The person's log: kept when the clinician's account goes (the name is copied), gone with the person's.
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('clinician_id', 'text', (c) => c.notNull())
    .addColumn('clinician_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_log_person_at').on('access_log').columns(['person_id', 'at']).execute();

  await db.schema
    .createTable('clinician_notes')
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('clinician_notes_pk', ['clinician_id', 'person_id'])
    .execute();
  await db.schema.createIndex('clinician_notes_person').on('clinician_notes').column('person_id').execute();
}
