import type { Kysely, Selectable } from 'kysely';
import type { Database, SharesTable } from './schema.js';

/**
 * A person's share with a clinician. Pending: a code nobody has redeemed,
 * until it expires. Active: redeemed, until the person revokes it (the code's
 * expiry no longer matters then). Nothing else gives a clinician access.
 */
export type ShareStatus = 'pending' | 'active' | 'revoked' | 'expired';

export interface Share {
  readonly id: string;
  readonly personId: string;
  readonly status: ShareStatus;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly clinician: { readonly id: string; readonly name: string | null; readonly email: string } | null;
  readonly redeemedAt: string | null;
  readonly canAdjust: boolean;
  readonly lastReviewedAt: string | null;
}

type ShareRow = Selectable<SharesTable> & { clinician_name: string | null; clinician_email: string | null };

export function shareStatus(
  row: Pick<SharesTable, 'clinician_id' | 'revoked_at' | 'expires_at'>,
  now: string,
): ShareStatus {
  if (row.revoked_at !== null) return 'revoked';
  if (row.clinician_id !== null) return 'active';
  return row.expires_at > now ? 'pending' : 'expired';
}

const toShare = (row: ShareRow, now: string): Share => ({
  id: row.id,
  personId: row.person_id,
  status: shareStatus(row, now),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  clinician:
    row.clinician_id === null
      ? null
      : { id: row.clinician_id, name: row.clinician_name, email: row.clinician_email ?? '' },
  redeemedAt: row.redeemed_at,
  canAdjust: row.can_adjust === 1,
  lastReviewedAt: row.last_reviewed_at,
});

const sharesWithClinician = (db: Kysely<Database>) =>
  db
    .selectFrom('shares')
    .leftJoin('users as clinician', 'clinician.id', 'shares.clinician_id')
    .selectAll('shares')
    .select(['clinician.name as clinician_name', 'clinician.email as clinician_email']);

export interface NewShare {
  readonly id: string;
  readonly personId: string;
  readonly codeHash: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export async function insertShare(db: Kysely<Database>, share: NewShare): Promise<void> {
  await db
    .insertInto('shares')
    .values({
      id: share.id,
      person_id: share.personId,
      code_hash: share.codeHash,
      created_at: share.createdAt,
      expires_at: share.expiresAt,
      can_adjust: 0,
    })
    .execute();
}

/** The person's shares, newest first. */
export async function listPersonShares(
  db: Kysely<Database>,
  personId: string,
  now: string,
): Promise<Share[]> {
  const rows = await sharesWithClinician(db)
    .where('shares.person_id', '=', personId)
    .orderBy('shares.created_at', 'desc')
    .orderBy('shares.id', 'desc')
    .execute();
  return rows.map((row) => toShare(row, now));
}

/** One of the person's shares; undefined when it is not theirs (or does not exist). */
export async function findPersonShare(
  db: Kysely<Database>,
  personId: string,
  shareId: string,
  now: string,
): Promise<Share | undefined> {
  const row = await sharesWithClinician(db)
    .where('shares.person_id', '=', personId)
    .where('shares.id', '=', shareId)
    .executeTakeFirst();
  return row && toShare(row, now);
}

/** Lets the clinician adjust the programme, or stops it; only on a share not revoked. Answers whether it changed one. */
export async function setShareCanAdjust(
  db: Kysely<Database>,
  personId: string,
  shareId: string,
  canAdjust: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable('shares')
    .set({ can_adjust: canAdjust ? 1 : 0 })
    .where('person_id', '=', personId)
    .where('id', '=', shareId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Revokes one of the person's shares (again is no change). Answers whether the share is theirs. */
export async function revokeShare(
  db: Kysely<Database>,
  personId: string,
  shareId: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('shares')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('person_id', '=', personId)
    .where('id', '=', shareId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * A clinician redeems a code: one statement claims it only while it is
 * pending, so two clinicians racing for one code cannot both get it. A share
 * the same clinician already had with the person is revoked: the new one,
 * with its own choices, replaces it. Undefined for an unknown, used, expired
 * or revoked code alike.
 */
export async function redeemShare(
  db: Kysely<Database>,
  codeHash: string,
  clinicianId: string,
  now: string,
): Promise<{ shareId: string; personId: string } | undefined> {
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .updateTable('shares')
      .set({ clinician_id: clinicianId, redeemed_at: now })
      .where('code_hash', '=', codeHash)
      .where('clinician_id', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['id', 'person_id'])
      .executeTakeFirst();
    if (!claimed) return undefined;
    await tx
      .updateTable('shares')
      .set({ revoked_at: now })
      .where('person_id', '=', claimed.person_id)
      .where('clinician_id', '=', clinicianId)
      .where('id', '!=', claimed.id)
      .where('revoked_at', 'is', null)
      .execute();
    return { shareId: claimed.id, personId: claimed.person_id };
  });
}

/** What an active share lets its clinician do with one person. */
export interface PatientShare {
  readonly shareId: string;
  readonly personId: string;
  readonly email: string;
  readonly since: string;
  readonly canAdjust: boolean;
  readonly lastReviewedAt: string | null;
}

const patientShares = (db: Kysely<Database>, clinicianId: string) =>
  db
    .selectFrom('shares')
    .innerJoin('users as person', 'person.id', 'shares.person_id')
    .select([
      'shares.id as shareId',
      'shares.person_id as personId',
      'person.email as email',
      'shares.redeemed_at as since',
      'shares.can_adjust as canAdjust',
      'shares.last_reviewed_at as lastReviewedAt',
    ])
    .where('shares.clinician_id', '=', clinicianId)
    .where('shares.revoked_at', 'is', null);

type PatientShareRow = Omit<PatientShare, 'canAdjust' | 'since'> & {
  canAdjust: number;
  since: string | null;
};
const toPatientShare = (row: PatientShareRow): PatientShare => ({
  ...row,
  since: row.since ?? '',
  canAdjust: row.canAdjust === 1,
});

/**
 * The clinician's active share with a person, read afresh on every request,
 * so a revocation holds from the very next one.
 */
export async function findActiveShare(
  db: Kysely<Database>,
  clinicianId: string,
  personId: string,
): Promise<PatientShare | undefined> {
  const row = await patientShares(db, clinicianId)
    .where('shares.person_id', '=', personId)
    .executeTakeFirst();
  return row && toPatientShare(row);
}

/** Everyone who shares with the clinician now. */
export async function listPatientShares(db: Kysely<Database>, clinicianId: string): Promise<PatientShare[]> {
  const rows = await patientShares(db, clinicianId).orderBy('shares.redeemed_at').execute();
  return rows.map(toPatientShare);
}

export async function markShareReviewed(db: Kysely<Database>, shareId: string, now: string): Promise<void> {
  await db.updateTable('shares').set({ last_reviewed_at: now }).where('id', '=', shareId).execute();
}
