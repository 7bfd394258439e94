import { describe, expect, it } from 'vitest';
import { validateRecord } from './record.js';

const record = {
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
  type: 'checkIn',
  updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
  deleted: false,
  data: { date: '2026-11-22', pain: 4 },
};

describe('sync records', () => {
  it('accepts a valid check-in', () => expect(validateRecord(record).ok).toBe(true));
  it('names the field inside data that is wrong', () => {
    expect(validateRecord({ ...record, data: { date: '2026-11-22', pain: 11 } })).toMatchObject({
      ok: false,
      error: [{ field: 'data.pain' }],
    });
  });
  it('names an unknown field of the envelope, which is not tolerated', () => {
    expect(validateRecord({ ...record, colour: 'red' })).toMatchObject({
      ok: false,
      error: [{ field: 'colour' }],
    });
  });
  it('names a bad clock', () => {
    expect(validateRecord({ ...record, updatedAt: 'yesterday' })).toMatchObject({
      ok: false,
      error: [{ field: 'updatedAt' }],
    });
  });
  it('allows null data only on a deletion', () => {
    expect(validateRecord({ ...record, deleted: true, data: null }).ok).toBe(true);
    expect(validateRecord({ ...record, data: null })).toMatchObject({
      ok: false,
      error: [{ field: 'data' }],
    });
  });
  it('names an unknown type', () => {
    expect(validateRecord({ ...record, type: 'horoscope' })).toMatchObject({
      ok: false,
      error: [{ field: 'type' }],
    });
  });
});

describe('sync records with odd keys', () => {
  it('keeps every unknown key inside data, even an empty one, as a newer version may write it', () => {
    const odd = { ...record, type: 'settings', data: { '': false, ' ': 0, '!': null } };
    expect(validateRecord(odd)).toEqual({ ok: true, value: odd });
  });
});
