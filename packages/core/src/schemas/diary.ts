import Type, { type Static } from 'typebox';
import {
  ClockTime,
  Id,
  IsoDate,
  IsoDateTime,
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
  },
  { additionalProperties: false, title: 'Check-in' },
);
export type CheckIn = Static<typeof CheckInSchema>;

/** One guided session as done: what was done, how it felt, pain before and after. */
export const SessionLogSchema = Type.Object(
  {
    date: IsoDate,
    startedAt: Type.Optional(IsoDateTime),
    planSessionId: Type.Optional(Id),
    exerciseIds: Type.Array(Id, { maxItems: 40 }),
    skippedIds: Type.Optional(Type.Array(Id, { maxItems: 40 })),
    completed: Type.Boolean(),
    painBefore: Type.Optional(Pain),
    painAfter: Type.Optional(Pain),
    effort: Type.Optional(Type.Union([Type.Literal('easy'), Type.Literal('ok'), Type.Literal('hard')])),
    stopSymptom: Type.Optional(StopSymptomSchema),
    minutes: Type.Optional(Type.Number({ minimum: 0, maximum: 240 })),
  },
  { additionalProperties: false, title: 'Session' },
);
export type SessionLog = Static<typeof SessionLogSchema>;

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
  },
  { additionalProperties: false, title: 'Settings' },
);
export type Settings = Static<typeof SettingsSchema>;
