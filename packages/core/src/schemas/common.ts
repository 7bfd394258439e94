import Type from 'typebox';

/** A calendar day, `YYYY-MM-DD`, in the person's own time zone. */
export const IsoDate = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  description: 'YYYY-MM-DD',
});
/** A moment, ISO 8601 with offset, e.g. 2026-11-22T08:30:00.000Z. */
export const IsoDateTime = Type.String({ format: 'date-time', maxLength: 40 });
/** A time of day, `HH:MM`, 24-hour. */
export const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM' });
export const Pain = Type.Integer({ minimum: 0, maximum: 10, description: 'pain 0-10 (NPRS)' });
export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const ShortText = Type.String({ maxLength: 500 });

export const MovementSchema = Type.Union(
  ['turn_left', 'turn_right', 'tilt_left', 'tilt_right', 'look_up', 'look_down'].map((m) => Type.Literal(m)),
);
export const EquipmentSchema = Type.Union(
  ['towel', 'ball', 'band', 'chair', 'wall', 'heat_pack', 'ice', 'pillow'].map((m) => Type.Literal(m)),
);
export const StopSymptomSchema = Type.Union(
  [
    'sharp_pain',
    'arm_pain_spreading',
    'tingling',
    'dizziness',
    'vision_change',
    'sudden_headache',
    'feeling_faint',
    'pain_much_worse',
  ].map((m) => Type.Literal(m)),
);
