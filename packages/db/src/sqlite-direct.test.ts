import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteFile } from './connect.js';
import { DirectSqlite } from './sqlite-direct.js';

describe('running compiled queries straight on SQLite', () => {
  let dir: string;
  let direct: DirectSqlite;
  const count = async () =>
    (await direct.executeQuery<{ n: number }>(CompiledQuery.raw('select count(*) as n from notes'))).rows[0]
      ?.n;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crick-direct-'));
    direct = new DirectSqlite(openSqliteFile(join(dir, 'crick.db')));
    await direct.executeQuery(CompiledQuery.raw('create table notes (text text not null)'));
  });
  afterEach(() => {
    direct.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers rows for a reader and the count of changed rows for a writer', async () => {
    const inserted = await direct.executeQuery(
      CompiledQuery.raw('insert into notes values (?), (?)', ['a', 'b']),
    );
    expect(inserted.numAffectedRows).toBe(2n);
    const read = await direct.executeQuery<{ text: string }>(
      CompiledQuery.raw('select text from notes order by text'),
    );
    expect(read.rows).toEqual([{ text: 'a' }, { text: 'b' }]);
  });

  it('commits a transaction whose work resolves, and rolls back one whose work throws', async () => {
    await direct.transaction((tx) => tx.executeQuery(CompiledQuery.raw("insert into notes values ('kept')")));
    await expect(
      direct.transaction(async (tx) => {
        await tx.executeQuery(CompiledQuery.raw("insert into notes values ('undone')"));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await count()).toBe(1);
  });

  it('turns a failing statement into a rejected promise, not a throw', async () => {
    const answer = direct.executeQuery(CompiledQuery.raw('insert into notes values (null)'));
    await expect(answer).rejects.toThrow(/NOT NULL/);
  });
});
