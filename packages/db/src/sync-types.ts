import type { SyncRecord } from '@crick/core';
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

/** Stores and pulls a person's records: `sync` is one exchange of POST /api/sync. */
export interface RecordStore {
  sync(userId: string, cursor: number | null, changes: readonly SyncRecord[]): Promise<SyncOutcome>;
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
