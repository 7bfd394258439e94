import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** How often a running server refreshes its row. */
export const HEARTBEAT_MS = 10_000;
/** A row refreshed within this long means a server is running (three beats missed: it is gone). */
export const PRESENCE_WINDOW_MS = 3 * HEARTBEAT_MS;

/**
 * How a restore knows a server is using the database, the same way on
 * SQLite and PostgreSQL: each server keeps a row in `crick_servers` and
 * refreshes its `beat_at` every HEARTBEAT_MS; it deletes the row when it
 * stops. A row fresher than PRESENCE_WINDOW_MS is a running server; a
 * killed server's row goes stale and stops counting. (A lock would die with
 * its connection, and SQLite has no lock another process can test without
 * blocking writers.)
 */
export class Presence {
  readonly id = randomUUID();
  readonly #db: Kysely<Database>;
  readonly #now: () => Date;
  #timer: NodeJS.Timeout | undefined;

  constructor(db: Kysely<Database>, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Writes the row, then refreshes it every HEARTBEAT_MS, calling `onBeat` after each refresh. */
  async start(onBeat: () => Promise<void> = async () => {}): Promise<void> {
    const at = this.#now().toISOString();
    await this.#db
      .insertInto('crick_servers')
      .values({ id: this.id, host: hostname(), pid: process.pid, started_at: at, beat_at: at })
      .execute();
    this.#timer = setInterval(() => {
      // A database that is away misses a beat; the next one writes again.
      void this.#beat()
        .then(onBeat)
        .catch(() => {});
    }, HEARTBEAT_MS);
    this.#timer.unref();
  }

  async #beat(): Promise<void> {
    const at = this.#now().toISOString();
    const updated = await this.#db
      .updateTable('crick_servers')
      .set({ beat_at: at })
      .where('id', '=', this.id)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) {
      await this.#db
        .insertInto('crick_servers')
        .values({ id: this.id, host: hostname(), pid: process.pid, started_at: at, beat_at: at })
        .execute();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#db.deleteFrom('crick_servers').where('id', '=', this.id).execute();
  }
}

/** The servers whose heartbeat is fresh at `now`: running, by this measure. */
export async function runningServers(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<{ host: string; pid: number; beatAt: string }[]> {
  const since = new Date(now.getTime() - PRESENCE_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom('crick_servers')
    .select(['host', 'pid', 'beat_at'])
    .where('beat_at', '>', since)
    .execute();
  return rows.map((r) => ({ host: r.host, pid: r.pid, beatAt: r.beat_at }));
}
