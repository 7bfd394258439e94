import type { CompiledQuery, QueryResult } from 'kysely';
import type { SqliteConnection } from './connect.js';
import type { Transactor } from './group-commit.js';
import type { QueryRunner } from './prepared.js';

/**
 * Runs Kysely's compiled queries on a SQLite connection without Kysely's
 * driver in between (its connection hand-off, locks and result plumbing
 * cost the writer thread about a sixth of its time). The SQL is still built
 * by Kysely (see PreparedQuery); only the running is direct. For the writer
 * thread: one connection, one transaction at a time.
 */
export class DirectSqlite implements QueryRunner, Transactor {
  readonly #sqlite: SqliteConnection;

  constructor(sqlite: SqliteConnection) {
    this.#sqlite = sqlite;
  }

  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>> {
    try {
      const statement = this.#sqlite.prepare(query.sql);
      const parameters = query.parameters as unknown[];
      if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
      const { changes } = statement.run(parameters);
      return Promise.resolve({ rows: [], numAffectedRows: BigInt(changes) });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * `work` in a transaction that takes the write lock at once (BEGIN
   * IMMEDIATE): one that started as a reader could not always become a
   * writer while another connection writes.
   */
  async transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.#sqlite.prepare('begin immediate').run();
    try {
      const outcome = await work(this);
      this.#sqlite.prepare('commit').run();
      return outcome;
    } catch (error) {
      if (this.#sqlite.inTransaction) this.#sqlite.prepare('rollback').run();
      throw error;
    }
  }

  close(): void {
    this.#sqlite.close();
  }
}
