import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, type PostgresPool, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { PgliteDialect } from './pglite-dialect.js';
import { createRecordStore } from './record-store.js';
import type { Database } from './schema.js';
import type { RecordStore } from './sync-types.js';

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly pglite?: PGlite };

export type DialectKind = DatabaseTarget['kind'];

export interface CrickDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DialectKind;
  /** Whether the dialect speaks PostgreSQL (PostgreSQL itself or PGlite). */
  readonly postgres: boolean;
  /** Where sync exchanges go (made on first use: commands that never sync start no writer). */
  readonly records: RecordStore;
  /** Finishes syncs in flight, then closes every connection. */
  close(): Promise<void>;
}

/**
 * Opens the database. SQLite runs in WAL mode with synchronous=FULL so a
 * commit is on disk before the server answers: an acknowledged sync is never lost.
 */
export async function openDatabase(target: DatabaseTarget): Promise<CrickDatabase> {
  const db = new Kysely<Database>({ dialect: await dialectFor(target) });
  let records: RecordStore | undefined;
  const database: CrickDatabase = {
    db,
    kind: target.kind,
    postgres: target.kind !== 'sqlite',
    get records() {
      records ??= createRecordStore(database, target.kind === 'sqlite' ? target.file : undefined);
      return records;
    },
    close: async () => {
      await records?.close();
      await db.destroy();
    },
  };
  return database;
}

async function dialectFor(target: DatabaseTarget) {
  switch (target.kind) {
    case 'sqlite':
      return new SqliteDialect({ database: openSqliteFile(target.file) });
    case 'postgres':
      return new PostgresDialect({
        pool: withNamedStatements(
          survivingRestarts(
            new pg.Pool({
              connectionString: target.url,
              max: target.poolSize ?? 10,
              connectionTimeoutMillis: 5000,
            }),
          ),
        ),
      });
    case 'pglite': {
      const pglite = target.pglite ?? new (await import('@electric-sql/pglite')).PGlite();
      return new PgliteDialect(pglite);
    }
  }
}

/** A SQLite connection with Crick's settings, whose statements are prepared once each. */
export interface SqliteConnection {
  /** Whether a transaction is open on this connection. */
  readonly inTransaction: boolean;
  prepare(query: string): SqliteDatabase.Statement;
  close(): void;
}

/**
 * Opens a SQLite file (making its folder) in WAL mode with synchronous=FULL,
 * so a commit is on disk before the server answers.
 */
export function openSqliteFile(file: string): SqliteConnection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return withStatementCache(sqlite);
}

/**
 * Kysely prepares every query afresh; a sync runs the same few statements
 * again and again, so keep the prepared ones. (Safe: we never hold an
 * iterator open on a statement while running it again.)
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteConnection {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    get inTransaction() {
      return sqlite.inTransaction;
    },
    prepare(query: string) {
      let statement = cache.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (cache.size >= 500) cache.clear();
        cache.set(query, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/**
 * PostgreSQL parses and plans an unnamed statement every time it is sent; a
 * sync sends the same few again and again. Naming them (by a hash of the
 * text) lets each connection parse and plan them once, as the SQLite cache
 * above does. Only data statements are named: their number is bounded by the
 * code, and DDL has nothing to gain.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < 1000 && /^(select|insert|update|delete|with)\s/i.test(text)) {
      name = `crick_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      // A connection cut while checked out (and between queries) emits 'error'
      // on the client; unheard, that would end the process. The next query
      // on it fails on its own, and release() then drops it from the pool.
      const ignore = () => {};
      client.on('error', ignore);
      return {
        // Kysely calls query(text, values), or query(cursor) to stream (which Crick never does).
        query: ((text: string, values: unknown[]) => {
          const name = nameOf(text);
          return name === undefined ? client.query(text, values) : client.query({ name, text, values });
        }) as never,
        release: (destroy?: boolean) => {
          client.off('error', ignore);
          client.release(destroy);
        },
      };
    },
    end: () => pool.end(),
  };
}

/**
 * A PostgreSQL restart, or pg_terminate_backend, cuts the pool's idle
 * connections, and the pool emits 'error': unheard, that ends the process.
 * The pool has already dropped the connection and opens a new one on the
 * next query, so there is nothing to do but hear it. (The requests that
 * meet the database away get 503, see isDatabaseUnavailable.)
 */
function survivingRestarts(pool: pg.Pool): pg.Pool {
  pool.on('error', () => {});
  return pool;
}

/**
 * Whether an error means the database is away (down, restarting, the
 * connection cut), not that the query was wrong: the caller may try again.
 * PostgreSQL's classes 08 (connection exception) and 57 (operator
 * intervention: shutdown, terminated), and the driver's own socket errors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^(08|57P0)/.test(code)) return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return true;
  return (
    typeof message === 'string' &&
    /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/.test(
      message,
    )
  );
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
