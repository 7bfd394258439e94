import Type, { type TLiteral, type TSchemaOptions, type TUnion } from 'typebox';
import { IsDate } from 'typebox/format';
import { equipmentKinds, movements, stopSymptoms } from '../content/types.js';

/**
 * A union of string literals that keeps its literal types (mapping an array
 * through Type.Literal would widen them, and Static<> would become never).
 */
export const literalUnion = <const T extends readonly string[]>(values: T, options?: TSchemaOptions) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }>;

/**
 * A real calendar day written `YYYY-MM-DD` (no month 13, no 2026-02-30; 29 February
 * only in a leap year). The one check of a date: it is TypeBox's RFC 3339 `date`
 * format, which `IsoDate` below (`format: 'date'`) applies too, so the CLI,
 * the API and the browser's store refuse the same days. Here, not in dates.ts:
 * TypeBox's formats load with it, and date arithmetic (the check's, the app's
 * first screen's) needs none of them.
 */
export const isValidDate = (isoDate: string): boolean => IsDate(isoDate);

/**
 * A calendar day, `YYYY-MM-DD`, in the person's own time zone. `format: 'date'` is
 * a real day (the check of `isValidDate` above), so 2026-02-30 is refused too.
 */
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
/** A moment, ISO 8601 with offset, e.g. 2026-11-22T08:30:00.000Z. */
export const IsoDateTime = Type.String({ format: 'date-time', maxLength: 40 });
/** A time of day, `HH:MM`, 24-hour. */
export const ClockTime = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM' });
export const Pain = Type.Integer({ minimum: 0, maximum: 10, description: 'pain 0-10 (NPRS)' });
export const Id = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9_-]+$',
  description: 'an id of letters, digits, - and _',
});
export const ShortText = Type.String({ maxLength: 500 });

export const MovementSchema = literalUnion(movements);
export const EquipmentSchema = literalUnion(equipmentKinds);
export const StopSymptomSchema = literalUnion(stopSymptoms);
