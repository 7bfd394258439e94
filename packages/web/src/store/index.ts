import type { RecordDataOf, RecordType } from '@crick/core';
import { useEffect, useState } from 'preact/hooks';
import { STORE_ERROR_EVENT } from './events.js';
import type { LiveRecord, Store } from './store.js';

export type { ExportFile, LiveRecord, MergeSummary, Store } from './store.js';

let opening: Promise<Store> | undefined;

/**
 * The app's one store, opened on first use. The store module (and the schema
 * library it validates with) loads lazily so the first screen stays small.
 */
export function getStore(): Promise<Store> {
  opening ??= import('./store.js')
    .then(({ Store }) => Store.open())
    .catch((error: unknown) => {
      // Private modes and full disks can refuse IndexedDB: tell the shell, once.
      window.dispatchEvent(new CustomEvent(STORE_ERROR_EVENT));
      throw error;
    });
  return opening;
}

/** Re-runs `read` whenever the store changes; `undefined` while loading. */
export function useStoreQuery<T>(
  read: (store: Store) => Promise<T>,
  deps: readonly unknown[] = [],
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // The caller lists what `read` depends on.
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    getStore().then(
      (store) => {
        const run = () =>
          read(store).then(
            (v) => live && setValue(() => v),
            () => undefined,
          );
        unsubscribe = store.subscribe(run);
        void run();
      },
      () => undefined,
    ); // The shell tells the person; the screen shows what it can.
    return () => {
      live = false;
      unsubscribe();
    };
  }, deps);
  return value;
}

export const useRecords = <T extends RecordType>(type: T): LiveRecord<T>[] | undefined =>
  useStoreQuery((s) => s.list(type), [type]);

export const useLatest = <T extends RecordType>(type: T): LiveRecord<T> | null | undefined =>
  useStoreQuery(async (s) => (await s.latest(type)) ?? null, [type]);

/** Adds a record; throws on invalid data, which is a bug in the screen that built it. */
export async function saveRecord<T extends RecordType>(
  type: T,
  data: RecordDataOf<T>,
): Promise<LiveRecord<T>> {
  const result = await (await getStore()).put(type, data);
  if (!result.ok) throw new Error(`Could not save ${type}: ${result.error.map((e) => e.message).join('; ')}`);
  return result.value;
}

/**
 * Saves the one record of a type the person keeps (settings, the medicines note),
 * edited in place so it syncs as one entry; `change` gets the current data.
 */
export async function saveSingle<T extends RecordType>(
  type: T,
  change: (current: RecordDataOf<T> | undefined) => RecordDataOf<T>,
): Promise<void> {
  const result = await (await getStore()).changeSingle(type, change);
  if (!result.ok) throw new Error(`Could not save ${type}: ${result.error.map((e) => e.message).join('; ')}`);
}
