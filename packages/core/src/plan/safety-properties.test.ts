import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseSeconds } from '../content/duration.js';
import type { Exercise, Movement } from '../content/types.js';
import { addDays, clockMinutes, daysBetween } from '../dates.js';
import { runs } from '../property.testkit.js';
import type { CheckIn, SessionLog } from '../schemas/diary.js';
import type { Prescription } from '../schemas/prescription.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { stopSymptomOpensCheck } from '../triage/stop-symptoms.js';
import { fakeLibrary } from './fake-library.testkit.js';
import { type Case, cases, startedOn } from './plan-arbitraries.testkit.js';
import { planDay } from './plan-day.js';
import { placeEquipment } from './sessions.js';
import type { Plan } from './types.js';

// The plan's safety properties (issue 8), each over generated people and
// histories, with the oracle written here from the rule, not from the code.

const plan = (c: Case): Plan => planDay({ ...c, library: fakeLibrary });
const exercise = (id: string) => fakeLibrary.exercises.find((e) => e.id === id) as Exercise;
const items = (p: Plan) =>
  p.sessions.flatMap((s) => s.items.map((i) => ({ ...i, exercise: exercise(i.exerciseId) })));
const ms = (iso: string) => Date.parse(iso);
const rank = { self_care: 0, soon: 1, urgent: 2, emergency: 3 } as const;

/** The last check on or before the day: latest instant, the more serious of a tie. */
function lastCheck(c: Case): TriageRecord | undefined {
  return c.history.triages
    .filter((t) => t.at.slice(0, 10) <= c.date)
    .reduce<TriageRecord | undefined>(
      (best, t) =>
        !best || ms(t.at) > ms(best.at) || (ms(t.at) === ms(best.at) && rank[t.level] > rank[best.level])
          ? t
          : best,
      undefined,
    );
}

/** A red-flag stop that no check came after (after the session's end). */
const uncheckedStop = (c: Case) =>
  c.history.sessions.some(
    (s) =>
      s.stopSymptom !== undefined &&
      stopSymptomOpensCheck(s.stopSymptom) &&
      !c.history.triages.some(
        (t) =>
          t.at.slice(0, 10) <= c.date &&
          ms(t.at) > ms(s.startedAt as string) + (s.minutes as number) * 60_000,
      ),
  );

/** A check-in's instant; one without a time counts as its day's earliest. */
const untimedFirst = (c: CheckIn) => (c.at === undefined ? Number.NEGATIVE_INFINITY : ms(c.at));

/** The latest pain report: check-ins by day, then by time; the intake's when there is none. */
function latestPain(c: Case): number {
  const sorted = [...c.history.checkIns].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : untimedFirst(a) - untimedFirst(b),
  );
  return sorted.at(-1)?.pain ?? c.intake.pain;
}

/** Minutes of the waking day: sleep at or before waking is after midnight. */
function waking(c: Case) {
  const wake = clockMinutes(c.intake.wakeTime ?? '07:30');
  const sleep = clockMinutes(c.intake.sleepTime ?? '22:30');
  return { wake, sleep: sleep > wake ? sleep : sleep + 24 * 60 };
}
/** A clock time of the plan, placed in the waking day (00:30 after a 07:00 wake is 24:30). */
const onWakingDay = (c: Case, hhmm: string) => {
  const m = clockMinutes(hhmm);
  return m >= waking(c).wake ? m : m + 24 * 60;
};

const check = (property: fc.IProperty<[Case]> | fc.IPropertyWithHooks<[Case]>, numRuns = 600) =>
  fc.assert(property, runs(numRuns));

