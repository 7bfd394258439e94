import type { SyncRecord } from '@crick/core';
import type { Kysely } from 'kysely';
import type { CrickDatabase } from './connect.js';
import { GroupCommit } from './group-commit.js';
import { InFlight } from './in-flight.js';
import { perDatabase } from './prepared.js';
import type { Database } from './schema.js';
import { SqliteWriter } from './sqlite-writer.js';
import { SyncStatements } from './sync-statements.js';
import type { RecordStore, SyncOutcome } from './sync-types.js';

/**
 * The record store for a database. A SQLite file gets a writer thread (see
 * SqliteWriter); an in-memory SQLite database, which no second connection can
 * open, gets the same group commit on this thread. PostgreSQL commits
 * concurrent transactions in parallel and flushes its log for them together
 * by itself, so each push is simply one statement (see syncPostgres).
 */
export function createRecordStore(database: Pick<CrickDatabase, 'db' | 'kind'>, file?: string): RecordStore {
  if (database.kind === 'sqlite' && file !== undefined && file !== ':memory:') {
    return new SqliteWriter(file, (userId, cursor, changes) =>
      syncRecords(database.db, userId, cursor, changes),
    );
  }
  const statements = syncStatementsFor(database.db);
  if (database.kind === 'sqlite') {
    const group = new GroupCommit<SyncOutcome>(database.db);
    return {
      sync: (userId, cursor, changes) => group.run((tx) => statements.sync(tx, userId, cursor, changes)),
      close: () => group.idle(),
    };
  }
  // PostgreSQL: one statement per push, no transaction to hold (see syncPostgres).
  const inFlight = new InFlight();
  return {
    sync: (userId, cursor, changes) =>
      inFlight.track(statements.syncPostgres(database.db, userId, cursor, changes)),
    close: () => inFlight.idle(),
  };
}

/**
 * One sync exchange in a transaction of its own, answered after the commit.
 * (The server goes through its database's record store instead.)
 */
export async function syncRecords(
  db: Kysely<Database>,
  userId: string,
  cursor: number | null,
  changes: readonly SyncRecord[],
): Promise<SyncOutcome> {
  const statements = syncStatementsFor(db);
  return db.transaction().execute((tx) => statements.sync(tx, userId, cursor, changes));
}

const syncStatementsFor = (db: Kysely<Database>): SyncStatements =>
  perDatabase(db, 'SyncStatements', () => new SyncStatements(db));
