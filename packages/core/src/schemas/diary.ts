import Type, { type Static } from 'typebox';
import {
  ClockTime,
  Id,
  IsoDate,
  IsoDateTime,
  literalUnion,
  MovementSchema,
  Pain,
  ShortText,
  StopSymptomSchema,
} from './common.js';

/** A check-in: the 15-second diary entry. More than one a day is fine. */
export const CheckInSchema = Type.Object(
  {
    date: IsoDate,
    at: Type.Optional(IsoDateTime),
    pain: Pain,
    stiffness: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    sleep: Type.Optional(Type.Union([Type.Literal('poor'), Type.Literal('ok'), Type.Literal('good')])),
    /** Ids of what helped: exercises, remedies, medicines, or free words. */
    helped: Type.Optional(Type.Array(Type.String({ maxLength: 80 }), { maxItems: 20 })),
    stuck: Type.Optional(Type.Array(MovementSchema, { maxItems: 6, uniqueItems: true })),
    note: Type.Optional(ShortText),
    /** Something the person did not have before (tingling, weakness, a new headache...): re-asks the safety questions. */
    newSymptom: Type.Optional(Type.Boolean()),
    /** Written by the intake (its pain is the day's first report), not by a check-in form. */
    source: Type.Optional(Type.Literal('intake')),
  },
  { additionalProperties: false, title: 'Check-in' },
);
export type CheckIn = Static<typeof CheckInSchema>;

/**
 * What happened in a session: every exercise done to the end (`finished`), the end
 * reached with some skipped (`partly`), every exercise skipped (`skipped`), or
 * ended early (`stopped`). Only `finished` counts as a session done.
 */
export const sessionOutcomes = ['finished', 'partly', 'skipped', 'stopped'] as const;
export type SessionOutcome = (typeof sessionOutcomes)[number];

/** One guided session as done: what was done, how it felt, pain before and after. */
export const SessionLogSchema = Type.Object(
  {
    date: IsoDate,
    startedAt: Type.Optional(IsoDateTime),
    planSessionId: Type.Optional(Id),
    exerciseIds: Type.Array(Id, { maxItems: 40 }),
    skippedIds: Type.Optional(Type.Array(Id, { maxItems: 40 })),
    /** True only when the session was finished: every exercise done, nothing skipped. */
    completed: Type.Boolean(),
    /** Added later; records without it are read by `sessionOutcome`. */
    outcome: Type.Optional(literalUnion(sessionOutcomes)),
    painBefore: Type.Optional(Pain),
    painAfter: Type.Optional(Pain),
    effort: Type.Optional(Type.Union([Type.Literal('easy'), Type.Literal('ok'), Type.Literal('hard')])),
    stopSymptom: Type.Optional(StopSymptomSchema),
    minutes: Type.Optional(Type.Number({ minimum: 0, maximum: 240 })),
  },
  { additionalProperties: false, title: 'Session' },
);
export type SessionLog = Static<typeof SessionLogSchema>;

/**
 * What happened in a session, for new and old records alike. Records written
 * before `outcome` existed said `completed: true` even when every exercise was
 * skipped, so their outcome is worked out from what was skipped and why it ended.
 */
export function sessionOutcome(log: SessionLog): SessionOutcome {
  if (log.outcome) return log.outcome;
  if (log.stopSymptom || !log.completed) return 'stopped';
  const skipped = new Set(log.skippedIds ?? []);
  const done = log.exerciseIds.filter((id) => !skipped.has(id)).length;
  if (done === 0) return 'skipped';
  return done < log.exerciseIds.length ? 'partly' : 'finished';
}

/** A session counts as done only when it was finished. */
export const sessionFinished = (log: SessionLog): boolean => sessionOutcome(log) === 'finished';

/** The medicines the person has taken and how they went, in their own words, for the doctor's report. */
export const MedicinesNoteSchema = Type.Object(
  { text: Type.String({ maxLength: 600 }) },
  { additionalProperties: false, title: 'Medicines note' },
);
export type MedicinesNote = Static<typeof MedicinesNoteSchema>;

/** One use of a timed remedy. */
export const RemedyUseSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('cold'), Type.Literal('heat')]),
    remedyId: Type.Optional(Id),
    startedAt: IsoDateTime,
    minutes: Type.Number({ minimum: 0, maximum: 120 }),
    helped: Type.Optional(Type.Union([Type.Literal('yes'), Type.Literal('a_little'), Type.Literal('no')])),
  },
  { additionalProperties: false, title: 'Remedy use' },
);
export type RemedyUse = Static<typeof RemedyUseSchema>;

/** Patient-Specific Functional Scale: 3-5 activities the person chose, each 0 (cannot) to 10 (as before). */
export const PsfsSchema = Type.Object(
  {
    date: IsoDate,
    activities: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 80 }),
          score: Type.Integer({ minimum: 0, maximum: 10 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 3, maxItems: 5 },
    ),
    /** Global rating of change at a review, -7 (a very great deal worse) to +7. */
    globalChange: Type.Optional(Type.Integer({ minimum: -7, maximum: 7 })),
  },
  { additionalProperties: false, title: 'PSFS' },
);
export type Psfs = Static<typeof PsfsSchema>;

export const SettingsSchema = Type.Object(
  {
    voice: Type.Optional(Type.Boolean()),
    sounds: Type.Optional(Type.Boolean()),
    region: Type.Optional(
      Type.String({ pattern: '^[A-Z]{2}$', description: 'a two-letter country code, e.g. GB' }),
    ),
    emergencyNumber: Type.Optional(
      Type.String({ pattern: '^[0-9]{2,4}$', description: 'a phone number of 2 to 4 digits' }),
    ),
    reminderTimes: Type.Optional(Type.Array(ClockTime, { maxItems: 12 })),
    breakEveryMinutes: Type.Optional(Type.Integer({ minimum: 10, maximum: 180 })),
    questions: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 20 })),
    // Reminders (reminders/schedule.ts): check-ins at reminderTimes, sessions at
    // sessionTimes, breaks every breakEveryMinutes in working hours on working days;
    // none in the quiet hours (each device's own time zone places them on its clock).
    sessionTimes: Type.Optional(Type.Array(ClockTime, { maxItems: 12 })),
    breakReminders: Type.Optional(Type.Boolean()),
    workFrom: Type.Optional(ClockTime),
    workUntil: Type.Optional(ClockTime),
    workDays: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: 7, description: '1 is Monday, 7 is Sunday' }), {
        maxItems: 7,
        uniqueItems: true,
      }),
    ),
    quietFrom: Type.Optional(ClockTime),
    quietUntil: Type.Optional(ClockTime),
  },
  { additionalProperties: false, title: 'Settings' },
);
export type Settings = Static<typeof SettingsSchema>;
