import type { Generated } from 'kysely';

/**
 * The tables as the queries see them. Text and integers only, so one query
 * path reads the same values from SQLite and PostgreSQL: times are ISO 8601
 * strings (they sort as text), booleans are 0/1, record data is JSON text.
 */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  /** The person's sync sequence: bumped in every transaction that stores their records. */
  sync_seq: Generated<number>;
  created_at: string;
}

export interface AuthSessionsTable {
  /** SHA-256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface RecordsTable {
  user_id: string;
  id: string;
  type: string;
  updated_at: string;
  deleted: number;
  data: string | null;
  seq: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface ServersTable {
  id: string;
  host: string;
  pid: number;
  started_at: string;
  beat_at: string;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  records: RecordsTable;
  /** Not backed up: about this database, not its people. */
  crick_meta: MetaTable;
  crick_servers: ServersTable;
}

/** Tables a backup holds, in the order a restore fills them (parents first). */
export const tableNames = [
  'users',
  'auth_sessions',
  'records',
] as const satisfies readonly (keyof Database)[];
