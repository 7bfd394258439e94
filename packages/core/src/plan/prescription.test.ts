import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Prescription } from '../schemas/prescription.js';
import type { SyncRecord } from '../schemas/record.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { startedOn } from './plan-arbitraries.testkit.js';
import { planDay } from './plan-day.js';
import { prescriptionInForce, prescriptionsOf } from './prescription.js';
import type { History, Plan } from './types.js';

const date = addDays(startedOn, 3);
const base = { startedOn, pain: 5, minutesAvailable: 15, place: 'home' as const };
const rx = (changes: Partial<Prescription> = {}): Prescription => ({
  setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
  setAt: `${addDays(date, -1)}T10:00:00.000Z`,
  exercises: [{ exerciseId: 'upper-trap' }, { exerciseId: 'gentle-nod' }],
  ...changes,
});
const triage = (level: TriageRecord['level']): TriageRecord => ({
  at: `${date}T08:00:00.000Z`,
  level,
  facts: {},
  fired: [],
});
const planWith = (history: Partial<History>, intake: Record<string, unknown> = {}) =>
  planDay({ intake: { ...base, ...intake }, history, date, library: fakeLibrary });
const ids = (p: Plan) => [...new Set(p.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)))];
const kinds = (p: Plan) => p.notices.map((n) => n.kind);

describe("a clinician's programme set aside by safety", () => {
  it("a clinician's phase is set aside after an urgent check, and the plan says so", () => {
    const p = planWith({ prescriptions: [rx({ phase: 'strengthen' })], triages: [triage('urgent')] });
    expect(p.phase).toBe('settle');
    expect(p.prescription).toMatchObject({ overridden: true, changes: [] });
    expect(p.prescription?.overrideReason).toMatch(/see a clinician today/);
    expect(p.notices).toContainEqual(
      expect.objectContaining({ kind: 'prescription_set_aside', message: p.prescription?.overrideReason }),
    );
  });

  it('an emergency check puts the programme on hold, with no exercise at all', () => {
    const p = planWith({ prescriptions: [rx()], triages: [triage('emergency')] });
    expect(p.sessions).toEqual([]);
    expect(p.prescription?.overrideReason).toMatch(/emergency/);
  });

  it('a red-flag stop not yet re-checked holds the programme until the check', () => {
    const stop = {
      date,
      startedAt: `${date}T07:00:00.000Z`,
      exerciseIds: ['gentle-nod'],
      completed: false,
      stopSymptom: 'dizziness' as const,
      minutes: 5,
    };
    const p = planWith({ prescriptions: [rx()], sessions: [stop] });
    expect(p.sessions).toEqual([]);
    expect(p.prescription?.overrideReason).toMatch(/needs a check first/);
  });

  it('at pain 8 the programme waits and the day is for settling', () => {
    const p = planWith({ prescriptions: [rx({ phase: 'loosen' })], checkIns: [{ date, pain: 8 }] });
    expect(p.phase).toBe('settle');
    expect(p.prescription?.overrideReason).toBe(
      'Your pain is 8/10, so today is for settling it; your clinician’s programme returns when the pain is below 7.',
    );
  });

  it("a flare of 2 points gives Crick's easier plan instead of the programme", () => {
    const checkIns = [
      { date: addDays(date, -1), pain: 3 },
      { date, pain: 5 },
    ];
    const p = planWith({ prescriptions: [rx({ phase: 'strengthen' })], checkIns });
    expect(p.prescription).toMatchObject({ overridden: true });
    expect(p.prescription?.overrideReason).toBe(
      'Your pain rose by 2 since the last check-in, so today follows Crick’s easier plan instead of your clinician’s programme.',
    );
  });
});

