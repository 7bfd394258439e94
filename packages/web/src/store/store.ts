import {
  compareHlc,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type FieldError,
  formatHlc,
  type Hlc,
  parseHlc,
  type RecordDataOf,
  type RecordType,
  type Result,
  receiveHlc,
  type SyncRecord,
  tickHlc,
  validateRecord,
  withUnknownFieldsOf,
} from '@crick/core';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { v7 as uuidV7 } from 'uuid';
import { type CrickDb, DEFAULT_DB_NAME, openCrickDb, type SetAside } from './db.js';

/** A live (not deleted) record of one type, with its data. */
export type LiveRecord<T extends RecordType> = {
  readonly id: string;
  readonly type: T;
  readonly updatedAt: string;
  readonly deleted: false;
  readonly data: RecordDataOf<T>;
};

/** What `exportAll` writes and `importAll` reads: the core's one export format. */
export type { ExportFile };

export interface MergeSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface StoreOptions {
  readonly name?: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

type Listener = () => void;
const fail = (field: string, message: string): Result<never, FieldError[]> => ({
  ok: false,
  error: [{ field, message }],
});

/**
 * The local store: every entry is a sync record validated with the core's
 * schemas on write and on read. Writes happen in one transaction each, so an
 * entry is either stored whole or not at all; a damaged record found on read is
 * set aside (kept, reported) instead of crashing a screen.
 */
export class Store {
  readonly #db: IDBPDatabase<CrickDb>;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #listeners = new Set<Listener>();
  /** The last change of each single-record type (changeSingle), which the next waits for. */
  readonly #singles = new Map<RecordType, Promise<unknown>>();

  private constructor(db: IDBPDatabase<CrickDb>, options: StoreOptions) {
    this.#db = db;
    this.#now = options.now ?? Date.now;
    // Version 7: time-ordered, so a person's new records land at the end of the
    // server's (person, id) index instead of at random pages all over it. A
    // sync then rewrites a page or two, not one page per record.
    this.#newId = options.newId ?? (() => uuidV7());
  }

  static async open(options: StoreOptions = {}): Promise<Store> {
    return new Store(await openCrickDb(options.name ?? DEFAULT_DB_NAME), options);
  }

