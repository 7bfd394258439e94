import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';

export interface MigrationReport {
  /** Names of the migrations this run applied, oldest first. */
  readonly applied: string[];
}

/** Migrations see the database as it was when they were written, not today's types. */
export function migratorFor<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => migrations },
  });
}

/** Brings the schema up to date; throws with the failing migration's name if one fails. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationReport> {
  return reportOf(await migratorFor(db).migrateToLatest());
}

function reportOf({ error, results }: MigrationResultSet): MigrationReport {
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

export const migrationNames = (): string[] => Object.keys(migrations).sort();
