import type { Static, TSchema } from 'typebox';
import Value from 'typebox/value';
import { err, ok, type Result } from './result.js';

/** A problem with one field of an input, named so a person can find it. */
export interface FieldError {
  /** Dotted path to the field, e.g. `pain` or `sessions[0].minutes`; `(root)` for the whole value. */
  readonly field: string;
  readonly message: string;
}

/** Turn a JSON pointer (`/sessions/0/minutes`) into the path people read (`sessions[0].minutes`). */
export function fieldFromPointer(pointer: string): string {
  if (pointer === '') return '(root)';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part, i) => (/^\d+$/.test(part) ? `${path}[${part}]` : i > 0 ? `${path}.${part}` : part || '""'),
      '',
    );
}

interface RawError {
  keyword: string;
  /** Where in the schema the failing rule is: `#/properties/place/anyOf/0`. */
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

type SchemaNode = Record<string, unknown>;

/** The schema a `schemaPath` points at, to read its `description` and `items`. */
function schemaAt(root: unknown, schemaPath: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const part of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (part === '') continue;
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as SchemaNode)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node !== null && typeof node === 'object' ? (node as SchemaNode) : undefined;
}

const typeWords: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

/** `"a", "b" or "c"`. */
const orList = (options: readonly string[]): string =>
  options.length <= 1 ? (options[0] ?? '') : `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;

/** The values of a union of literals (an enum), or undefined for any other schema. */
function enumValues(schema: SchemaNode | undefined): string[] | undefined {
  const branches = schema?.anyOf;
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values = branches.map((b) => (b as SchemaNode).const);
  return values.every((v) => v !== undefined) ? values.map((v) => JSON.stringify(v)) : undefined;
}

/**
 * What a value must be, in words; never the raw regular expression of a `pattern`
 * (people read "written as HH:MM", not `^([01]\d|2[0-3]):[0-5]\d$`).
 */
function mustBe(error: RawError, root: unknown): string {
  const schema = schemaAt(root, error.schemaPath);
  const description = typeof schema?.description === 'string' ? schema.description : undefined;
  // A template such as YYYY-MM-DD or HH:MM is shown as the way to write the value.
  const form =
    description && /^[A-Z]+([-:][A-Z]+)+$/.test(description) ? `written as ${description}` : description;
  switch (error.keyword) {
    case 'type': {
      const t = String(error.params.type);
      const items = t === 'array' ? enumValues(schemaAt(root, `${error.schemaPath}/items`)) : undefined;
      return `${typeWords[t] ?? `a ${t}`}${items ? ` of ${orList(items)}` : ''}`;
    }
    case 'format':
      if (error.params.format === 'date') return 'a real date written as YYYY-MM-DD';
      if (error.params.format === 'date-time')
        return 'a date and time written as YYYY-MM-DDTHH:MM:SS with a time zone, e.g. 2026-11-22T08:30:00Z';
      return form ?? `a valid ${String(error.params.format)}`;
    case 'pattern':
      return form ?? 'written in the form this field allows';
    default:
      return `a value that ${error.message}`;
  }
}

function describe(error: RawError, root: unknown): FieldError {
  const base = fieldFromPointer(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params.additionalProperties as string[] | undefined)?.[0] || '""';
      const field = base === '(root)' ? extra : `${base}.${extra}`;
      return { field, message: `unknown field "${field}"` };
    }
    case 'required': {
      const missing = (error.params.requiredProperties as string[] | undefined)?.[0] ?? '?';
      const field = base === '(root)' ? missing : `${base}.${missing}`;
      return { field, message: `"${field}" is required` };
    }
    case 'type':
    case 'format':
    case 'pattern':
      return { field: base, message: `"${base}" must be ${mustBe(error, root)}` };
    default:
      return { field: base, message: `"${base}" ${error.message}` };
  }
}

/**
 * What a union accepts, from its branches' errors: `true, false, "unsure" or null`.
 * A literal's branch fails twice (its type and its value): it counts as its value.
 */
function allowedIn(raw: readonly RawError[], path: string, root: unknown): string {
  const byBranch = new Map<string, RawError[]>();
  for (const e of raw) {
    if (e.instancePath !== path || e.keyword === 'anyOf' || e.keyword === 'boolean') continue;
    byBranch.set(e.schemaPath, [...(byBranch.get(e.schemaPath) ?? []), e]);
  }
  const options: string[] = [];
  for (const errors of byBranch.values()) {
    const literal = errors.find((e) => e.keyword === 'const');
    options.push(literal ? JSON.stringify(literal.params.allowedValue) : mustBe(errors[0] as RawError, root));
  }
  const unique = [...new Set(options)];
  return unique.length === 0 ? 'one of the allowed values' : orList(unique);
}

/**
 * Check a value against a schema; on failure name the first fields at fault.
 * Validation is interpretive (no code generation), so it runs under a strict
 * Content-Security-Policy in the browser as well as on the server.
 */
export function validate<S extends TSchema>(schema: S, value: unknown): Result<Static<S>, FieldError[]> {
  if (Value.Check(schema, value)) return ok(value as Static<S>);
  const raw = Value.Errors(schema, value) as unknown as RawError[];
  // "schema is false" duplicates the additionalProperties error. A union (anyOf)
  // fails once per branch: say once what the field may be instead.
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const unions = new Set(raw.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of raw) {
    // `additionalProperties: false` reports each extra key as a "false schema" at
    // the key's own path (and sometimes once more as additionalProperties).
    if (e.keyword === 'boolean') {
      const field = fieldFromPointer(e.instancePath);
      if (!seen.has(field)) {
        seen.add(field);
        errors.push({ field, message: `unknown field "${field}"` });
      }
      continue;
    }
    const field = fieldFromPointer(e.instancePath);
    if (unions.has(e.instancePath) && !['additionalProperties', 'required'].includes(e.keyword)) {
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, message: `"${field}" must be ${allowedIn(raw, e.instancePath, schema)}` });
      continue;
    }
    const described = describe(e, schema);
    if (seen.has(described.field)) continue;
    seen.add(described.field);
    errors.push(described);
  }
  return err(errors.length > 0 ? errors : [{ field: '(root)', message: 'is not valid' }]);
}

/** The first error as one line: `field: message`. */
export const formatFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => e.message).join('; ');