  close(): void {
    this.#db.close();
  }

  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  /** The device's clock, ticked for one local write, inside the caller's transaction. */
  async #tick(tx: IDBPTransaction<CrickDb, ('records' | 'meta')[], 'readwrite'>): Promise<string> {
    const meta = tx.objectStore('meta');
    let node = (await meta.get('device')) as string | undefined;
    if (!node) {
      node = this.#newId().replace(/-/g, '').slice(0, 32);
      await meta.put(node, 'device');
    }
    const last = parseHlc(((await meta.get('clock')) as string | undefined) ?? '') ?? {
      millis: 0,
      counter: 0,
      node,
    };
    const next = formatHlc(tickHlc({ ...last, node }, this.#now()));
    await meta.put(next, 'clock');
    return next;
  }

  /** Adds a new record. The data is checked first; errors name the field (`data.pain`). */
  async put<T extends RecordType>(
    type: T,
    data: RecordDataOf<T>,
  ): Promise<Result<LiveRecord<T>, FieldError[]>> {
    return this.#write(this.#newId(), type, data);
  }

  /**
   * Replaces a record's data; a newer clock makes this edit win on sync. Fields
   * a newer Crick wrote that this version does not know are kept (core's
   * tolerant.ts), so an edit here never erases another device's data.
   */
  async update<T extends RecordType>(
    id: string,
    data: RecordDataOf<T>,
  ): Promise<Result<LiveRecord<T>, FieldError[]>> {
    const existing = await this.#db.get('records', id);
    if (!existing || existing.deleted) return fail('id', `no record with id "${id}"`);
    const type = existing.type as T;
    return this.#write(id, type, withUnknownFieldsOf(type, existing.data, data));
  }

  async #write<T extends RecordType>(
    id: string,
    type: T,
    data: RecordDataOf<T>,
  ): Promise<Result<LiveRecord<T>, FieldError[]>> {
    const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
    const record = { id, type, updatedAt: await this.#tick(tx), deleted: false, data };
    const checked = validateRecord(record);
    if (!checked.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return checked;
    }
    await tx.objectStore('records').put(record);
    await tx.done;
    this.#changed();
    return { ok: true, value: record as LiveRecord<T> };
  }

  /**
   * Changes the one record of a type (settings, the medicines note), or makes it. One
   * change of a type at a time: two made together (a reminder added while the quiet hours
   * are saved) each read what the other wrote, so neither is lost and no second record
   * is made.
   */
  changeSingle<T extends RecordType>(
    type: T,
    change: (current: RecordDataOf<T> | undefined) => RecordDataOf<T>,
  ): Promise<Result<LiveRecord<T>, FieldError[]>> {
    const run = async () => {
      const latest = await this.latest(type);
      const data = change(latest?.data);
      return latest ? this.update<T>(latest.id, data) : this.put(type, data);
    };
    const next = (this.#singles.get(type) ?? Promise.resolve()).then(run, run);
    this.#singles.set(type, next);
    return next;
  }

  /** Marks a record deleted (a tombstone), so the deletion syncs too. */
  async remove(id: string): Promise<void> {
    const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
    const existing = await tx.objectStore('records').get(id);
    if (existing && !existing.deleted) {
      await tx
        .objectStore('records')
        .put({ ...existing, updatedAt: await this.#tick(tx), deleted: true, data: null });
    }
    await tx.done;
    this.#changed();
  }

  /** Live records of one type, oldest edit first. Damaged ones are set aside. */
  async list<T extends RecordType>(type: T): Promise<LiveRecord<T>[]> {
    const rows = await this.#db.getAllFromIndex('records', 'type', type);
    const good = await this.#checkAll(rows);
    return (good.filter((r) => !r.deleted && r.type === type) as unknown as LiveRecord<T>[]).sort((a, b) =>
      compareHlc(a.updatedAt, b.updatedAt),
    );
  }

  /** The most recently edited live record of a type. */
  async latest<T extends RecordType>(type: T): Promise<LiveRecord<T> | undefined> {
    return (await this.list(type)).at(-1);
  }

  async get(id: string): Promise<SyncRecord | undefined> {
    const row = await this.#db.get('records', id);
    return row ? (await this.#checkAll([row]))[0] : undefined;
  }

  async #checkAll(rows: readonly unknown[]): Promise<SyncRecord[]> {
    const good: SyncRecord[] = [];
    const bad: SetAside[] = [];
    const at = new Date(this.#now()).toISOString();
    const repaired: SyncRecord[] = [];
    for (const row of rows) {
      const checked = validateRecord(row);
      if (checked.ok) {
        good.push(checked.value);
        continue;
      }
      const fixed = repairEnvelope(row);
      const again = fixed ? validateRecord(fixed) : checked;
      if (again.ok) {
        good.push(again.value);
        repaired.push(again.value);
      } else bad.push({ record: row, errors: checked.error, at });
    }
    if (repaired.length > 0) {
      const tx = this.#db.transaction('records', 'readwrite');
      for (const record of repaired) await tx.store.put(record);
      await tx.done;
    }
    if (bad.length > 0) {
      const tx = this.#db.transaction(['records', 'setAside'], 'readwrite');
      for (const item of bad) {
        await tx.objectStore('setAside').add(item);
        const id = (item.record as { id?: unknown } | null)?.id;
        if (typeof id === 'string') await tx.objectStore('records').delete(id);
      }
      await tx.done;
      queueMicrotask(() => this.#changed());
    }
    return good;
  }

  /** Records found damaged on read, with what was wrong. */
  setAside(): Promise<SetAside[]> {
    return this.#db.getAll('setAside');
  }

  /** Every record, tombstones included, as one JSON-ready file. */
  async exportAll(): Promise<ExportFile> {
    const records = await this.#checkAll(await this.#db.getAll('records'));
    records.sort((a, b) => compareHlc(a.updatedAt, b.updatedAt));
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(this.#now()).toISOString(),
      records,
    };
  }

  /**
   * Reads an export (text or parsed): the app's own, or the server's `GET /api/export`,
   * which is the same format with the account's `person` beside. Every record is checked before anything is
   * written; any error rejects the whole file and names the field
   * (`records[3].data.pain`). Then merges: same id keeps the later clock.
   */
  async importAll(input: string | unknown): Promise<Result<MergeSummary, FieldError[]>> {
    let file: unknown = input;
    if (typeof input === 'string') {
      try {
        file = JSON.parse(input);
      } catch {
        return fail('(file)', 'the file is not valid JSON');
      }
    }
    if (typeof file !== 'object' || file === null) return fail('(file)', 'the file is not a Crick export');
    const f = file as Record<string, unknown>;
    if (f.format !== EXPORT_FORMAT) return fail('format', `"format" must be "${EXPORT_FORMAT}"`);
    if (typeof f.version === 'number' && f.version > EXPORT_VERSION)
      return fail(
        'version',
        `"version" is ${f.version}: the file comes from a newer Crick, which this one cannot read (it reads version ${EXPORT_VERSION}); update Crick and import it again`,
      );
    if (f.version !== EXPORT_VERSION) return fail('version', `"version" must be ${EXPORT_VERSION}`);
    if (!Array.isArray(f.records)) return fail('records', '"records" must be a list');
    const records: SyncRecord[] = [];
    for (const [i, raw] of f.records.entries()) {
      const checked = validateRecord(raw);
      if (!checked.ok) {
        return {
          ok: false,
          error: checked.error.map((e) => ({
            field: e.field === '(root)' ? `records[${i}]` : `records[${i}].${e.field}`,
            message: e.message.replace(/"([^"]+)"/, `"records[${i}].$1"`),
          })),
        };
      }
      records.push(checked.value);
    }
    return { ok: true, value: await this.merge(records) };
  }

  /** Last-writer-wins merge of already-validated records (import and sync pull). */
  async merge(records: readonly SyncRecord[]): Promise<MergeSummary> {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const tx = this.#db.transaction(['records', 'meta'], 'readwrite');
    const store = tx.objectStore('records');
    const meta = tx.objectStore('meta');
    let node = (await meta.get('device')) as string | undefined;
    if (!node) {
      node = this.#newId().replace(/-/g, '').slice(0, 32);
      await meta.put(node, 'device');
    }
    let clock: Hlc = parseHlc(((await meta.get('clock')) as string | undefined) ?? '') ?? {
      millis: 0,
      counter: 0,
      node,
    };
    for (const record of records) {
      const existing = await store.get(record.id);
      if (!existing) added++;
      else if (compareHlc(record.updatedAt, existing.updatedAt) > 0) updated++;
      else {
        unchanged++;
        continue;
      }
      await store.put(record);
      const remote = parseHlc(record.updatedAt);
      // Our next edit must sort after anything we have seen.
      if (remote) clock = receiveHlc({ ...clock, node }, remote, this.#now());
    }
    await meta.put(formatHlc(clock), 'clock');
    await tx.done;
    if (added + updated > 0) this.#changed();
    return { added, updated, unchanged };
  }

  /** Records edited after `cursor` (an HLC), oldest first: what the sync client pushes. */
  async changesSince(cursor = ''): Promise<SyncRecord[]> {
    const range = cursor ? IDBKeyRange.lowerBound(cursor, true) : undefined;
    const rows = await this.#db.getAllFromIndex('records', 'updatedAt', range);
    return this.#checkAll(rows);
  }

  /** The sync cursor: the clock of the last record the server acknowledged. */
  async pushedUpTo(): Promise<string> {
    return ((await this.#db.get('meta', 'pushedUpTo')) as string | undefined) ?? '';
  }

  async setPushedUpTo(cursor: string): Promise<void> {
    await this.#db.put('meta', cursor, 'pushedUpTo');
  }

  /** Deletes every record, everything set aside, and the device's clock. */
  async deleteAll(): Promise<void> {
    const tx = this.#db.transaction(['records', 'meta', 'setAside'], 'readwrite');
    await Promise.all([
      tx.objectStore('records').clear(),
      tx.objectStore('meta').clear(),
      tx.objectStore('setAside').clear(),
    ]);
    await tx.done;
    this.#changed();
  }
}

const envelopeKeys = new Set(['id', 'type', 'updatedAt', 'deleted', 'data']);

/**
 * Repairs what older versions wrote around the data: a missing `deleted` flag,
 * and envelope fields that are no longer part of a record. The data itself is
 * never changed; a record whose data is wrong is set aside instead.
 */
export function repairEnvelope(row: unknown): Record<string, unknown> | null {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (envelopeKeys.has(k)) out[k] = v;
  if (typeof out.deleted !== 'boolean') out.deleted = out.data === null;
  return out;
}
