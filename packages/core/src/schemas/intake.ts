import Type, { type Static } from 'typebox';
import { ClockTime, EquipmentSchema, Id, IsoDate, MovementSchema, Pain } from './common.js';

/**
 * The short intake that builds the first plan. Only `startedOn` and `pain`
 * are required; the rest have defaults that suit a first morning.
 */
export const IntakeSchema = Type.Object(
  {
    startedOn: IsoDate,
    pain: Pain,
    /** Movements that are stuck or hurt most. */
    stuck: Type.Optional(Type.Array(MovementSchema, { maxItems: 6, uniqueItems: true })),
    /** Cause ids from the library that the person says apply. */
    causes: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
    /** Minutes the person can give the exercises today, in all. */
    minutesAvailable: Type.Optional(Type.Integer({ minimum: 3, maximum: 90 })),
    place: Type.Optional(
      Type.Union([Type.Literal('desk'), Type.Literal('home'), Type.Literal('travelling')]),
    ),
    equipment: Type.Optional(Type.Array(EquipmentSchema, { maxItems: 8, uniqueItems: true })),
    preference: Type.Optional(
      Type.Union([Type.Literal('cold'), Type.Literal('heat'), Type.Literal('either')]),
    ),
    /** Started with a strain or knock in the last 48 hours (cold suits the first 48 h). */
    strain: Type.Optional(Type.Boolean()),
    wakeTime: Type.Optional(ClockTime),
    sleepTime: Type.Optional(ClockTime),
  },
  { additionalProperties: false, title: 'Intake', $id: 'https://crick.example/schemas/intake.json' },
);
export type Intake = Static<typeof IntakeSchema>;

export const intakeDefaults = {
  stuck: [],
  causes: [],
  minutesAvailable: 10,
  place: 'home',
  equipment: [],
  preference: 'either',
  strain: false,
  wakeTime: '07:30',
  sleepTime: '22:30',
} as const satisfies Partial<Intake>;
