import type { FieldError } from './validate.js';

/**
 * Text every database stores alike. PostgreSQL refuses a NUL character in
 * text (SQLite keeps it), and a lone UTF-16 surrogate is not a character at
 * all (it cannot be written as UTF-8): either would be stored on one database
 * and refused by the other, so a backup could not move between them. Keys
 * that name an object's prototype are refused too: no record needs one, and
 * passed on they could change what an object inherits.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableTextReason(text: string): string | undefined {
  if (text.includes(NUL)) return 'holds a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'holds a lone UTF-16 surrogate, which is not a character';
  return undefined;
}

/**
 * A key that names an object's prototype: `__proto__` anywhere, and `prototype`
 * under a `constructor` key (`parentKey`).
 */
export const isPrototypeKey = (key: string, parentKey: string | undefined): boolean =>
  key === '__proto__' || (key === 'prototype' && parentKey === 'constructor');

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);
const shown = (path: string): string => (path === '' ? 'body' : path);

/**
 * The first string or key in a parsed JSON value that cannot be stored, as a
 * field error naming where it is (`changes[2].data.note`); undefined when
 * everything can be.
 */
export function findUnstorableText(value: unknown, path = ''): FieldError | undefined {
  if (typeof value === 'string') {
    const reason = unstorableTextReason(value);
    return reason === undefined ? undefined : { field: shown(path), message: `"${shown(path)}" ${reason}` };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${shown(path)}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const keyReason = unstorableTextReason(key);
    if (keyReason !== undefined) {
      return { field: shown(path), message: `"${shown(path)}" has a key that ${keyReason}` };
    }
    if (isPrototypeKey(key, path.split('.').at(-1))) {
      const field = join(path, key);
      return { field, message: `"${field}": the key "${key}" is not accepted` };
    }
    const found = findUnstorableText((value as Record<string, unknown>)[key], join(path, key));
    if (found) return found;
  }
  return undefined;
}
