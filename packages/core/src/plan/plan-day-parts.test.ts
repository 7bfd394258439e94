import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { expectedCourse } from '../progress/review.js';
import type { SessionLog } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';
import type { Prescription } from '../schemas/prescription.js';
import { planChecked } from './checked.testkit.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { adjustDosage } from './sessions.js';

const startedOn = '2026-11-20';
const base: Intake = { startedOn, pain: 5, minutesAvailable: 15, place: 'home' };
/** A session on `day` stopped for sharp pain after 4 minutes: the next day is a step easier. */
const sharpPainStop = (day: number): SessionLog => ({
  date: addDays(startedOn, day),
  startedAt: `${addDays(startedOn, day)}T09:00:00.000Z`,
  exerciseIds: ['gentle-nod'],
  completed: false,
  stopSymptom: 'sharp_pain',
  minutes: 4,
});
const on = (day: number, intake: Partial<Intake> = {}, library = fakeLibrary) =>
  planChecked({ intake: { ...base, ...intake }, date: addDays(startedOn, day), library });

describe('a day’s plan, part by part', () => {
  it('plans the first day for a date before the pain started, and says so', () => {
    const p = on(-2);
    expect(p.day).toBe(0);
    expect(p.notices[0]).toEqual({
      kind: 'date_before_onset',
      severity: 'info',
      message: 'This date is before the pain started; the plan is for the first day.',
    });
    expect(on(0).notices.map((n) => n.kind)).not.toContain('date_before_onset');
  });
  it('sets the expectation on the first three days only', () => {
    expect(on(2).notices.map((n) => n.kind)).toContain('expectation');
    expect(on(3).notices.map((n) => n.kind)).not.toContain('expectation');
  });
  it('asks for the day 2 re-check from day 2, unless a check was run on it', () => {
    expect(on(0).notices.map((n) => n.kind)).not.toContain('recheck_due');
    expect(on(1).notices.find((n) => n.kind === 'recheck_due')).toEqual({
      kind: 'recheck_due',
      severity: 'info',
      message: 'Day 2 re-check: answer the safety questions again (about a minute when nothing is wrong).',
    });
    const checked = planChecked({
      intake: base,
      history: {
        triages: [{ at: `${addDays(startedOn, 1)}T08:00:00.000Z`, level: 'self_care', facts: {}, fired: [] }],
      },
      date: addDays(startedOn, 1),
      library: fakeLibrary,
    });
    expect(checked.notices.map((n) => n.kind)).not.toContain('recheck_due');
  });
  it('settles in three short sessions named by the time of day, and says the day’s total', () => {
    const p = on(0);
    expect(p.sessions.map((s) => [s.id, s.label, s.time])).toEqual([
      ['2026-11-20-1', 'Morning', '08:30'],
      ['2026-11-20-2', 'Afternoon', '14:30'],
      ['2026-11-20-3', 'Evening', '20:30'],
    ]);
    expect(p.totalMinutes).toBe(p.sessions.reduce((t, s) => t + s.minutes, 0));
    for (const s of p.sessions) expect(s.minutes).toBeLessThanOrEqual(5);
  });
  it('loosens in two sessions and keeps one session called Today when time is short', () => {
    expect(on(3).sessions).toHaveLength(2);
    const short = on(3, { minutesAvailable: 5 });
    expect(short.sessions.map((s) => s.label)).toEqual(['Today']);
  });
  it('gives three minutes as one session', () =>
    expect(on(0, { minutesAvailable: 3 }).sessions).toHaveLength(1));
  it('picks the moist heat for heat, and cold after a fresh strain', () => {
    expect(new Set(on(3, { preference: 'heat' }).remedies.map((r) => r.remedyId))).toEqual(
      new Set(['heat-moist']),
    );
    expect(new Set(on(0, { strain: true }).remedies.map((r) => r.remedyId))).toEqual(new Set(['cold-pack']));
    const dryOnly = { ...fakeLibrary, remedies: fakeLibrary.remedies.filter((r) => r.id !== 'heat-moist') };
    expect(new Set(on(3, { preference: 'heat' }, dryOnly).remedies.map((r) => r.remedyId))).toEqual(
      new Set(['heat-dry']),
    );
  });
  it('suggests the habits against the causes the person named, each once, with why', () => {
    const p = on(
      3,
      { causes: ['posture', 'posture-too'] },
      {
        ...fakeLibrary,
        causes: [
          ...fakeLibrary.causes,
          {
            id: 'posture-too',
            name: 'Slouching',
            question: '?',
            explanation: '',
            habits: ['screen-height', 'gone'],
            sources: [],
          },
        ],
      },
    );
    expect(p.habits).toEqual([
      { habitId: 'screen-height', why: 'Against posture.' },
      { habitId: 'micro-breaks', why: 'Against posture.' },
    ]);
  });
  it('keeps to four habits', () => {
    const habits = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      name: id,
      why: '',
      how: ['x'],
      sources: [],
    }));
    const library = {
      ...fakeLibrary,
      habits,
      causes: [
        {
          id: 'many',
          name: 'Many',
          question: '?',
          explanation: '',
          habits: habits.map((h) => h.id),
          sources: [],
        },
      ],
    };
    expect(on(3, { causes: ['many'] }, library).habits.map((h) => h.habitId)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('gives a desk regular breaks when no cause was named, and a home nothing', () => {
    expect(on(3, { place: 'desk' }).habits).toEqual([
      { habitId: 'micro-breaks', why: 'Short, regular breaks help a neck that sits at a desk.' },
    ]);
    expect(on(3).habits).toEqual([]);
    expect(on(3, { causes: ['unknown'] }).habits).toEqual([]);
  });
  it('never raises the dosage while settling, even after an easy session', () => {
    const p = planChecked({
      intake: base,
      history: {
        sessions: [
          {
            date: startedOn,
            exerciseIds: ['gentle-turn'],
            completed: true,
            effort: 'easy',
            painBefore: 5,
            painAfter: 3,
          },
        ],
      },
      date: addDays(startedOn, 1),
      library: fakeLibrary,
    });
    const plain = on(1);
    const reps = (x: typeof p) =>
      x.sessions.flatMap((s) => s.items).find((i) => i.exerciseId === 'gentle-turn')?.dosage.reps;
    expect(reps(p)).toBe(reps(plain));
  });
});

