import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureOf, InputError, parseJsonInput, readTextFile } from './io.js';

const file = { field: 'FILE', name: 'backup.json' };
describe('reading what a person passes the CLI', () => {
  const folder = mkdtempSync(join(tmpdir(), 'crick-io-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('parses JSON text', () => expect(parseJsonInput('{"a": 1}', file, 'backup')).toEqual({ a: 1 }));

  it('says an empty file is empty, naming the file and the field', () => {
    expect(() => parseJsonInput(' \n', file, 'backup')).toThrow(
      expect.objectContaining({
        name: 'InputError',
        errors: [{ field: 'FILE', message: '"backup.json" is empty: it should hold the backup as JSON' }],
      }),
    );
  });

  it('says text that is not JSON is not JSON, naming the file', () => {
    expect(() => parseJsonInput('SQLite format 3', file, 'backup')).toThrow(
      expect.objectContaining({
        errors: [
          {
            field: 'FILE',
            message: expect.stringMatching(/^"backup\.json" is not JSON \(the backup should be\): /),
          },
        ],
      }),
    );
  });

  it('names a file that cannot be read and says why in words', async () => {
    const missing = join(folder, 'nowhere.json');
    await expect(readTextFile(missing, 'backup')).rejects.toMatchObject({
      errors: [
        {
          field: 'FILE',
          message: `cannot read the backup from "${missing}": there is no such file (ENOENT)`,
        },
      ],
    });
    writeFileSync(join(folder, 'here.json'), '{}');
    expect(await readTextFile(join(folder, 'here.json'), 'backup')).toBe('{}');
  });

  it('ends bad input with exit 2 and anything else with exit 1, each as one "crick:" line', () => {
    expect(failureOf(new InputError([{ field: 'email', message: '"email" is not an address' }]))).toEqual({
      code: 2,
      line: 'crick: "email" is not an address',
    });
    expect(failureOf(new Error('the database is locked'))).toEqual({
      code: 1,
      line: 'crick: the database is locked',
    });
  });
});
