import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property.testkit.js';
import { IntakeSchema } from './intake.js';
import { recordDataSchemas, type SyncRecord, validateRecord, withUnknownFieldsOf } from './record.js';
import { MAX_RECORD_DATA_LENGTH } from './tolerant.js';

const envelope = { updatedAt: '2026-11-22T08:30:00.000Z-0000-device1', deleted: false } as const;
const checkIn = {
  ...envelope,
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890a1',
  type: 'checkIn',
  data: { date: '2026-11-22', pain: 4, helped: ['heat'] },
} as const satisfies SyncRecord;
const settings = {
  ...envelope,
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890a2',
  type: 'settings',
  data: { voice: false, reminderTimes: ['08:00'] },
} as const satisfies SyncRecord;
const prescription = {
  ...envelope,
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890a3',
  type: 'prescription',
  data: {
    setBy: { id: 'u-clin-1', name: 'Dr Asha Patel' },
    setAt: '2026-12-01T10:00:00.000Z',
    exercises: [{ exerciseId: 'chin-tuck', reps: 10 }],
  },
} as const satisfies SyncRecord;
const triage = {
  ...envelope,
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890a4',
  type: 'triage',
  data: { at: '2026-11-22T08:30:00.000Z', facts: { fever: false }, level: 'self_care', fired: [] },
} as const satisfies SyncRecord;
const records: readonly SyncRecord[] = [checkIn, settings, prescription, triage];

type Json = Record<string, unknown>;
const knownKeys = (type: SyncRecord['type']) => Object.keys(recordDataSchemas[type].properties);
/** Fields a newer Crick might add: any JSON under any name but a known one; no prototype key (refused, below). */
const extrasBeside = (known: readonly string[]) =>
  fc
    .dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), {
      minKeys: 1,
      maxKeys: 4,
    })
    .filter((extras) => !/__proto__|prototype/.test(JSON.stringify(extras)))
    .map((extras) => Object.fromEntries(Object.entries(extras).filter(([k]) => !known.includes(k))));

/** A valid record with fields from a newer version in its data (and, for a prescription, in `setBy`). */
const newerRecordArb = fc.constantFrom(...records).chain((record) =>
  fc
    .tuple(extrasBeside(knownKeys(record.type)), extrasBeside(['id', 'name']))
    .map(([extras, inSetBy]): { base: SyncRecord; newer: SyncRecord } => {
      const data = { ...(record.data as Json), ...extras };
      if (record.type === 'prescription') data.setBy = { ...(data.setBy as Json), ...inSetBy };
      return { base: record, newer: { ...record, data } as SyncRecord };
    }),
);
const json = (value: unknown) => JSON.stringify(value);

describe('a record from a newer Crick (tolerant read)', () => {
  it('is accepted with its unknown fields, and round-trips through JSON with them intact', () => {
    fc.assert(
      fc.property(newerRecordArb, ({ newer }) => {
        const read = validateRecord(newer);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(json(read.value)).toBe(json(newer));
        const stored = JSON.parse(json(read.value)) as unknown;
        expect(json(validateRecord(stored))).toBe(json({ ok: true, value: newer }));
      }),
      runs(300),
    );
  });

  it('keeps its unknown fields when this version edits it, and takes the edit of the known ones', () => {
    fc.assert(
      fc.property(newerRecordArb, ({ base, newer }) => {
        const edited = withUnknownFieldsOf(base.type, newer.data, base.data as never) as Json;
        const kept = { ...(newer.data as Json) };
        expect(json(Object.keys(edited).sort())).toBe(json(Object.keys(kept).sort()));
        for (const key of Object.keys(kept)) expect(json(edited[key])).toBe(json(kept[key]));
      }),
      runs(300),
    );
  });

  it('still names a known field of the wrong type or out of range, whatever fields come beside it', () => {
    const badPain = fc.oneof(fc.integer({ min: 11 }), fc.integer({ max: -1 }), fc.string(), fc.boolean());
    fc.assert(
      fc.property(extrasBeside(knownKeys('checkIn')), badPain, (extras, pain) => {
        const read = validateRecord({ ...checkIn, data: { ...checkIn.data, ...extras, pain } });
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.error[0]?.field).toBe('data.pain');
      }),
      runs(300),
    );
  });

  it('lets an edit leave out a known field, and lets the edit win over the stored value', () => {
    const stored = { ...checkIn.data, note: 'stiff', mood: 'ok' };
    expect(withUnknownFieldsOf('checkIn', stored, { date: '2026-11-22', pain: 2 })).toEqual({
      date: '2026-11-22',
      pain: 2,
      mood: 'ok',
    });
  });

  it('refuses a prototype key among the unknown fields, naming it', () => {
    const proto = JSON.parse(`{"date":"2026-11-22","pain":4,"__proto__":{"admin":true}}`) as unknown;
    expect(validateRecord({ ...checkIn, data: proto })).toMatchObject({
      ok: false,
      error: [{ field: 'data.__proto__' }],
    });
    const ctor = { ...settings.data, constructor: { prototype: { admin: true } } };
    expect(validateRecord({ ...settings, data: ctor })).toMatchObject({
      ok: false,
      error: [{ field: 'data.constructor.prototype' }],
    });
  });

  it('counts the unknown fields toward the size limit, and the largest valid record fits under it', () => {
    // Every setting at its longest, each character one JSON escapes to six.
    const longest = {
      ...settings.data,
      region: 'GB',
      emergencyNumber: '9999',
      reminderTimes: Array(12).fill('23:59'),
      sessionTimes: Array(12).fill('23:59'),
      questions: Array(20).fill('\u0001'.repeat(300)),
      workDays: [1, 2, 3, 4, 5, 6, 7],
    };
    expect(validateRecord({ ...settings, data: longest }).ok).toBe(true);
    expect(json(longest).length).toBeLessThan(MAX_RECORD_DATA_LENGTH);
    const padded = { ...longest, later: 'x'.repeat(MAX_RECORD_DATA_LENGTH - json(longest).length) };
    expect(validateRecord({ ...settings, data: padded })).toMatchObject({
      ok: false,
      error: [{ field: 'data' }],
    });
  });

  it('leaves the schemas people type against strict, and names them alone', () => {
    expect(IntakeSchema.additionalProperties).toBe(false);
    expect(recordDataSchemas.intake).not.toHaveProperty('additionalProperties');
    expect(recordDataSchemas.intake).not.toHaveProperty('$id');
    expect(IntakeSchema.$id).toBe('https://crick.example/schemas/intake.json');
  });

  it('is not tolerated for a camera measurement, which keeps nothing but angles', () => {
    const measured = {
      ...envelope,
      id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890a5',
      type: 'neckRange',
      data: { date: '2026-11-22', method: 'camera', turnLeft: 60, frames: [1, 2] },
    };
    expect(validateRecord(measured)).toMatchObject({ ok: false, error: [{ field: 'data.frames' }] });
  });
});