describe('a day’s plan, notice by notice', () => {
  it('sets out the expected course on the first days as information', () => {
    expect(on(0).notices.find((n) => n.kind === 'expectation')).toEqual({
      kind: 'expectation',
      severity: 'info',
      message: expectedCourse,
    });
  });

  it('says when the day is a step easier, and when the dosage goes up', () => {
    const session = (extra: Partial<SessionLog>): SessionLog => ({
      date: addDays(startedOn, 3),
      exerciseIds: ['gentle-nod'],
      completed: true,
      ...extra,
    });
    const history = (s: SessionLog) => ({ sessions: [s] });
    const stepped = planChecked({
      intake: base,
      history: history(session({ painBefore: 3, painAfter: 6 })),
      date: addDays(startedOn, 4),
      library: fakeLibrary,
    });
    expect(stepped.notices).toContainEqual({
      kind: 'stepped_back',
      severity: 'info',
      message: 'Your pain rose by 3 during the last session, so today is a step easier.',
    });
    const easy = planChecked({
      intake: base,
      history: history(session({ effort: 'easy', painBefore: 3, painAfter: 3 })),
      date: addDays(startedOn, 4),
      library: fakeLibrary,
    });
    expect(easy.notices).toContainEqual({
      kind: 'progressed',
      severity: 'info',
      message: 'Your last sessions felt easy and the pain did not rise, so the dosage goes up a little.',
    });
    expect(on(4).notices.map((n) => n.kind)).not.toContain('progressed');
    expect(on(4).notices.map((n) => n.kind)).not.toContain('stepped_back');
  });

  it('warns on day 7 without a meaningful improvement: see a doctor, citing RF-S08', () => {
    const p = planChecked({
      intake: base,
      history: { checkIns: [{ date: addDays(startedOn, 6), pain: 5 }] },
      date: addDays(startedOn, 6),
      library: fakeLibrary,
    });
    expect(p.notices.find((n) => n.kind === 'see_doctor')).toEqual({
      kind: 'see_doctor',
      severity: 'warn',
      message: expect.stringMatching(/doctor|GP|clinician/i),
      ruleId: 'RF-S08',
    });
  });

  it('has no programme notices without a programme', () => {
    const kinds = on(3).notices.map((n) => n.kind);
    expect(kinds).not.toContain('prescription_left_out');
    expect(kinds).not.toContain('prescription_set_aside');
  });
});

