import Type, { type Static, type TSchema } from 'typebox';
import { HLC_PATTERN } from '../hlc.js';
import { err, ok, type Result } from '../result.js';
import { type FieldError, validate } from '../validate.js';
import {
  CheckInSchema,
  MedicinesNoteSchema,
  PsfsSchema,
  RemedyUseSchema,
  SessionLogSchema,
  SettingsSchema,
} from './diary.js';
import { IntakeSchema } from './intake.js';
import { NeckRangeSchema } from './neck-range.js';
import { PrescriptionSchema, prescriptionProblems } from './prescription.js';
import { keepUnknownFields, toleranceProblems, tolerant } from './tolerant.js';
import { TriageRecordSchema } from './triage-record.js';

/** What each record type holds, as people's input is checked: no unknown field. */
const strictDataSchemas = {
  intake: IntakeSchema,
  checkIn: CheckInSchema,
  session: SessionLogSchema,
  remedyUse: RemedyUseSchema,
  triage: TriageRecordSchema,
  settings: SettingsSchema,
  psfs: PsfsSchema,
  medicinesNote: MedicinesNoteSchema,
  prescription: PrescriptionSchema,
  neckRange: NeckRangeSchema,
} as const satisfies Record<string, TSchema>;

/**
 * What each record type holds, read tolerantly (tolerant.ts): a field from a newer
 * version is accepted and kept, the known ones checked as strictly as ever. The
 * same schemas check the browser's store, the sync API, imports and backups.
 * Except a camera measurement: its promise is that only angles are kept, never a
 * picture, so a field it does not know is refused, as before (a new kind of
 * measurement is a new field here first, or a new type).
 */
export const recordDataSchemas = Object.fromEntries(
  Object.entries(strictDataSchemas).map(([type, schema]) => [
    type,
    type === 'neckRange' ? schema : tolerant(schema),
  ]),
) as unknown as typeof strictDataSchemas;

export type RecordType = keyof typeof recordDataSchemas;
export const recordTypes = Object.keys(recordDataSchemas) as RecordType[];

const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'a UUID made on the device',
});
const Clock = Type.String({
  pattern: HLC_PATTERN,
  description: 'hybrid logical clock, e.g. 2026-11-22T08:30:00.000Z-0000-device1',
});

function variant<T extends RecordType>(type: T) {
  return Type.Object(
    {
      id: Uuid,
      type: Type.Literal(type),
      updatedAt: Clock,
      deleted: Type.Boolean(),
      /** null only when deleted. */
      data: Type.Union([recordDataSchemas[type], Type.Null()]),
    },
    { additionalProperties: false, title: `${type} record` },
  );
}

/** A sync record of any type. */
export const SyncRecordSchema = Type.Union(
  recordTypes.map((t) => variant(t)),
  { title: 'Sync record', $id: 'https://crick.example/schemas/record.json' },
);

export type RecordDataOf<T extends RecordType> = Static<(typeof recordDataSchemas)[T]>;
export type SyncRecord = {
  [T in RecordType]: {
    id: string;
    type: T;
    updatedAt: string;
    deleted: boolean;
    data: RecordDataOf<T> | null;
  };
}[RecordType];

const Envelope = Type.Object(
  {
    id: Uuid,
    type: Type.Union(recordTypes.map((t) => Type.Literal(t))),
    updatedAt: Clock,
    deleted: Type.Boolean(),
    data: Type.Unknown(),
  },
  { additionalProperties: false },
);

/** An error about a record's data, named as a field of the record (`data.pain`). */
const inData = (e: FieldError): FieldError => ({
  field: e.field === '(root)' ? 'data' : `data.${e.field}`,
  message: e.message.replace(`"${e.field}"`, `"data.${e.field}"`),
});

/**
 * What a record's schema cannot say: a prescription's problems, and what tolerance
 * still refuses (size, prototype keys). Empty for a record that is valid, so a
 * faster checker of the same schema (the server's compiled one) runs this after it.
 */
export function recordProblems(record: SyncRecord): FieldError[] {
  if (record.data === null) return [];
  const problems = toleranceProblems(record.data);
  if (problems.length > 0) return problems;
  return record.type === 'prescription' ? prescriptionProblems(record.data).map(inData) : [];
}

/**
 * Data for an edit of `previous` that keeps the fields of `previous` this version
 * does not know (a newer device's), so writing back never erases them.
 */
export const withUnknownFieldsOf = <T extends RecordType>(
  type: T,
  previous: unknown,
  next: RecordDataOf<T>,
): RecordDataOf<T> => keepUnknownFields(recordDataSchemas[type], previous, next);

/**
 * Checks a record in two steps, envelope then data by its type, so that the
 * error names the field at fault (`data.pain`) rather than "matches no variant".
 */
export function validateRecord(value: unknown): Result<SyncRecord, FieldError[]> {
  const envelope = validate(Envelope, value);
  if (!envelope.ok) return envelope;
  const record = envelope.value;
  if (record.data === null) {
    return record.deleted
      ? ok(record as SyncRecord)
      : err([{ field: 'data', message: '"data" may be null only when "deleted" is true' }]);
  }
  const data = validate(recordDataSchemas[record.type as RecordType], record.data);
  if (!data.ok) return err(data.error.map(inData));
  const problems = recordProblems(record as SyncRecord);
  if (problems.length > 0) return err(problems);
  return ok(record as SyncRecord);
}
