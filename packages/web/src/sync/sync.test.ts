import 'fake-indexeddb/auto';
import { err, formatHlc, type SyncRecord } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import { syncOnce, thisVersionsReader } from './client.js';
import { latestClock, mergeInto, wins } from './merge.js';
import { ModelServer } from './model-server.js';
import { SyncState } from './state.js';

const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
const rec = (id: string, millis: number, node: string, pain: number, counter = 0): SyncRecord => ({
  id,
  type: 'checkIn',
  updatedAt: formatHlc({ millis: Date.UTC(2026, 10, 22) + millis, counter, node }),
  deleted: false,
  data: { date: '2026-11-22', pain },
});

describe('last-writer-wins merge (pure)', () => {
  it('keeps the later clock, and equal clocks keep what is stored', () => {
    const a = rec(ids[0] as string, 1, 'a', 3);
    const b = rec(ids[0] as string, 2, 'b', 5);
    expect(wins(b, a)).toBe(true);
    expect(wins(a, b)).toBe(false);
    expect(wins(a, a)).toBe(false);
    expect(wins(a, undefined)).toBe(true);
    const merged = mergeInto(new Map([[a.id, a]]), [b, a, b]);
    expect(merged.state.get(a.id)?.data).toEqual({ date: '2026-11-22', pain: 5 });
    expect({ added: merged.added, updated: merged.updated, unchanged: merged.unchanged }).toEqual({
      added: 0,
      updated: 1,
      unchanged: 2,
    });
    expect(latestClock([a, b])).toBe(b.updatedAt);
  });

  it('converges whatever the order, duplication and interleaving of pushes and pulls', () => {
    const edit = fc.record({
      device: fc.integer({ min: 0, max: 2 }),
      id: fc.constantFrom(...ids),
      millis: fc.integer({ min: 0, max: 50 }),
      pain: fc.integer({ min: 0, max: 10 }),
    });
    const step = fc.oneof(
      edit.map((e) => ({ kind: 'edit' as const, ...e })),
      fc.record({
        kind: fc.constant('sync' as const),
        device: fc.integer({ min: 0, max: 2 }),
        dup: fc.boolean(),
        reverse: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let server = new Map<string, SyncRecord>();
        const devices = [0, 1, 2].map(() => ({
          state: new Map<string, SyncRecord>(),
          outbox: [] as SyncRecord[],
        }));
        const all: SyncRecord[] = [];
        // A device's clock never repeats (HLC ticks its counter), so each edit gets its own counter.
        let tick = 0;
        const syncDevice = (d: number, dup: boolean, reverse: boolean) => {
          const device = devices[d];
          if (!device) return;
          let push = dup ? [...device.outbox, ...device.outbox] : device.outbox;
          if (reverse) push = [...push].reverse();
          server = mergeInto(server, push).state;
          device.outbox = [];
          device.state = mergeInto(device.state, [...server.values()]).state;
        };
        for (const s of steps) {
          const device = devices[s.device];
          if (!device) continue;
          if (s.kind === 'edit') {
            const r = rec(s.id, s.millis, `d${s.device}`, s.pain, tick++);
            all.push(r);
            device.state = mergeInto(device.state, [r]).state;
            device.outbox.push(r);
          } else syncDevice(s.device, s.dup, s.reverse);
        }
        for (let round = 0; round < 2; round++) for (const d of [0, 1, 2]) syncDevice(d, false, false);
        // Every device equals the server, and each record holds its latest edit anywhere.
        for (const device of devices)
          expect([...device.state.entries()].sort()).toEqual([...server.entries()].sort());
        for (const id of new Set(all.map((r) => r.id))) {
          expect(server.get(id)?.updatedAt).toBe(latestClock(all.filter((r) => r.id === id)));
        }
      }),
      runs(300),
    );
  });
});

let dbCount = 0;
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function device(clock: { t: number }) {
  const name = `sync-${++dbCount}`;
  const store = await Store.open({ name, now: () => clock.t });
  open.push(store);
  const state = new SyncState(name);
  await state.write({ account: { email: 'a@example.com' } });
  return { store, state };
}

