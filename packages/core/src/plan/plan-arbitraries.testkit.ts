import fc from 'fast-check';
import { type Equipment, equipmentKinds, type Movement, movements, stopSymptoms } from '../content/types.js';
import { addDays } from '../dates.js';
import type { CheckIn, RemedyUse, SessionLog } from '../schemas/diary.js';
import type { Intake } from '../schemas/intake.js';
import { type Prescription, prescriptionPhases, prescriptionSides } from '../schemas/prescription.js';
import type { TriageRecord } from '../schemas/triage-record.js';
import { fakeLibrary } from './fake-library.testkit.js';
import type { History } from './types.js';

// Generated people and histories for the plan's safety properties. Times carry
// offsets on purpose, so a comparison as text instead of as instants shows.

export const startedOn = '2026-11-20';

const pad = (n: number) => String(n).padStart(2, '0');
export const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** A clock time, with the named boundaries (midnight, late sleepers) often. */
const clockTime = fc.oneof(
  fc.constantFrom('00:00', '00:30', '02:00', '05:30', '07:00', '09:15', '21:00', '22:30', '23:45'),
  fc.integer({ min: 0, max: 24 * 60 - 1 }).map(clock),
);

export const intakes: fc.Arbitrary<Intake> = fc.record({
  startedOn: fc.constant(startedOn),
  pain: fc.oneof(fc.constantFrom(6, 7), fc.integer({ min: 0, max: 10 })),
  minutesAvailable: fc.oneof(fc.constantFrom(3, 20, 60, 90), fc.integer({ min: 3, max: 90 })),
  place: fc.constantFrom('desk', 'home', 'travelling'),
  preference: fc.constantFrom('cold', 'heat', 'either'),
  strain: fc.boolean(),
  equipment: fc.subarray([...equipmentKinds] as Equipment[]),
  stuck: fc.subarray([...movements] as Movement[]),
  wakeTime: clockTime,
  sleepTime: clockTime,
}) as fc.Arbitrary<Intake>;

/** Days since the start, with day 7 as the person counts it (6 after the start), 21 and their neighbours named. */
export const days = fc.oneof(fc.constantFrom(0, 1, 2, 5, 6, 7, 19, 20, 21), fc.integer({ min: 0, max: 30 }));

const offsets = ['Z', '+01:00', '-08:00', '+05:30', '+14:00', '-12:00'] as const;

/** An ISO date-time written on a local day at a local time with an offset. */
export const dateTimeOn = (day: string) =>
  fc
    .record({ minute: fc.integer({ min: 0, max: 24 * 60 - 1 }), offset: fc.constantFrom(...offsets) })
    .map(({ minute, offset }) => `${day}T${clock(minute)}:00.000${offset}`);

const dayUpTo = (date: string, back: number) =>
  fc.integer({ min: 0, max: back }).map((n) => addDays(date, -n));

export const checkInsUpTo = (date: string, timed = false): fc.Arbitrary<CheckIn[]> =>
  fc.array(
    dayUpTo(date, 8).chain((day) =>
      fc.record(
        {
          date: fc.constant(day),
          at: dateTimeOn(day),
          pain: fc.oneof(fc.constantFrom(6, 7), fc.integer({ min: 0, max: 10 })),
          stiffness: fc.integer({ min: 0, max: 10 }),
          stuck: fc.subarray([...movements] as Movement[]),
        },
        { requiredKeys: timed ? ['date', 'at', 'pain'] : ['date', 'pain'] },
      ),
    ),
    { maxLength: 6 },
  );

export const sessionsUpTo = (date: string): fc.Arbitrary<SessionLog[]> =>
  fc.array(
    dayUpTo(date, 3).chain((day) =>
      fc.record(
        {
          date: fc.constant(day),
          startedAt: dateTimeOn(day),
          exerciseIds: fc.constant(['gentle-turn']),
          completed: fc.boolean(),
          painBefore: fc.integer({ min: 0, max: 10 }),
          painAfter: fc.integer({ min: 0, max: 10 }),
          effort: fc.constantFrom('easy', 'ok', 'hard'),
          stopSymptom: fc.constantFrom(...stopSymptoms),
          minutes: fc.integer({ min: 1, max: 60 }),
        },
        { requiredKeys: ['date', 'startedAt', 'exerciseIds', 'completed', 'minutes'] },
      ),
    ),
    { maxLength: 3 },
  ) as fc.Arbitrary<SessionLog[]>;

