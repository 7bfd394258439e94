import type { SyncRecord } from '@crick/core';
import type { Kysely } from 'kysely';
import type { CrickDatabase } from './connect.js';
import { GroupCommit, kyselyTransactor } from './group-commit.js';
import { PostgresBatcher } from './postgres-batcher.js';
import { perDatabase } from './prepared.js';
import type { Database } from './schema.js';
import { SqliteWriter } from './sqlite-writer.js';
import { SyncStatements } from './sync-statements.js';
import type { RecordStore, SyncOutcome } from './sync-types.js';

/**
 * The record store for a database. A SQLite file gets a writer thread (see
 * SqliteWriter); an in-memory SQLite database, which no second connection can
 * open, gets the same group commit on this thread. On PostgreSQL, pushes
 * that arrive together go in one statement (see PostgresBatcher).
 */
export function createRecordStore(database: Pick<CrickDatabase, 'db' | 'kind'>, file?: string): RecordStore {
  if (database.kind === 'sqlite' && file !== undefined && file !== ':memory:') {
    return new SqliteWriter(file, (userId, cursor, changes) =>
      syncRecords(database.db, userId, cursor, changes),
    );
  }
  const statements = syncStatementsFor(database.db);
  if (database.kind === 'sqlite') {
    const group = new GroupCommit<SyncOutcome>(kyselyTransactor(database.db));
    return {
      sync: (userId, cursor, changes) => group.run((tx) => statements.sync(tx, userId, cursor, changes)),
      close: () => group.idle(),
    };
  }
  return new PostgresBatcher(database.db, statements);
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

/**
 * A pull (nothing to store) for the sync route: the cursor, and the records
 * changed since the cursor as the answer's JSON (see SyncStatements.pullJson).
 */
export function pullRecordsJson(
  database: Pick<CrickDatabase, 'db' | 'postgres'>,
  userId: string,
  cursor: number | null,
): Promise<{ cursor: number; changesJson: string }> {
  const statements = syncStatementsFor(database.db);
  if (database.postgres) return statements.pullJson(database.db, userId, cursor);
  return database.db.transaction().execute((tx) => statements.pullJson(tx, userId, cursor));
}
