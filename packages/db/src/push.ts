import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The server's VAPID key pair (RFC 8292), base64url: the public key is the P-256 point, the private key its scalar. */
export interface VapidKeys {
  readonly publicKey: string;
  readonly privateKey: string;
}

const VAPID_KEY = 'vapid';

/**
 * The VAPID keys, made at the first start and kept in the database, so every
 * server on it signs with one identity and a subscription outlives a restart.
 * Servers starting together may each make a pair: the first insert wins and
 * all of them read that one back.
 */
export async function vapidKeys(db: Kysely<Database>, make: () => VapidKeys): Promise<VapidKeys> {
  const stored = async () =>
    (await db.selectFrom('crick_meta').select('value').where('key', '=', VAPID_KEY).executeTakeFirst())
      ?.value;
  const found = await stored();
  if (found) return JSON.parse(found) as VapidKeys;
  await db
    .insertInto('crick_meta')
    .values({ key: VAPID_KEY, value: JSON.stringify(make()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return JSON.parse((await stored()) ?? 'null') as VapidKeys;
}

export interface PushSubscriptionRow {
  readonly id: string;
  readonly userId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
  readonly timeZone: string;
}

/**
 * Keeps a device's subscription for the person; answers its id. An endpoint
 * belongs to one browser: sent again with the same keys (a new time zone, or
 * another person signed in on that browser) it moves to the sender and keeps
 * its id. With other keys it stays as it is (undefined): knowing a device's
 * endpoint is not enough to take its reminders over.
 */
export async function savePushSubscription(
  db: Kysely<Database>,
  s: PushSubscriptionRow & { readonly now: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto('push_subscriptions')
    .values({
      id: s.id,
      user_id: s.userId,
      endpoint: s.endpoint,
      p256dh: s.p256dh,
      auth: s.auth,
      time_zone: s.timeZone,
      created_at: s.now,
    })
    .onConflict((oc) =>
      oc
        .column('endpoint')
        .doUpdateSet({ user_id: s.userId, time_zone: s.timeZone })
        .where('push_subscriptions.p256dh', '=', s.p256dh)
        .where('push_subscriptions.auth', '=', s.auth),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Removes one of the person's subscriptions by its endpoint; false when they have none there. */
export async function deletePushSubscription(
  db: Kysely<Database>,
  userId: string,
  endpoint: string,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('push_subscriptions')
      .select('id')
      .where('user_id', '=', userId)
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    if (!row) return false;
    await tx.deleteFrom('push_claims').where('subscription_id', '=', row.id).execute();
    await tx.deleteFrom('push_subscriptions').where('id', '=', row.id).execute();
    return true;
  });
}

/** Removes a subscription the push service says is gone (404 or 410). */
export async function deletePushSubscriptionById(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('push_claims').where('subscription_id', '=', id).execute();
    await tx.deleteFrom('push_subscriptions').where('id', '=', id).execute();
  });
}

/** Removes all of a person's subscriptions and claims (inside deleteUser's transaction). */
export async function deletePushOf(tx: Kysely<Database>, userId: string): Promise<void> {
  const ids = tx.selectFrom('push_subscriptions').select('id').where('user_id', '=', userId);
  await tx.deleteFrom('push_claims').where('subscription_id', 'in', ids).execute();
  await tx.deleteFrom('push_subscriptions').where('user_id', '=', userId).execute();
}

/** Every subscription, with the person's latest live settings record (JSON text, or null). */
export async function listPushSubscriptions(
  db: Kysely<Database>,
): Promise<(PushSubscriptionRow & { readonly createdAt: string; readonly settings: string | null })[]> {
  const subscriptions = await db
    .selectFrom('push_subscriptions')
    .select(['id', 'user_id', 'endpoint', 'p256dh', 'auth', 'time_zone', 'created_at'])
    .orderBy('id')
    .execute();
  if (subscriptions.length === 0) return [];
  const settings = await db
    .selectFrom('records')
    .select(['user_id', 'updated_at', 'data'])
    .where('type', '=', 'settings')
    .where('deleted', '=', 0)
    .where('user_id', 'in', [...new Set(subscriptions.map((s) => s.user_id))])
    .execute();
  // The app keeps one settings record per person; should two exist, the latest clock wins.
  const latest = new Map<string, { updated_at: string; data: string | null }>();
  for (const row of settings) {
    const seen = latest.get(row.user_id);
    if (!seen || row.updated_at > seen.updated_at) latest.set(row.user_id, row);
  }
  return subscriptions.map((s) => ({
    id: s.id,
    userId: s.user_id,
    endpoint: s.endpoint,
    p256dh: s.p256dh,
    auth: s.auth,
    timeZone: s.time_zone,
    createdAt: s.created_at,
    settings: latest.get(s.user_id)?.data ?? null,
  }));
}

/**
 * Claims a reminder due to a subscription for this server. True for exactly
 * one claimer, whichever servers try: the row's key is the reminder.
 */
export async function claimPush(
  db: Kysely<Database>,
  claim: { subscriptionId: string; kind: string; dueAt: string; serverId: string },
): Promise<boolean> {
  const result = await db
    .insertInto('push_claims')
    .values({
      subscription_id: claim.subscriptionId,
      kind: claim.kind,
      due_at: claim.dueAt,
      server_id: claim.serverId,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'kind', 'due_at']).doNothing())
    // A row comes back only from the insert that made it, on every dialect.
    .returning('subscription_id')
    .executeTakeFirst();
  return result !== undefined;
}

/** Forgets claims older than `before`: past the scheduler's look-back, nothing can claim them again. */
export async function deleteOldPushClaims(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('push_claims').where('due_at', '<', before).execute();
}
