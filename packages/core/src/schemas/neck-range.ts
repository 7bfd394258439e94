import Type, { type Static } from 'typebox';
import { IsoDate, IsoDateTime } from './common.js';

/** Degrees of one move from looking straight ahead, as the best held; beyond 120 is not a neck. */
const Degrees = Type.Number({ minimum: 0, maximum: 120, description: 'degrees from straight ahead' });

/**
 * A neck range-of-motion measurement made with the phone's camera: the best angle
 * held for each guided move. Only angles are kept, never a picture. Moves the
 * person skipped are left out.
 */
export const NeckRangeSchema = Type.Object(
  {
    date: IsoDate,
    at: Type.Optional(IsoDateTime),
    method: Type.Literal('camera'),
    turnLeft: Type.Optional(Degrees),
    turnRight: Type.Optional(Degrees),
    tiltLeft: Type.Optional(Degrees),
    tiltRight: Type.Optional(Degrees),
    lookUp: Type.Optional(Degrees),
    lookDown: Type.Optional(Degrees),
  },
  { additionalProperties: false, title: 'Neck range of motion' },
);
export type NeckRange = Static<typeof NeckRangeSchema>;
