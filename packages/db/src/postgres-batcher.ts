import { err, ok, type Result, type SyncRecord } from '@crick/core';
import type { Kysely } from 'kysely';
import { InFlight } from './in-flight.js';
import type { Database } from './schema.js';
import { latestPerId, type Pusher, type SyncStatements } from './sync-statements.js';
import {
  accountGone,
  type RecordStore,
  type SessionKey,
  type SessionRefusal,
  type SyncOutcome,
} from './sync-types.js';

type Answer = Result<SyncOutcome, SessionRefusal>;

interface Push {
  readonly pusher: Pusher;
  /** One push per key in a batch: the person's id, or the session's token hash. */
  readonly key: string;
  readonly cursor: number | null;
  readonly incoming: readonly SyncRecord[];
  resolve(answer: Answer): void;
  reject(error: unknown): void;
}

/** Most pushes, and most records, one statement carries. */
const MAX_PUSHES = 256;
const MAX_RECORDS = 5000;

/**
 * Sync pushes on PostgreSQL, stored together: while a statement is on its
 * way, the pushes that arrive wait, and the next statement takes them all
 * (one per person) in one round trip and one commit. A round trip costs more
 * than the insert it carries, so under load this stores about twice as many
 * pushes a second; a push that finds the line quiet goes straight out. No
 * push is answered before its commit.
 *
 * One statement at a time: measured against two, four and eight on a
 * two-core machine, it made the biggest batches and cost PostgreSQL the
 * least CPU a push (and the server processes of a larger site each have
 * their own).
 */
export class PostgresBatcher implements RecordStore {
  readonly #db: Kysely<Database>;
  readonly #statements: SyncStatements;
  readonly #queue: Push[] = [];
  readonly #inFlight = new InFlight();
  #sending = false;
  readonly #counts = { pushes: 0, statements: 0 };

  constructor(db: Kysely<Database>, statements: SyncStatements) {
    this.#db = db;
    this.#statements = statements;
  }

  async sync(userId: string, cursor: number | null, changes: readonly SyncRecord[]): Promise<SyncOutcome> {
    const incoming = latestPerId(changes);
    // A pull writes nothing: it needs no place in a batch.
    if (incoming.length === 0) {
      return this.#inFlight.track(this.#statements.sync(this.#db, userId, cursor, incoming));
    }
    const answer = await this.#queued({ userId }, `user ${userId}`, cursor, incoming);
    // A push that names its person has no session to be refused.
    if (!answer.ok) throw new Error(`sync: a push by person id was refused (${answer.error})`);
    return answer.value;
  }

  pushAs(session: SessionKey, cursor: number | null, changes: readonly SyncRecord[]): Promise<Answer> {
    return this.#queued({ session }, `session ${session.tokenHash}`, cursor, latestPerId(changes));
  }

  #queued(
    pusher: Pusher,
    key: string,
    cursor: number | null,
    incoming: readonly SyncRecord[],
  ): Promise<Answer> {
    return this.#inFlight.track(
      new Promise((resolve, reject) => {
        this.#queue.push({ pusher, key, cursor, incoming, resolve, reject });
        this.#send();
      }),
    );
  }

  close(): Promise<void> {
    return this.#inFlight.idle();
  }

  /** Pushes stored so far, and the batch statements that carried them. */
  get counts(): { readonly pushes: number; readonly statements: number } {
    return { ...this.#counts };
  }

  #send(): void {
    if (this.#sending || this.#queue.length === 0) return;
    this.#sending = true;
    void this.#store(this.#take()).finally(() => {
      this.#sending = false;
      this.#send();
    });
  }

  /**
   * The next batch from the queue, in arrival order, within the size limits:
   * one push per person or session (a second waits for the next statement,
   * so a device's pushes are stored in the order they came).
   */
  #take(): Push[] {
    const batch: Push[] = [];
    const keys = new Set<string>();
    let records = 0;
    for (let i = 0; i < this.#queue.length && batch.length < MAX_PUSHES; ) {
      const push = this.#queue[i] as Push;
      const fits = batch.length === 0 || records + push.incoming.length <= MAX_RECORDS;
      if (keys.has(push.key) || !fits) {
        i += 1;
        continue;
      }
      this.#queue.splice(i, 1);
      batch.push(push);
      keys.add(push.key);
      records += push.incoming.length;
    }
    return batch;
  }

  async #store(batch: readonly Push[]): Promise<void> {
    let stored: Awaited<ReturnType<SyncStatements['storeBatch']>>;
    try {
      this.#counts.statements += 1;
      stored = await this.#statements.storeBatch(this.#db, batch);
      this.#counts.pushes += batch.length;
    } catch (error) {
      // The statement stored nothing. Alone, a push that cannot be stored
      // fails by itself and the others still go in.
      if (batch.length === 1) (batch[0] as Push).reject(error);
      else await Promise.all(batch.map((push) => this.#store([push])));
      return;
    }
    await Promise.all(batch.map((push, i) => this.#finish(push, stored[i] as (typeof stored)[number])));
  }

  async #finish(
    push: Push,
    stored: Awaited<ReturnType<SyncStatements['storeBatch']>>[number],
  ): Promise<void> {
    const { userId, counter, written } = stored;
    try {
      if (userId === undefined) return push.resolve(err('session_ended'));
      // A session's pull (nothing to store) reads as any pull does.
      if (push.incoming.length === 0)
        return push.resolve(ok(await this.#statements.sync(this.#db, userId, push.cursor, [])));
      if (counter === undefined) throw accountGone();
      push.resolve(
        ok(await this.#statements.finish(this.#db, userId, push.cursor, push.incoming, counter, written)),
      );
    } catch (error) {
      push.reject(error);
    }
  }
}
