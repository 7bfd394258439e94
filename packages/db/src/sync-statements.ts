import { compareHlc, type SyncRecord } from '@crick/core';
import { type Kysely, sql } from 'kysely';
import { onPostgres } from './dialect.js';
import { chunkSizes, PreparedBySize, PreparedQuery, type QueryRunner } from './prepared.js';
import type { Database } from './schema.js';
import {
  accountGone,
  type RecordRow,
  type RefusedChange,
  type SessionKey,
  type StoredRecord,
  type SyncOutcome,
} from './sync-types.js';

/**
 * What the batch statement answers: for each push (numbered from 1) its
 * person and its last sequence number, and the (person, id) pairs written.
 */
interface BatchRow {
  pushes: [number, string | null, number | string | null][] | null;
  written: [string, string][] | null;
}

/** Who a push in a batch is for: a person by id, or the holder of a session (checked in the statement). */
export type Pusher = { readonly userId: string } | { readonly session: SessionKey };

/** Most records one pull hands back; a client that gets a full page syncs again. */
export const PULL_PAGE_SIZE = 5000;

const recordColumns = ['id', 'type', 'updated_at', 'deleted', 'data', 'seq'] as const;
const storedColumns = ['id', 'type', 'updated_at', 'deleted', 'data'] as const;

/**
 * One sync exchange, run inside a transaction the caller holds: stores the
 * changes that win last-writer-wins by clock (equal clocks keep what is
 * stored, so a retry changes nothing), then reads what changed since the cursor.
 *
 * The person's `sync_seq` is bumped first: that row lock orders concurrent
 * syncs of one person, so sequence numbers commit in order and a cursor never
 * skips a record.
 *
 * The queries are built once by Kysely for the database's dialect (see
 * PreparedQuery: building them afresh cost more than running them).
 */