export const triagesUpTo = (date: string): fc.Arbitrary<TriageRecord[]> =>
  fc.array(
    dayUpTo(date, 3).chain((day) =>
      fc.record({
        at: dateTimeOn(day),
        facts: fc.constant({}),
        level: fc.constantFrom('emergency', 'urgent', 'soon', 'self_care'),
        fired: fc.constant([]),
      }),
    ),
    { maxLength: 3 },
  ) as fc.Arbitrary<TriageRecord[]>;

/** Uses of cold and heat yesterday, today and tomorrow (a late sleeper's "after midnight"). */
export const remedyUsesAround = (date: string): fc.Arbitrary<RemedyUse[]> =>
  fc.array(
    fc.constantFrom(addDays(date, -1), date, addDays(date, 1)).chain((day) =>
      fc.record({
        kind: fc.constantFrom('cold', 'heat'),
        startedAt: fc.oneof(
          fc.constantFrom(`${day}T23:30:00.000Z`, `${day}T23:50:00.000+01:00`),
          dateTimeOn(day),
        ),
        minutes: fc.integer({ min: 1, max: 20 }),
      }),
    ),
    { maxLength: 3 },
  ) as fc.Arbitrary<RemedyUse[]>;

/** An exercise id a clinician might send: any of the library's, or one it does not hold. */
const prescribedIds = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fakeLibrary.exercises.map((e) => e.id)) },
  { weight: 1, arbitrary: fc.constantFrom('no-such-exercise', 'neck-crack', 'upper-trap-2') },
);

/** A clinician's programme: any exercises, any dosage the schema allows, any phase, set on or before the day. */
export const prescriptionsUpTo = (date: string): fc.Arbitrary<Prescription[]> =>
  fc.oneof(
    fc.constant([]),
    fc.array(
      fc.record(
        {
          setBy: fc.constant({ id: 'clin-1', name: 'Dr Asha Patel' }),
          setAt: dayUpTo(date, 4).chain(dateTimeOn),
          exercises: fc.uniqueArray(
            fc.record(
              {
                exerciseId: prescribedIds,
                reps: fc.integer({ min: 1, max: 30 }),
                holdSeconds: fc.integer({ min: 0, max: 60 }),
                sets: fc.integer({ min: 1, max: 5 }),
                sides: fc.constantFrom(...prescriptionSides),
              },
              { requiredKeys: ['exerciseId'] },
            ),
            { minLength: 1, maxLength: 8, selector: (e) => e.exerciseId },
          ),
          sessionsPerDay: fc.integer({ min: 1, max: 6 }),
          phase: fc.constantFrom(...prescriptionPhases),
          note: fc.constant('Little and often.'),
        },
        { requiredKeys: ['setBy', 'setAt', 'exercises'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  ) as fc.Arbitrary<Prescription[]>;

export interface Case {
  readonly intake: Intake;
  readonly date: string;
  readonly history: History;
}

/** A person on some day, with a history of check-ins, sessions, checks, remedies and (often) a clinician's programme up to it. */
export const cases = (opts: { timed?: boolean } = {}): fc.Arbitrary<Case> =>
  fc.tuple(intakes, days).chain(([intake, day]) => {
    const date = addDays(startedOn, day);
    return fc
      .record({
        checkIns: checkInsUpTo(date, opts.timed),
        sessions: sessionsUpTo(date),
        triages: triagesUpTo(date),
        remedyUses: remedyUsesAround(date),
        psfs: fc.constant([]),
        prescriptions: prescriptionsUpTo(date),
      })
      .map((history) => ({ intake, date, history }));
  });
