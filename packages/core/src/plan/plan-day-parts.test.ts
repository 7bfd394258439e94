import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Intake } from '../schemas/intake.js';
import { planChecked } from './checked.testkit.js';
import { fakeLibrary } from './fake-library.testkit.js';

const startedOn = '2026-11-20';
const base: Intake = { startedOn, pain: 5, minutesAvailable: 15, place: 'home' };
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
