import { Worker } from 'node:worker_threads';
import type { SyncRecord } from '@crick/core';
import { InFlight } from './in-flight.js';
import type { RecordStore, SyncOutcome } from './sync-types.js';

/** One sync exchange for the writer thread. */
export interface WriterRequest {
  readonly n: number;
  readonly userId: string;
  readonly cursor: number | null;
  readonly changes: readonly SyncRecord[];
}

/**
 * What the writer thread is sent: the exchanges that arrived in one turn of
 * the event loop (a message each would cost a wake-up each), or "finish and close".
 */
export type WriterMessage = { readonly requests: readonly WriterRequest[] } | { readonly close: true };

/** What it answers: the outcome once committed, or why the exchange failed. */
export type WriterAnswer =
  | { readonly n: number; readonly outcome: SyncOutcome }
  | { readonly n: number; readonly error: { readonly message: string; readonly code?: string } };

// The built file, from src/ (tests) and dist/ alike: Node cannot run the
// TypeScript source in a thread, so `npm test` builds before it tests.
const workerUrl = new URL('../dist/sqlite-writer-worker.js', import.meta.url);

interface Pending {
  resolve(outcome: SyncOutcome): void;
  reject(error: Error): void;
}

/**
 * Sync writes to a SQLite file on a thread of their own. A commit waits for
 * the disk (synchronous=FULL) and better-sqlite3 waits in the calling thread:
 * on the server's only thread, every request would wait with it. The writer
 * thread groups the syncs that arrive together into one commit and answers
 * each only after that commit, so "answered" still means "on disk".
 */
export class SqliteWriter implements RecordStore {
  readonly #file: string;
  readonly #readOnly: RecordStore['sync'];
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | null = null;
  #next = 0;
  /** Requests of this turn of the event loop, sent together at its end. */
  #outbox: WriterRequest[] = [];
  readonly #inFlight = new InFlight();

  /** `readOnly` answers a sync with no changes (a pull) on this thread: readers need no writer. */
  constructor(file: string, readOnly: RecordStore['sync']) {
    this.#file = file;
    this.#readOnly = readOnly;
  }

  /** Starts the thread now rather than at the first sync, which would wait for it. */
  async open(): Promise<void> {
    const worker = this.#thread();
    await new Promise<void>((ready, failed) => {
      const onExit = () => failed(new Error('the SQLite writer thread stopped while starting'));
      worker.once('exit', onExit);
      worker.once('online', () => {
        worker.off('exit', onExit);
        ready();
      });
    });
  }

  sync(userId: string, cursor: number | null, changes: readonly SyncRecord[]): Promise<SyncOutcome> {
    if (changes.length === 0) return this.#inFlight.track(this.#readOnly(userId, cursor, changes));
    return this.#inFlight.track(
      new Promise((resolve, reject) => {
        const n = this.#next++;
        this.#pending.set(n, { resolve, reject });
        if (this.#outbox.length === 0) setImmediate(() => this.#flush());
        this.#outbox.push({ n, userId, cursor, changes });
      }),
    );
  }

  async close(): Promise<void> {
    await this.#inFlight.idle();
    const worker = this.#worker;
    this.#worker = null;
    if (worker) {
      // The thread finishes its group, closes its connection and ends. Held
      // (ref) until then: an unref'd thread lets the process end mid-close,
      // before the connection is closed and the shutdown is logged.
      worker.ref();
      worker.removeAllListeners('exit');
      const ended = new Promise((done) => worker.once('exit', done));
      worker.postMessage({ close: true } satisfies WriterMessage);
      await ended;
    }
  }

  #flush(): void {
    const requests = this.#outbox;
    this.#outbox = [];
    // Empty when the thread failed meanwhile: those requests were answered with the failure.
    if (requests.length > 0) this.#thread().postMessage({ requests } satisfies WriterMessage);
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    // Plain Node options: the thread runs the built files, whatever flags
    // (such as a test runner's "source" condition) this process started with.
    const worker = new Worker(workerUrl, { workerData: { file: this.#file }, execArgv: [] });
    // The HTTP server keeps the process alive while requests are in flight; an idle writer should not.
    worker.unref();
    worker.on('message', (answers: readonly WriterAnswer[]) => {
      for (const answer of answers) this.#settle(answer);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => {
      this.#worker = null;
      this.#failAll(new Error(`the SQLite writer thread stopped (exit code ${code})`));
    });
    this.#worker = worker;
    return worker;
  }

  #settle(answer: WriterAnswer): void {
    const pending = this.#pending.get(answer.n);
    if (!pending) return;
    this.#pending.delete(answer.n);
    if ('outcome' in answer) pending.resolve(answer.outcome);
    else pending.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
  }

  /** The thread failed: nothing it did not answer was committed, so every waiting sync fails. */
  #failAll(error: Error): void {
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    this.#outbox = [];
    for (const pending of waiting) pending.reject(error);
  }
}
