import { describe, expect, it } from 'vitest';
import { validate } from '../validate.js';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema } from './export.js';
import { validateRecord } from './record.js';

const data = {
  setBy: { id: 'u-clin-1', name: 'Dr Asha Patel' },
  setAt: '2026-12-01T10:00:00.000Z',
  exercises: [
    { exerciseId: 'chin-tuck', reps: 10, holdSeconds: 5, sets: 2 },
    { exerciseId: 'upper-trap-stretch', holdSeconds: 30, sides: 'both' },
  ],
  sessionsPerDay: 3,
  phase: 'loosen',
  note: 'Little and often; stop if it hurts more.',
};
const record = {
  id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
  type: 'prescription',
  updatedAt: '2026-12-01T10:00:00.000Z-0000-server',
  deleted: false,
  data,
};
const withData = (changes: Record<string, unknown>) => ({ ...record, data: { ...data, ...changes } });
const fieldOf = (value: unknown) => {
  const r = validateRecord(value);
  return r.ok ? undefined : r.error.map((e) => e.field);
};

describe('a prescription record', () => {
  it('is accepted with every field set', () => expect(validateRecord(record).ok).toBe(true));

  it('is accepted with only who set it, when, and one exercise', () => {
    const minimal = { setBy: data.setBy, setAt: data.setAt, exercises: [{ exerciseId: 'chin-tuck' }] };
    expect(validateRecord({ ...record, data: minimal }).ok).toBe(true);
  });

  it('may be withdrawn by deleting it', () => {
    expect(validateRecord({ ...record, deleted: true, data: null }).ok).toBe(true);
  });

  it('names a missing clinician name, and one longer than 80 characters', () => {
    expect(fieldOf(withData({ setBy: { id: 'u1' } }))).toEqual(['data.setBy.name']);
    expect(fieldOf(withData({ setBy: { id: 'u1', name: '' } }))).toEqual(['data.setBy.name']);
    expect(fieldOf(withData({ setBy: { id: 'u1', name: 'x'.repeat(81) } }))).toEqual(['data.setBy.name']);
  });

  it('names a setAt that is not a date and time', () => {
    expect(fieldOf(withData({ setAt: '2026-12-01' }))).toEqual(['data.setAt']);
  });

  it('names an empty exercise list, and one of more than 20', () => {
    expect(fieldOf(withData({ exercises: [] }))).toEqual(['data.exercises']);
    const many = Array.from({ length: 21 }, (_, i) => ({ exerciseId: `ex-${i}` }));
    expect(fieldOf(withData({ exercises: many }))).toEqual(['data.exercises']);
  });

  it('names the exercise listed a second time', () => {
    const twice = [
      { exerciseId: 'chin-tuck' },
      { exerciseId: 'neck-turn' },
      { exerciseId: 'chin-tuck', reps: 5 },
    ];
    const r = validateRecord(withData({ exercises: twice }));
    expect(r).toMatchObject({ ok: false, error: [{ field: 'data.exercises[2].exerciseId' }] });
    if (!r.ok) expect(r.error[0]?.message).toContain('"data.exercises[2].exerciseId"');
  });

  it('names each dosage out of range', () => {
    const dose = (d: Record<string, unknown>) => withData({ exercises: [{ exerciseId: 'chin-tuck', ...d }] });
    expect(fieldOf(dose({ reps: 0 }))).toEqual(['data.exercises[0].reps']);
    expect(fieldOf(dose({ reps: 31 }))).toEqual(['data.exercises[0].reps']);
    expect(fieldOf(dose({ reps: 2.5 }))).toEqual(['data.exercises[0].reps']);
    expect(fieldOf(dose({ holdSeconds: -1 }))).toEqual(['data.exercises[0].holdSeconds']);
    expect(fieldOf(dose({ holdSeconds: 61 }))).toEqual(['data.exercises[0].holdSeconds']);
    expect(fieldOf(dose({ sets: 0 }))).toEqual(['data.exercises[0].sets']);
    expect(fieldOf(dose({ sets: 6 }))).toEqual(['data.exercises[0].sets']);
    expect(fieldOf(dose({ sides: 'top' }))).toEqual(['data.exercises[0].sides']);
  });

  it('names an exercise id that is not an id', () => {
    expect(fieldOf(withData({ exercises: [{ exerciseId: 'chin tuck!' }] }))).toEqual([
      'data.exercises[0].exerciseId',
    ]);
  });

  it('names sessions per day outside 1 to 6, and an unknown phase', () => {
    expect(fieldOf(withData({ sessionsPerDay: 0 }))).toEqual(['data.sessionsPerDay']);
    expect(fieldOf(withData({ sessionsPerDay: 7 }))).toEqual(['data.sessionsPerDay']);
    expect(fieldOf(withData({ phase: 'rest' }))).toEqual(['data.phase']);
  });

  it('names a note longer than 500 characters, and one no database could store', () => {
    expect(fieldOf(withData({ note: 'x'.repeat(501) }))).toEqual(['data.note']);
    expect(fieldOf(withData({ note: 'before\u0000after' }))).toEqual(['data.note']);
    expect(validateRecord(withData({ note: '' })).ok).toBe(true);
  });

  it('keeps a field from a newer Crick, beside the programme and inside an exercise (tolerant.ts)', () => {
    const newer = withData({
      reviewOn: '2026-12-08',
      exercises: [{ exerciseId: 'chin-tuck', tempo: 'slow' }],
    });
    expect(validateRecord(newer)).toEqual({ ok: true, value: newer });
  });

  it('travels in the export file like any other record', () => {
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-12-01T11:00:00.000Z',
      records: [record, { ...record, id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ac', deleted: true, data: null }],
    };
    expect(validate(ExportFileSchema, file).ok).toBe(true);
    const parsed = JSON.parse(JSON.stringify(file)) as typeof file;
    expect(parsed.records.map((r) => validateRecord(r).ok)).toEqual([true, true]);
    expect(validate(ExportFileSchema, { ...file, records: [withData({ phase: 'rest' })] }).ok).toBe(false);
  });
});
