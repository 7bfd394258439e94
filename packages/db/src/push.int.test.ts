import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CrickDatabase, openDatabase } from './connect.js';
import {
  claimPush,
  deleteOldPushClaims,
  deletePushSubscription,
  listPushSubscriptions,
  savePushSubscription,
  vapidKeys,
} from './push.js';
import { syncRecords } from './records.js';
import { addTestPerson, dialectsUnderTest, openTestDatabase, type TestDatabase } from './testing.js';
import { deleteUser } from './users.js';

const now = '2026-12-01T08:00:00.000Z';
const subscription = (id: string, userId: string, endpoint = `https://push.example/${id}`) => ({
  id,
  userId,
  endpoint,
  p256dh: `key-${id}`,
  auth: `auth-${id}`,
  timeZone: 'Europe/London',
  now,
});

describe.each(dialectsUnderTest)('Web Push rows on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    for (const id of ['alice', 'bob', 'carol']) await addTestPerson(t.database, id);
  }, 60_000);
  afterAll(async () => t?.dispose());

  it('makes the VAPID keys once and hands every caller the first pair stored', async () => {
    let made = 0;
    const make = () => {
      made += 1;
      return { publicKey: `public-${made}`, privateKey: `private-${made}` };
    };
    const [a, b] = await Promise.all([vapidKeys(t.database.db, make), vapidKeys(t.database.db, make)]);
    expect(b).toEqual(a);
    expect(await vapidKeys(t.database.db, make)).toEqual(a);
    expect(a.publicKey).toMatch(/^public-[12]$/);
  });

  it('keeps one subscription per endpoint: sent again with its keys, it moves to the sender and keeps its id', async () => {
    expect(await savePushSubscription(t.database.db, subscription('s1', 'alice'))).toBe('s1');
    const stranger = { ...subscription('s1-stranger', 'bob', 'https://push.example/s1'), auth: 'a guess' };
    expect(await savePushSubscription(t.database.db, stranger)).toBeUndefined();
    const again = { ...subscription('s1', 'bob'), id: 's1-again', timeZone: 'Asia/Tokyo' };
    expect(await savePushSubscription(t.database.db, again)).toBe('s1');
    const listed = (await listPushSubscriptions(t.database.db)).filter((s) => s.id === 's1');
    expect(listed).toEqual([
      {
        id: 's1',
        userId: 'bob',
        endpoint: 'https://push.example/s1',
        p256dh: 'key-s1',
        auth: 'auth-s1',
        timeZone: 'Asia/Tokyo',
        createdAt: now,
        settings: null,
      },
    ]);
    // Only its owner can remove it.
    expect(await deletePushSubscription(t.database.db, 'alice', 'https://push.example/s1')).toBe(false);
    expect(await deletePushSubscription(t.database.db, 'bob', 'https://push.example/s1')).toBe(true);
    expect((await listPushSubscriptions(t.database.db)).map((s) => s.id)).not.toContain('s1');
  });

  it("lists each subscription with its person's settings record", async () => {
    await savePushSubscription(t.database.db, subscription('s2', 'carol'));
    await syncRecords(t.database.db, 'carol', null, [
      {
        id: '00000000-0000-4000-8000-000000000001',
        type: 'settings',
        updatedAt: '2026-12-01T07:00:00.000Z-0000-phone',
        deleted: false,
        data: { reminderTimes: ['08:30'] },
      },
    ]);
    const s2 = (await listPushSubscriptions(t.database.db)).find((s) => s.id === 's2');
    expect(JSON.parse(s2?.settings ?? 'null')).toEqual({ reminderTimes: ['08:30'] });
  });

  it('lets exactly one of two servers claim a reminder, and forgets old claims', async () => {
    // A second connection pool on the same database: another server.
    const other: CrickDatabase = kind === 'pglite' ? t.database : await openDatabase(t.target);
    try {
      await savePushSubscription(t.database.db, subscription('s3', 'alice'));
      const claim = (serverId: string) => ({ subscriptionId: 's3', kind: 'break', dueAt: now, serverId });
      const won = await Promise.all([
        claimPush(t.database.db, claim('one')),
        claimPush(other.db, claim('two')),
        claimPush(t.database.db, claim('one')),
        claimPush(other.db, claim('two')),
      ]);
      expect(won.filter(Boolean)).toHaveLength(1);
      await deleteOldPushClaims(t.database.db, '2026-12-01T08:00:00.001Z');
      expect(await claimPush(t.database.db, claim('one'))).toBe(true);
    } finally {
      if (other !== t.database) await other.close();
    }
  });

  it('deletes the subscriptions and claims with the person', async () => {
    await savePushSubscription(t.database.db, subscription('s4', 'alice'));
    await claimPush(t.database.db, { subscriptionId: 's4', kind: 'session', dueAt: now, serverId: 'one' });
    await deleteUser(t.database.db, 'alice');
    expect((await listPushSubscriptions(t.database.db)).filter((s) => s.userId === 'alice')).toEqual([]);
    const claims = await t.database.db
      .selectFrom('push_claims')
      .selectAll()
      .where('subscription_id', 'in', ['s3', 's4'])
      .execute();
    expect(claims).toEqual([]);
  });
});
