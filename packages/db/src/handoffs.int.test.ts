import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findHandoff,
  HANDOFF_TOMBSTONE_DAYS,
  insertHandoff,
  listLiveHandoffs,
  type NewHandoff,
  sweepHandoffs,
  withdrawHandoff,
} from './handoffs.js';
import { addTestPerson, dialectsUnderTest, openTestDatabase, type TestDatabase } from './testing.js';
import { deleteUser } from './users.js';

const DAY = 86_400_000;
const created = new Date('2026-12-01T10:00:00.000Z');
const at = (days: number) => new Date(created.getTime() + days * DAY).toISOString();
let n = 0;
const handoff = (over: Partial<NewHandoff> = {}): NewHandoff => {
  n += 1;
  return {
    id: `handoff-${n}`,
    userId: null,
    withdrawTokenHash: `token-hash-${n}`,
    ciphertext: `cipher-${n}`,
    iv: `iv-${n}`,
    createdAt: at(0),
    expiresAt: at(14),
    ...over,
  };
};

describe.each(dialectsUnderTest)('the hand-off store on %s', (kind) => {
  let t: TestDatabase;
  const db = () => t.database.db;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await addTestPerson(t.database, 'owner');
    await addTestPerson(t.database, 'other');
  }, 60_000);
  afterAll(async () => t?.dispose());

  it('opens a hand-off until its expiry and refuses it from then on, before any sweep', async () => {
    const h = handoff();
    await insertHandoff(db(), h);
    expect(await findHandoff(db(), h.id, at(13.99))).toEqual({
      state: 'open',
      ciphertext: h.ciphertext,
      iv: h.iv,
      expiresAt: h.expiresAt,
    });
    expect(await findHandoff(db(), h.id, at(14))).toEqual({ state: 'expired', expiresAt: h.expiresAt });
    expect(await findHandoff(db(), 'no-such-link', at(1))).toEqual({ state: 'unknown' });
  });

  it('withdraws with the device token, and a wrong token or another account withdraws nothing', async () => {
    const h = handoff({ userId: 'owner' });
    await insertHandoff(db(), h);
    expect(await withdrawHandoff(db(), h.id, { withdrawTokenHash: 'a guess' }, at(1))).toBe(false);
    expect(await withdrawHandoff(db(), h.id, { userId: 'other' }, at(1))).toBe(false);
    expect(await withdrawHandoff(db(), h.id, {}, at(1))).toBe(false);
    expect((await findHandoff(db(), h.id, at(1))).state).toBe('open');
    expect(await withdrawHandoff(db(), h.id, { withdrawTokenHash: h.withdrawTokenHash }, at(1))).toBe(true);
    expect(await findHandoff(db(), h.id, at(1))).toEqual({ state: 'withdrawn', expiresAt: h.expiresAt });
    const row = await db()
      .selectFrom('handoffs')
      .selectAll()
      .where('id', '=', h.id)
      .executeTakeFirstOrThrow();
    expect([row.ciphertext, row.iv, row.user_id]).toEqual([null, null, null]);
    expect(await withdrawHandoff(db(), h.id, { withdrawTokenHash: h.withdrawTokenHash }, at(2))).toBe(false);
  });

  it('lets the signed-in owner withdraw without the token and lists only their live ones', async () => {
    const mine = handoff({ userId: 'owner', createdAt: at(2) });
    const older = handoff({ userId: 'owner', createdAt: at(1), expiresAt: at(15) });
    const theirs = handoff({ userId: 'other' });
    const expired = handoff({ userId: 'owner', expiresAt: at(3) });
    for (const h of [mine, older, theirs, expired]) await insertHandoff(db(), h);
    const live = (await listLiveHandoffs(db(), 'owner', at(4))).map((h) => h.id);
    expect(live).toContain(mine.id);
    expect(live.indexOf(mine.id)).toBeLessThan(live.indexOf(older.id));
    expect(live).not.toContain(theirs.id);
    expect(live).not.toContain(expired.id);
    expect(await withdrawHandoff(db(), mine.id, { userId: 'owner' }, at(4))).toBe(true);
    expect((await listLiveHandoffs(db(), 'owner', at(4))).map((h) => h.id)).not.toContain(mine.id);
  });

  it('sweeps the ciphertext out at expiry and forgets the empty row a month later', async () => {
    const h = handoff({ createdAt: at(100), expiresAt: at(114) });
    const still = handoff({ createdAt: at(105), expiresAt: at(119) });
    for (const x of [h, still]) await insertHandoff(db(), x);
    expect(await sweepHandoffs(db(), new Date(at(114)))).toBeGreaterThanOrEqual(1);
    const row = await db()
      .selectFrom('handoffs')
      .selectAll()
      .where('id', '=', h.id)
      .executeTakeFirstOrThrow();
    expect([row.ciphertext, row.iv]).toEqual([null, null]);
    expect(await findHandoff(db(), h.id, at(114))).toEqual({ state: 'expired', expiresAt: h.expiresAt });
    expect((await findHandoff(db(), still.id, at(114))).state).toBe('open');
    await sweepHandoffs(db(), new Date(at(114 + HANDOFF_TOMBSTONE_DAYS)));
    expect(await findHandoff(db(), h.id, at(114 + HANDOFF_TOMBSTONE_DAYS))).toEqual({ state: 'unknown' });
  });

  it('goes with the account that made it', async () => {
    await addTestPerson(t.database, 'leaving');
    const h = handoff({ userId: 'leaving' });
    const anonymous = handoff();
    for (const x of [h, anonymous]) await insertHandoff(db(), x);
    expect(await deleteUser(db(), 'leaving')).toBe(true);
    expect(await findHandoff(db(), h.id, at(1))).toEqual({ state: 'unknown' });
    expect((await findHandoff(db(), anonymous.id, at(1))).state).toBe('open');
  });
});
