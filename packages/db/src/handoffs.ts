import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What the server keeps of a hand-off: ciphertext and times, nothing it could read. */
export interface NewHandoff {
  readonly id: string;
  readonly userId: string | null;
  readonly withdrawTokenHash: string;
  readonly ciphertext: string;
  readonly iv: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A hand-off as the link's page sees it: open (with its ciphertext), withdrawn, expired, or unknown. */
export type HandoffLookup =
  | { readonly state: 'open'; readonly ciphertext: string; readonly iv: string; readonly expiresAt: string }
  | { readonly state: 'withdrawn' | 'expired'; readonly expiresAt: string }
  | { readonly state: 'unknown' };

/** A live hand-off in the owner's list. */
export interface HandoffSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/**
 * How long a withdrawn or expired hand-off's empty row (no ciphertext, no
 * owner) stays, so its link can still say what happened rather than "unknown".
 */
export const HANDOFF_TOMBSTONE_DAYS = 30;

export async function insertHandoff(db: Kysely<Database>, h: NewHandoff): Promise<void> {
  await db
    .insertInto('handoffs')
    .values({
      id: h.id,
      user_id: h.userId,
      withdraw_token_hash: h.withdrawTokenHash,
      ciphertext: h.ciphertext,
      iv: h.iv,
      created_at: h.createdAt,
      expires_at: h.expiresAt,
      withdrawn_at: null,
    })
    .execute();
}

/** The hand-off behind a link at a time: past its expiry it is refused even before the sweep empties it. */
export async function findHandoff(db: Kysely<Database>, id: string, now: string): Promise<HandoffLookup> {
  const row = await db
    .selectFrom('handoffs')
    .select(['ciphertext', 'iv', 'expires_at', 'withdrawn_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return { state: 'unknown' };
  if (row.withdrawn_at !== null) return { state: 'withdrawn', expiresAt: row.expires_at };
  if (row.expires_at <= now || row.ciphertext === null || row.iv === null)
    return { state: 'expired', expiresAt: row.expires_at };
  return { state: 'open', ciphertext: row.ciphertext, iv: row.iv, expiresAt: row.expires_at };
}

/** The signed-in person's hand-offs that still open, newest first. */
export async function listLiveHandoffs(
  db: Kysely<Database>,
  userId: string,
  now: string,
): Promise<HandoffSummary[]> {
  const rows = await db
    .selectFrom('handoffs')
    .select(['id', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, expiresAt: r.expires_at }));
}

/**
 * Withdraws a hand-off for whoever proves it is theirs: the device's withdraw
 * token (its hash) or the owning account. The ciphertext goes at once; the
 * empty row stays until the tombstone time so the link can say "withdrawn".
 * False when nothing of theirs matched (or it was already withdrawn).
 */
export async function withdrawHandoff(
  db: Kysely<Database>,
  id: string,
  by: { readonly withdrawTokenHash?: string | undefined; readonly userId?: string | undefined },
  now: string,
): Promise<boolean> {
  if (by.withdrawTokenHash === undefined && by.userId === undefined) return false;
  const result = await db
    .updateTable('handoffs')
    .set({ ciphertext: null, iv: null, user_id: null, withdrawn_at: now })
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(by.withdrawTokenHash !== undefined ? [eb('withdraw_token_hash', '=', by.withdrawTokenHash)] : []),
        ...(by.userId !== undefined ? [eb('user_id', '=', by.userId)] : []),
      ]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The sweep: empties every hand-off past its expiry (ciphertext and owner
 * gone) and removes empty rows older than the tombstone time. Returns how
 * many it emptied.
 */
export async function sweepHandoffs(db: Kysely<Database>, now: Date): Promise<number> {
  const at = now.toISOString();
  const emptied = await db
    .updateTable('handoffs')
    .set({ ciphertext: null, iv: null, user_id: null })
    .where('expires_at', '<=', at)
    .where('ciphertext', 'is not', null)
    .executeTakeFirst();
  const forgetBefore = new Date(now.getTime() - HANDOFF_TOMBSTONE_DAYS * 86_400_000).toISOString();
  await db.deleteFrom('handoffs').where('expires_at', '<=', forgetBefore).execute();
  return Number(emptied.numUpdatedRows);
}
