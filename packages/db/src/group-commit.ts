import { CompiledQuery, type Kysely } from 'kysely';
import type { QueryRunner } from './prepared.js';
import type { Database } from './schema.js';

/** Runs work in a transaction: committed when it resolves, rolled back when it throws. */
export interface Transactor {
  transaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
}

/** Kysely's transactions as a Transactor. */
export const kyselyTransactor = (db: Kysely<Database>): Transactor => ({
  transaction: (work) => db.transaction().execute(work),
});

interface Job<T> {
  work(tx: QueryRunner): Promise<T>;
  resolve(outcome: T): void;
  reject(error: unknown): void;
}

const savepoint = CompiledQuery.raw('savepoint group_job');
const release = CompiledQuery.raw('release savepoint group_job');
const rollback = CompiledQuery.raw('rollback to savepoint group_job');

/** Most jobs one commit carries: a bigger group holds the write lock longer. */
const MAX_GROUP = 128;

/**
 * SQLite makes one writer wait for the disk (fsync) at every commit, so
 * jobs that arrive together are committed together: each in its own
 * savepoint (one that fails is undone alone), one commit for the group, and
 * no job hears "done" before that commit.
 */
export class GroupCommit<T> {
  readonly #db: Transactor;
  #queue: Job<T>[] = [];
  #draining: Promise<void> | null = null;

  constructor(db: Transactor) {
    this.#db = db;
  }

  run(work: Job<T>['work']): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ work, resolve, reject });
      // Start after this turn of the event loop, so every job that arrived
      // with this one joins its group (better-sqlite3 answers synchronously:
      // started now, the group would hold only this job).
      this.#draining ??= new Promise((done) => setImmediate(() => this.#drain().finally(done)));
    });
  }

  /** Resolves when no job is waiting or running. */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_GROUP);
        const settled: (() => void)[] = [];
        try {
          await this.#db.transaction(async (tx) => {
            for (const job of batch) {
              await tx.executeQuery(savepoint);
              try {
                const outcome = await job.work(tx);
                await tx.executeQuery(release);
                settled.push(() => job.resolve(outcome));
              } catch (error) {
                await tx.executeQuery(rollback);
                await tx.executeQuery(release);
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
      this.#draining = null;
    }
  }
}
