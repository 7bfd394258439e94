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

/** A GP hand-off: an encrypted report behind a link (see handoffs.ts). */
export interface HandoffsTable {
  id: string;
  user_id: string | null;
  withdraw_token_hash: string;
  ciphertext: string | null;
  iv: string | null;
  created_at: string;
  expires_at: string;
  withdrawn_at: string | null;
}

/** A device's Web Push subscription (see push.ts). */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  /** The push service's URL for this device: a secret of the device, never logged. */
  endpoint: string;
  /** The device's P-256 public key and auth secret, base64url (RFC 8291). */
  p256dh: string;
  auth: string;
  /** The device's IANA time zone: its reminders ring by its wall clock. */
  time_zone: string;
  created_at: string;
}

/** A reminder due to one subscription, claimed by the server that sends it. */
export interface PushClaimsTable {
  subscription_id: string;
  kind: string;
  due_at: string;
  server_id: string;
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
  crick_meta: MetaTable;
  crick_servers: ServersTable;
  handoffs: HandoffsTable;
  push_subscriptions: PushSubscriptionsTable;
  push_claims: PushClaimsTable;
}

/**
 * Tables a backup holds, in the order a restore fills them (parents first):
 * every table of a person's data. backup.int.test.ts lists the migrated
 * schema's tables and fails on one that is in neither this list nor
 * `tablesNotBackedUp`, or that names a person and is not backed up.
 */
export const tableNames = [
  'users',
  'auth_sessions',
  'records',
  'shares',
  'access_log',
  'clinician_notes',
  // A GP's link keeps opening the report after a restore (ciphertext; the key is only in the link).
  'handoffs',
  // The person's devices keep getting their reminders after a restore.
  'push_subscriptions',
] as const satisfies readonly (keyof Database)[];

export type BackedUpTable = (typeof tableNames)[number];

/** The tables a backup leaves out, and why: none of them is a person's data. */
export const tablesNotBackedUp = {
  auth_attempts: "the log-in door's counters: minutes-long state, started afresh by a restore",
  login_failures: "the log-in door's counters: minutes-long state, started afresh by a restore",
  crick_meta: 'about this database, not its people: a restore gives it a new epoch',
  crick_servers: "the running servers' heartbeats, not data",
  push_claims: 'which reminders were sent in the last minutes: minutes-long state, like the log-in counters',
} as const satisfies Record<Exclude<keyof Database, BackedUpTable>, string>;

/** Backed-up tables that came after the first backups: a backup made before them has none, and restores as empty. */
export const tablesAddedLater: readonly BackedUpTable[] = [
  'shares',
  'access_log',
  'clinician_notes',
  'handoffs',
  'push_subscriptions',
];
