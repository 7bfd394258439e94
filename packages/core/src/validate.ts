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
  if (pointer === '' || pointer === '/') return '(root)';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
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
      const extra = (error.params.additionalProperties as string[] | undefined)?.[0] ?? '?';
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

/**
 * Check a value against a schema; on failure name the first fields at fault.
 * Validation is interpretive (no code generation), so it runs under a strict
 * Content-Security-Policy in the browser as well as on the server.
 */
export function validate<S extends TSchema>(schema: S, value: unknown): Result<Static<S>, FieldError[]> {
  if (Value.Check(schema, value)) return ok(value as Static<S>);
  const raw = Value.Errors(schema, value) as unknown as RawError[];
  // "schema is false" duplicates the additionalProperties error; anyOf adds a
  // summary after its branches: keep the most specific message per field.
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const ordered = [...raw.filter((e) => e.keyword !== 'boolean')].sort(
    (a, b) => Number(a.keyword === 'const') - Number(b.keyword === 'const'),
  );
  for (const e of ordered) {
    const described =
      e.keyword === 'anyOf'
        ? {
            ...describe(e),
            message: `"${fieldFromPointer(e.instancePath)}" is not one of the allowed values`,
          }
        : describe(e);
    if (seen.has(described.field)) continue;
    seen.add(described.field);
    errors.push(described);
  }
  return err(errors.length > 0 ? errors : [{ field: '(root)', message: 'is not valid' }]);
}

/** The first error as one line: `field: message`. */
export const formatFieldErrors = (errors: readonly FieldError[]): string =>
  errors.map((e) => e.message).join('; ');
