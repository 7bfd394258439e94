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
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

function describe(error: RawError): FieldError {
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
    default:
      return { field: base, message: `"${base}" ${error.message}` };
  }
}

/** What a union accepts, from its branches' errors: `true, false, "unsure" or null`. */
function allowedIn(raw: readonly RawError[], path: string): string {
  const options: string[] = [];
  for (const e of raw) {
    if (e.instancePath !== path) continue;
    if (e.keyword === 'const') options.push(JSON.stringify(e.params.allowedValue));
    else if (e.keyword === 'type') {
      const t = String(e.params.type);
      options.push(
        t === 'boolean' ? 'true or false' : t === 'null' ? 'null' : `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`,
      );
    } else if (e.keyword !== 'anyOf' && e.keyword !== 'boolean') options.push(`a value that ${e.message}`);
  }
  const unique = [...new Set(options)];
  return unique.length <= 1
    ? (unique[0] ?? 'one of the allowed values')
    : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
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
      errors.push({ field, message: `"${field}" must be ${allowedIn(raw, e.instancePath)}` });
      continue;
    }
    const described = describe(e);
    if (seen.has(described.field)) continue;
    seen.add(described.field);
    errors.push(described);
  }
  return err(errors.length > 0 ? errors : [{ field: '(root)', message: 'is not valid' }]);
}

/** The first error as one line: `field: message`. */
export const formatFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => e.message).join('; ');
