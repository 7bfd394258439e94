import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase } from '@crick/db/testing';
import { loadConfig, migrateToLatest, openDatabase, startServer } from '@crick/server';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerServerCommands } from '../commands-server.js';
import type { Io } from './shared.js';

function fakeIo(env: Record<string, string>, stdin = ''): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    readStdin: async () => stdin,
    isTty: false,
    env: { CRICK_LOG_LEVEL: 'silent', ...env },
  };
}

async function crick(io: Io, ...args: string[]): Promise<void> {
  const program = new Command().exitOverride();
  registerServerCommands(program, io);
  process.exitCode = 0;
  await program.parseAsync(args, { from: 'user' });
}

const uuid = (n: number) => `10000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('the operator commands', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crick-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, and says so again without doing anything', async () => {
    const io = fakeIo({ CRICK_DB: join(dir, 'm.db') });
    await crick(io, 'migrate');
    await crick(io, 'migrate');
    expect(io.lines[0]).toMatch(/applied 2026-11-22-01-accounts, 2026-11-22-02-records/);
    expect(io.lines[1]).toMatch(/already up to date/);
  });

  it('adds an admin with a password from stdin who can then sign in', async () => {
    const db = join(dir, 'users.db');
    const io = fakeIo({ CRICK_DB: db }, 'a long enough secret\n');
    await crick(io, 'user', 'add', 'Boss@Clinic.example', '--role', 'admin', '--password-stdin');
    expect(io.lines).toEqual(['added admin boss@clinic.example']);
    const server = await startServer(
      loadConfig({ CRICK_DB: db, CRICK_PORT: '0', CRICK_LOG_LEVEL: 'silent' }),
    );
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@clinic.example', password: 'a long enough secret' }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const me = await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toMatchObject({ role: 'admin' });
    } finally {
      await server.close();
    }
  });

  it('prints a generated password once when none is given, and refuses a duplicate', async () => {
    const io = fakeIo({ CRICK_DB: join(dir, 'gen.db') });
    await crick(io, 'user', 'add', 'doc@clinic.example', '--role', 'clinician');
    expect(io.lines[1]).toMatch(/^password \(shown once, pass it on safely\): \S{16,}$/);
    await crick(io, 'user', 'add', 'doc@clinic.example', '--role', 'clinician');
    expect(io.errors).toEqual(['crick: an account for doc@clinic.example already exists']);
    expect(process.exitCode).toBe(1);
  });

  it('adds a clinician with the name the people who share will see, and refuses a name for an admin', async () => {
    const db = join(dir, 'named.db');
    const io = fakeIo({ CRICK_DB: db }, 'a long enough secret\n');
    await crick(
      io,
      'user',
      'add',
      'ada@clinic.example',
      '--role',
      'clinician',
      '--name',
      ' Dr Ada ',
      '--password-stdin',
    );
    expect(io.lines).toEqual(['added clinician ada@clinic.example']);
    const { openDatabase, findUserByEmail } = await import('@crick/db');
    const database = await openDatabase({ kind: 'sqlite', file: db });
    try {
      expect((await findUserByEmail(database.db, 'ada@clinic.example'))?.name).toBe('Dr Ada');
    } finally {
      await database.close();
    }
    const admin = fakeIo({ CRICK_DB: db }, 'a long enough secret\n');
    await crick(
      admin,
      'user',
      'add',
      'boss2@clinic.example',
      '--role',
      'admin',
      '--name',
      'Boss',
      '--password-stdin',
    );
    expect(admin.errors[0]).toMatch(/"--name" is for a clinician/);
    expect(process.exitCode).toBe(2);
  });

  it('refuses a bad email or role, naming it', async () => {
    const io = fakeIo({ CRICK_DB: join(dir, 'bad.db') }, 'short');
    await crick(io, 'user', 'add', 'not-an-email', '--role', 'admin', '--password-stdin');
    expect(io.errors[0]).toMatch(/"email"/);
    await expect(crick(io, 'user', 'add', 'x@y.example', '--role', 'person')).rejects.toThrow(/--role/);
  });

  it('names a bad setting instead of starting', async () => {
    const io = fakeIo({ CRICK_DB: join(dir, 'x.db'), CRICK_DATABASE_URL: 'mysql://nope' });
    await crick(io, 'migrate');
    expect(io.errors[0]).toMatch(/CRICK_DATABASE_URL/);
    expect(process.exitCode).toBe(2);
  });

  it('backs up while serving and restores into SQLite and into PostgreSQL', async () => {
    const live = join(dir, 'live.db');
    const server = await startServer(
      loadConfig({ CRICK_DB: live, CRICK_PORT: '0', CRICK_LOG_LEVEL: 'silent' }),
    );
    const backupFile = join(dir, 'backup.db');
    let stored = 0;
    let floor = 0;
    try {
      const signup = await fetch(`${server.url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'p@example.org', password: 'password123' }),
      });
      const { token } = (await signup.json()) as { token: string };
      // Writes keep coming while the backup runs; the copy holds a consistent prefix of them.
      const writing = (async () => {
        for (let i = 0; i < 40; i++) {
          const changes = Array.from({ length: 10 }, (_, j) => ({
            id: uuid(i * 10 + j),
            type: 'checkIn',
            updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
            deleted: false,
            data: { date: '2026-11-22', pain: j },
          }));
          const answer = await fetch(`${server.url}/api/sync`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ cursor: null, changes }),
          });
          if (answer.status === 200) stored += 10;
        }
      })();
      while (stored < 50) await new Promise((r) => setTimeout(r, 5));
      const acknowledgedBefore = stored;
      const io = fakeIo({ CRICK_DB: live });
      await crick(io, 'backup', backupFile);
      expect(io.errors).toEqual([]);
      await writing;
      floor = acknowledgedBefore;
    } finally {
      await server.close();
    }
    expect(stored).toBe(400);

    const restoredFile = join(dir, 'restored.db');
    const io = fakeIo({ CRICK_DB: restoredFile });
    await crick(io, 'restore', backupFile);
    expect(io.errors).toEqual([]);
    const counted = Number(/(\d+) records/.exec(io.lines[0] ?? '')?.[1]);
    // Whole sync requests only (each is one transaction), and at least all acknowledged before the backup began.
    expect(counted % 10).toBe(0);
    expect(counted).toBeGreaterThanOrEqual(floor);
    expect(counted).toBeLessThanOrEqual(400);

    const pg = await createPostgresDatabase();
    try {
      const pgIo = fakeIo({ CRICK_DATABASE_URL: pg.url });
      await crick(pgIo, 'restore', backupFile);
      expect(pgIo.errors).toEqual([]);
      expect(pgIo.lines[0]).toContain(`${counted} records`);
      const dump = join(dir, 'pg-dump.json');
      await crick(pgIo, 'backup', dump);
      const back = fakeIo({ CRICK_DB: join(dir, 'round-trip.db') });
      await crick(back, 'restore', dump);
      expect(back.lines[0]).toContain(`1 accounts`);
      expect(back.lines[0]).toContain(`${counted} records`);
      const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'round-trip.db') });
      const row = await database.db.selectFrom('users').select('email').executeTakeFirst();
      await database.close();
      expect(row?.email).toBe('p@example.org');
    } finally {
      await pg.drop();
    }
  }, 60_000);

  it('refuses to restore a file that is not a backup, and changes nothing', async () => {
    const io = fakeIo({ CRICK_DB: join(dir, 'users.db') });
    const junk = join(dir, 'junk.json');
    (await import('node:fs')).writeFileSync(
      junk,
      '{"format":"crick-backup","tables":{"users":[{"id":"u"}]}}',
    );
    await crick(io, 'restore', junk);
    expect(io.errors[0]).toMatch(/tables.auth_sessions|users\[0\]/);
    const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'users.db') });
    const rows = await database.db.selectFrom('users').select('email').execute();
    await database.close();
    expect(rows.map((r) => r.email)).toEqual(['boss@clinic.example']);
  });

  it('refuses to restore while a server uses the database, unless --force, and again allows it once the server stops', async () => {
    const live = join(dir, 'presence.db');
    const backupFile = join(dir, 'presence-backup.db');
    const server = await startServer(
      loadConfig({ CRICK_DB: live, CRICK_PORT: '0', CRICK_LOG_LEVEL: 'silent' }),
    );
    const io = fakeIo({ CRICK_DB: live });
    try {
      await crick(io, 'backup', backupFile);
      await crick(io, 'restore', backupFile);
      expect(process.exitCode).toBe(1);
      expect(io.errors).toEqual([
        expect.stringMatching(
          /^crick: a server is using this database \(pid \d+ on .*\): stop it first, or pass --force$/,
        ),
      ]);
      await crick(io, 'restore', '--force', backupFile);
      expect(process.exitCode).toBe(0);
      expect(io.lines.at(-1)).toMatch(
        /^restored .* \(restore epoch [\w-]+: devices will push and pull everything/,
      );
    } finally {
      await server.close();
    }
    await crick(io, 'restore', backupFile);
    expect(process.exitCode).toBe(0);
    expect(io.errors).toHaveLength(1);
  }, 60_000);

  describe('input errors: exit 2 naming the field, as the operator runs the command', () => {
    const crickBin = fileURLToPath(new URL('../../bin/crick.js', import.meta.url));
    /** `crick ...` in its own process; its exit code and what it printed. */
    const crickProcess = (env: Record<string, string>, stdin: string, ...args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          [crickBin, ...args],
          { env: { ...process.env, CRICK_LOG_LEVEL: 'silent', ...env } },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
        );
        child.stdin?.end(stdin);
      });

    it('user add: a bad email, role or password', async () => {
      const env = { CRICK_DB: join(dir, 'input-user.db') };
      const [email, role, password, nul] = await Promise.all([
        crickProcess(
          env,
          'long enough secret',
          'user',
          'add',
          'not-an-email',
          '--role',
          'admin',
          '--password-stdin',
        ),
        crickProcess(env, '', 'user', 'add', 'x@clinic.example', '--role', 'person'),
        crickProcess(env, 'short', 'user', 'add', 'x@clinic.example', '--role', 'admin', '--password-stdin'),
        crickProcess(
          env,
          'long enough\u0000secret',
          'user',
          'add',
          'x@clinic.example',
          '--role',
          'admin',
          '--password-stdin',
        ),
      ]);
      expect(email).toEqual({
        code: 2,
        out: 'crick: "email" must be an email address, like name@clinic.example\n',
      });
      expect(role.code).toBe(2);
      expect(role.out).toMatch(/--role.*Allowed choices are clinician, admin/);
      expect(password.code).toBe(2);
      expect(password.out).toMatch(/^crick: "password" /);
      expect(nul).toEqual({ code: 2, out: 'crick: "password" holds a NUL character (\\u0000)\n' });
    }, 60_000);

    it('backup: a FILE that exists, in a missing folder, or under a file', async () => {
      const env = { CRICK_DB: join(dir, 'input-backup.db') };
      const taken = join(dir, 'taken.db');
      writeFileSync(taken, 'x');
      const results = await Promise.all([
        crickProcess(env, '', 'backup', taken),
        crickProcess(env, '', 'backup', join(dir, 'no-such-folder', 'b.db')),
        crickProcess(env, '', 'backup', join(taken, 'b.db')),
      ]);
      for (const result of results) {
        expect(result.code, result.out).toBe(2);
        expect(result.out).toMatch(/^crick: "FILE" /);
      }
      expect(results.map((r) => r.out)).toEqual([
        expect.stringContaining('already exists'),
        expect.stringContaining('does not exist'),
        expect.stringContaining('is not a folder'),
      ]);
    }, 60_000);

    it('restore: a FILE that is missing, unreadable, empty or not a Crick backup, and nothing changes', async () => {
      const target = join(dir, 'input-restore.db');
      const env = { CRICK_DB: target };
      const file = (name: string, text: string) => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const notCrick = join(dir, 'other.sqlite');
      const other = await openDatabase({ kind: 'sqlite', file: notCrick });
      await other.db.schema.createTable('notes').addColumn('id', 'integer').execute();
      await other.close();
      // A copy from before NUL characters were refused: PostgreSQL could not hold it.
      const withNul = join(dir, 'nul.sqlite');
      const old = await openDatabase({ kind: 'sqlite', file: withNul });
      await migrateToLatest(old.db);
      await old.db
        .insertInto('users')
        .values({ id: 'u1', email: 'a\u0000b@x.org', password_hash: 'x', role: 'person', created_at: 'now' })
        .execute();
      await old.close();
      const cases: [string, RegExp][] = [
        [join(dir, 'missing.db'), /^crick: .*missing\.db does not exist/],
        [dir, /^crick: cannot read .*: it is a folder/],
        [file('empty.json', ''), /^crick: .*empty\.json is empty/],
        [file('text.txt', 'hello'), /^crick: .*not a Crick backup: neither a SQLite database nor JSON/],
        [
          file('other.json', '{"tables":{}}'),
          /^crick: .*not a Crick backup: "format" must be "crick-backup"/,
        ],
        [notCrick, /^crick: .*a SQLite database but not a Crick backup: it has no "users" table/],
        [withNul, /^crick: users\[0\]\.email holds a NUL character/],
      ];
      const results = await Promise.all(cases.map(([path]) => crickProcess(env, '', 'restore', path)));
      results.forEach((result, i) => {
        expect(result.code, result.out).toBe(2);
        expect(result.out).toMatch(cases[i]?.[1] as RegExp);
      });
      const database = await openDatabase({ kind: 'sqlite', file: target });
      await migrateToLatest(database.db);
      expect(await database.db.selectFrom('users').selectAll().execute()).toEqual([]);
      await database.close();
    }, 90_000);
  });
});
