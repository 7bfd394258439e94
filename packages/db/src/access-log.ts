import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What a clinician read or wrote of a person's data. */
export const accessKinds = ['summary', 'records', 'fhir', 'prescription', 'note'] as const;
export type AccessKind = (typeof accessKinds)[number];

export interface AccessEntry {
  /** Time-ordered (v7) ids, so entries of one millisecond keep their order. */
  readonly id: string;
  readonly personId: string;
  readonly clinician: { readonly id: string; readonly name: string };
  readonly at: string;
  readonly what: AccessKind;
}

export async function logAccess(db: Kysely<Database>, entry: AccessEntry): Promise<void> {
  await db
    .insertInto('access_log')
    .values({
      id: entry.id,
      person_id: entry.personId,
      clinician_id: entry.clinician.id,
      clinician_name: entry.clinician.name,
      at: entry.at,
      what: entry.what,
    })
    .execute();
}

/** The person's log, newest first. */
export async function listAccessLog(db: Kysely<Database>, personId: string): Promise<AccessEntry[]> {
  const rows = await db
    .selectFrom('access_log')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    clinician: { id: row.clinician_id, name: row.clinician_name },
    at: row.at,
    what: row.what as AccessKind,
  }));
}
