import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The log-in door's counters. Each change is one statement that the database
 * applies atomically, so servers sharing a database count together: an
 * attacker gains nothing by spreading tries across them.
 */

/** Counts one attempt for a key in a fixed window; answers the count and when the window ends. */
export async function countAuthAttempt(
  db: Kysely<Database>,
  key: string,
  now: string,
  windowEndsIfNew: string,
): Promise<{ count: number; windowEndsAt: string }> {
  const row = await db
    .insertInto('auth_attempts')
    .values({ key, count: 1, window_ends_at: windowEndsIfNew })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = eb('auth_attempts.window_ends_at', '<=', now);
        return {
          count: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('auth_attempts.count', '+', 1))
            .end(),
          window_ends_at: eb
            .case()
            .when(ended)
            .then(eb.ref('excluded.window_ends_at'))
            .else(eb.ref('auth_attempts.window_ends_at'))
            .end(),
        };
      }),
    )
    .returning(['count', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowEndsAt: row.window_ends_at };
}

/** When the next log-in for this key may try; undefined when it has no failures. */
export async function loginLockedUntil(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_failures')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.locked_until;
}

/**
 * Counts a failed log-in and locks the key until `lockFor(failures)` after
 * `now`. The lock only ever moves later, so two servers failing the same
 * email at once leave the longer wait.
 */
export async function recordLoginFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  lockFor: (failures: number) => number,
): Promise<number> {
  const { failures } = await db
    .insertInto('login_failures')
    .values({ key, failures: 1, locked_until: now.toISOString() })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({ failures: eb('login_failures.failures', '+', 1) })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  const until = new Date(now.getTime() + lockFor(Number(failures))).toISOString();
  await db
    .updateTable('login_failures')
    .set({ locked_until: until })
    .where('key', '=', key)
    .where('locked_until', '<', until)
    .execute();
  return Number(failures);
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

/** Drops ended windows, and failures with a quiet day behind them. */
export async function deleteStaleLoginGuard(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('auth_attempts').where('window_ends_at', '<=', now.toISOString()).execute();
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  await db.deleteFrom('login_failures').where('locked_until', '<', dayAgo).execute();
}
