import {
  type FieldError,
  type Result,
  recordDataSchemas,
  type SyncRecord,
  validateRecord,
} from '@crick/core';
import type { Store } from '../store/index.js';
import type { SyncTransport } from './api.js';
import { latestClock } from './merge.js';
import type { Rejected, SyncState } from './state.js';

/** Under the server's limit of 1000 changes a request. */
export const PUSH_BATCH = 500;
/** The server sends at most this many changes a page; a full page means "ask again". */
export const PULL_PAGE = 5000;
const MAX_ROUNDS = 50;

/** How this version reads a pulled record, and a name for what it reads (changes when a version reads more). */
export interface RecordReader {
  readonly read: (raw: unknown) => Result<SyncRecord, FieldError[]>;
  readonly id: string;
}

/** A short fingerprint of a text (FNV-1a, 32 bits): enough to tell one version's schemas from another's. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

let thisVersion: RecordReader | undefined;
/** This version's reader, named by its record schemas: a version that learns a record type reads again what this one could not. */
export const thisVersionsReader = (): RecordReader => {
  thisVersion ??= { read: validateRecord, id: fingerprint(JSON.stringify(recordDataSchemas)) };
  return thisVersion;
};

export interface SyncOutcome {
  readonly pushed: number;
  readonly pulled: number;
  readonly rejected: readonly Rejected[];
}

/**
 * One sync: push what changed here since the last acknowledged push (the
 * store's outbox), pull what changed on the server since our cursor, merge it
 * last-writer-wins, repeat until both sides are empty. After the server says
 * `resync` (it was restored from a backup), the outbox is everything. The outbox marker and
 * the cursor move only after the server has answered, so a failure at any
 * point leaves the queue intact for the next try. A pulled record this version cannot
 * read (say, a type a newer Crick added on another device) is listed, and the cursor
 * before it is kept, so that once the app is updated it pulls again from there
 * instead of never seeing that record.
 */
export async function syncOnce(
  store: Store,
  transport: SyncTransport,
  state: SyncState,
  reader: RecordReader = thisVersionsReader(),
): Promise<SyncOutcome> {
  let pushed = 0;
  let pulled = 0;
  const rejected: Rejected[] = [];
  const before = await state.read();
  // Another version refused something earlier: this one may read it, so pull again from there.
  const rereading = before.unread !== null && before.unread.reader !== reader.id;
  let cursor = rereading ? (before.unread?.cursor ?? null) : before.cursor;
  let unread = rereading ? null : before.unread;
  const acceptedIds = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const outbox = await store.changesSince(await store.pushedUpTo());
    const batch: SyncRecord[] = outbox.slice(0, PUSH_BATCH);
    const answer = await transport.sync({ cursor, changes: batch });
    const incoming: SyncRecord[] = [];
    for (const raw of answer.changes) {
      const checked = reader.read(raw);
      if (checked.ok) incoming.push(checked.value);
      else {
        unread ??= { cursor, reader: reader.id };
        const id = (raw as { id?: unknown } | null)?.id;
        rejected.push({
          id: typeof id === 'string' ? id : null,
          type: null,
          reason: `From the server: ${checked.error[0]?.message ?? 'not a valid record'}`,
        });
      }
    }
    // Merging advances the device's clock past every pulled record (receiveHlc in the store).
    const merged = await store.merge(incoming);
    // A pulled record listed as unreadable before and read now is no longer a refusal.
    for (const r of incoming) acceptedIds.add(r.id);
    pulled += merged.added + merged.updated;
    const typeOf = new Map(batch.map((r) => [r.id, r.type]));
    for (const r of answer.rejected)
      rejected.push({ id: r.id, type: (r.id && typeOf.get(r.id)) || null, reason: r.reason });
    const refused = new Set(answer.rejected.map((r) => r.id));
    for (const r of batch) if (!refused.has(r.id)) acceptedIds.add(r.id);
    if (batch.length > 0) await store.setPushedUpTo(latestClock(batch, await store.pushedUpTo()));
    // Restored from a backup since our cursor, the server may lack what we pushed
    // after that backup: everything here goes again (it keeps what it has by clock).
    if (answer.resync) await store.setPushedUpTo('');
    pushed += batch.length;
    cursor = answer.cursor;
    await state.write({ cursor, unread });
    if (!answer.resync && outbox.length <= PUSH_BATCH && answer.changes.length < PULL_PAGE) break;
  }
  // Earlier refusals stay listed until that record is pushed again and accepted.
  const kept = before.rejected.filter((r) => !(r.id && acceptedIds.has(r.id)));
  const shown = [...kept.filter((r) => !rejected.some((n) => n.id === r.id)), ...rejected].slice(-50);
  await state.write({ rejected: shown, lastSyncedAt: new Date().toISOString() });
  return { pushed, pulled, rejected: shown };
}
