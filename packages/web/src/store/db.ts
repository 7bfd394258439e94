import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The IndexedDB layout. Kept apart from the validated store so the first screen
 * can ask "has this person done an intake?" without loading the schema library.
 */
export interface SetAside {
  readonly id?: number;
  readonly record: unknown;
  readonly errors: readonly { field: string; message: string }[];
  readonly at: string;
}

export interface CrickDb extends DBSchema {
  /** Sync records, `{id, type, updatedAt, deleted, data}`, stored as they are synced. */
  records: {
    key: string;
    value: { id: string; type: string; updatedAt: string; deleted: boolean; data: unknown };
    indexes: { type: string; updatedAt: string };
  };
  /** Device id, the last clock, the sync cursor. */
  meta: { key: string; value: string };
  /** Damaged records moved out of the way on read, kept so nothing is lost. */
  setAside: { key: number; value: SetAside };
}

export const DEFAULT_DB_NAME = 'crick';

export function openCrickDb(name: string = DEFAULT_DB_NAME): Promise<IDBPDatabase<CrickDb>> {
  return openDB<CrickDb>(name, 1, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: 'id' });
      records.createIndex('type', 'type');
      records.createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('meta');
      db.createObjectStore('setAside', { keyPath: 'id', autoIncrement: true });
    },
  });
}

/** True when a live record of this type exists. Unvalidated: only for choosing the first screen. */
export async function hasLiveRecord(type: string, name: string = DEFAULT_DB_NAME): Promise<boolean> {
  try {
    const db = await openCrickDb(name);
    const rows = await db.getAllFromIndex('records', 'type', type);
    db.close();
    return rows.some((r) => r && r.deleted === false);
  } catch {
    return false;
  }
}
