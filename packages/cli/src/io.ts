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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Read JSON from a file, or from standard input for `-` or no file. */
export async function readJsonInput(file: string | undefined, what: string): Promise<unknown> {
  let text: string;
  try {
    text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError([
      {
        field: 'FILE',
        message: `cannot read ${what} from "${file}": ${(e as NodeJS.ErrnoException).code ?? e}`,
      },
    ]);
  }
  if (text.trim() === '')
    throw new InputError([
      { field: '(root)', message: `no ${what} given: pass a FILE or pipe JSON to standard input` },
    ]);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError([
      { field: '(root)', message: `${what} is not valid JSON: ${(e as Error).message}` },
    ]);
  }
}

export const print = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const printJson = (value: unknown): void => print(JSON.stringify(value, null, 2));
