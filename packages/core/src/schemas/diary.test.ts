import { describe, expect, it } from 'vitest';
import { type SessionLog, sessionFinished, sessionOutcome } from './diary.js';
import { validateRecord } from './record.js';

const log = (over: Partial<SessionLog>): SessionLog => ({
  date: '2026-11-22',
  exerciseIds: ['a', 'b', 'c'],
  completed: true,
  ...over,
});

describe('what happened in a session', () => {
  it('takes the outcome a new record states', () =>
    expect(sessionOutcome(log({ completed: false, outcome: 'partly' }))).toBe('partly'));

  it('reads an old record with every exercise skipped as skipped, not finished', () => {
    const old = log({ skippedIds: ['a', 'b', 'c'] });
    expect(sessionOutcome(old)).toBe('skipped');
    expect(sessionFinished(old)).toBe(false);
  });

  it('reads an old record with one exercise skipped as partly done', () =>
    expect(sessionOutcome(log({ skippedIds: ['b'] }))).toBe('partly'));

  it('reads an old record ended early, or for a symptom, as stopped', () => {
    expect(sessionOutcome(log({ completed: false }))).toBe('stopped');
    expect(sessionOutcome(log({ stopSymptom: 'dizziness' }))).toBe('stopped');
  });

  it('counts an old record done to the end with nothing skipped as finished', () =>
    expect(sessionFinished(log({}))).toBe(true));

  it('still loads a session record stored before outcomes existed', () => {
    const stored = {
      id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
      type: 'session',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
      deleted: false,
      data: { date: '2026-11-22', exerciseIds: ['a'], skippedIds: ['a'], completed: true },
    };
    expect(validateRecord(stored).ok).toBe(true);
    expect(validateRecord({ ...stored, data: { ...stored.data, outcome: 'done-ish' } })).toMatchObject({
      ok: false,
      error: [{ field: 'data.outcome' }],
    });
  });
});

describe('the medicines note', () => {
  it('is a record that syncs like the others, and names an overlong text', () => {
    const note = {
      id: '0b5f8c1e-7a3d-4e2b-9f10-1234567890ab',
      type: 'medicinesNote',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-device1',
      deleted: false,
      data: { text: 'Ibuprofen twice, helped a little' },
    };
    expect(validateRecord(note).ok).toBe(true);
    expect(validateRecord({ ...note, data: { text: 'x'.repeat(601) } })).toMatchObject({
      ok: false,
      error: [{ field: 'data.text' }],
    });
  });
});
