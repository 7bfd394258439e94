import type { ColumnType, Generated } from 'kysely';

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
  /** A clinician's display name (shown to the people who share with them); null for others. */
  name: ColumnType<string | null, string | null | undefined, string | null>;
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

/** Sign-up and log-in attempts of one client address on one route, in a fixed window. */
export interface AuthAttemptsTable {
  /** SHA-256 of the route and the address, hex. */
  key: string;
  count: number;
  window_ends_at: string;
}

/** Failed log-ins in a row for one email (cleared by a success). */
export interface LoginFailuresTable {
  /** SHA-256 of the normalized email, hex. */
  key: string;
  failures: number;
  /** No try before this time; never earlier than the last failure. */
  locked_until: string;
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

/**
 * A person's share with a clinician: pending (a code not yet redeemed, until
 * it expires), then active once a clinician redeems it, until revoked.
 */
export interface SharesTable {
  id: string;
  person_id: string;
  /** SHA-256 of the code's canonical form, hex; the code is shown once and never stored. */
  code_hash: string;
  created_at: string;
  /** When the code stops working if nobody redeemed it. */
  expires_at: string;
  clinician_id: string | null;
  redeemed_at: string | null;
  revoked_at: string | null;
  /** 1 when the person lets the clinician adjust the programme. */
  can_adjust: number;
  last_reviewed_at: string | null;
}

/** One clinician read or write of a person's data: the person's to see. */
export interface AccessLogTable {
  id: string;
  person_id: string;
  /** No foreign key: the person keeps the row when the clinician's account is deleted. */
  clinician_id: string;
  /** The name as it was at the time. */
  clinician_name: string;
  at: string;
  what: string;
}

/** A clinician's private note about one person (never shown to the person). */
export interface ClinicianNotesTable {
  clinician_id: string;
  person_id: string;
  text: string;
  updated_at: string;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  records: RecordsTable;
  shares: SharesTable;
  access_log: AccessLogTable;
  clinician_notes: ClinicianNotesTable;
  auth_attempts: AuthAttemptsTable;
  login_failures: LoginFailuresTable;
  /** Not backed up: about this database, not its people. */
  crick_meta: MetaTable;
  crick_servers: ServersTable;
}

/**
 * Tables a backup holds, in the order a restore fills them (parents first).
 * The log-in door's counters are not among them: they are minutes-long
 * state, and a restore starts them afresh.
 */
export const tableNames = [
  'users',
  'auth_sessions',
  'records',
  'shares',
  'access_log',
  'clinician_notes',
] as const satisfies readonly (keyof Database)[];

export type BackedUpTable = (typeof tableNames)[number];

/** Backed-up tables that came after the first backups: a backup made before them has none, and restores as empty. */
export const tablesAddedLater: readonly BackedUpTable[] = ['shares', 'access_log', 'clinician_notes'];
