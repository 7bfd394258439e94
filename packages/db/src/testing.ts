import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type CrickDatabase, type DatabaseTarget, type DialectKind, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import type { SessionKey } from './sync-types.js';
import { insertAuthSession, insertUser } from './users.js';

/** Every dialect the repository suites run on. */
export const dialectsUnderTest: readonly DialectKind[] = ['sqlite', 'pglite', 'postgres'];

/**
 * The PostgreSQL server the suites use. `npm test` starts a throwaway cluster
 * and sets the variable; a run without it fails here, loudly, rather than
 * skipping the PostgreSQL half of the proof.
 */
export function testDatabaseUrl(): string {
  const url = process.env.CRICK_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'CRICK_TEST_DATABASE_URL is not set: run the tests with `npm test` (which starts a throwaway ' +
        'PostgreSQL via scripts/ensure-postgres.js) or point it at a PostgreSQL server you may create databases on.',
    );
  }
  return url;
}

/** A fresh, empty PostgreSQL database of its own, so suites can run side by side. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = testDatabaseUrl();
  const name = `crick_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // Wait for our own closing connections to go; forcing them would make
        // their clients report a fatal error after the suite has finished.
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`drop database if exists ${name}${attempt >= 40 ? ' with (force)' : ''}`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 40) throw error;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase {
  readonly database: CrickDatabase;
  readonly target: DatabaseTarget;
  dispose(): Promise<void>;
}

/** An empty database of the given dialect (a temp file, in-process PGlite, or a new PostgreSQL database). */
export async function openTestDatabase(kind: DialectKind, options: { migrate?: boolean } = {}) {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'crick-db-'));
    target = { kind, file: join(dir, 'crick.db') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else if (kind === 'postgres') {
    const created = await createPostgresDatabase();
    target = { kind, url: created.url };
    cleanup = created.drop;
  } else {
    target = { kind };
    cleanup = async () => {};
  }
  const database = await openDatabase(target);
  if (options.migrate !== false) await migrateToLatest(database.db);
  const result: TestDatabase = {
    database,
    target,
    dispose: async () => {
      await database.close();
      await cleanup();
    },
  };
  return result;
}

/** Adds a person (email `<id>@example.org`) for a test to sync as; throws if the id or email is taken. */
export async function addTestPerson(database: CrickDatabase, id: string): Promise<string> {
  const added = await insertUser(database.db, {
    id,
    email: `${id}@example.org`,
    passwordHash: 'x',
    role: 'person',
    now: '2026-11-22T08:00:00.000Z',
  });
  if (!added.ok) throw new Error(`addTestPerson: ${id} is taken`);
  return id;
}

/** Gives a test person a session that ends at `expiresAt`; answers it as a request would present it at `now`. */
export async function addTestSession(
  database: CrickDatabase,
  userId: string,
  { now = '2026-11-22T09:00:00.000Z', expiresAt = '2026-12-22T09:00:00.000Z' } = {},
): Promise<SessionKey> {
  const tokenHash = `${userId}-session-${Math.random().toString(36).slice(2, 10)}`;
  await insertAuthSession(database.db, {
    token_hash: tokenHash,
    user_id: userId,
    created_at: '2026-11-22T08:00:00.000Z',
    expires_at: expiresAt,
  });
  return { tokenHash, now };
}