describe('a day’s plan, sessions and time', () => {
  it('keeps the sessions within the hours awake when they are fewer than the minutes offered', () => {
    const p = on(3, { minutesAvailable: 60, wakeTime: '22:00', sleepTime: '22:20' });
    expect(p.totalMinutes).toBeGreaterThan(0);
    expect(p.totalMinutes).toBeLessThanOrEqual(20);
  });

  it('plans no session at all where no exercise suits, rather than empty ones', () => {
    expect(on(3, {}, { ...fakeLibrary, exercises: [] }).sessions).toEqual([]);
  });
});

describe('a day’s plan, the remedy', () => {
  const heatMoist = fakeLibrary.remedies.find((r) => r.id === 'heat-moist');
  const heatDry = fakeLibrary.remedies.find((r) => r.id === 'heat-dry');
  const cold = fakeLibrary.remedies.find((r) => r.id === 'cold-pack');
  if (!heatMoist || !heatDry || !cold) throw new Error('fake library changed');

  it('is never one without safe-use limits, even the moist heat', () => {
    const { limits: _, ...unlimited } = heatMoist;
    const library = { ...fakeLibrary, remedies: [unlimited, heatDry, cold] };
    expect(new Set(on(3, { preference: 'heat' }, library).remedies.map((r) => r.remedyId))).toEqual(
      new Set(['heat-dry']),
    );
  });

  it('is of the kind chosen, whatever the library lists first', () => {
    const library = { ...fakeLibrary, remedies: [heatMoist, heatDry, cold] };
    expect(new Set(on(0, { strain: true }, library).remedies.map((r) => r.remedyId))).toEqual(
      new Set(['cold-pack']),
    );
  });
});

describe('a day’s plan, the habits', () => {
  it('gives a desk with a named cause that cause’s habits, and no second break habit', () => {
    expect(on(3, { place: 'desk', causes: ['posture'] }).habits.map((h) => h.habitId)).toEqual([
      'screen-height',
      'micro-breaks',
    ]);
  });

  it('finds the break habit by its interval reminder, wherever the library lists it', () => {
    const habits = [...fakeLibrary.habits].reverse();
    expect(on(3, { place: 'desk' }, { ...fakeLibrary, habits }).habits.map((h) => h.habitId)).toEqual([
      'micro-breaks',
    ]);
    const noBreaks = fakeLibrary.habits.filter((h) => h.reminder === undefined);
    expect(on(3, { place: 'desk' }, { ...fakeLibrary, habits: noBreaks }).habits).toEqual([]);
  });
});

