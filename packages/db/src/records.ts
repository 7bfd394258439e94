import { compareHlc, type SyncRecord } from '@crick/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { toSyncRecord } from './sync-types.js';

export { createRecordStore, pullRecordsJson, syncRecords } from './record-store.js';
export { PULL_PAGE_SIZE } from './sync-statements.js';
export * from './sync-types.js';

/**
 * Every live (not deleted) record of the person, oldest clock first: for
 * export. Sorted here, in byte order, not by the database's collation (see compareHlc).
 */
export async function listLiveRecords(db: Kysely<Database>, userId: string): Promise<SyncRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'type', 'updated_at', 'deleted', 'data'])
    .where('user_id', '=', userId)
    .where('deleted', '=', 0)
    .execute();
  rows.sort((a, b) => compareHlc(a.updated_at, b.updated_at) || compareHlc(a.id, b.id));
  return rows.map(toSyncRecord);
}

/** How many records (tombstones included) the person has: for tests and operators. */
export async function countRecords(db: Kysely<Database>, userId?: string): Promise<number> {
  let query = db.selectFrom('records').select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The person's sync sequence now: a server-made record stored with this as
 * the cursor pulls back only what arrived meanwhile, not the whole history.
 */
export async function readSyncSeq(db: Kysely<Database>, userId: string): Promise<number | undefined> {
  const row = await db.selectFrom('users').select('sync_seq').where('id', '=', userId).executeTakeFirst();
  return row && Number(row.sync_seq);
}