describe('the plan, over generated people and histories', () => {
  it('after an emergency check gives no exercise, no cold or heat, and a stop notice', () => {
    check(
      fc.property(cases(), (c) => {
        if (lastCheck(c)?.level !== 'emergency') return;
        const p = plan(c);
        expect(p.sessions).toEqual([]);
        expect(p.remedies).toEqual([]);
        expect(p.notices).toContainEqual(expect.objectContaining({ kind: 'emergency', severity: 'stop' }));
      }),
    );
  });

  it('after an urgent check only settles, with no strengthening', () => {
    check(
      fc.property(cases(), (c) => {
        if (lastCheck(c)?.level !== 'urgent') return;
        const p = plan(c);
        expect(p.phase).toBe('settle');
        expect(items(p).filter((i) => i.exercise.kind === 'strength')).toEqual([]);
      }),
    );
  });

  it('holds all exercise after a red-flag stop until a check comes after the session ended', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const held = p.notices.some((n) => n.kind === 'recheck_after_stop');
        expect(held).toBe(uncheckedStop(c));
        if (held) expect(p.sessions).toEqual([]);
      }),
    );
  });

  it('never strengthens when the latest pain report is 7 or more', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        expect(p.painNow).toBe(latestPain(c));
        if (latestPain(c) < 7) return;
        expect(p.phase).not.toBe('strengthen');
        expect(items(p).filter((i) => i.exercise.kind === 'strength')).toEqual([]);
      }),
    );
  });

  it('keeps cold and heat to 20 minutes, an hour from any other use, after waking and an hour before sleep', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const { wake, sleep } = waking(c);
        const slots = p.remedies.map((r) => ({ start: onWakingDay(c, r.start), minutes: r.minutes }));
        const logged = c.history.remedyUses.map((u) => {
          const start =
            clockMinutes(u.startedAt.slice(11, 16)) + daysBetween(c.date, u.startedAt.slice(0, 10)) * 24 * 60;
          return { start, minutes: u.minutes };
        });
        slots.forEach((s, i) => {
          expect(s.minutes).toBeLessThanOrEqual(20);
          expect(s.start).toBeGreaterThanOrEqual(wake);
          expect(s.start + s.minutes).toBeLessThanOrEqual(sleep - 60);
          for (const o of [...logged, ...slots.filter((_, j) => j !== i)]) {
            const apart = s.start >= o.start + o.minutes + 60 || o.start >= s.start + s.minutes + 60;
            expect(apart, JSON.stringify({ s, o })).toBe(true);
          }
        });
      }),
    );
  });

  it('never plans a session longer than the minutes available, and counts every item as the player plays it', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        expect(p.totalMinutes).toBeLessThanOrEqual(c.intake.minutesAvailable ?? 10);
        for (const s of p.sessions) {
          for (const i of s.items) expect(i.seconds).toBe(exerciseSeconds(i.dosage));
          expect(s.minutes).toBe(Math.ceil(s.items.reduce((t, i) => t + i.seconds, 0) / 60));
        }
      }),
    );
  });

  it('puts sessions inside the waking hours, also when sleep is after midnight, and names them by their time', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const { wake, sleep } = waking(c);
        for (const s of p.sessions) {
          const start = onWakingDay(c, s.time);
          expect(start).toBeGreaterThanOrEqual(wake);
          expect(start + s.minutes).toBeLessThanOrEqual(sleep);
          const hour = clockMinutes(s.time) / 60;
          const name = hour < 5 ? 'Night' : hour < 11 ? 'Morning' : hour < 16 ? 'Afternoon' : 'Evening';
          expect(s.label).toBe(p.sessions.length === 1 ? 'Today' : name);
        }
      }),
    );
  });

  it('gives a desk nothing lying or on the floor, and nothing that needs kit the person and the place lack', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const place = c.intake.place ?? 'home';
        const kit = new Set([...(c.intake.equipment ?? []), ...placeEquipment[place]]);
        for (const { exercise: e } of items(p)) {
          if (place !== 'home') expect(e.position).not.toBe('lying');
          for (const need of e.equipment) expect(kit.has(need), `${e.id} needs ${need}`).toBe(true);
        }
      }),
    );
  });

  it('eases a stuck movement gently first in every session, and never forces it at pain 7 or more', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const stuck = (c.intake.stuck ?? []) as Movement[];
        const gentle = (e: Exercise) => e.kind === 'mobility' || e.kind === 'rest';
        for (const s of p.sessions) {
          const list = s.items.map((i) => exercise(i.exerciseId));
          for (const m of stuck) {
            const first = list.find((e) => e.eases.includes(m));
            if (first) expect(gentle(first), `${first.id} first for ${m}`).toBe(true);
            if (p.painNow >= 7) expect(list.filter((e) => e.eases.includes(m) && !gentle(e))).toEqual([]);
          }
        }
      }),
    );
  });

  it('says "see a doctor" on the day the check promised: day 7 without meaningful improvement, day 21 not largely better, worse from day 3', () => {
    const meaningful = (from: number, to: number) =>
      Math.abs(to - from) >= 2 || (from > 0 && Math.abs(to - from) >= 0.3 * from - 1e-9);
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const day = daysBetween(startedOn, c.date) + 1;
        const ordered = [...c.history.checkIns].sort((a, b) =>
          a.date !== b.date ? (a.date < b.date ? -1 : 1) : untimedFirst(a) - untimedFirst(b),
        );
        const lastDay = ordered.filter((x) => x.date === ordered.at(-1)?.date);
        const baseline = c.intake.pain;
        const current = lastDay.length
          ? Math.round((lastDay.reduce((t, x) => t + x.pain, 0) / lastDay.length) * 10) / 10
          : baseline;
        const reports = [baseline, ...ordered.map((x) => x.pain)];
        const [prev, last] = reports.length > 1 ? reports.slice(-2) : [baseline, baseline];
        const worse =
          (current > baseline && meaningful(baseline, current)) ||
          ((last as number) > (prev as number) && meaningful(prev as number, last as number));
        const better = !worse && current < baseline && meaningful(baseline, current);
        const expected =
          (worse && day >= 3) || (day >= 21 && !(better && current <= baseline / 2)) || (day >= 7 && !better);
        expect(p.notices.some((n) => n.kind === 'see_doctor')).toBe(expected);
      }),
      1500,
    );
  });

  it('is deterministic, whatever the order of the lists, and its reason is about the phase it ended in', () => {
    const reasonSays = {
      settle: /settl/i,
      loosen: /loosen/i,
      strengthen: /we add gentle strengthening/,
      prevent: /stop it coming back/,
    } as const;
    check(
      fc.property(cases({ timed: true }), fc.func(fc.integer()), (c, key) => {
        const shuffle = <T>(list: readonly T[]) => [...list].sort((a, b) => key(a) - key(b) || 0);
        const p = plan(c);
        expect(plan(structuredClone(c))).toEqual(p);
        const shuffled = {
          ...c,
          history: {
            ...c.history,
            checkIns: shuffle(c.history.checkIns),
            triages: shuffle(c.history.triages),
            remedyUses: shuffle(c.history.remedyUses),
          },
        };
        // Sessions of one day are ordered by their start; two at the same instant cannot be told apart.
        if (
          new Set(c.history.sessions.map((s) => ms(s.startedAt as string))).size === c.history.sessions.length
        )
          shuffled.history.sessions = shuffle(c.history.sessions);
        if (new Set(c.history.checkIns.map((x) => ms(x.at as string))).size !== c.history.checkIns.length)
          return;
        expect(plan(shuffled)).toEqual(p);
        for (const [phase, says] of Object.entries(reasonSays))
          expect(says.test(p.phaseReason), `${p.phase}: ${p.phaseReason}`).toBe(phase === p.phase);
      }),
    );
  });

  it('uses only exercises, remedies and habits that exist in the library', () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
    const exercises = ids(fakeLibrary.exercises);
    const remedies = ids(fakeLibrary.remedies);
    const habits = ids(fakeLibrary.habits);
    check(
      fc.property(cases(), (c) => {
        const p = plan({ ...c, intake: { ...c.intake, causes: ['posture'] } });
        for (const i of items(p)) expect(exercises.has(i.exerciseId)).toBe(true);
        for (const r of p.remedies) expect(remedies.has(r.remedyId)).toBe(true);
        for (const h of p.habits) expect(habits.has(h.habitId)).toBe(true);
      }),
    );
  });
});

