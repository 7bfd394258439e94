import { type SyncRecord, validateRecord } from '@crick/core';
import type { Store } from '../store/index.js';
import type { SyncTransport } from './api.js';
import { latestClock } from './merge.js';
import type { Rejected, SyncState } from './state.js';

/** Under the server's limit of 1000 changes a request. */
export const PUSH_BATCH = 500;
/** The server sends at most this many changes a page; a full page means "ask again". */
export const PULL_PAGE = 5000;
const MAX_ROUNDS = 50;

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
 * point leaves the queue intact for the next try.
 */
export async function syncOnce(
  store: Store,
  transport: SyncTransport,
  state: SyncState,
): Promise<SyncOutcome> {
  let pushed = 0;
  let pulled = 0;
  const rejected: Rejected[] = [];
  const before = await state.read();
  let cursor = before.cursor;
  const acceptedIds = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const outbox = await store.changesSince(await store.pushedUpTo());
    const batch: SyncRecord[] = outbox.slice(0, PUSH_BATCH);
    const answer = await transport.sync({ cursor, changes: batch });
    const incoming: SyncRecord[] = [];
    for (const raw of answer.changes) {
      const checked = validateRecord(raw);
      if (checked.ok) incoming.push(checked.value);
      else {
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
    await state.write({ cursor });
    if (!answer.resync && outbox.length <= PUSH_BATCH && answer.changes.length < PULL_PAGE) break;
  }
  // Earlier refusals stay listed until that record is pushed again and accepted.
  const kept = before.rejected.filter((r) => !(r.id && acceptedIds.has(r.id)));
  const shown = [...kept.filter((r) => !rejected.some((n) => n.id === r.id)), ...rejected].slice(-50);
  await state.write({ rejected: shown, lastSyncedAt: new Date().toISOString() });
  return { pushed, pulled, rejected: shown };
}
