import {
  type CrickDatabase,
  clearLoginFailures,
  countAuthAttempt,
  loginLockedUntil,
  recordLoginFailure,
} from '@crick/db';
import { hashToken } from './auth.js';

/** Failed log-ins in a row an email gets before each further one must wait. */
export const FREE_TRIES = 5;
const LONGEST_WAIT_MS = 15 * 60 * 1000;

/** The wait after this many failures in a row: none for the free tries, then 1 s, 2 s, 4 s ... up to 15 minutes. */
export function backoffMs(failures: number, freeTries = FREE_TRIES): number {
  const over = failures - freeTries;
  return over > 0 ? Math.min(1000 * 2 ** (over - 1), LONGEST_WAIT_MS) : 0;
}

/** Counter keys are hashes: the database holds no client address, and no email that has no account, in the clear. */
const counterKey = (kind: string, value: string) => hashToken(`${kind}\n${value}`);

/**
 * Log-in back-off per email, kept in the database so that every server on it
 * guards the same door: after five failures in a row, each further try waits
 * twice as long; a success clears it.
 */
export class LoginBackoff {
  readonly #db: CrickDatabase['db'];

  constructor(database: Pick<CrickDatabase, 'db'>) {
    this.#db = database.db;
  }

  /** Seconds to wait before this email may try again; 0 when it may try now. */
  async waitSeconds(email: string, now: Date): Promise<number> {
    const until = await loginLockedUntil(this.#db, counterKey('email', email));
    const wait = until === undefined ? 0 : Date.parse(until) - now.getTime();
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  async failed(email: string, now: Date): Promise<void> {
    await recordLoginFailure(this.#db, counterKey('email', email), now, (failures) => backoffMs(failures));
  }

  async succeeded(email: string): Promise<void> {
    await clearLoginFailures(this.#db, counterKey('email', email));
  }
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit whose counts live in the database (its
 * own keeps them in one process's memory). Each route counts apart: the
 * plugin makes a child per route.
 */
export function databaseRateLimitStore(database: Pick<CrickDatabase, 'db'>, now: () => Date) {
  return class DatabaseRateLimitStore {
    readonly scope: string;

    // The plugin passes each route's merged options, its route under `routeInfo`
    // (its types say otherwise; this is what index.js sends).
    constructor(options: object = {}) {
      const route = (options as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      this.scope = route?.url ? `${String(route.method)} ${route.url}` : '';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      const at = now();
      countAuthAttempt(
        database.db,
        counterKey(`attempts ${this.scope}`, key),
        at.toISOString(),
        new Date(at.getTime() + timeWindow).toISOString(),
      ).then(
        ({ count, windowEndsAt }) =>
          callback(null, { current: count, ttl: Math.max(0, Date.parse(windowEndsAt) - at.getTime()) }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object) {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}
