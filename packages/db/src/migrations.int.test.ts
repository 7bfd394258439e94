import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationNames, migratorFor } from './migrate.js';
import { openTestDatabase, type TestDatabase } from './testing.js';

/** Table -> its column names. */
type Shape = Record<string, string[]>;

async function shapeOf(db: Kysely<unknown>): Promise<Shape> {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

/** Every table or column that was there before and is gone after: a drop or a rename. */
function findDestructiveChanges(before: Shape, after: Shape): string[] {
  const lost: string[] = [];
  for (const [table, columns] of Object.entries(before)) {
    const now = after[table];
    if (!now) {
      lost.push(`table ${table}`);
      continue;
    }
    for (const column of columns) if (!now.includes(column)) lost.push(`column ${table}.${column}`);
  }
  return lost;
}

describe('the destructive-change check', () => {
  it('names a dropped table and a renamed column', () => {
    const before = { users: ['email', 'id'], notes: ['id'] };
    const after = { users: ['id', 'mail'] };
    expect(findDestructiveChanges(before, after)).toEqual(['column users.email', 'table notes']);
  });
  it('accepts new tables and columns', () => {
    expect(findDestructiveChanges({ a: ['x'] }, { a: ['x', 'y'], b: ['z'] })).toEqual([]);
  });
});

describe('the migration files', () => {
  const folder = fileURLToPath(new URL('./migrations/', import.meta.url));
  const files = readdirSync(folder).filter(
    (f) => /^\d{4}-\d{2}-\d{2}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'),
  );

  it('are named by date and all listed', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(migrationNames());
  });

  it('import nothing but Kysely, so they stay frozen in time', () => {
    for (const file of files) {
      const imports = [...readFileSync(folder + file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(
        imports.every((i) => i === 'kysely'),
        `${file} imports ${imports.join(', ')}`,
      ).toBe(true);
    }
  });
});

describe.each(['sqlite', 'pglite'] as const)('the migration chain on %s', (kind) => {
  let t: TestDatabase | undefined;
  afterEach(async () => t?.dispose());

  it('runs from empty to latest, one step at a time, never dropping or renaming anything', async () => {
    t = await openTestDatabase(kind, { migrate: false });
    const db = t.database.db as unknown as Kysely<unknown>;
    const migrator = migratorFor(db);
    let before = await shapeOf(db);
    for (const name of migrationNames()) {
      const { error } = await migrator.migrateTo(name);
      expect(error).toBeUndefined();
      const after = await shapeOf(db);
      expect(findDestructiveChanges(before, after), `migration ${name}`).toEqual([]);
      before = after;
    }
    expect(Object.keys(before).sort()).toEqual([
      'access_log',
      'auth_attempts',
      'auth_sessions',
      'clinician_notes',
      'crick_meta',
      'crick_servers',
      'login_failures',
      'records',
      'shares',
      'users',
    ]);
    // Running again finds nothing to do.
    const again = await migrator.migrateToLatest();
    expect(again.results).toEqual([]);
  }, 60_000);
});
