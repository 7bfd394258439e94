import { readFile } from 'node:fs/promises';
import { type FieldError, formatFieldErrors } from '@crick/core';

/** A problem with what the person typed or sent: exit 2 with a message naming the field. */
export class InputError extends Error {
  readonly errors: readonly FieldError[];
  constructor(errors: readonly FieldError[]) {
    super(formatFieldErrors(errors));
    this.name = 'InputError';
    this.errors = errors;
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

/** How a command that threw ends: bad input exits 2 naming the field, anything else 1. */
export function failureOf(error: unknown): { code: number; line: string } {
  const message = error instanceof Error ? error.message : String(error);
  return { code: error instanceof InputError ? EXIT_BAD_INPUT : EXIT_FAILED, line: `crick: ${message}` };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const STDIN = 'standard input';

/** Why a file could not be read, in words (the system's code stays as the last word). */
const unreadable: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

/**
 * Parse the text of an input: an empty one says it is empty, text that is not JSON
 * says so, each naming where it came from (`"intake.json"` or standard input).
 * `field` is what the person passed: the FILE argument, or `-` for standard input.
 */
export function parseJsonInput(text: string, source: { field: string; name: string }, what: string): unknown {
  if (text.trim() === '')
    throw new InputError([
      {
        field: source.field,
        message:
          source.name === STDIN
            ? `no ${what} given: standard input is empty (pass a FILE or pipe JSON to standard input)`
            : `"${source.name}" is empty: it should hold the ${what} as JSON`,
      },
    ]);
  try {
    return JSON.parse(text);
  } catch (e) {
    const where = source.name === STDIN ? STDIN : `"${source.name}"`;
    throw new InputError([
      {
        field: source.field,
        message: `${where} is not JSON (the ${what} should be): ${(e as Error).message}`,
      },
    ]);
  }
}

/** Read the text of a file, or an InputError naming the file and saying why not. */
export async function readTextFile(file: string, what: string, field = 'FILE'): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new InputError([
      {
        field,
        message: `cannot read the ${what} from "${file}": ${unreadable[code] ? `${unreadable[code]} (${code})` : code}`,
      },
    ]);
  }
}

/** Read JSON from a file, or from standard input for `-` or no file. */
export async function readJsonInput(file: string | undefined, what: string): Promise<unknown> {
  if (file === undefined || file === '-')
    return parseJsonInput(await readStdin(), { field: '-', name: STDIN }, what);
  return parseJsonInput(await readTextFile(file, what), { field: 'FILE', name: file }, what);
}

export const print = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const printJson = (value: unknown): void => print(JSON.stringify(value, null, 2));
