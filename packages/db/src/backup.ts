import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { findUnstorableText, validateRecord } from '@crick/core';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { CrickDatabase } from './connect.js';
import { renewEpoch } from './epoch.js';
import { migrateToLatest } from './migrate.js';
import { runningServers } from './presence.js';
import { toSyncRecord } from './records.js';
import { type BackedUpTable, type Database, tableNames, tablesAddedLater } from './schema.js';
import { roles } from './users.js';

const FORMAT = 'crick-backup';
const SQLITE_MAGIC = 'SQLite format 3\0';

type Rows = { [T in BackedUpTable]: Database[T][] };

/**
 * The server's VAPID key pair goes with the push subscriptions: a push service
 * refuses a subscription's pushes signed with any other key, so restored into
 * a new database without it they would be dead. (Kept in crick_meta, whose
 * other rows are about the database and stay out of a backup.)
 */
const VAPID_META_KEY = 'vapid';

interface Backup {
  readonly tables: Rows;
  /** The VAPID row's value, or null in a backup made before push or before the first start. */
  readonly vapid: string | null;
}

export interface BackupReport {
  readonly file: string;
  readonly format: 'sqlite' | 'json';
}

/**
 * Writes a consistent copy while the server runs. SQLite: `VACUUM INTO`, one
 * read transaction, a plain SQLite file. PostgreSQL: every table read in one
 * REPEATABLE READ transaction (one snapshot) into a JSON file.
 */
export async function backupDatabase(database: CrickDatabase, file: string): Promise<BackupReport> {
  if (existsSync(file)) throw new Error(`${file} already exists; choose a new file name`);
  if (database.kind === 'sqlite') {
    await sql`vacuum into ${file}`.execute(database.db);
    return { file, format: 'sqlite' };
  }
  const tables = await database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const out: Partial<Rows> = {};
      for (const table of tableNames) {
        out[table] = (await tx.selectFrom(table).selectAll().execute()) as never;
      }
      const vapid = await tx
        .selectFrom('crick_meta')
        .select('value')
        .where('key', '=', VAPID_META_KEY)
        .executeTakeFirst();
      return { rows: out as Rows, vapid: vapid?.value ?? null };
    });
  const temporary = `${file}.partial`;
  writeFileSync(
    temporary,
    JSON.stringify({ format: FORMAT, version: 1, tables: tables.rows, vapid: tables.vapid }),
  );
  renameSync(temporary, file);
  return { file, format: 'json' };
}

export interface RestoreReport {
  readonly users: number;
  readonly sessions: number;
  readonly records: number;
  readonly handoffs: number;
  readonly pushSubscriptions: number;
  /** The database's new restore epoch (see epoch.ts). */
  readonly epoch: string;
}

/** A backup file that cannot be restored (missing, unreadable, empty, not a Crick backup), naming the field. */
export class BackupFileError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'BackupFileError';
    this.field = field;
  }
}

/** A restore refused because a server is using the database (see presence.ts). */
export class ServerRunningError extends Error {
  constructor(servers: readonly { host: string; pid: number; beatAt: string }[]) {
    const who = servers.map((s) => `pid ${s.pid} on ${s.host}, last seen ${s.beatAt}`).join('; ');
    super(`a server is using this database (${who}): stop it first, or pass --force`);
    this.name = 'ServerRunningError';
  }
}

/**
 * Replaces everything in the database with the backup's contents, in one
 * transaction: either all of it is restored or nothing changes. Every row is
 * checked first, and a bad one is named. Refused while a server uses the
 * database, unless `force`. The database gets a new restore epoch, so every
 * device pushes what it has and pulls everything at its next sync.
 */
export async function restoreDatabase(
  database: CrickDatabase,
  file: string,
  options: { readonly force?: boolean } = {},
): Promise<RestoreReport> {
  const { tables: rows, vapid } = readBackup(file);
  checkRows(rows);
  await migrateToLatest(database.db);
  if (!options.force) {
    const running = await runningServers(database.db);
    if (running.length > 0) throw new ServerRunningError(running);
  }
  const epoch = await database.db.transaction().execute(async (tx) => {
    for (const table of [...tableNames].reverse()) await tx.deleteFrom(table).execute();
    for (const table of tableNames) {
      const all: unknown[] = rows[table];
      for (let start = 0; start < all.length; start += 200) {
        await tx
          .insertInto(table)
          .values(all.slice(start, start + 200) as never)
          .execute();
      }
    }
    if (vapid !== null) {
      await tx.deleteFrom('crick_meta').where('key', '=', VAPID_META_KEY).execute();
      await tx.insertInto('crick_meta').values({ key: VAPID_META_KEY, value: vapid }).execute();
    }
    return renewEpoch(tx);
  });
  return {
    users: rows.users.length,
    sessions: rows.auth_sessions.length,
    records: rows.records.length,
    handoffs: rows.handoffs.length,
    pushSubscriptions: rows.push_subscriptions.length,
    epoch,
  };
}

function isSqliteFile(file: string): boolean {
  const head = Buffer.alloc(16);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupFileError(
      'FILE',
      `cannot read ${file}: ${code === 'EISDIR' ? 'it is a folder' : (code ?? error)}`,
    );
  }
  return head.toString('latin1') === SQLITE_MAGIC;
}

