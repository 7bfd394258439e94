import type { SyncRecord } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAccessLog, logAccess } from './access-log.js';
import { findClinicianNote, saveClinicianNote } from './clinician-notes.js';
import { listLiveRecords, readSyncSeq, syncRecords } from './records.js';
import {
  findActiveShare,
  findPersonShare,
  insertShare,
  listPatientShares,
  listPersonShares,
  markShareReviewed,
  redeemShare,
  revokeShare,
  setShareCanAdjust,
} from './shares.js';
import { addTestPerson, dialectsUnderTest, openTestDatabase, type TestDatabase } from './testing.js';
import { deleteUser, findUserById, insertUser } from './users.js';

const monday = '2026-11-23T09:00:00.000Z';
const later = '2026-11-24T09:00:00.000Z';
const nextWeek = '2026-11-30T09:00:00.000Z';
const checkIn = (id: string): SyncRecord => ({
  id,
  type: 'checkIn',
  updatedAt: '2026-11-23T09:00:00.000Z-0000-devA',
  deleted: false,
  data: { date: '2026-11-23', pain: 6 },
});

describe.each(dialectsUnderTest)('shares, the access log and notes on %s', (kind) => {
  let t: TestDatabase;
  let n = 0;
  const db = () => t.database.db;

  beforeAll(async () => {
    t = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => t?.dispose());

  /** A person, a clinician with a name, and a pending share whose code hashes to `hash`. */
  async function castOf() {
    n += 1;
    const person = await addTestPerson(t.database, `person-${n}`);
    const clinician = `clinician-${n}`;
    await insertUser(db(), {
      id: clinician,
      email: `${clinician}@clinic.example`,
      passwordHash: 'x',
      role: 'clinician',
      name: `Dr ${n}`,
      now: monday,
    });
    const share = `share-${n}`;
    const hash = `hash-${n}`;
    await insertShare(db(), {
      id: share,
      personId: person,
      codeHash: hash,
      createdAt: monday,
      expiresAt: nextWeek,
    });
    return { person, clinician, share, hash };
  }

  it("keeps a clinician's name, and none for a person", async () => {
    const { person, clinician } = await castOf();
    expect((await findUserById(db(), clinician))?.name).toBe(`Dr ${n}`);
    expect((await findUserById(db(), person))?.name).toBeNull();
  });

  it('shows a new share as pending, then active with its clinician once redeemed', async () => {
    const { person, clinician, share, hash } = await castOf();
    expect(await listPersonShares(db(), person, monday)).toEqual([
      expect.objectContaining({
        id: share,
        status: 'pending',
        clinician: null,
        redeemedAt: null,
        canAdjust: false,
      }),
    ]);
    expect(await redeemShare(db(), hash, clinician, later)).toEqual({ shareId: share, personId: person });
    expect(await findPersonShare(db(), person, share, later)).toMatchObject({
      status: 'active',
      clinician: { id: clinician, name: `Dr ${n}`, email: `${clinician}@clinic.example` },
      redeemedAt: later,
    });
    expect(await findActiveShare(db(), clinician, person)).toMatchObject({
      shareId: share,
      email: `${person}@example.org`,
      since: later,
      canAdjust: false,
    });
  });

  it('lets a code be redeemed once only, by one of two clinicians racing for it', async () => {
    const { person, clinician, hash } = await castOf();
    const rival = `rival-${n}`;
    await insertUser(db(), {
      id: rival,
      email: `${rival}@x.example`,
      passwordHash: 'x',
      role: 'clinician',
      now: monday,
    });
    const answers = await Promise.all([
      redeemShare(db(), hash, clinician, later),
      redeemShare(db(), hash, rival, later),
    ]);
    expect(answers.filter((a) => a?.personId === person)).toHaveLength(1);
    expect(answers.filter((a) => a === undefined)).toHaveLength(1);
    expect(await redeemShare(db(), hash, clinician, later)).toBeUndefined();
  });

  it('refuses an expired, a revoked and an unknown code alike', async () => {
    const expired = await castOf();
    expect(await redeemShare(db(), expired.hash, expired.clinician, nextWeek)).toBeUndefined();
    expect((await findPersonShare(db(), expired.person, expired.share, nextWeek))?.status).toBe('expired');
    const revoked = await castOf();
    expect(await revokeShare(db(), revoked.person, revoked.share, monday)).toBe(true);
    expect(await redeemShare(db(), revoked.hash, revoked.clinician, later)).toBeUndefined();
    expect(await redeemShare(db(), 'no-such-hash', revoked.clinician, later)).toBeUndefined();
  });

  it('ends access at once when the person revokes, and only the person can revoke or change it', async () => {
    const { person, clinician, share, hash } = await castOf();
    const stranger = await addTestPerson(t.database, `stranger-${n}`);
    await redeemShare(db(), hash, clinician, monday);
    expect(await revokeShare(db(), stranger, share, later)).toBe(false);
    expect(await setShareCanAdjust(db(), stranger, share, true)).toBe(false);
    expect(await setShareCanAdjust(db(), person, share, true)).toBe(true);
    expect((await findActiveShare(db(), clinician, person))?.canAdjust).toBe(true);
    expect(await revokeShare(db(), person, share, later)).toBe(true);
    expect(await findActiveShare(db(), clinician, person)).toBeUndefined();
    expect(await listPatientShares(db(), clinician)).toEqual([]);
    expect((await findPersonShare(db(), person, share, later))?.status).toBe('revoked');
    // Revoked stays revoked: a change of the adjust choice is refused.
    expect(await setShareCanAdjust(db(), person, share, true)).toBe(false);
  });

  it("replaces a clinician's older share with the same person by the newly redeemed one", async () => {
    const { person, clinician, share, hash } = await castOf();
    await redeemShare(db(), hash, clinician, monday);
    await insertShare(db(), {
      id: `${share}-b`,
      personId: person,
      codeHash: `${hash}-b`,
      createdAt: later,
      expiresAt: nextWeek,
    });
    await redeemShare(db(), `${hash}-b`, clinician, later);
    expect((await listPatientShares(db(), clinician)).map((s) => s.shareId)).toEqual([`${share}-b`]);
    expect((await findPersonShare(db(), person, share, later))?.status).toBe('revoked');
  });

  it('records when the clinician last reviewed the person', async () => {
    const { person, clinician, share, hash } = await castOf();
    await redeemShare(db(), hash, clinician, monday);
    await markShareReviewed(db(), share, later);
    expect((await findActiveShare(db(), clinician, person))?.lastReviewedAt).toBe(later);
  });

  it('lists the access log newest first, for that person only', async () => {
    const { person, clinician } = await castOf();
    const other = await addTestPerson(t.database, `other-${n}`);
    const who = { id: clinician, name: 'Dr Log' };
    await logAccess(db(), {
      id: `0190-a-${n}`,
      personId: person,
      clinician: who,
      at: monday,
      what: 'summary',
    });
    await logAccess(db(), {
      id: `0190-b-${n}`,
      personId: person,
      clinician: who,
      at: later,
      what: 'records',
    });
    await logAccess(db(), { id: `0190-c-${n}`, personId: person, clinician: who, at: later, what: 'fhir' });
    await logAccess(db(), { id: `0190-d-${n}`, personId: other, clinician: who, at: later, what: 'note' });
    expect((await listAccessLog(db(), person)).map((e) => [e.at, e.what])).toEqual([
      [later, 'fhir'],
      [later, 'records'],
      [monday, 'summary'],
    ]);
  });

  it('keeps one private note per clinician and person, replaced by the next', async () => {
    const { person, clinician } = await castOf();
    expect(await findClinicianNote(db(), clinician, person)).toEqual({ text: '', updatedAt: null });
    await saveClinicianNote(db(), clinician, person, 'first', monday);
    await saveClinicianNote(db(), clinician, person, 'second', later);
    expect(await findClinicianNote(db(), clinician, person)).toEqual({ text: 'second', updatedAt: later });
  });

  it('deleting a person removes their shares, log, notes about them and records; deleting a clinician their shares and notes', async () => {
    const a = await castOf();
    await redeemShare(db(), a.hash, a.clinician, monday);
    await syncRecords(db(), a.person, null, [
      checkIn(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
    ]);
    await logAccess(db(), {
      id: `log-${n}`,
      personId: a.person,
      clinician: { id: a.clinician, name: 'Dr' },
      at: monday,
      what: 'records',
    });
    await saveClinicianNote(db(), a.clinician, a.person, 'note', monday);
    expect(await deleteUser(db(), a.person)).toBe(true);
    expect(await listPersonShares(db(), a.person, later)).toEqual([]);
    expect(await listAccessLog(db(), a.person)).toEqual([]);
    expect(await listLiveRecords(db(), a.person)).toEqual([]);
    expect(
      await db().selectFrom('clinician_notes').selectAll().where('person_id', '=', a.person).execute(),
    ).toEqual([]);
    expect(await listPatientShares(db(), a.clinician)).toEqual([]);

    const b = await castOf();
    await redeemShare(db(), b.hash, b.clinician, monday);
    await logAccess(db(), {
      id: `log-b-${n}`,
      personId: b.person,
      clinician: { id: b.clinician, name: 'Dr B' },
      at: monday,
      what: 'records',
    });
    await saveClinicianNote(db(), b.clinician, b.person, 'note', monday);
    expect(await deleteUser(db(), b.clinician)).toBe(true);
    expect(await listPersonShares(db(), b.person, later)).toEqual([]);
    expect(
      await db().selectFrom('clinician_notes').selectAll().where('clinician_id', '=', b.clinician).execute(),
    ).toEqual([]);
    // The person still sees who read their records.
    expect((await listAccessLog(db(), b.person)).map((e) => e.clinician.name)).toEqual(['Dr B']);
  });

  it("reads the person's sync sequence, which a stored record moves on", async () => {
    const { person } = await castOf();
    const before = await readSyncSeq(db(), person);
    await syncRecords(db(), person, null, [
      checkIn(`10000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
    ]);
    expect(await readSyncSeq(db(), person)).toBe((before ?? 0) + 1);
    expect(await readSyncSeq(db(), 'nobody')).toBeUndefined();
  });
});
