import type { TSchema } from 'typebox';
import { isPrototypeKey } from '../storable-text.js';
import type { FieldError } from '../validate.js';

/**
 * Tolerant read: the one policy for records written by a newer Crick.
 *
 * Two devices (or a device and the server) may run different versions, and a
 * newer one may add an optional field to a record's data (a setting, an answer,
 * a dosage). An older one must then neither refuse the record (sync would stop)
 * nor drop the field (its next edit would erase the newer device's data). So:
 *
 * - Inside a record's `data`, at any depth, a field this version does not know is
 *   accepted and KEPT: stored, synced, exported and written back with the record
 *   (`keepUnknownFields` carries it across an edit). The known fields are checked
 *   as strictly as ever, so a wrong type still names its field.
 * - What cannot be kept is not tolerated, and is refused naming it: a field of the
 *   record's envelope (`id`, `type`, `updatedAt`, `deleted`, `data` are the sync
 *   protocol and the server's columns), an unknown record `type` (nothing here
 *   could read or check it: a newer type needs the server upgraded first, and an
 *   older device lists it as rejected and never writes it, so never erases it),
 *   a field at the top of the export file, and an export file of another `format`
 *   or a newer `version` (a new version means something an older reader must not
 *   ignore).
 * - A camera measurement (`neckRange`) is read strictly: only angles are kept,
 *   never a picture (record.ts).
 * - Prototype keys stay refused (`__proto__`, `constructor.prototype`), and the
 *   unknown fields count toward the record's size limit, MAX_RECORD_DATA_LENGTH.
 *
 * What people type (the CLI's intake and facts files, the forms) is still checked
 * strictly by the schemas as written: a misspelt field there is a mistake to name.
 */

/** The longest a record's `data` may be, as JSON text; the largest valid record by its schema is about 37,000. */
export const MAX_RECORD_DATA_LENGTH = 65_536;

type SchemaNode = Record<PropertyKey, unknown>;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The same schema, except that no object in it refuses a field it does not know.
 * Copied with every own property (TypeBox keeps its kind in hidden ones), so the
 * copy is a TypeBox schema still; without the `$id`s, which name the strict
 * schemas (`crick schema intake`), not this copy.
 */
export function tolerant<S extends TSchema>(schema: S): S {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!isPlainObject(node)) return node;
    const descriptors = Object.getOwnPropertyDescriptors(node);
    for (const d of Object.values(descriptors)) if ('value' in d) d.value = copy(d.value);
    const out = Object.create(Object.getPrototypeOf(node), descriptors) as SchemaNode;
    if (out.additionalProperties === false) delete out.additionalProperties;
    delete out.$id;
    return out;
  };
  return copy(schema) as S;
}

/** The object schema inside a schema that may be `T | null` (a record's data), or undefined. */
function objectSchemaOf(schema: unknown): SchemaNode | undefined {
  if (!isPlainObject(schema)) return undefined;
  if (isPlainObject(schema.properties)) return schema;
  const objects = Array.isArray(schema.anyOf) ? schema.anyOf.filter((b) => objectSchemaOf(b)) : [];
  return objects.length === 1 ? objectSchemaOf(objects[0]) : undefined;
}

/**
 * `next` (what this device wrote) with the fields of `previous` (the stored data)
 * that this version does not know, so an edit here keeps a newer device's fields.
 * Known objects are walked (a prescription's `setBy`); a list is the edit's own
 * value and is taken whole. A known field the edit left out stays left out.
 */
export function keepUnknownFields<T>(schema: TSchema, previous: unknown, next: T): T {
  const objectSchema = objectSchemaOf(schema);
  if (!objectSchema || !isPlainObject(previous) || !isPlainObject(next)) return next;
  const known = objectSchema.properties as Record<string, TSchema>;
  const out: Record<string, unknown> = { ...next };
  for (const [key, value] of Object.entries(previous)) {
    if (!Object.hasOwn(known, key)) {
      if (!Object.hasOwn(next, key) && !isPrototypeKey(key, undefined)) out[key] = value;
    } else if (isPlainObject(value) && isPlainObject(next[key])) {
      out[key] = keepUnknownFields(known[key] as TSchema, value, next[key]);
    }
  }
  return out as T;
}

/** The first prototype key in a parsed value, named as a field under `path`. */
function prototypeKeyIn(value: unknown, path: string, parentKey?: string): FieldError | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = prototypeKeyIn(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const key of Object.keys(value)) {
    const field = `${path}.${key}`;
    if (isPrototypeKey(key, parentKey))
      return { field, message: `"${field}": the key "${key}" is not accepted` };
    const found = prototypeKeyIn(value[key], field, key);
    if (found) return found;
  }
  return undefined;
}

/**
 * What tolerance must still refuse in a record's data that matched its schema:
 * more than MAX_RECORD_DATA_LENGTH of JSON (unknown fields included), and a
 * prototype key at any depth.
 */
export function toleranceProblems(data: unknown): FieldError[] {
  const text = JSON.stringify(data) ?? '';
  if (text.length > MAX_RECORD_DATA_LENGTH) {
    return [
      {
        field: 'data',
        message: `"data" is ${text.length} characters of JSON; a record holds at most ${MAX_RECORD_DATA_LENGTH}`,
      },
    ];
  }
  // Most records name no prototype key, and skip the walk.
  if (!text.includes('__proto__') && !text.includes('prototype')) return [];
  const found = prototypeKeyIn(data, 'data');
  return found ? [found] : [];
}
