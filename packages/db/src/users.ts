import DataLoader from 'dataloader';
import { type Kysely, type Selectable, sql } from 'kysely';
import { onPostgres } from './dialect.js';
import { preparedFor } from './prepared.js';
import { deletePushOf } from './push.js';
import type { AuthSessionsTable, Database, UsersTable } from './schema.js';

export const roles = ['person', 'clinician', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** A clinician's display name; null for a person or an admin. */
  readonly name: string | null;
  readonly createdAt: string;
}

export interface NewUser {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly name?: string | null;
  readonly now: string;
}

const toUser = (
  row: Pick<Selectable<UsersTable>, 'id' | 'email' | 'role' | 'created_at'> & { name?: string | null },
): User => ({
  id: row.id,
  email: row.email,
  role: row.role as Role,
  name: row.name ?? null,
  createdAt: row.created_at,
});

/** Both dialects' codes for "that unique key is taken". */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Adds an account; `email_taken` when the address already has one. */
export async function insertUser(
  db: Kysely<Database>,
  user: NewUser,
): Promise<{ ok: true; user: User } | { ok: false; reason: 'email_taken' }> {
  try {
    await db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        password_hash: user.passwordHash,
        role: user.role,
        name: user.name ?? null,
        created_at: user.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'email_taken' };
    throw error;
  }
  return {
    ok: true,
    user: { id: user.id, email: user.email, role: user.role, name: user.name ?? null, createdAt: user.now },
  };
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'name', 'created_at', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'name', 'created_at'])
    .orderBy('created_at')
    .orderBy('email')
    .execute();
  return rows.map(toUser);
}

export async function setUserRole(db: Kysely<Database>, id: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', id).execute();
}

/**
 * Removes the person and everything of theirs, all or nothing: their records
 * (prescriptions among them), their shares and access log, and, for a
 * clinician, their shares and notes. A person keeps the log rows of what a
 * deleted clinician read (see AccessLogTable).
 */
export async function deleteUser(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    // On PostgreSQL, the person's row first: a push in flight holds it until it commits,
    // so its records are there to delete below, and a later push finds no person and
    // stores nothing (records have no foreign key there: 2026-12-01-13-records-owner-by-lock).
    if (onPostgres(tx)) await tx.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
    await tx.deleteFrom('records').where('user_id', '=', id).execute();
    await deletePushOf(tx, id);
    await tx
      .deleteFrom('clinician_notes')
      .where((eb) => eb.or([eb('person_id', '=', id), eb('clinician_id', '=', id)]))
      .execute();
    await tx.deleteFrom('access_log').where('person_id', '=', id).execute();
    await tx
      .deleteFrom('shares')
      .where((eb) => eb.or([eb('person_id', '=', id), eb('clinician_id', '=', id)]))
      .execute();
    await tx.deleteFrom('auth_sessions').where('user_id', '=', id).execute();
    const gone = await tx.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return gone.numDeletedRows > 0n;
  });
}

export async function insertAuthSession(
  db: Kysely<Database>,
  session: Selectable<AuthSessionsTable>,
): Promise<void> {
  await db.insertInto('auth_sessions').values(session).execute();
}

/** The signed-in user for a token hash, if the session exists and has not expired. */
export async function findSessionUser(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<User | undefined> {
  // Every signed-in request runs this: built once (see PreparedQuery).
  const query = preparedFor(db, 'findSessionUser', (slot) =>
    db
      .selectFrom('auth_sessions')
      .innerJoin('users', 'users.id', 'auth_sessions.user_id')
      .select(['users.id', 'users.email', 'users.role', 'users.name', 'users.created_at'])
      .where('auth_sessions.token_hash', '=', slot(0))
      .where('auth_sessions.expires_at', '>', slot(1)),
  );
  const row = (await query.execute(db, [tokenHash, now])).rows[0];
  return row && toUser(row);
}

/** Finds the signed-in user for a token hash at a time (see findSessionUser). */
export type SessionFinder = (tokenHash: string, now: string) => Promise<User | undefined>;

/**
 * The session lookup every signed-in request makes. On PostgreSQL each
 * lookup is a round trip, which costs more than the query; lookups that
 * arrive in the same turn of the event loop share one query instead. SQLite
 * answers in-process: there, each goes straight to findSessionUser.
 */
export function sessionFinder(db: Kysely<Database>, postgres: boolean): SessionFinder {
  if (!postgres) return (tokenHash, now) => findSessionUser(db, tokenHash, now);
  const query = preparedFor(db, 'findSessionUsers', (slot) => ({
    compile: () =>
      sql<Selectable<UsersTable> & { token_hash: string; now: string }>`
      select k.token_hash, k.now, u.id, u.email, u.role, u.name, u.created_at
      from unnest(${slot(0)}::text[], ${slot(1)}::text[]) as k(token_hash, now)
      join auth_sessions s on s.token_hash = k.token_hash and s.expires_at > k.now
      join users u on u.id = s.user_id`.compile(db),
  }));
  const loader = new DataLoader<readonly [string, string], User | undefined, string>(
    async (keys) => {
      const rows = (await query.execute(db, [keys.map((k) => k[0]), keys.map((k) => k[1])])).rows;
      const found = new Map(rows.map((row) => [`${row.token_hash} ${row.now}`, toUser(row)]));
      return keys.map(([tokenHash, now]) => found.get(`${tokenHash} ${now}`));
    },
    {
      // Sessions end and roles change: every lookup asks the database.
      cache: false,
      batchScheduleFn: (run) => setImmediate(run),
      maxBatchSize: 200,
    },
  );
  return (tokenHash, now) => loader.load([tokenHash, now]);
}

export async function deleteAuthSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
