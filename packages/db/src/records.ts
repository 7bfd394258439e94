import { compareHlc, type SyncRecord } from '@crick/core';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { CrickDatabase } from './connect.js';
import type { Database, RecordsTable } from './schema.js';

/** A change the store refused, with the field at fault. */
export interface RefusedChange {
  readonly id: string;
  readonly field: string;
  readonly reason: string;
}

export interface SyncOutcome {
  /** Sequence number to give back as the next cursor. */
  readonly cursor: number;
  /** Records changed since the cursor (and the winning copy of any change that lost). */
  readonly changes: StoredRecord[];
  readonly refused: RefusedChange[];
}

/** Most records one pull hands back; a client that gets a full page syncs again. */
export const PULL_PAGE_SIZE = 5000;

type RecordRow = Selectable<RecordsTable>;
const recordColumns = ['id', 'type', 'updated_at', 'deleted', 'data', 'seq'] as const;

export const toSyncRecord = (row: Omit<RecordRow, 'user_id' | 'seq'>): SyncRecord =>
  ({
    id: row.id,
    type: row.type,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    data: row.data === null ? null : JSON.parse(row.data),
  }) as SyncRecord;

/**
 * A record as stored, its data still JSON text: a pull of a year's records
 * hands them on without parsing and re-serializing every one.
 */
export type StoredRecord = Omit<RecordRow, 'user_id' | 'seq'>;

export const storedToSyncRecord = (row: StoredRecord): SyncRecord => toSyncRecord(row);

/** The record's JSON, written from the stored text (which the store itself serialized). */
export const storedRecordJson = (row: StoredRecord): string =>
  `{"id":${JSON.stringify(row.id)},"type":${JSON.stringify(row.type)},"updatedAt":${JSON.stringify(row.updated_at)},"deleted":${row.deleted === 1},"data":${row.data ?? 'null'}}`;

/**
 * Of several changes to one record in a batch, the one with the latest clock
 * (the first of equals), so one statement can store the batch.
 */
function latestPerId(changes: readonly SyncRecord[]): SyncRecord[] {
  const byId = new Map<string, SyncRecord>();
  for (const change of changes) {
    const seen = byId.get(change.id);
    if (!seen || compareHlc(change.updatedAt, seen.updatedAt) > 0) byId.set(change.id, change);
  }
  return [...byId.values()];
}

/**
 * One sync exchange in one transaction: stores the changes that win
 * last-writer-wins by clock (equal clocks keep what is stored, so a retry
 * changes nothing), then reads what changed since the cursor.
 *
 * The person's `sync_seq` is bumped first: that row lock orders concurrent
 * syncs of one person, so sequence numbers commit in order and a cursor never
 * skips a record. Returns only after the commit: an answer means stored.
 */
export async function syncRecords(
  db: Kysely<Database>,
  userId: string,
  cursorIn: number | null,
  changes: readonly SyncRecord[],
): Promise<SyncOutcome> {
  return db.transaction().execute((tx) => syncInTransaction(tx, userId, cursorIn, changes));
}

async function syncInTransaction(
  tx: Transaction<Database>,
  userId: string,
  cursorIn: number | null,
  changes: readonly SyncRecord[],
): Promise<SyncOutcome> {
  {
    const incoming = latestPerId(changes);
    let counter: number;
    const refused: RefusedChange[] = [];
    const losers: StoredRecord[] = [];
    let ownFrom = Number.POSITIVE_INFINITY;

    if (incoming.length > 0) {
      const bumped = await tx
        .updateTable('users')
        .set((eb) => ({ sync_seq: eb('sync_seq', '+', incoming.length) }))
        .where('id', '=', userId)
        .returning('sync_seq')
        .executeTakeFirstOrThrow();
      counter = bumped.sync_seq;
      ownFrom = counter - incoming.length + 1;
      const winners = await pickWinners(tx, userId, incoming, refused, losers);
      await storeRecords(tx, userId, winners, ownFrom);
    } else {
      const row = await tx
        .selectFrom('users')
        .select('sync_seq')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      counter = row.sync_seq;
    }

    // A cursor from beyond this server's count (say, after a restore from an
    // older backup) cannot be trusted: start over from the beginning.
    const from = cursorIn === null || cursorIn > counter ? 0 : cursorIn;
    // Our own writes (seq >= ownFrom) are what the client just sent: no need to echo them.
    const upTo = Math.min(counter, ownFrom - 1);
    const rows = await tx
      .selectFrom('records')
      .select(recordColumns)
      .where('user_id', '=', userId)
      .where('seq', '>', from)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(PULL_PAGE_SIZE)
      .execute();
    const full = rows.length === PULL_PAGE_SIZE;
    const pulledIds = new Set(rows.map((r) => r.id));
    return {
      cursor: full ? (rows.at(-1)?.seq ?? counter) : counter,
      changes: [...rows, ...losers.filter((r) => !pulledIds.has(r.id))],
      refused,
    };
  }
}

