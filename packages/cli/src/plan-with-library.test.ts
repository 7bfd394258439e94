import { library } from '@crick/content';
import { addDays, exerciseSeconds, type Intake, planDay } from '@crick/core';
import { runs } from '@crick/core/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * The engine's plan properties again, this time over the real content library
 * (the core's own tests use a small fake one).
 */
const startedOn = '2026-11-01';
const intakes = fc.record({
  startedOn: fc.constant(startedOn),
  pain: fc.integer({ min: 0, max: 10 }),
  minutesAvailable: fc.integer({ min: 3, max: 60 }),
  place: fc.constantFrom('desk', 'home', 'travelling'),
  preference: fc.constantFrom('cold', 'heat', 'either'),
  strain: fc.boolean(),
  equipment: fc.subarray(['towel', 'ball', 'band', 'wall', 'pillow'] as const),
  stuck: fc.subarray(['turn_left', 'turn_right', 'tilt_left', 'tilt_right', 'look_up', 'look_down'] as const),
}) as fc.Arbitrary<Intake>;

const byId = new Map(library.exercises.map((e) => [e.id, e]));
/** A plan needs a stored check: these people did it, nothing found, on the first day. */
const checked = {
  triages: [{ at: `${startedOn}T06:00:00.000Z`, facts: {}, level: 'self_care' as const, fired: [] }],
};

describe('plans made from the real library', () => {
  it('never strengthen at pain 7+, never overrun the time, and fit the place', () => {
    fc.assert(
      fc.property(intakes, fc.integer({ min: 0, max: 30 }), (intake, day) => {
        const plan = planDay({ intake, history: checked, date: addDays(startedOn, day), library });
        const items = plan.sessions.flatMap((s) => s.items);
        const exercises = items.map((i) => byId.get(i.exerciseId));
        expect(exercises.every(Boolean)).toBe(true);
        if (plan.painNow >= 7) expect(exercises.some((e) => e?.kind === 'strength')).toBe(false);
        expect(plan.totalMinutes).toBeLessThanOrEqual(intake.minutesAvailable ?? 10);
        for (const i of items) expect(exerciseSeconds(i.dosage)).toBe(i.seconds);
        if (intake.place === 'desk') expect(exercises.some((e) => e?.position === 'lying')).toBe(false);
        for (const r of plan.remedies) expect(r.minutes).toBeLessThanOrEqual(20);
      }),
      runs(500),
    );
  });

  it("follow a clinician's programme of real exercises only as far as those rules allow", () => {
    const ids = library.exercises.map((e) => e.id);
    const prescriptions = fc.uniqueArray(
      fc.record(
        {
          exerciseId: fc.constantFrom(...ids),
          reps: fc.integer({ min: 1, max: 30 }),
          holdSeconds: fc.integer({ min: 0, max: 60 }),
          sets: fc.integer({ min: 1, max: 5 }),
          sides: fc.constantFrom('both', 'left', 'right'),
        },
        { requiredKeys: ['exerciseId'] },
      ),
      { minLength: 1, maxLength: 8, selector: (e) => e.exerciseId },
    );
    const phases = fc.option(fc.constantFrom('settle', 'loosen', 'strengthen', 'prevent'), {
      nil: undefined,
    });
    fc.assert(
      fc.property(
        intakes,
        fc.integer({ min: 0, max: 30 }),
        prescriptions,
        phases,
        fc.integer({ min: 1, max: 6 }),
        (intake, day, exercises, phase, sessionsPerDay) => {
          const date = addDays(startedOn, day);
          const prescription = {
            setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
            setAt: `${date}T06:00:00.000Z`,
            exercises,
            sessionsPerDay,
            ...(phase ? { phase } : {}),
          };
          const plan = planDay({ intake, history: { prescriptions: [prescription] }, date, library });
          const items = plan.sessions.flatMap((s) => s.items);
          const exercisesPlanned = items.map((i) => byId.get(i.exerciseId));
          if (plan.painNow >= 7) {
            expect(plan.prescription?.overridden).toBe(true);
            expect(exercisesPlanned.some((e) => e?.kind === 'strength')).toBe(false);
          }
          if (plan.phase === 'settle')
            expect(exercisesPlanned.some((e) => e?.kind === 'strength')).toBe(false);
          expect(plan.totalMinutes).toBeLessThanOrEqual(intake.minutesAvailable ?? 10);
          for (const i of items) expect(exerciseSeconds(i.dosage)).toBe(i.seconds);
          if (intake.place === 'desk')
            expect(exercisesPlanned.some((e) => e?.position === 'lying')).toBe(false);
          for (const r of plan.remedies) expect(r.minutes).toBeLessThanOrEqual(20);
        },
      ),
      runs(300),
    );
  });

  it('gives a person at a desk with ten minutes something to do on every day of the first week', () => {
    for (let day = 0; day < 7; day++) {
      const plan = planDay({
        intake: { startedOn, pain: 5, place: 'desk', minutesAvailable: 10 },
        history: checked,
        date: addDays(startedOn, day),
        library,
      });
      expect(plan.sessions.length).toBeGreaterThan(0);
    }
  });
});