export class SyncStatements {
  readonly #bumpSeq: PreparedQuery<{ sync_seq: number }>;
  readonly #readSeq: PreparedQuery<{ sync_seq: number }>;
  readonly #pullJson: PreparedQuery<{
    n: number | string;
    last: number | string | null;
    json: string | null;
  }>;
  readonly #pull: PreparedQuery<RecordRow>;
  readonly #stored: PreparedBySize<StoredRecord>;
  readonly #upsert: PreparedBySize<{ id: string }>;
  readonly #batch: PreparedQuery<BatchRow>;

  constructor(db: Kysely<Database>) {
    // Clocks compare in byte order (see compareHlc): SQLite compares text so
    // by default; PostgreSQL only under COLLATE "C", whatever the database's
    // own collation (under ICU's en-US, which copy wins a tie would depend on it).
    const postgres = onPostgres(db);
    const byteOrder = postgres ? sql` collate "C"` : sql``;
    this.#bumpSeq = new PreparedQuery((slot) =>
      db
        .updateTable('users')
        .set((eb) => ({ sync_seq: eb('sync_seq', '+', slot<number>(0)) }))
        .where('id', '=', slot(1))
        .returning('sync_seq'),
    );
    this.#readSeq = new PreparedQuery((slot) =>
      db.selectFrom('users').select('sync_seq').where('id', '=', slot(0)),
    );
    // A pull's records as the answer's JSON, written by the database (the
    // same text as storedRecordJson): for a year of records, reading rows
    // and writing their JSON in JavaScript cost several times as much. The
    // ids, types and clocks are checked ASCII; the data is JSON text already.
    const quoted = (column: string) =>
      postgres ? sql`to_json(${sql.ref(column)})::text` : sql`json_quote(${sql.ref(column)})`;
    this.#pullJson = new PreparedQuery((slot) => ({
      compile: () =>
        sql<{ n: number | string; last: number | string | null; json: string | null }>`
        select count(*) as n, max(seq) as last, ${postgres ? sql`string_agg` : sql`group_concat`}(j, ',' order by seq) as json
        from (
          select seq, '{"id":' || ${quoted('id')} || ',"type":' || ${quoted('type')} || ',"updatedAt":' || ${quoted('updated_at')}
            || ',"deleted":' || (case when deleted = 1 then 'true' else 'false' end) || ',"data":' || coalesce(data, 'null') || '}' as j
          from records
          where user_id = ${slot(0)} and seq > ${slot<number>(1)} and seq <= ${slot<number>(2)}
          order by seq
          limit ${sql.lit(PULL_PAGE_SIZE)}
        ) as page`.compile(db),
    }));
    this.#pull = new PreparedQuery((slot) =>
      db
        .selectFrom('records')
        .select(recordColumns)
        .where('user_id', '=', slot(0))
        .where('seq', '>', slot<number>(1))
        .where('seq', '<=', slot<number>(2))
        .orderBy('seq')
        .limit(PULL_PAGE_SIZE),
    ) as PreparedQuery<RecordRow>;
    this.#stored = new PreparedBySize((size, slot) =>
      db
        .selectFrom('records')
        .select(storedColumns)
        .where('user_id', '=', slot(0))
        .where(
          'id',
          'in',
          Array.from({ length: size }, (_, i) => slot(i + 1)),
        ),
    );
    // Last writer wins inside the statement: a stored copy is replaced only
    // by a later clock of the same type, and RETURNING names what was written.
    this.#upsert = new PreparedBySize((size, slot) =>
      db
        .insertInto('records')
        .values(
          Array.from({ length: size }, (_, row) => ({
            user_id: slot(0),
            id: slot(1 + row * 6),
            type: slot(2 + row * 6),
            updated_at: slot(3 + row * 6),
            deleted: slot<number>(4 + row * 6),
            data: slot(5 + row * 6),
            seq: slot<number>(6 + row * 6),
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'id'])
            .doUpdateSet((eb) => ({
              updated_at: eb.ref('excluded.updated_at'),
              deleted: eb.ref('excluded.deleted'),
              data: eb.ref('excluded.data'),
              seq: eb.ref('excluded.seq'),
            }))
            .where(
              sql<boolean>`${sql.ref('records.updated_at')}${byteOrder} < ${sql.ref('excluded.updated_at')}${byteOrder}`,
            )
            .whereRef('records.type', '=', 'excluded.type'),
        )
        .returning('id'),
    );
    // PostgreSQL only: the pushes of several people in one statement (see
    // storeBatch). A push names its person, or presents a session: then the
    // statement finds the person by the session, as the session lookup would,
    // and a session unknown or expired stores nothing. Each person's counter
    // is bumped by their count of changes and each push's changes numbered
    // after it, one push after another, with the rules above. The people's
    // rows are locked in id order first, so two batches (from this process or
    // another server's) never each hold a row the other waits for.
    this.#batch = new PreparedQuery((slot) => ({
      compile: () =>
        sql<BatchRow>`
        with pushes as materialized (
          select p.no, coalesce(p.user_id, s.user_id) as user_id
          from unnest(${slot(0)}::text[], ${slot(1)}::text[], ${slot(2)}::text[])
            with ordinality as p(user_id, token_hash, now, no)
          left join auth_sessions s
            on p.user_id is null and s.token_hash = p.token_hash and s.expires_at > p.now
        ), incoming as (
          select p.user_id, v.push, v.id, v.type, v.updated_at, v.deleted, v.data, v.ord
          from unnest(
            ${slot(3)}::integer[], ${slot(4)}::text[], ${slot(5)}::text[], ${slot(6)}::text[], ${slot(7)}::integer[], ${slot(8)}::text[]
          ) with ordinality as v(push, id, type, updated_at, deleted, data, ord)
          join pushes p on p.no = v.push
          where p.user_id is not null
        ), counts as (
          select user_id, count(*)::integer as n from incoming group by user_id
        ), locked as materialized (
          select id from users where id in (select user_id from counts) order by id for update
        ), bumped as (
          update users u set sync_seq = u.sync_seq + c.n from counts c
          where u.id = c.user_id and u.id in (select id from locked)
          returning u.id, u.sync_seq, c.n
        ), numbered as (
          select v.user_id, v.push, v.id, v.type, v.updated_at, v.deleted, v.data,
            b.sync_seq - b.n + row_number() over (partition by v.user_id order by v.push, v.ord) as seq
          from incoming v join bumped b on b.id = v.user_id
        ), written as (
          insert into records (user_id, id, type, updated_at, deleted, data, seq)
          select user_id, id, type, updated_at, deleted, data, seq from numbered
          on conflict (user_id, id) do update set
            updated_at = excluded.updated_at, deleted = excluded.deleted, data = excluded.data, seq = excluded.seq
            where records.updated_at collate "C" < excluded.updated_at collate "C" and records.type = excluded.type
          returning user_id, id
        )
        select (
            select json_agg(json_build_array(p.no, p.user_id, n.last))
            from pushes p left join (select push, max(seq) as last from numbered group by push) n on n.push = p.no
          ) as pushes,
          (select json_agg(json_build_array(user_id, id)) from written) as written`.compile(db),
    }));
  }

  /**
   * Stores several pushes (of one person or more; one person's numbered in
   * the order given) in one statement on PostgreSQL: one round trip and one
   * commit for them all. Answers, for each push, its person (undefined when
   * its session is not valid), its own last sequence number (undefined when
   * the person has no account row, or nothing was stored) and the ids
   * written. The caller finishes each push with `finish`.
   *
   * Two pushes of one person that carry the same record fail the statement
   * (one statement cannot write a row twice): the caller stores them apart.
   */
  async storeBatch(
    db: QueryRunner,
    pushes: readonly { readonly pusher: Pusher; readonly incoming: readonly SyncRecord[] }[],
  ): Promise<{ userId: string | undefined; counter: number | undefined; written: Set<string> }[]> {
    const byUser: (string | null)[] = [];
    const byToken: (string | null)[] = [];
    const at: (string | null)[] = [];
    const pushOf: number[] = [];
    const changes: SyncRecord[] = [];
    for (const [i, { pusher, incoming }] of pushes.entries()) {
      const session = 'session' in pusher ? pusher.session : undefined;
      byUser.push(session ? null : (pusher as { userId: string }).userId);
      byToken.push(session?.tokenHash ?? null);
      at.push(session?.now ?? null);
      for (const change of incoming) {
        pushOf.push(i + 1);
        changes.push(change);
      }
    }
    const values = [byUser, byToken, at, pushOf, ...asArrays(changes)];
    const row = firstRow((await this.#batch.execute(db, values)).rows);
    const written = new Map<string, Set<string>>();
    for (const [userId, id] of row.written ?? []) {
      const ids = written.get(userId) ?? new Set<string>();
      ids.add(id);
      written.set(userId, ids);
    }
    const answers = new Map((row.pushes ?? []).map(([no, userId, last]) => [no, { userId, last }]));
    return pushes.map(({ incoming }, i) => {
      const answer = answers.get(i + 1);
      const userId = answer?.userId ?? undefined;
      const ofPerson = userId === undefined ? undefined : written.get(userId);
      return {
        userId,
        counter: answer?.last === null || answer?.last === undefined ? undefined : Number(answer.last),
        // A person's pushes in one batch carry different records (see above).
        written: new Set(incoming.filter((c) => ofPerson?.has(c.id)).map((c) => c.id)),
      };
    });
  }

  /**
   * A pull (nothing to store) with its records as JSON text, written by the
   * database: what `sync` with no changes answers, its changes as
   * storedRecordJson would write them, joined by commas. Run inside a
   * transaction on SQLite (one snapshot); on PostgreSQL every record numbered
   * up to the counter read first is committed (the counter is bumped by the
   * statement that stores the records it numbers).
   */
  async pullJson(
    tx: QueryRunner,
    userId: string,
    cursorIn: number | null,
  ): Promise<{ cursor: number; changesJson: string }> {
    const counter = Number(firstRow((await this.#readSeq.execute(tx, [userId])).rows).sync_seq);
    const from = cursorIn === null || cursorIn > counter ? 0 : cursorIn;
    if (from >= counter) return { cursor: counter, changesJson: '' };
    const page = firstRow((await this.#pullJson.execute(tx, [userId, from, counter])).rows);
    const full = Number(page.n) === PULL_PAGE_SIZE;
    return { cursor: full ? Number(page.last) : counter, changesJson: page.json ?? '' };
  }

  async sync(
    tx: QueryRunner,
    userId: string,
    cursorIn: number | null,
    changes: readonly SyncRecord[],
  ): Promise<SyncOutcome> {
    const incoming = latestPerId(changes);
    if (incoming.length === 0) {
      const counter = Number(firstRow((await this.#readSeq.execute(tx, [userId])).rows).sync_seq);
      return this.finish(tx, userId, cursorIn, incoming, counter, new Set());
    }
    const bumped = await this.#bumpSeq.execute(tx, [incoming.length, userId]);
    const counter = Number(firstRow(bumped.rows).sync_seq);
    const written = await this.#store(tx, userId, incoming, counter - incoming.length + 1);
    return this.finish(tx, userId, cursorIn, incoming, counter, written);
  }

  /** After the store: explains what was not written, and pulls what changed since the cursor. */
  async finish(
    tx: QueryRunner,
    userId: string,
    cursorIn: number | null,
    incoming: readonly SyncRecord[],
    counter: number,
    written: ReadonlySet<string>,
  ): Promise<SyncOutcome> {
    const refused: RefusedChange[] = [];
    const losers: StoredRecord[] = [];
    if (written.size < incoming.length) {
      const unwritten = incoming.filter((c) => !written.has(c.id));
      this.#explain(await this.#storedCopies(tx, userId, unwritten), unwritten, refused, losers);
    }
    const ownFrom = incoming.length > 0 ? counter - incoming.length + 1 : Number.POSITIVE_INFINITY;

    // A cursor from beyond this server's count (say, after a restore from an
    // older backup) cannot be trusted: start over from the beginning.
    const from = cursorIn === null || cursorIn > counter ? 0 : cursorIn;
    // Our own writes (seq >= ownFrom) are what the client just sent: no need to echo them.
    const upTo = Math.min(counter, ownFrom - 1);
    // A client that was up to date before this push has nothing to pull.
    const rows = from >= upTo ? [] : (await this.#pull.execute(tx, [userId, from, upTo])).rows;
    const full = rows.length === PULL_PAGE_SIZE;
    const pulledIds = new Set(rows.map((r) => r.id));
    return {
      cursor: full ? Number(rows.at(-1)?.seq ?? counter) : counter,
      changes: [...rows.map(withoutSeq), ...losers.filter((r) => !pulledIds.has(r.id))],
      refused,
    };
  }

  /** Upserts the changes; returns the ids actually written (new, or newer than the stored copy). */
  async #store(
    tx: QueryRunner,
    userId: string,
    changes: readonly SyncRecord[],
    firstSeq: number,
  ): Promise<Set<string>> {
    const written = new Set<string>();
    let at = 0;
    for (const size of chunkSizes(changes.length)) {
      const values: unknown[] = [userId];
      for (let i = 0; i < size; i++) {
        const r = changes[at + i] as SyncRecord;
        values.push(
          r.id,
          r.type,
          r.updatedAt,
          r.deleted ? 1 : 0,
          r.data === null ? null : JSON.stringify(r.data),
          firstSeq + at + i,
        );
      }
      at += size;
      for (const row of (await this.#upsert.for(size).execute(tx, values)).rows) written.add(row.id);
    }
    return written;
  }

  async #storedCopies(
    tx: QueryRunner,
    userId: string,
    changes: readonly SyncRecord[],
  ): Promise<StoredRecord[]> {
    const found: StoredRecord[] = [];
    let at = 0;
    for (const size of chunkSizes(changes.length)) {
      const ids = changes.slice(at, at + size).map((c) => c.id);
      at += size;
      found.push(...(await this.#stored.for(size).execute(tx, [userId, ...ids])).rows);
    }
    return found;
  }

  /**
   * Why each unwritten change was not stored: another type (refused), an
   * older clock (the stored copy goes back to the client), or the same clock
   * (a retry: nothing to say).
   */
  #explain(
    stored: readonly StoredRecord[],
    unwritten: readonly SyncRecord[],
    refused: RefusedChange[],
    losers: StoredRecord[],
  ): void {
    const storedById = new Map(stored.map((row) => [row.id, row]));
    for (const change of unwritten) {
      const current = storedById.get(change.id);
      if (!current) continue;
      if (current.type !== change.type) {
        refused.push({
          id: change.id,
          field: 'type',
          reason: `"type" cannot change: record ${change.id} is a ${current.type} record`,
        });
      } else if (compareHlc(change.updatedAt, current.updated_at) < 0) {
        losers.push(current);
      }
    }
  }
}

/**
 * Of several changes to one record in a batch, the one with the latest clock
 * (the first of equals), so one statement can store the batch.
 */
export function latestPerId(changes: readonly SyncRecord[]): SyncRecord[] {
  const byId = new Map<string, SyncRecord>();
  for (const change of changes) {
    const seen = byId.get(change.id);
    if (!seen || compareHlc(change.updatedAt, seen.updatedAt) > 0) byId.set(change.id, change);
  }
  return [...byId.values()];
}

/** The changes as PostgreSQL arrays, one a column: id, type, updated_at, deleted, data. */
function asArrays(changes: readonly SyncRecord[]): unknown[][] {
  return [
    changes.map((c) => c.id),
    changes.map((c) => c.type),
    changes.map((c) => c.updatedAt),
    changes.map((c) => (c.deleted ? 1 : 0)),
    changes.map((c) => (c.data === null ? null : JSON.stringify(c.data))),
  ];
}

function firstRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw accountGone();
  return row;
}

const withoutSeq = (row: RecordRow): StoredRecord => ({
  id: row.id,
  type: row.type,
  updated_at: row.updated_at,
  deleted: row.deleted,
  data: row.data,
});
