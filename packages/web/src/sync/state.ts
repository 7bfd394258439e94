import { DEFAULT_DB_NAME, openCrickDb } from '../store/db.js';

/** A record the server refused, with its reason, kept until the next clean sync so the person can see it. */
export interface Rejected {
  readonly id: string | null;
  readonly type: string | null;
  readonly reason: string;
}

/** Who is signed in; `role` chooses the screens (absent on devices signed in before roles: a person). */
export interface SignedInAccount {
  readonly email: string;
  readonly role?: 'person' | 'clinician' | 'admin';
  /** A clinician's display name. */
  readonly name?: string | null;
}

export interface SyncMeta {
  /** The server's cursor: what we have already pulled. */
  readonly cursor: string | null;
  /** Who is signed in on this device (the session cookie itself is HttpOnly and unreadable). */
  readonly account: SignedInAccount | null;
  readonly rejected: readonly Rejected[];
  readonly lastSyncedAt: string | null;
  /**
   * The cursor before the first pulled record this version could not read (a record type or
   * value from a newer Crick), and which reader refused it: a later version pulls again from there.
   */
  readonly unread: { readonly cursor: string | null; readonly reader: string } | null;
}

const KEYS = {
  cursor: 'sync.cursor',
  account: 'sync.account',
  rejected: 'sync.rejected',
  lastSyncedAt: 'sync.lastSyncedAt',
  unread: 'sync.unread',
} as const;

function parseJson<T>(text: string | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Sync's own entries in the store's `meta` table, so they survive reloads with the queue itself. */
export class SyncState {
  readonly #name: string;
  constructor(name: string = DEFAULT_DB_NAME) {
    this.#name = name;
  }

  async read(): Promise<SyncMeta> {
    const db = await openCrickDb(this.#name);
    try {
      const [cursor, account, rejected, lastSyncedAt, unread] = await Promise.all(
        Object.values(KEYS).map((k) => db.get('meta', k)),
      );
      return {
        cursor: cursor ?? null,
        account: parseJson(account, null),
        rejected: parseJson(rejected, []),
        lastSyncedAt: lastSyncedAt ?? null,
        unread: parseJson(unread, null),
      };
    } finally {
      db.close();
    }
  }

  async write(patch: Partial<SyncMeta>): Promise<void> {
    const db = await openCrickDb(this.#name);
    try {
      const tx = db.transaction('meta', 'readwrite');
      const put = (key: string, value: string | null) =>
        value === null ? tx.store.delete(key) : tx.store.put(value, key);
      if ('cursor' in patch) await put(KEYS.cursor, patch.cursor ?? null);
      if ('account' in patch) await put(KEYS.account, patch.account ? JSON.stringify(patch.account) : null);
      if ('rejected' in patch) await put(KEYS.rejected, JSON.stringify(patch.rejected ?? []));
      if ('lastSyncedAt' in patch) await put(KEYS.lastSyncedAt, patch.lastSyncedAt ?? null);
      if ('unread' in patch) await put(KEYS.unread, patch.unread ? JSON.stringify(patch.unread) : null);
      await tx.done;
    } finally {
      db.close();
    }
  }
}
