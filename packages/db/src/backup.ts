import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { findUnstorableText, validateRecord } from '@crick/core';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { CrickDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { toSyncRecord } from './records.js';
import { type Database, tableNames } from './schema.js';
import { roles } from './users.js';

const FORMAT = 'crick-backup';
const SQLITE_MAGIC = 'SQLite format 3\0';

type Rows = { [T in keyof Database]: Database[T][] };

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
      return out as Rows;
    });
  const temporary = `${file}.partial`;
  writeFileSync(temporary, JSON.stringify({ format: FORMAT, version: 1, tables }));
  renameSync(temporary, file);
  return { file, format: 'json' };
}

export interface RestoreReport {
  readonly users: number;
  readonly sessions: number;
  readonly records: number;
}

/**
 * Replaces everything in the database with the backup's contents, in one
 * transaction: either all of it is restored or nothing changes. Every row is
 * checked first, and a bad one is named.
 */
export async function restoreDatabase(database: CrickDatabase, file: string): Promise<RestoreReport> {
  const rows = readBackup(file);
  checkRows(rows);
  await migrateToLatest(database.db);
  await database.db.transaction().execute(async (tx) => {
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
  });
  return { users: rows.users.length, sessions: rows.auth_sessions.length, records: rows.records.length };
}

function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

function readBackup(file: string): Rows {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  if (isSqliteFile(file)) {
    const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const out: Partial<Rows> = {};
      for (const table of tableNames) out[table] = sqlite.prepare(`select * from ${table}`).all() as never;
      return out as Rows;
    } finally {
      sqlite.close();
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} is neither a SQLite database nor a JSON backup`);
  }
  const doc = parsed as { format?: unknown; tables?: Partial<Rows> };
  if (doc.format !== FORMAT || typeof doc.tables !== 'object' || doc.tables === null) {
    throw new Error(`${file}: "format" must be "${FORMAT}" with "tables"`);
  }
  for (const table of tableNames) {
    if (!Array.isArray(doc.tables[table])) throw new Error(`${file}: "tables.${table}" must be a list`);
  }
  return doc.tables as Rows;
}

function checkRows(rows: Rows): void {
  // An older SQLite copy may hold a NUL or a lone surrogate that PostgreSQL refuses: name it first.
  for (const table of tableNames) {
    rows[table].forEach((row, i) => {
      const bad = findUnstorableText(row);
      if (bad) throw new Error(`${table}[${i}].${bad.message.replace(/^"/, '').replace('"', '')}`);
    });
  }
  const userIds = new Set<string>();
  rows.users.forEach((u, i) => {
    const where = `users[${i}]`;
    if (typeof u.id !== 'string' || u.id === '') throw new Error(`${where}.id must be a non-empty string`);
    if (typeof u.email !== 'string' || !u.email.includes('@')) throw new Error(`${where}.email is not valid`);
    if (typeof u.password_hash !== 'string') throw new Error(`${where}.password_hash must be a string`);
    if (!(roles as readonly unknown[]).includes(u.role)) throw new Error(`${where}.role is not a known role`);
    if (!Number.isInteger(u.sync_seq)) throw new Error(`${where}.sync_seq must be an integer`);
    userIds.add(u.id);
  });
  rows.auth_sessions.forEach((s, i) => {
    if (!userIds.has(s.user_id)) throw new Error(`auth_sessions[${i}].user_id names no user`);
  });
  rows.records.forEach((r, i) => {
    const where = `records[${i}]`;
    if (!userIds.has(r.user_id)) throw new Error(`${where}.user_id names no user`);
    if (!Number.isInteger(r.seq)) throw new Error(`${where}.seq must be an integer`);
    let record: unknown;
    try {
      record = toSyncRecord(r);
    } catch {
      throw new Error(`${where}.data is not JSON`);
    }
    const checked = validateRecord(record);
    if (!checked.ok) throw new Error(`${where}: ${checked.error.map((e) => e.message).join('; ')}`);
  });
}
