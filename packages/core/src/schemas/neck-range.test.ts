import { describe, expect, it } from 'vitest';
import { validateRecord } from './record.js';

const measured = {
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ac',
  type: 'neckRange',
  updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
  deleted: false,
  data: { date: '2026-11-22', method: 'camera', turnLeft: 62.5, turnRight: 38 },
};

describe('a neck range measurement', () => {
  it('is a record that syncs like the others, with only the moves the person made', () =>
    expect(validateRecord(measured).ok).toBe(true));
  it('names an angle no neck reaches', () =>
    expect(validateRecord({ ...measured, data: { ...measured.data, tiltLeft: 170 } })).toMatchObject({
      ok: false,
      error: [{ field: 'data.tiltLeft' }],
    }));
  it('keeps nothing but angles: a picture is refused by name', () =>
    expect(
      validateRecord({ ...measured, data: { ...measured.data, photo: 'data:image/png;base64,AAAA' } }),
    ).toMatchObject({
      ok: false,
      error: [{ field: 'data.photo' }],
    }));
});