describe("a clinician's programme followed", () => {
  it('the plan holds the phase the clinician set and says why', () => {
    const p = planWith({
      prescriptions: [rx({ phase: 'strengthen', exercises: [{ exerciseId: 'chin-tuck' }] })],
    });
    expect(p.phase).toBe('strengthen');
    expect(p.phaseReason).toMatch(/^Your clinician moved you on to strengthening/);
    expect(p.prescription?.overridden).toBe(false);
  });

  it("uses only the clinician's exercises, with their reps, sets, holds and side", () => {
    const p = planWith(
      {
        prescriptions: [
          rx({
            exercises: [
              { exerciseId: 'upper-trap', reps: 4, sets: 2, holdSeconds: 15, sides: 'left' },
              { exerciseId: 'gentle-nod', reps: 8 },
            ],
          }),
        ],
      },
      { minutesAvailable: 30 },
    );
    expect(ids(p).sort()).toEqual(['gentle-nod', 'upper-trap']);
    const trap = p.sessions[0]?.items.find((i) => i.exerciseId === 'upper-trap');
    expect(trap).toMatchObject({
      side: 'left',
      dosage: { reps: 4, sets: 2, holdSeconds: 15, sides: 'none' },
    });
    const nod = p.sessions[0]?.items.find((i) => i.exerciseId === 'gentle-nod');
    expect(nod?.dosage.reps).toBe(8);
    expect(nod?.side).toBeUndefined();
  });

  it('an exercise Crick does not know is left out with a notice, and the rest still followed', () => {
    const p = planWith({
      prescriptions: [rx({ exercises: [{ exerciseId: 'neck-crack' }, { exerciseId: 'gentle-nod' }] })],
    });
    expect(ids(p)).toEqual(['gentle-nod']);
    expect(p.notices).toContainEqual({
      kind: 'prescription_left_out',
      severity: 'info',
      message:
        'neck-crack, from your clinician’s programme, is left out today: it is not in Crick’s exercise library.',
    });
    expect(p.prescription?.changes).toContain(
      'Left out: neck-crack, because it is not in Crick’s exercise library.',
    );
  });

  it('a strengthening exercise is left out while the clinician asks for settling', () => {
    const p = planWith({
      prescriptions: [
        rx({ phase: 'settle', exercises: [{ exerciseId: 'chin-tuck' }, { exerciseId: 'gentle-nod' }] }),
      ],
    });
    expect(ids(p)).toEqual(['gentle-nod']);
    expect(kinds(p)).toContain('prescription_left_out');
  });

  it('an exercise that needs kit the person lacks is left out', () => {
    const p = planWith({
      prescriptions: [rx({ exercises: [{ exerciseId: 'band-row' }, { exerciseId: 'gentle-nod' }] })],
    });
    expect(ids(p)).toEqual(['gentle-nod']);
  });

  it('when none of the exercises can be done, Crick chooses and says so', () => {
    const p = planWith({ prescriptions: [rx({ exercises: [{ exerciseId: 'neck-crack' }] })] });
    expect(p.sessions.length).toBeGreaterThan(0);
    expect(p.prescription?.changes[0]).toBe(
      'None of your clinician’s exercises can be done today, so Crick chose them.',
    );
  });

  it('gives the sessions a day the clinician set, as many as fit 3 minutes each', () => {
    expect(
      planWith({ prescriptions: [rx({ sessionsPerDay: 4 })] }, { minutesAvailable: 30 }).sessions,
    ).toHaveLength(4);
    expect(
      planWith({ prescriptions: [rx({ sessionsPerDay: 6 })] }, { minutesAvailable: 7 }).sessions,
    ).toHaveLength(2);
  });

  it("lists what it changed against Crick's own plan in plain words", () => {
    const own = planWith({});
    const p = planWith(
      {
        prescriptions: [
          rx({ phase: 'strengthen', sessionsPerDay: 3, exercises: [{ exerciseId: 'chin-tuck', reps: 6 }] }),
        ],
      },
      { minutesAvailable: 30 },
    );
    expect(own.phase).toBe('loosen');
    expect(p.prescription?.changes).toEqual([
      'Phase: strengthening (Crick would have chosen loosening).',
      `3 sessions today instead of ${planWith({}, { minutesAvailable: 30 }).sessions.length}.`,
      'Added: chin-tuck.',
      `Not today: ${ids(planWith({}, { minutesAvailable: 30 })).join(', ')}.`,
      'chin-tuck: 6 reps × 1 set, 5 s holds.',
    ]);
  });

  it('carries who set it, when, and the note to the person', () => {
    const p = planWith({ prescriptions: [rx({ note: 'Little and often.' })] });
    expect(p.prescription).toMatchObject({
      setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
      setAt: `${addDays(date, -1)}T10:00:00.000Z`,
      note: 'Little and often.',
    });
  });
});

describe('the prescription in force', () => {
  it('is the newest set on or before the day; one set later is not yet in force', () => {
    const older = rx({ setAt: `${addDays(date, -2)}T10:00:00.000Z`, phase: 'loosen' });
    const newer = rx({ setAt: `${date}T06:00:00.000+01:00`, phase: 'prevent' });
    const later = rx({ setAt: `${addDays(date, 1)}T06:00:00.000Z`, phase: 'settle' });
    expect(prescriptionInForce([newer, older, later], date)).toBe(newer);
    expect(prescriptionInForce([later], date)).toBeUndefined();
  });

  it('is read from the records: deleted ones withdrawn, a tie of setAt broken by the record clock', () => {
    const record = (id: string, updatedAt: string, data: Prescription | null): SyncRecord => ({
      id: `0b5f8c1e-7a3d-4e2b-9f10-${id}`,
      type: 'prescription',
      updatedAt,
      deleted: data === null,
      data,
    });
    const a = rx({ phase: 'loosen' });
    const b = rx({ phase: 'strengthen' });
    const records = [
      record('000000000002', '2026-12-01T10:00:02.000Z-0000-server', b),
      record('000000000001', '2026-12-01T10:00:01.000Z-0000-server', a),
      record('000000000003', '2026-12-01T10:00:03.000Z-0000-server', null),
    ];
    expect(prescriptionsOf(records)).toEqual([a, b]);
    expect(prescriptionInForce(prescriptionsOf(records), date)).toBe(b);
  });
});