describe('the sync client against a model server', () => {
  it('pushes, pulls, persists the cursor and does not duplicate', async () => {
    const clock = { t: Date.parse('2026-11-22T08:00:00.000Z') };
    const server = new ModelServer();
    const one = await device(clock);
    const two = await device(clock);
    await one.store.put('checkIn', { date: '2026-11-22', pain: 6 });
    const first = await syncOnce(one.store, server.transport(), one.state);
    expect(first.pushed).toBe(1);
    expect((await one.state.read()).cursor).toBe('1');
    await syncOnce(two.store, server.transport(), two.state);
    expect((await two.store.list('checkIn')).map((c) => c.data.pain)).toEqual([6]);
    // Syncing again changes nothing and adds nothing.
    await syncOnce(two.store, server.transport(), two.state);
    await syncOnce(one.store, server.transport(), one.state);
    expect(server.records.size).toBe(1);
    expect(await one.store.list('checkIn')).toHaveLength(1);
  });

  it('lists refusals with their reasons, and clears one once the record is accepted', async () => {
    const clock = { t: Date.parse('2026-11-22T08:00:00.000Z') };
    const one = await device(clock);
    const put = await one.store.put('checkIn', { date: '2026-11-22', pain: 6 });
    if (!put.ok) throw new Error('put failed');
    let refuse = true;
    const transport = {
      sync: async (body: { cursor: string | null; changes: readonly SyncRecord[] }) => ({
        cursor: '1',
        changes: [],
        rejected: refuse ? body.changes.map((r) => ({ id: r.id, reason: '"data.pain" is too high' })) : [],
      }),
    };
    const out = await syncOnce(one.store, transport, one.state);
    expect(out.rejected).toEqual([{ id: put.value.id, type: 'checkIn', reason: '"data.pain" is too high' }]);
    expect((await one.state.read()).rejected).toHaveLength(1);
    refuse = false;
    await one.store.update(put.value.id, { date: '2026-11-22', pain: 5 });
    expect((await syncOnce(one.store, transport, one.state)).rejected).toEqual([]);
  });

  it('pulls again, once updated, a record a newer Crick wrote that this version could not read', async () => {
    const clock = { t: Date.parse('2026-11-22T08:00:00.000Z') };
    const server = new ModelServer();
    const newer = await device(clock);
    const older = await device(clock);
    await newer.store.put('checkIn', { date: '2026-11-22', pain: 6 });
    await syncOnce(newer.store, server.transport(), newer.state);
    // This version does not know check-ins yet (as an older one would not know a new type).
    const olderReader = {
      id: 'older',
      read: (raw: unknown) => {
        const read = thisVersionsReader().read(raw);
        return read.ok && read.value.type === 'checkIn'
          ? err([{ field: 'type', message: 'unknown record type "checkIn"' }])
          : read;
      },
    };
    const before = await syncOnce(older.store, server.transport(), older.state, olderReader);
    expect(before.rejected.map((r) => r.reason)).toEqual(['From the server: unknown record type "checkIn"']);
    expect(await older.store.list('checkIn')).toEqual([]);
    // The same version syncing again does not pull it again...
    await newer.store.put('checkIn', { date: '2026-11-23', pain: 4 });
    await syncOnce(newer.store, server.transport(), newer.state);
    await syncOnce(older.store, server.transport(), older.state, olderReader);
    expect((await older.state.read()).unread).toEqual({ cursor: null, reader: 'older' });
    // ...the updated app reads both, though its cursor had passed the first, and clears the refusal.
    const after = await syncOnce(older.store, server.transport(), older.state);
    expect((await older.store.list('checkIn')).map((c) => c.data.pain).sort()).toEqual([4, 6]);
    expect(after.rejected).toEqual([]);
    expect((await older.state.read()).unread).toBeNull();
  });

  it('converges two real stores through failures, retries and any interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('put' as const),
              device: fc.integer({ min: 0, max: 1 }),
              pain: fc.integer({ min: 0, max: 10 }),
            }),
            fc.record({
              kind: fc.constant('edit' as const),
              device: fc.integer({ min: 0, max: 1 }),
              pick: fc.nat(),
              pain: fc.integer({ min: 0, max: 10 }),
            }),
            fc.record({
              kind: fc.constant('delete' as const),
              device: fc.integer({ min: 0, max: 1 }),
              pick: fc.nat(),
            }),
            fc.record({
              kind: fc.constant('sync' as const),
              device: fc.integer({ min: 0, max: 1 }),
              fail: fc.constantFrom('none' as const, 'before' as const, 'after' as const),
            }),
            fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: -5000, max: 5000 }) }),
          ),
          { maxLength: 25 },
        ),
        async (steps) => {
          const clock = { t: Date.parse('2026-11-22T08:00:00.000Z') };
          const server = new ModelServer();
          const devices = [await device(clock), await device(clock)];
          for (const s of steps) {
            if (s.kind === 'tick') {
              clock.t += s.ms; // wall clocks may even go backwards
              continue;
            }
            const d = devices[s.device];
            if (!d) continue;
            if (s.kind === 'put') await d.store.put('checkIn', { date: '2026-11-22', pain: s.pain });
            else if (s.kind === 'sync')
              await syncOnce(
                d.store,
                server.transport(() => s.fail),
                d.state,
              ).catch(() => undefined);
            else {
              const live = await d.store.list('checkIn');
              const target = live[s.pick % Math.max(1, live.length)];
              if (!target) continue;
              if (s.kind === 'edit') await d.store.update(target.id, { date: '2026-11-22', pain: s.pain });
              else await d.store.remove(target.id);
            }
          }
          for (let round = 0; round < 2; round++)
            for (const d of devices) await syncOnce(d.store, server.transport(), d.state);
          const snapshot = async (store: Store) =>
            (await store.exportAll()).records
              .map((r) => [r.id, r.updatedAt, r.deleted, JSON.stringify(r.data)])
              .sort();
          const expected = [...server.records.values()]
            .map((r) => [r.id, r.updatedAt, r.deleted, JSON.stringify(r.data)])
            .sort();
          expect(await snapshot(devices[0]?.store as Store)).toEqual(expected);
          expect(await snapshot(devices[1]?.store as Store)).toEqual(expected);
          const created = steps.filter((s) => s.kind === 'put').length;
          expect(server.records.size).toBe(created);
        },
      ),
      runs(40),
    );
  });
});