describe('a day’s plan with a clinician’s programme', () => {
  const rx = (changes: Partial<Prescription> = {}): Prescription => ({
    setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
    setAt: `${addDays(startedOn, 2)}T10:00:00.000Z`,
    exercises: [{ exerciseId: 'upper-trap' }],
    ...changes,
  });
  const plan = (history: object, library = fakeLibrary) =>
    planChecked({ intake: base, history, date: addDays(startedOn, 4), library });
  const stop = sharpPainStop(3);

  it('set aside, leaves the day exactly as Crick’s own plan, with a warning', () => {
    const own = plan({ sessions: [stop] });
    const setAside = plan({ sessions: [stop], prescriptions: [rx({ phase: 'strengthen' })] });
    expect(setAside.phase).toBe(own.phase);
    expect(setAside.sessions).toEqual(own.sessions);
    expect(setAside.notices).toContainEqual({
      kind: 'prescription_set_aside',
      severity: 'warn',
      message: setAside.prescription?.overrideReason,
    });
  });

  it('followed, keeps the clinician’s reps on a day the dosage goes up: the step is not added twice', () => {
    const easy: SessionLog = {
      date: addDays(startedOn, 3),
      exerciseIds: ['upper-trap'],
      completed: true,
      effort: 'easy',
    };
    const p = plan({
      sessions: [easy],
      prescriptions: [rx({ exercises: [{ exerciseId: 'upper-trap', reps: 4 }] })],
    });
    expect(p.step).toBe(1);
    expect(p.sessions[0]?.items.find((i) => i.exerciseId === 'upper-trap')?.dosage.reps).toBe(4);
  });

  it('names a left-out exercise by the library’s name, and carries no note when none was written', () => {
    const library = {
      ...fakeLibrary,
      exercises: fakeLibrary.exercises.map((e) => ({ ...e, name: `The ${e.id}` })),
    };
    const p = plan(
      { prescriptions: [rx({ exercises: [{ exerciseId: 'band-row' }, { exerciseId: 'upper-trap' }] })] },
      library,
    );
    expect(p.notices).toContainEqual({
      kind: 'prescription_left_out',
      severity: 'info',
      message:
        'The band-row, from your clinician’s programme, is left out today: it does not suit where you are (home) or needs kit you lack.',
    });
    expect(p.notices.map((n) => n.kind)).not.toContain('prescription_set_aside');
    expect(p.prescription && 'note' in p.prescription).toBe(false);
  });

  it('held by an emergency, lists nothing as left out', () => {
    const emergency = {
      at: `${addDays(startedOn, 4)}T07:00:00.000Z`,
      level: 'emergency',
      facts: {},
      fired: [],
    } as const;
    const p = plan({
      triages: [emergency],
      prescriptions: [rx({ exercises: [{ exerciseId: 'band-row' }] })],
    });
    expect(p.notices.map((n) => n.kind)).not.toContain('prescription_left_out');
  });
});

describe('a day’s plan, how many sessions', () => {
  const rxPhase = (phase: Prescription['phase']) =>
    planChecked({
      intake: { ...base, minutesAvailable: 30 },
      history: {
        prescriptions: [
          {
            setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
            setAt: `${addDays(startedOn, 2)}T10:00:00.000Z`,
            ...(phase ? { phase } : {}),
            exercises: [
              { exerciseId: 'gentle-nod' },
              { exerciseId: 'chin-tuck' },
              { exerciseId: 'upper-trap' },
            ],
          },
        ],
      },
      date: addDays(startedOn, 4),
      library: fakeLibrary,
    }).sessions.length;

  it('with time enough: little and often while settling, fewer once moving, one for the routine', () => {
    expect([rxPhase('settle'), rxPhase('loosen'), rxPhase('strengthen'), rxPhase('prevent')]).toEqual([
      3, 2, 2, 1,
    ]);
  });
});

describe('a day’s plan, a step easier', () => {
  it('stepped back into settling after a stop, gives each exercise the easier dosage', () => {
    const stop = sharpPainStop(2);
    const p = planChecked({
      intake: base,
      history: { sessions: [stop] },
      date: addDays(startedOn, 3),
      library: fakeLibrary,
    });
    expect(p).toMatchObject({ phase: 'settle', step: -1 });
    const items = p.sessions.flatMap((s) => s.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const ex = fakeLibrary.exercises.find((e) => e.id === item.exerciseId);
      if (!ex) throw new Error(item.exerciseId);
      expect(item.dosage, item.exerciseId).toEqual(adjustDosage(ex.dosage, ex.kind, -1));
    }
  });
});
