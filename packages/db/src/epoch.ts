import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * The restore epoch: a name for the database's history, changed by every
 * restore. A sync cursor carries it (`<epoch>.<seq>`), so a device whose
 * cursor comes from before a restore is recognised even when its number
 * looks valid: it pulls everything and pushes everything it has. A database
 * never restored has the empty epoch, and its cursors are bare numbers (as
 * before epochs existed).
 */
export async function readEpoch(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('crick_meta').select('value').where('key', '=', 'epoch').executeTakeFirst();
  return row?.value ?? '';
}

/** Gives the database a new epoch, inside the restore's transaction. */
export async function renewEpoch(tx: Transaction<Database>): Promise<string> {
  const epoch = randomBytes(6).toString('base64url');
  await tx.deleteFrom('crick_meta').where('key', '=', 'epoch').execute();
  await tx.insertInto('crick_meta').values({ key: 'epoch', value: epoch }).execute();
  return epoch;
}

/** A cursor as the client holds it: the epoch it came from, and the sequence number. */
export interface Cursor {
  readonly epoch: string;
  readonly seq: number;
}

export const CURSOR_PATTERN = '^([A-Za-z0-9_-]{1,40}\\.)?[0-9]{1,15}$';

export function parseCursor(text: string): Cursor {
  const dot = text.lastIndexOf('.');
  return dot < 0
    ? { epoch: '', seq: Number(text) }
    : { epoch: text.slice(0, dot), seq: Number(text.slice(dot + 1)) };
}

export const formatCursor = (epoch: string, seq: number): string =>
  epoch === '' ? String(seq) : `${epoch}.${seq}`;
