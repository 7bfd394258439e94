import { describe, expect, it } from 'vitest';
import {
  type ProgrammeDraft,
  patientRecords,
  prescriptionRequest,
  programmeDraftOf,
} from './patient-data.js';

const record = (type: string, data: unknown, updatedAt: string, deleted = false) => ({
  id: crypto.randomUUID(),
  type,
  updatedAt: `${updatedAt}-0000-server`,
  deleted,
  data,
});

describe("a patient's records as the clinician's workspace reads them", () => {
  it('groups them into the same history the plan uses, keeping the newest intake', () => {
    const read = patientRecords([
      record('intake', { startedOn: '2026-11-20', pain: 6 }, '2026-11-20T08:00:00.000Z'),
      record('intake', { startedOn: '2026-11-20', pain: 7 }, '2026-11-21T08:00:00.000Z'),
      record('checkIn', { date: '2026-11-21', pain: 5 }, '2026-11-21T09:00:00.000Z'),
      record('medicinesNote', { text: 'ibuprofen, as the label says' }, '2026-11-21T09:00:00.000Z'),
    ]);
    expect(read.intake).toEqual({ startedOn: '2026-11-20', pain: 7 });
    expect(read.history.checkIns).toEqual([{ date: '2026-11-21', pain: 5 }]);
    expect(read.medicines).toBe('ibuprofen, as the label says');
    expect(read.unreadable).toBe(0);
  });

  it("reads a session's outcome as the person's own screens do", () => {
    const read = patientRecords([
      record(
        'session',
        { date: '2026-11-21', exerciseIds: ['chin-tuck'], completed: true, stopSymptom: 'dizziness' },
        '2026-11-21T09:00:00.000Z',
      ),
    ]);
    expect(read.history.sessions[0]).toMatchObject({ outcome: 'stopped', completed: false });
  });

  it('counts a record the schemas refuse instead of showing it, and leaves out deleted ones', () => {
    const read = patientRecords([
      record('checkIn', { date: '2026-11-21', pain: 11 }, '2026-11-21T09:00:00.000Z'),
      record('checkIn', null, '2026-11-21T10:00:00.000Z', true),
    ]);
    expect(read.history.checkIns).toEqual([]);
    expect(read.unreadable).toBe(1);
  });
});

const draft = (patch: Partial<ProgrammeDraft> = {}): ProgrammeDraft => ({
  exercises: [{ exerciseId: 'chin-tuck', reps: '8', holdSeconds: '', sets: '2', sides: '' }],
  sessionsPerDay: '',
  phase: '',
  note: '',
  ...patch,
});
const names = (id: string) => (id === 'chin-tuck' ? 'Chin tuck' : id);

describe('the adjust-programme form as the request the server takes', () => {
  it('sends only what the clinician set: an empty box keeps Crick’s own choice', () => {
    expect(prescriptionRequest(draft({ phase: 'loosen', note: '  Gently.  ' }), names)).toEqual({
      ok: true,
      value: { exercises: [{ exerciseId: 'chin-tuck', reps: 8, sets: 2 }], phase: 'loosen', note: 'Gently.' },
    });
  });

  it('names every field out of range at once, with the exercise it belongs to', () => {
    const result = prescriptionRequest(
      draft({
        exercises: [{ exerciseId: 'chin-tuck', reps: '31', holdSeconds: '2.5', sets: '0', sides: 'left' }],
        sessionsPerDay: '7',
      }),
      names,
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { field: 'exercises[0].reps', message: 'Repetitions for Chin tuck: a whole number from 1 to 30.' },
        {
          field: 'exercises[0].holdSeconds',
          message: 'Hold seconds for Chin tuck: a whole number from 0 to 60.',
        },
        { field: 'exercises[0].sets', message: 'Sets for Chin tuck: a whole number from 1 to 5.' },
        { field: 'sessionsPerDay', message: 'Sessions per day: a whole number from 1 to 6.' },
      ],
    });
  });

  it('asks for at least one exercise and a note of at most 500 characters', () => {
    expect(prescriptionRequest(draft({ exercises: [], note: 'x'.repeat(501) }), names)).toEqual({
      ok: false,
      error: [
        { field: 'exercises', message: 'Choose at least one exercise.' },
        { field: 'note', message: 'The note to the person: up to 500 characters.' },
      ],
    });
  });
});

describe('the adjust-programme form, opened on a programme in force', () => {
  const inForce = {
    setBy: { id: 'u-clin-1', name: 'Dr Asha Patel' },
    setAt: '2026-12-01T10:00:00.000Z',
    exercises: [
      { exerciseId: 'chin-tuck', reps: 6, holdSeconds: 5, sets: 2, sides: 'both' as const },
      { exerciseId: 'shoulder-rolls' },
      { exerciseId: 'retired-exercise', reps: 3 },
    ],
    sessionsPerDay: 3,
    phase: 'loosen' as const,
    note: 'Little and often.',
  };
  const inLibrary = (id: string) => id !== 'retired-exercise';

  it('starts from it, and saved unchanged sends the same programme back', () => {
    const draft = programmeDraftOf(inForce, inLibrary);
    expect(draft.exercises[0]).toEqual({
      exerciseId: 'chin-tuck',
      reps: '6',
      holdSeconds: '5',
      sets: '2',
      sides: 'both',
    });
    const { setBy, setAt, ...programme } = inForce;
    expect(prescriptionRequest(draft, (id) => id)).toEqual({
      ok: true,
      value: { ...programme, exercises: programme.exercises.filter((e) => inLibrary(e.exerciseId)) },
    });
  });

  it('leaves out an exercise the library no longer has, and is empty when nothing is in force', () => {
    expect(programmeDraftOf(inForce, inLibrary).exercises.map((e) => e.exerciseId)).toEqual([
      'chin-tuck',
      'shoulder-rolls',
    ]);
    expect(programmeDraftOf(undefined, inLibrary)).toEqual({
      exercises: [],
      sessionsPerDay: '',
      phase: '',
      note: '',
    });
  });
});
