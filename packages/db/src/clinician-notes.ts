import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ClinicianNote {
  readonly text: string;
  /** Null when the clinician has written none. */
  readonly updatedAt: string | null;
}

/** The clinician's private note about a person ('' when none). */
export async function findClinicianNote(
  db: Kysely<Database>,
  clinicianId: string,
  personId: string,
): Promise<ClinicianNote> {
  const row = await db
    .selectFrom('clinician_notes')
    .select(['text', 'updated_at'])
    .where('clinician_id', '=', clinicianId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row ? { text: row.text, updatedAt: row.updated_at } : { text: '', updatedAt: null };
}

export async function saveClinicianNote(
  db: Kysely<Database>,
  clinicianId: string,
  personId: string,
  text: string,
  now: string,
): Promise<ClinicianNote> {
  await db
    .insertInto('clinician_notes')
    .values({ clinician_id: clinicianId, person_id: personId, text, updated_at: now })
    .onConflict((oc) => oc.columns(['clinician_id', 'person_id']).doUpdateSet({ text, updated_at: now }))
    .execute();
  return { text, updatedAt: now };
}