describe("the plan with a clinician's programme, over generated programmes", () => {
  /** The programme in force: the newest set on or before the day; of a tie, the later one. */
  const inForce = (c: Case) =>
    (c.history.prescriptions ?? [])
      .filter((x) => x.setAt.slice(0, 10) <= c.date)
      .reduce<Prescription | undefined>(
        (best, x) => (!best || ms(x.setAt) >= ms(best.setAt) ? x : best),
        undefined,
      );

  it('sets the programme aside after an emergency or urgent check, a red-flag stop, or at pain 7 or more, and says so', () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const rx = inForce(c);
        if (!rx) {
          expect(p.prescription).toBeUndefined();
          return;
        }
        expect(p.prescription).toMatchObject({ setBy: rx.setBy, setAt: rx.setAt });
        const level = lastCheck(c)?.level;
        const unsafe = level === 'emergency' || level === 'urgent' || uncheckedStop(c) || latestPain(c) >= 7;
        if (unsafe) expect(p.prescription?.overridden).toBe(true);
        const notice = p.notices.find((n) => n.kind === 'prescription_set_aside');
        expect(notice?.message).toBe(p.prescription?.overridden ? p.prescription.overrideReason : undefined);
        if (p.prescription?.overridden) expect(p.prescription.changes).toEqual([]);
      }),
    );
  });

  it("follows the programme when it is not set aside: the clinician's phase, exercises and repetitions", () => {
    check(
      fc.property(cases(), (c) => {
        const p = plan(c);
        const rx = inForce(c);
        if (!rx || p.prescription?.overridden !== false) return;
        if (rx.phase) expect(p.phase).toBe(rx.phase);
        const crickChose = p.prescription.changes[0]?.startsWith('None of your clinician');
        const prescribed = new Map(rx.exercises.map((e) => [e.exerciseId, e]));
        for (const i of items(p)) {
          if (crickChose) continue;
          const asked = prescribed.get(i.exerciseId);
          expect(asked, `${i.exerciseId} was not prescribed`).toBeDefined();
          if (asked?.reps !== undefined) expect(i.dosage.reps).toBe(asked.reps);
          if (asked?.holdSeconds !== undefined && i.dosage.kind === 'hold')
            expect(i.dosage.holdSeconds).toBe(asked.holdSeconds);
        }
      }),
    );
  });
});

