import { compareHlc, type SyncRecord } from '@crick/core';

/**
 * Last-writer-wins by the hybrid logical clock, the rule the server applies
 * too: a record replaces the stored one only when its clock is later; equal
 * clocks keep what is stored, so a retried push changes nothing.
 */
export function wins(
  incoming: Pick<SyncRecord, 'updatedAt'>,
  existing?: Pick<SyncRecord, 'updatedAt'>,
): boolean {
  return existing === undefined || compareHlc(incoming.updatedAt, existing.updatedAt) > 0;
}

export interface Merged {
  readonly state: Map<string, SyncRecord>;
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Merges records into a state keyed by id. Pure: returns a new map; order and duplicates do not matter. */
export function mergeInto(state: ReadonlyMap<string, SyncRecord>, incoming: readonly SyncRecord[]): Merged {
  const next = new Map(state);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const record of incoming) {
    const existing = next.get(record.id);
    if (!wins(record, existing)) {
      unchanged++;
      continue;
    }
    if (existing) updated++;
    else added++;
    next.set(record.id, record);
  }
  return { state: next, added, updated, unchanged };
}

/** The latest clock among records, or `fallback` when there are none. */
export const latestClock = (records: readonly Pick<SyncRecord, 'updatedAt'>[], fallback = ''): string =>
  records.reduce((max, r) => (compareHlc(r.updatedAt, max) > 0 ? r.updatedAt : max), fallback);