/** Stores and pulls a person's records: `sync` is one exchange of POST /api/sync. */
export interface RecordStore {
  sync(userId: string, cursor: number | null, changes: readonly SyncRecord[]): Promise<SyncOutcome>;
}

/**
 * SQLite makes one writer wait for the disk (fsync) at every commit, so
 * syncs that arrive together are committed together: each in its own
 * savepoint (one that fails is undone alone), one commit for the group, and
 * no answer before that commit. PostgreSQL commits concurrent transactions
 * in parallel and flushes its log for them together by itself.
 */
export function createRecordStore(database: CrickDatabase): RecordStore {
  if (database.kind !== 'sqlite') {
    return { sync: (userId, cursor, changes) => syncRecords(database.db, userId, cursor, changes) };
  }
  const group = new GroupCommit(database.db);
  return {
    sync: (userId, cursor, changes) => group.run((tx) => syncInTransaction(tx, userId, cursor, changes)),
  };
}

interface Job {
  work(tx: Transaction<Database>): Promise<SyncOutcome>;
  resolve(outcome: SyncOutcome): void;
  reject(error: unknown): void;
}

class GroupCommit {
  readonly #db: Kysely<Database>;
  #queue: Job[] = [];
  #draining = false;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  run(work: Job['work']): Promise<SyncOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ work, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, 256);
        const settled: (() => void)[] = [];
        try {
          await this.#db.transaction().execute(async (tx) => {
            for (const job of batch) {
              await sql`savepoint sync_job`.execute(tx);
              try {
                const outcome = await job.work(tx);
                await sql`release savepoint sync_job`.execute(tx);
                settled.push(() => job.resolve(outcome));
              } catch (error) {
                await sql`rollback to savepoint sync_job`.execute(tx);
                await sql`release savepoint sync_job`.execute(tx);
                settled.push(() => job.reject(error));
              }
            }
          });
        } catch (error) {
          // The commit failed: nothing of the group is stored, so nobody hears "stored".
          for (const job of batch) job.reject(error);
          continue;
        }
        for (const settle of settled) settle();
      }
    } finally {
      this.#draining = false;
    }
  }
}

/** Changes newer than what is stored; fills `losers` with the stored copy where a change lost. */
async function pickWinners(
  tx: Transaction<Database>,
  userId: string,
  incoming: readonly SyncRecord[],
  refused: RefusedChange[],
  losers: StoredRecord[],
): Promise<SyncRecord[]> {
  const stored = await tx
    .selectFrom('records')
    .select(['id', 'type', 'updated_at', 'deleted', 'data'])
    .where('user_id', '=', userId)
    .where(
      'id',
      'in',
      incoming.map((c) => c.id),
    )
    .execute();
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const winners: SyncRecord[] = [];
  for (const change of incoming) {
    const current = storedById.get(change.id);
    if (!current) {
      winners.push(change);
    } else if (current.type !== change.type) {
      refused.push({
        id: change.id,
        field: 'type',
        reason: `"type" cannot change: record ${change.id} is a ${current.type} record`,
      });
    } else if (compareHlc(change.updatedAt, current.updated_at) > 0) {
      winners.push(change);
    } else if (current.updated_at !== change.updatedAt) {
      losers.push(current);
    }
  }
  return winners;
}

async function storeRecords(
  tx: Transaction<Database>,
  userId: string,
  winners: readonly SyncRecord[],
  firstSeq: number,
): Promise<void> {
  if (winners.length === 0) return;
  // 7 values per row: 500 rows stay well under SQLite's bound-variable limit.
  for (let start = 0; start < winners.length; start += 500) {
    const rows = winners.slice(start, start + 500).map((r, i) => ({
      user_id: userId,
      id: r.id,
      type: r.type,
      updated_at: r.updatedAt,
      deleted: r.deleted ? 1 : 0,
      data: r.data === null ? null : JSON.stringify(r.data),
      seq: firstSeq + start + i,
    }));
    await tx
      .insertInto('records')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['user_id', 'id']).doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          updated_at: eb.ref('excluded.updated_at'),
          deleted: eb.ref('excluded.deleted'),
          data: eb.ref('excluded.data'),
          seq: eb.ref('excluded.seq'),
        })),
      )
      .execute();
  }
}

/** Every live (not deleted) record of the person, oldest clock first: for export. */
export async function listLiveRecords(db: Kysely<Database>, userId: string): Promise<SyncRecord[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'type', 'updated_at', 'deleted', 'data'])
    .where('user_id', '=', userId)
    .where('deleted', '=', 0)
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  return rows.map(toSyncRecord);
}

/** How many records (tombstones included) the person has: for tests and operators. */
export async function countRecords(db: Kysely<Database>, userId?: string): Promise<number> {
  let query = db.selectFrom('records').select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
