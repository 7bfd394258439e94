import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Prescription } from '../schemas/prescription.js';
import type { SyncRecord } from '../schemas/record.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { planChecked as planDay } from './checked.testkit.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { startedOn } from './plan-arbitraries.testkit.js';
import { planDay as planUnchecked } from './plan-day.js';
import {
  changesAgainst,
  prescribedDosage,
  prescribedPicks,
  prescriptionInForce,
  prescriptionsOf,
} from './prescription.js';
import { adjustDosage } from './sessions.js';
import type { History, Plan, PlanItem } from './types.js';

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

  /** The check the flare asked for, done after it and nothing found. */
  const flareChecked = {
    at: `${date}T20:00:00.000Z`,
    level: 'self_care',
    facts: {},
    fired: [],
    trigger: 'flare',
  } as const;

  it('at pain 8 the programme waits for the safety questions, then the day is for settling', () => {
    const waiting = planWith({ prescriptions: [rx({ phase: 'loosen' })], checkIns: [{ date, pain: 8 }] });
    expect(waiting.sessions).toEqual([]);
    expect(waiting.prescription?.overrideReason).toBe(
      'Your pain flared or something is new, so your clinician’s programme waits until you have answered the safety questions again.',
    );
    const p = planWith({
      prescriptions: [rx({ phase: 'loosen' })],
      checkIns: [{ date, pain: 8 }],
      triages: [flareChecked],
    });
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
    const p = planWith({ prescriptions: [rx({ phase: 'strengthen' })], checkIns, triages: [flareChecked] });
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

  it('says which exercises did not fit the minutes the person has', () => {
    const exercises = [
      { exerciseId: 'gentle-nod', reps: 20 },
      { exerciseId: 'shoulder-rolls', reps: 20 },
    ];
    const p = planWith({ prescriptions: [rx({ exercises, sessionsPerDay: 1 })] }, { minutesAvailable: 3 });
    expect(p.totalMinutes).toBeLessThanOrEqual(3);
    expect(p.prescription?.changes.at(-1)).toBe(
      'Not fitted in today: shoulder-rolls (no time left, or a stuck movement needs a gentle exercise first).',
    );
  });

  it('a stop for sharp pain in the last session sets the programme aside for a step easier', () => {
    const stopped = {
      date: addDays(date, -1),
      startedAt: `${addDays(date, -1)}T09:00:00.000Z`,
      exerciseIds: ['gentle-nod'],
      completed: false,
      stopSymptom: 'sharp_pain' as const,
      minutes: 4,
    };
    const p = planWith({ prescriptions: [rx({ phase: 'strengthen' })], sessions: [stopped] });
    expect(p.phase).not.toBe('strengthen');
    expect(p.prescription?.overrideReason).toBe(
      'You stopped the last session because of a symptom, so today follows Crick’s easier plan instead of your clinician’s programme.',
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

describe('before the first check', () => {
  it('the programme waits for the safety questions, and says that is why', () => {
    const p = planUnchecked({ intake: base, history: { prescriptions: [rx()] }, date, library: fakeLibrary });
    expect(p.sessions).toEqual([]);
    expect(p.prescription?.overrideReason).toBe(
      'The safety questions come first, so your clinician’s programme waits until you have answered them.',
    );
  });
});

describe('the records read as prescriptions', () => {
  it('are only live prescription records: a deleted one is withdrawn even with its data kept, and other types are not read', () => {
    const live = rx({ phase: 'loosen' });
    const records = [
      {
        id: 'a',
        type: 'prescription',
        updatedAt: '2026-12-01T10:00:01.000Z-0000-server',
        deleted: true,
        data: rx(),
      },
      {
        id: 'b',
        type: 'checkIn',
        updatedAt: '2026-12-01T10:00:02.000Z-0000-server',
        deleted: false,
        data: { date, pain: 3 },
      },
      {
        id: 'c',
        type: 'prescription',
        updatedAt: '2026-12-01T10:00:03.000Z-0000-server',
        deleted: false,
        data: live,
      },
      // A stored record damaged to no data, though not deleted: read as nothing.
      {
        id: 'd',
        type: 'prescription',
        updatedAt: '2026-12-01T10:00:04.000Z-0000-server',
        deleted: false,
        data: null,
      },
    ] as unknown as SyncRecord[];
    expect(prescriptionsOf(records)).toEqual([live]);
  });
});

describe("the clinician's dosage", () => {
  const reps = fakeLibrary.exercises.find((e) => e.id === 'gentle-nod');
  const held = fakeLibrary.exercises.find((e) => e.id === 'chin-tuck');
  if (!reps || !held) throw new Error('fake library changed');

  it("with nothing set is the library's, moved by the day's step", () => {
    for (const step of [-1, 0, 1])
      expect(prescribedDosage(reps.dosage, reps.kind, { exerciseId: reps.id }, step)).toEqual({
        dosage: adjustDosage(reps.dosage, reps.kind, step),
      });
  });

  it('keeps a hold time for a held exercise only', () => {
    const moved = prescribedDosage(reps.dosage, reps.kind, { exerciseId: reps.id, holdSeconds: 30 }, 0);
    expect(moved.dosage).toEqual(reps.dosage);
    const kept = prescribedDosage(held.dosage, held.kind, { exerciseId: held.id, holdSeconds: 30 }, 0);
    expect(kept.dosage.holdSeconds).toBe(30);
  });

  it('sets one side only for an exercise done on each side, and "each" leaves it on both', () => {
    expect(prescribedDosage(held.dosage, held.kind, { exerciseId: held.id, sides: 'left' }, 0)).toEqual({
      dosage: held.dosage,
    });
    expect(prescribedDosage(reps.dosage, reps.kind, { exerciseId: reps.id, sides: 'right' }, 0)).toEqual({
      dosage: { ...reps.dosage, sides: 'none' },
      side: 'right',
    });
    expect(prescribedDosage(reps.dosage, reps.kind, { exerciseId: reps.id, sides: 'each' }, 0)).toEqual({
      dosage: reps.dosage,
    });
  });
});

describe('the prescribed exercises picked for today', () => {
  const pick = (exercises: Prescription['exercises'], phase: Plan['phase'] = 'loosen') =>
    prescribedPicks({
      prescription: rx({ exercises }),
      exercises: fakeLibrary.exercises,
      phase,
      painNow: 4,
      place: 'home',
      equipment: [],
      stuck: [],
      step: 0,
    });

  it('take an exercise named twice once, with the first dosage', () => {
    const { picks } = pick([
      { exerciseId: 'gentle-nod', reps: 8 },
      { exerciseId: 'gentle-nod', reps: 2 },
    ]);
    expect(picks.map((p) => [p.exercise.id, p.exercise.dosage.reps])).toEqual([['gentle-nod', 8]]);
  });

  it('leave out, each with its own reason, kit the person lacks and strengthening while settling', () => {
    expect(pick([{ exerciseId: 'band-row' }, { exerciseId: 'chin-tuck' }], 'settle').leftOut).toEqual([
      { exerciseId: 'band-row', why: 'it does not suit where you are (home) or needs kit you lack' },
      { exerciseId: 'chin-tuck', why: 'it is not safe in today’s phase or at today’s pain' },
    ]);
  });
});

describe('what following the programme changed, in words', () => {
  const library = fakeLibrary.exercises.map((e) => ({ ...e, name: `The ${e.id}` }));
  const item = (exerciseId: string, extra: Partial<PlanItem> = {}): PlanItem => {
    const ex = library.find((e) => e.id === exerciseId);
    if (!ex) throw new Error(exerciseId);
    return { exerciseId, dosage: ex.dosage, ...extra } as PlanItem;
  };
  const plan = (items: PlanItem[], sessions = 1, phase: Plan['phase'] = 'loosen') =>
    ({ phase, sessions: Array.from({ length: sessions }, () => ({ items })) }) as unknown as Plan;

  it('says nothing when the day is the same: same phase, sessions and exercises, nothing dosed', () => {
    const same = plan([item('gentle-nod')], 2);
    expect(
      changesAgainst(same, same, rx({ exercises: [{ exerciseId: 'gentle-nod' }] }), library, []),
    ).toEqual([]);
  });

  it("names what was added and what is not today by the library's names", () => {
    const own = plan([item('gentle-nod'), item('shoulder-rolls'), item('gentle-tilt')]);
    const followed = plan([item('gentle-nod'), item('upper-trap'), item('levator')]);
    expect(
      changesAgainst(
        own,
        followed,
        rx({ exercises: [{ exerciseId: 'upper-trap' }, { exerciseId: 'levator' }] }),
        library,
        [],
      ),
    ).toEqual(['Added: The upper-trap, The levator.', 'Not today: The shoulder-rolls, The gentle-tilt.']);
  });

  it('words each dose the clinician set: reps and sets, one or many, holds, one side or each', () => {
    const followed = plan([
      item('chin-tuck', {
        dosage: { kind: 'hold', reps: 1, sets: 1, holdSeconds: 8, sides: 'none', restSeconds: 10 },
      }),
      item('upper-trap', {
        side: 'left',
        dosage: { kind: 'hold', reps: 4, sets: 2, holdSeconds: 15, sides: 'none', restSeconds: 10 },
      }),
      item('gentle-nod', {
        dosage: { kind: 'reps', reps: 8, sets: 3, secondsPerRep: 4, sides: 'each', restSeconds: 0 },
      }),
    ]);
    const prescription = rx({
      exercises: [
        { exerciseId: 'chin-tuck', reps: 1, sets: 1 },
        { exerciseId: 'upper-trap', sides: 'left' },
        { exerciseId: 'gentle-nod', sets: 3 },
      ],
    });
    expect(changesAgainst(followed, followed, prescription, library, [])).toEqual([
      'The chin-tuck: 1 rep × 1 set, 8 s holds.',
      'The upper-trap: 4 reps × 2 sets, 15 s holds, left side only.',
      'The gentle-nod: 8 reps × 3 sets, each side.',
    ]);
  });

  it('says which prescribed exercises did not fit, apart from those left out with a reason', () => {
    const followed = plan([item('gentle-nod')]);
    const prescription = rx({
      exercises: [
        { exerciseId: 'gentle-nod' },
        { exerciseId: 'shoulder-rolls' },
        { exerciseId: 'levator' },
        { exerciseId: 'band-row' },
      ],
    });
    const leftOut = [{ exerciseId: 'band-row', why: 'it needs a band' }];
    expect(changesAgainst(followed, followed, prescription, library, leftOut)).toEqual([
      'Not fitted in today: The shoulder-rolls, The levator (no time left, or a stuck movement needs a gentle exercise first).',
      'Left out: The band-row, because it needs a band.',
    ]);
  });
});