describe('the plan at its named boundaries', () => {
  const base = { startedOn, pain: 5, minutesAvailable: 15, place: 'home' as const };
  const date = addDays(startedOn, 3);
  const triage = (at: string, level: TriageRecord['level']): TriageRecord => ({
    at,
    level,
    facts: {},
    fired: [],
  });
  const stop = (startedAt: string, minutes?: number): SessionLog => ({
    date: startedAt.slice(0, 10),
    startedAt,
    exerciseIds: ['gentle-turn'],
    completed: false,
    stopSymptom: 'dizziness',
    ...(minutes !== undefined ? { minutes } : {}),
  });
  const planOf = (
    history: Partial<Case['history']>,
    intake: Partial<typeof base> & Record<string, unknown> = {},
  ) => planDay({ intake: { ...base, ...intake }, history, date, library: fakeLibrary });

  it('compares check times as instants: an emergency at 03:45-08:00 is after a self-care check at 05:34Z', () => {
    const p = planOf({
      triages: [
        triage(`${date}T03:45:00.000-08:00`, 'emergency'),
        triage(`${date}T05:34:00.000Z`, 'self_care'),
      ],
    });
    expect(p.sessions).toEqual([]);
    expect(p.remedies).toEqual([]);
  });

  it('still holds exercise when the check ran after the stopped session began but before it ended', () => {
    const p = planOf({
      sessions: [stop(`${date}T09:00:00.000Z`, 20)],
      triages: [triage(`${date}T09:10:00.000Z`, 'self_care')],
    });
    expect(p.notices[0]).toMatchObject({ kind: 'recheck_after_stop', severity: 'stop' });
    expect(p.sessions).toEqual([]);
  });

  it('lets exercise resume once a check came after the stopped session ended', () => {
    const p = planOf({
      sessions: [stop(`${date}T09:00:00.000Z`, 20)],
      triages: [triage(`${date}T09:21:00.000Z`, 'self_care')],
    });
    expect(p.notices.map((n) => n.kind)).not.toContain('recheck_after_stop');
    expect(p.sessions.length).toBeGreaterThan(0);
  });

  it('counts a check the stop itself opened, when the session has no length', () => {
    const opened = { ...triage(`${date}T09:05:00.000Z`, 'self_care'), trigger: 'session_stop' as const };
    const p = planOf({ sessions: [stop(`${date}T09:00:00.000Z`)], triages: [opened] });
    expect(p.notices.map((n) => n.kind)).not.toContain('recheck_after_stop');
    const before = planOf({
      sessions: [stop(`${date}T09:00:00.000Z`)],
      triages: [{ ...opened, at: `${date}T08:59:00.000Z` }],
    });
    expect(before.notices.map((n) => n.kind)).toContain('recheck_after_stop');
  });

  it('holds exercise at a stop of unknown length until a check on a later day, without a check the stop opened', () => {
    const same = planOf({
      sessions: [stop(`${date}T09:00:00.000Z`)],
      triages: [triage(`${date}T10:00:00.000Z`, 'self_care')],
    });
    expect(same.sessions).toEqual([]);
    const undated: SessionLog = {
      date: addDays(date, -1),
      exerciseIds: ['gentle-turn'],
      completed: false,
      stopSymptom: 'tingling',
    };
    const later = planOf({ sessions: [undated], triages: [triage(`${date}T07:00:00.000Z`, 'self_care')] });
    expect(later.sessions.length).toBeGreaterThan(0);
  });

  it('orders a day’s check-ins by their time, not by the list: this evening’s 8 counts, not this morning’s 2', () => {
    const checkIns: CheckIn[] = [
      { date, at: `${date}T19:00:00.000Z`, pain: 8 },
      { date, at: `${date}T08:00:00.000Z`, pain: 2 },
    ];
    expect(planOf({ checkIns }).painNow).toBe(8);
    expect(planOf({ checkIns: [...checkIns].reverse() }).painNow).toBe(8);
  });

  it('settles at pain 7 exactly and may loosen at 6', () => {
    const at = (pain: number) => planOf({ checkIns: [{ date, pain }] });
    expect(at(7).phase).toBe('settle');
    expect(at(7).phaseReason).toMatch(/7\/10/);
    expect(at(6).phase).toBe('loosen');
  });

  it('never fills a session of 3 minutes past 3 minutes, nor 90 past 90', () => {
    for (const minutesAvailable of [3, 90]) {
      const p = planOf({}, { minutesAvailable });
      expect(p.totalMinutes).toBeLessThanOrEqual(minutesAvailable);
      expect(p.sessions.length).toBeGreaterThan(0);
    }
  });

  it('keeps a late sleeper’s sessions and heat before their 00:30 bedtime, named by the clock', () => {
    const p = planOf({}, { wakeTime: '10:00', sleepTime: '00:30', preference: 'heat' });
    const onDay = (t: string) => (clockMinutes(t) >= 600 ? clockMinutes(t) : clockMinutes(t) + 1440);
    for (const s of p.sessions) expect(onDay(s.time) + s.minutes).toBeLessThanOrEqual(24 * 60 + 30);
    expect(p.sessions.at(-1)?.label).toBe('Evening');
    for (const r of p.remedies) expect(onDay(r.start) + r.minutes).toBeLessThanOrEqual(24 * 60 + 30 - 60);
  });

  it('names a session after midnight a night one', () => {
    const p = planOf({}, { wakeTime: '16:00', sleepTime: '06:00' });
    expect(p.sessions.map((s) => s.label)).toContain('Night');
  });

  it('keeps the first cold an hour after yesterday’s late use', () => {
    const p = planOf(
      { remedyUses: [{ kind: 'cold', startedAt: `${addDays(date, -1)}T23:45:00.000Z`, minutes: 20 }] },
      { wakeTime: '00:15', sleepTime: '16:00', preference: 'cold' },
    );
    expect(p.remedies.length).toBeGreaterThan(0);
    for (const r of p.remedies) expect(clockMinutes(r.start)).toBeGreaterThanOrEqual(65);
  });

  it('gives 20 minutes of heat at most, even when the library says more', () => {
    const library = {
      ...fakeLibrary,
      remedies: fakeLibrary.remedies.map((r) =>
        r.limits
          ? { ...r, limits: { ...r.limits, maxMinutes: 40, hardMaxMinutes: 40, minGapMinutes: 10 } }
          : r,
      ),
    };
    const p = planDay({ intake: { ...base, preference: 'heat' }, date, library });
    expect(p.remedies.length).toBeGreaterThan(1);
    for (const r of p.remedies) expect(r.minutes).toBe(20);
    const starts = p.remedies.map((r) => clockMinutes(r.start));
    for (let i = 1; i < starts.length; i++)
      expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(80);
  });

  it('says "see a doctor" on day 7 exactly when pain has not improved, and not on day 6', () => {
    const on = (d: number) =>
      planDay({
        intake: base,
        history: { checkIns: [{ date: addDays(startedOn, d - 1), pain: 5 }] },
        date: addDays(startedOn, d - 1),
        library: fakeLibrary,
      });
    expect(on(7).notices.map((n) => n.kind)).toContain('see_doctor');
    expect(on(6).notices.map((n) => n.kind)).not.toContain('see_doctor');
  });

  it('asks for the day 7 re-check on day 7, not day 8', () => {
    const on = (d: number) =>
      planDay({ intake: base, date: addDays(startedOn, d - 1), library: fakeLibrary });
    expect(on(7).notices.find((n) => n.kind === 'recheck_due')?.message).toMatch(/^Day 7 /);
    expect(on(6).notices.find((n) => n.kind === 'recheck_due')?.message).toMatch(/^Day 2 /);
  });

  it('says why a stepped-back plan is easier, not that it adds strengthening', () => {
    const p = planDay({
      intake: { ...base, stuck: ['turn_left', 'turn_right'] },
      history: {
        checkIns: [{ date: addDays(startedOn, 3), pain: 3, stuck: ['turn_left'] }],
        sessions: [
          {
            date: addDays(startedOn, 3),
            exerciseIds: ['chin-tuck'],
            completed: true,
            painBefore: 2,
            painAfter: 4,
          },
        ],
      },
      date: addDays(startedOn, 4),
      library: fakeLibrary,
    });
    expect(p.phase).toBe('loosen');
    expect(p.phaseReason).not.toMatch(/strengthening to/);
    expect(p.phaseReason).toMatch(/step easier/);
  });
});
