import type { Result, SyncRecord } from '@crick/core';
import type { Selectable } from 'kysely';
import type { RecordsTable } from './schema.js';

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

export type RecordRow = Selectable<RecordsTable>;

/**
 * A record as stored, its data still JSON text: a pull of a year's records
 * hands them on without parsing and re-serializing every one.
 */
export type StoredRecord = Omit<RecordRow, 'user_id' | 'seq'>;

export const toSyncRecord = (row: StoredRecord): SyncRecord =>
  ({
    id: row.id,
    type: row.type,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    data: row.data === null ? null : JSON.parse(row.data),
  }) as SyncRecord;

export const storedToSyncRecord = toSyncRecord;

/** The record's JSON, written from the stored text (which the store itself serialized). */
export const storedRecordJson = (row: StoredRecord): string =>
  `{"id":${JSON.stringify(row.id)},"type":${JSON.stringify(row.type)},"updatedAt":${JSON.stringify(row.updated_at)},"deleted":${row.deleted === 1},"data":${row.data ?? 'null'}}`;

/** A session as a request presents it: its token's hash, valid if it has not expired by `now`. */
export interface SessionKey {
  readonly tokenHash: string;
  /** ISO 8601, compared with the session's `expires_at`. */
  readonly now: string;
}

/** Why a session-checked push stored nothing: the session is unknown, ended or expired. */
export type SessionRefusal = 'session_ended';

/** Stores and pulls a person's records: `sync` is one exchange of POST /api/sync. */
export interface RecordStore {
  sync(userId: string, cursor: number | null, changes: readonly SyncRecord[]): Promise<SyncOutcome>;
  /**
   * A push (one change or more) by whoever holds the session, the session
   * checked by the statement that stores the changes: one round trip, where
   * a lookup first would be two. A session not valid when the statement runs
   * stores nothing. Only stores that can offer it (PostgreSQL's).
   */
  pushAs?(
    session: SessionKey,
    cursor: number | null,
    changes: readonly SyncRecord[],
  ): Promise<Result<SyncOutcome, SessionRefusal>>;
  /** Gets ready before the first sync (a writer thread starts); optional. */
  open?(): Promise<void>;
  /** Waits for work in flight, then lets go of what the store holds (a writer thread). */
  close(): Promise<void>;
}

const ACCOUNT_GONE = 'CRICK_ACCOUNT_GONE';

/**
 * A sync for a person whose account row is gone: deleted (DELETE /api/me)
 * between the session check and the store. Nothing was stored. It carries a
 * code, not a class, so it survives the SQLite writer thread's messages.
 */
export const accountGone = (): Error =>
  Object.assign(new Error('sync: the person has no account row (deleted meanwhile)'), { code: ACCOUNT_GONE });

export const isAccountGone = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === ACCOUNT_GONE;
