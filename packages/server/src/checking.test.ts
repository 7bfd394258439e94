import { MAX_RECORD_DATA_LENGTH, validateRecord } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord } from './checking.js';
import { anyChangeArb } from './test-support/arbitraries.js';

describe('the compiled record check', () => {
  it('accepts and refuses exactly what the core checker does', () => {
    fc.assert(
      fc.property(anyChangeArb, (change) => {
        expect(checkRecord(change).ok).toBe(validateRecord(change).ok);
      }),
      runs(3000),
    );
  });

  it('refuses null data on a record that is not deleted, naming the field', () => {
    const record = {
      id: '00000000-0000-4000-8000-000000000001',
      type: 'checkIn',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
      deleted: false,
      data: null,
    };
    const checked = checkRecord(record);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error[0]?.field).toBe('data');
    expect(checkRecord({ ...record, deleted: true }).ok).toBe(true);
  });

  it('refuses an impossible calendar date as the core does, naming the field', () => {
    const record = {
      id: '00000000-0000-4000-8000-000000000002',
      type: 'checkIn',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
      deleted: false,
      data: { date: '2026-02-30', pain: 4 },
    };
    expect(checkRecord(record)).toEqual({
      ok: false,
      error: [{ field: 'data.date', message: '"data.date" must be a real date written as YYYY-MM-DD' }],
    });
    expect(checkRecord({ ...record, data: { date: '2028-02-29', pain: 4 } }).ok).toBe(true);
  });
});

describe('the compiled record check, on what a schema cannot say', () => {
  const prescription = {
    id: '00000000-0000-4000-8000-000000000003',
    type: 'prescription',
    updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
    deleted: false,
    data: {
      setBy: { id: 'u-clin-1', name: 'Dr Asha Patel' },
      setAt: '2026-12-01T10:00:00.000Z',
      exercises: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'chin-tuck', reps: 5 }],
    },
  };

  it('refuses an exercise prescribed twice, as the core does', () => {
    expect(checkRecord(prescription)).toEqual(validateRecord(prescription));
    expect(checkRecord(prescription).ok).toBe(false);
  });

  it('refuses a record whose unknown fields take it past the size limit, naming data', () => {
    const huge = {
      ...prescription,
      data: { ...prescription.data, exercises: [{ exerciseId: 'chin-tuck' }] },
    };
    expect(checkRecord(huge).ok).toBe(true);
    const padded = { ...huge, data: { ...huge.data, later: 'x'.repeat(MAX_RECORD_DATA_LENGTH) } };
    expect(checkRecord(padded)).toMatchObject({ ok: false, error: [{ field: 'data' }] });
  });
});
