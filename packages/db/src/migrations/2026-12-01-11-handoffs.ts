import type { Kysely } from 'kysely';

// Frozen: see 2026-11-22-01-accounts.ts. The GP hand-off: a report the device
// encrypted, kept for a link that opens it without an account. The server
// holds ciphertext it cannot read (the key is only in the link's #fragment).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('handoffs')
    // Random, 128 bits: the link names it, so it must not be guessable.
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Set when a signed-in person made it: it goes with their account.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    // SHA-256 of the device's withdraw token, hex; the token itself is never stored.
    .addColumn('withdraw_token_hash', 'text', (c) => c.notNull())
    // base64url of the AES-GCM ciphertext and its IV; null once withdrawn or expired.
    .addColumn('ciphertext', 'text')
    .addColumn('iv', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('handoffs_user').on('handoffs').column('user_id').execute();
  await db.schema.createIndex('handoffs_expires').on('handoffs').column('expires_at').execute();
}