function readBackup(file: string): Backup {
  if (!existsSync(file)) throw new BackupFileError('FILE', `${file} does not exist`);
  if (isSqliteFile(file)) {
    const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const out: Partial<Rows> = {};
      let vapid: string | null = null;
      try {
        const row = sqlite.prepare('select value from crick_meta where key = ?').get(VAPID_META_KEY) as
          | { value: string }
          | undefined;
        vapid = row?.value ?? null;
      } catch {
        // A copy made before crick_meta existed.
      }
      for (const table of tableNames) {
        try {
          out[table] = sqlite.prepare(`select * from ${table}`).all() as never;
        } catch {
          if (tablesAddedLater.includes(table)) {
            out[table] = [];
            continue;
          }
          throw new BackupFileError(
            'FILE',
            `${file} is a SQLite database but not a Crick backup: it has no "${table}" table`,
          );
        }
      }
      return { tables: out as Rows, vapid };
    } finally {
      sqlite.close();
    }
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BackupFileError(
      'FILE',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  if (text.trim() === '') throw new BackupFileError('FILE', `${file} is empty: it is not a Crick backup`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupFileError('FILE', `${file} is not a Crick backup: neither a SQLite database nor JSON`);
  }
  const doc = parsed as { format?: unknown; tables?: Partial<Rows>; vapid?: unknown } | null;
  if (doc?.format !== FORMAT) {
    throw new BackupFileError('format', `${file} is not a Crick backup: "format" must be "${FORMAT}"`);
  }
  if (typeof doc.tables !== 'object' || doc.tables === null) {
    throw new BackupFileError('tables', `${file}: "tables" must be an object of the backed-up tables`);
  }
  for (const table of tablesAddedLater) doc.tables[table] ??= [];
  for (const table of tableNames) {
    if (!Array.isArray(doc.tables[table]))
      throw new BackupFileError(`tables.${table}`, `${file}: "tables.${table}" must be a list`);
  }
  const vapid = doc.vapid ?? null;
  if (vapid !== null && typeof vapid !== 'string')
    throw new BackupFileError('vapid', `${file}: "vapid" must be the VAPID keys' JSON text, or null`);
  return { tables: doc.tables as Rows, vapid };
}

function checkRows(rows: Rows): void {
  // An older SQLite copy may hold a NUL or a lone surrogate that PostgreSQL refuses: name it first.
  for (const table of tableNames) {
    rows[table].forEach((row, i) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new BackupFileError(`${table}[${i}]`, `${table}[${i}] must be an object (a row)`);
      const bad = findUnstorableText(row);
      if (bad)
        throw new BackupFileError(
          `${table}[${i}].${bad.field}`,
          `${table}[${i}].${bad.message.replace(/^"/, '').replace('"', '')}`,
        );
    });
  }
  const userIds = new Set<string>();
  rows.users.forEach((u, i) => {
    const where = `users[${i}]`;
    if (typeof u.id !== 'string' || u.id === '') throw rowError(`${where}.id must be a non-empty string`);
    if (typeof u.email !== 'string' || !u.email.includes('@')) throw rowError(`${where}.email is not valid`);
    if (typeof u.password_hash !== 'string') throw rowError(`${where}.password_hash must be a string`);
    if (!(roles as readonly unknown[]).includes(u.role)) throw rowError(`${where}.role is not a known role`);
    if (!Number.isInteger(u.sync_seq)) throw rowError(`${where}.sync_seq must be an integer`);
    userIds.add(u.id);
  });
  rows.auth_sessions.forEach((s, i) => {
    if (!userIds.has(s.user_id)) throw rowError(`auth_sessions[${i}].user_id names no user`);
  });
  rows.records.forEach((r, i) => {
    const where = `records[${i}]`;
    if (!userIds.has(r.user_id)) throw rowError(`${where}.user_id names no user`);
    if (!Number.isInteger(r.seq)) throw rowError(`${where}.seq must be an integer`);
    let record: unknown;
    try {
      record = toSyncRecord(r);
    } catch {
      throw rowError(`${where}.data is not JSON`);
    }
    const checked = validateRecord(record);
    if (!checked.ok) throw rowError(`${where}: ${checked.error.map((e) => e.message).join('; ')}`);
  });
  rows.shares.forEach((s, i) => {
    if (!userIds.has(s.person_id)) throw rowError(`shares[${i}].person_id names no user`);
    if (s.clinician_id !== null && !userIds.has(s.clinician_id))
      throw rowError(`shares[${i}].clinician_id names no user`);
  });
  rows.access_log.forEach((a, i) => {
    if (!userIds.has(a.person_id)) throw rowError(`access_log[${i}].person_id names no user`);
  });
  rows.clinician_notes.forEach((n, i) => {
    if (!userIds.has(n.person_id) || !userIds.has(n.clinician_id))
      throw rowError(`clinician_notes[${i}] names no user`);
  });
  // A hand-off made without an account has no user; one made signed in goes with its account.
  rows.handoffs.forEach((h, i) => {
    if (h.user_id !== null && !userIds.has(h.user_id)) throw rowError(`handoffs[${i}].user_id names no user`);
  });
  rows.push_subscriptions.forEach((p, i) => {
    if (!userIds.has(p.user_id)) throw rowError(`push_subscriptions[${i}].user_id names no user`);
  });
}

/** A bad row, named by its place: `users[3].email is not valid`. */
function rowError(message: string): BackupFileError {
  return new BackupFileError(message.split(/[ :]/)[0] ?? 'FILE', message);
}
