import {
  type FieldError,
  type Result,
  recordProblems,
  type SyncRecord,
  SyncRecordSchema,
  validateRecord,
} from '@crick/core';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/**
 * The same schemas as the core's checker, compiled to code for the server's
 * hot path (the browser keeps the interpretive checker, which runs under its
 * CSP). A value that passes here and has none of the problems a schema cannot
 * say (core's recordProblems: a prescription's, a record's size, a prototype
 * key among the fields a newer Crick may add) is valid; one that fails is
 * checked again by the core, whose errors name the field.
 */
const compiledRecord = Compile(SyncRecordSchema);

export function checkRecord(value: unknown): Result<SyncRecord, FieldError[]> {
  const record = value as SyncRecord;
  // The union lets `data` be null for any record; the core allows it only for a deletion.
  if (
    compiledRecord.Check(value) &&
    (record.data !== null || record.deleted) &&
    recordProblems(record).length === 0
  )
    return { ok: true, value: record };
  return validateRecord(value);
}

const compiledBySchema = new WeakMap<TSchema, { Check(value: unknown): boolean }>();

/** A compiled check for a route schema, made once per schema. */
export function compiledCheck(schema: TSchema): (value: unknown) => boolean {
  let compiled = compiledBySchema.get(schema);
  if (!compiled) {
    compiled = Compile(schema);
    compiledBySchema.set(schema, compiled);
  }
  const check = compiled;
  return (value) => check.Check(value);
}
