import 'fake-indexeddb/auto';
import { parseHlc } from '@crick/core';
import { afterEach, describe, expect, it } from 'vitest';
import { openCrickDb } from './db.js';
import { Store } from './store.js';

let n = 0;
const stores: Store[] = [];
async function freshStore(clock = { t: Date.parse('2026-11-22T08:00:00.000Z') }, name = `test-${++n}`) {
  const store = await Store.open({ name, now: () => clock.t });
  stores.push(store);
  return { store, clock, name };
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const checkIn = (pain: number) => ({ date: '2026-11-22', pain });

describe('the local store', () => {
  it('keeps both of two changes to the settings made together, in one record', async () => {
    const { store } = await freshStore();
    // Each reads the settings before the other has written: the way a reminder added while
    // the quiet hours save was lost.
    await Promise.all([
      store.changeSingle('settings', (s) => ({ ...s, sessionTimes: ['09:30'] })),
      store.changeSingle('settings', (s) => ({ ...s, reminderTimes: ['23:00'] })),
      store.changeSingle('settings', (s) => ({ ...s, quietFrom: '22:00' })),
    ]);
    const settings = await store.list('settings');
    expect(settings.map((r) => r.data)).toEqual([
      { sessionTimes: ['09:30'], reminderTimes: ['23:00'], quietFrom: '22:00' },
    ]);
  });

  it('goes on with the next change of a record after one that is refused', async () => {
    const { store } = await freshStore();
    const [refused, saved] = await Promise.all([
      store.changeSingle('settings', (s) => ({ ...s, quietFrom: 'teatime' })),
      store.changeSingle('settings', (s) => ({ ...s, quietFrom: '22:00' })),
    ]);
    expect(refused.ok ? [] : refused.error.map((e) => e.field)).toEqual(['data.quietFrom']);
    expect(saved.ok && saved.value.data).toEqual({ quietFrom: '22:00' });
  });

  it('puts a record and lists it back as a validated sync record', async () => {
    const { store } = await freshStore();
    const put = await store.put('checkIn', checkIn(6));
    expect(put.ok).toBe(true);
    const list = await store.list('checkIn');
    expect(list).toHaveLength(1);
    expect(list[0]?.data.pain).toBe(6);
    expect(list[0]?.deleted).toBe(false);
    expect(parseHlc(list[0]?.updatedAt ?? '')).not.toBeNull();
  });

  it('gives new records time-ordered ids (uuid version 7), so the server appends instead of scattering', async () => {
    const { store } = await freshStore();
    const ids: string[] = [];
    for (let pain = 0; pain <= 10; pain++) {
      const put = await store.put('checkIn', checkIn(pain));
      if (!put.ok) throw new Error('put failed');
      ids.push(put.value.id);
    }
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('refuses bad data, names the field, and stores nothing', async () => {
    const { store } = await freshStore();
    const put = await store.put('checkIn', { date: '2026-11-22', pain: 11 });
    expect(put.ok).toBe(false);
    if (!put.ok) expect(put.error[0]?.field).toBe('data.pain');
    expect(await store.list('checkIn')).toHaveLength(0);
  });

  it('keeps records across a reopen (a reload)', async () => {
    const { store, name, clock } = await freshStore();
    await store.put('checkIn', checkIn(3));
    store.close();
    const again = await Store.open({ name, now: () => clock.t });
    stores.push(again);
    expect((await again.latest('checkIn'))?.data.pain).toBe(3);
  });

  it('orders edits by clock even when the wall clock stands still', async () => {
    const { store } = await freshStore();
    const a = await store.put('checkIn', checkIn(5));
    const b = await store.put('checkIn', checkIn(4));
    if (!a.ok || !b.ok) throw new Error('put failed');
    expect(a.value.updatedAt < b.value.updatedAt).toBe(true);
    expect((await store.latest('checkIn'))?.data.pain).toBe(4);
  });

  it('updates in place and removes as a tombstone that still exports', async () => {
    const { store } = await freshStore();
    const a = await store.put('checkIn', checkIn(5));
    if (!a.ok) throw new Error('put failed');
    await store.update(a.value.id, checkIn(2));
    expect((await store.list('checkIn')).map((r) => r.data.pain)).toEqual([2]);
    await store.remove(a.value.id);
    expect(await store.list('checkIn')).toHaveLength(0);
    const file = await store.exportAll();
    expect(file.records).toHaveLength(1);
    expect(file.records[0]).toMatchObject({ id: a.value.id, deleted: true, data: null });
  });

  it('sets a damaged record aside on read instead of failing', async () => {
    const { store, name } = await freshStore();
    await store.put('checkIn', checkIn(5));
    const db = await openCrickDb(name);
    await db.put('records', {
      id: 'not-a-uuid',
      type: 'checkIn',
      updatedAt: 'x',
      deleted: false,
      data: { pain: 'bad' },
    });
    db.close();
    const list = await store.list('checkIn');
    expect(list).toHaveLength(1);
    const aside = await store.setAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]?.errors[0]?.field).toBe('id');
  });

  it('repairs an old record written without the deleted flag and with a retired field', async () => {
    const { store, name } = await freshStore();
    const db = await openCrickDb(name);
    const id = crypto.randomUUID();
    await db.put('records', {
      id,
      type: 'checkIn',
      updatedAt: '2026-11-20T08:00:00.000Z-0000-old',
      createdAt: 'yesterday',
      data: { date: '2026-11-20', pain: 6 },
    } as never);
    db.close();
    const list = await store.list('checkIn');
    expect(list.map((r) => [r.id, r.deleted, r.data.pain])).toEqual([[id, false, 6]]);
    expect(await store.setAside()).toEqual([]);
    const raw = await (await openCrickDb(name)).get('records', id);
    expect(raw && 'createdAt' in raw).toBe(false);
  });

  it('imports an export into another device without duplicates, later edit wins', async () => {
    const one = await freshStore();
    const a = await one.store.put('checkIn', checkIn(7));
    await one.store.put('intake', { startedOn: '2026-11-21', pain: 7 });
    if (!a.ok) throw new Error('put failed');
    const two = await freshStore({ t: Date.parse('2026-11-22T09:00:00.000Z') });
    const first = await two.store.importAll(JSON.stringify(await one.store.exportAll()));
    expect(first).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    // An edit on device two is later than device one's original.
    await two.store.update(a.value.id, checkIn(3));
    const again = await two.store.importAll(await one.store.exportAll());
    expect(again).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect((await two.store.list('checkIn')).map((r) => r.data.pain)).toEqual([3]);
    // And back the other way: device one takes the newer edit.
    const back = await one.store.importAll(await two.store.exportAll());
    expect(back.ok && back.value.updated).toBe(1);
    expect((await one.store.list('checkIn')).map((r) => r.data.pain)).toEqual([3]);
  });

  it("imports the server's export too: the same format, with the account beside the records", async () => {
    const one = await freshStore();
    await one.store.put('checkIn', checkIn(5));
    const two = await freshStore();
    const fromServer = { ...(await one.store.exportAll()), person: { id: 'u1', email: 'p@example.org' } };
    expect(await two.store.importAll(JSON.stringify(fromServer))).toEqual({
      ok: true,
      value: { added: 1, updated: 0, unchanged: 0 },
    });
  });

  it('rejects a damaged import whole, naming the record and field', async () => {
    const one = await freshStore();
    await one.store.put('checkIn', checkIn(7));
    const file = await one.store.exportAll();
    const bad = {
      ...file,
      records: [
        ...file.records,
        { ...file.records[0], id: crypto.randomUUID(), data: { date: '2026-11-22', pain: 12 } },
      ],
    };
    const two = await freshStore();
    const result = await two.store.importAll(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.field).toBe('records[1].data.pain');
    expect(await two.store.list('checkIn')).toHaveLength(0);
    expect((await two.store.importAll('{oops')).ok).toBe(false);
    const wrong = await two.store.importAll({ format: 'other' });
    expect(!wrong.ok && wrong.error[0]?.field).toBe('format');
  });

  it('lists changes since a cursor for the sync client', async () => {
    const { store, clock } = await freshStore();
    const a = await store.put('checkIn', checkIn(5));
    if (!a.ok) throw new Error('put failed');
    await store.setPushedUpTo(a.value.updatedAt);
    clock.t += 1000;
    await store.put('checkIn', checkIn(4));
    const changes = await store.changesSince(await store.pushedUpTo());
    expect(changes.map((r) => (r.data as { pain: number }).pain)).toEqual([4]);
  });

  it('deletes everything and tells its listeners', async () => {
    const { store } = await freshStore();
    let calls = 0;
    store.subscribe(() => calls++);
    await store.put('checkIn', checkIn(5));
    await store.deleteAll();
    expect(await store.list('checkIn')).toHaveLength(0);
    expect((await store.exportAll()).records).toHaveLength(0);
    expect(calls).toBe(2);
  });
});

describe('records from a newer Crick on this device (tolerant read, core schemas/tolerant.ts)', () => {
  const fromNewer = {
    id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890b1',
    type: 'intake',
    updatedAt: '2026-11-22T07:00:00.000Z-0000-newphone',
    deleted: false,
    data: { startedOn: '2026-11-21', pain: 6, place: 'desk', pillow: { kind: 'memory-foam', high: true } },
  } as const;

  it('keeps the fields it does not know when the person edits the record here, and pushes and exports them', async () => {
    const { store } = await freshStore();
    expect(await store.merge([fromNewer as never])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    // The intake screen writes back what its form knows, and nothing of the newer device's.
    const edited = await store.update(fromNewer.id, { startedOn: '2026-11-21', pain: 4 });
    expect(edited.ok).toBe(true);
    const kept = { startedOn: '2026-11-21', pain: 4, pillow: { kind: 'memory-foam', high: true } };
    expect((await store.get(fromNewer.id))?.data).toEqual(kept);
    expect((await store.changesSince('')).map((r) => r.data)).toEqual([kept]);
    expect((await store.exportAll()).records.map((r) => r.data)).toEqual([kept]);
  });

  it('still refuses an edit with a known field wrong, naming it', async () => {
    const { store } = await freshStore();
    await store.merge([fromNewer as never]);
    const edited = await store.update(fromNewer.id, { startedOn: '2026-11-21', pain: 12 });
    expect(!edited.ok && edited.error[0]?.field).toBe('data.pain');
    expect((await store.get(fromNewer.id))?.data).toEqual(fromNewer.data);
  });

  it('refuses an export file of a newer version whole, saying it comes from a newer Crick', async () => {
    const { store } = await freshStore();
    const file = { format: 'crick-export', version: 2, exportedAt: '2026-11-22T08:00:00.000Z', records: [] };
    const result = await store.importAll(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: [{ field: 'version' }] });
    expect(!result.ok && result.error[0]?.message).toContain('newer Crick');
  });
});
