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
import { type Prescription, PrescriptionSchema, prescriptionProblems } from './prescription.js';
import { TriageRecordSchema } from './triage-record.js';

/** What each record type holds. The same schemas check the browser's store, the sync API and imports. */
export const recordDataSchemas = {
  intake: IntakeSchema,
  checkIn: CheckInSchema,
  session: SessionLogSchema,
  remedyUse: RemedyUseSchema,
  triage: TriageRecordSchema,
  settings: SettingsSchema,
  psfs: PsfsSchema,
  medicinesNote: MedicinesNoteSchema,
  prescription: PrescriptionSchema,
} as const satisfies Record<string, TSchema>;

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
  const problems = record.type === 'prescription' ? prescriptionProblems(data.value as Prescription) : [];
  if (problems.length > 0) return err(problems.map(inData));
  return ok(record as SyncRecord);
}
