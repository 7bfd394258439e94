import type { Agent } from 'node:https';
import { reminderScheduleOf, remindersBetween, reminderWording, type Settings } from '@crick/core';
import {
  type CrickDatabase,
  claimPush,
  deleteOldPushClaims,
  deletePushSubscriptionById,
  listPushSubscriptions,
  type VapidKeys,
  vapidKeys,
} from '@crick/db';
import type { FastifyBaseLogger } from 'fastify';
import webpush from 'web-push';

/** How often the scheduler looks for due reminders. */
export const PUSH_TICK_MS = 30_000;
/**
 * How late a reminder may still go out: one that fell due while every server
 * was busy or restarting is sent up to this long after, once (its claim row
 * says it went).
 */
export const PUSH_LOOK_BACK_MS = 15 * 60_000;
/** A push service keeps an undelivered reminder this long (seconds), then drops it: a stale one helps nobody. */
const PUSH_TTL_SECONDS = 30 * 60;

/** The server's VAPID keys: made with web-push at the first start, then read from the database. */
export const serverVapidKeys = (database: CrickDatabase): Promise<VapidKeys> =>
  vapidKeys(database.db, () => webpush.generateVAPIDKeys());

/** What a push says: the kind of reminder and nothing about the person's health. */
export interface PushPayload {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly tag: string;
}

export interface PushSchedulerOptions {
  readonly database: CrickDatabase;
  readonly keys: VapidKeys;
  /** This server's id (its presence row), written on the claims it makes. */
  readonly serverId: string;
  /** The operator's contact for the push services (VAPID `sub`): mailto: or https:. */
  readonly contact: string;
  readonly now?: () => Date;
  readonly log?: FastifyBaseLogger;
  /** The TLS agent for the push services (tests: one that trusts their own certificate). */
  readonly agent?: Agent;
}

/**
 * Sends each person's reminders by Web Push at their times, working days and
 * quiet hours (core's reminder schedule), while Crick is closed. Every server
 * runs one; a reminder goes once, sent by whichever server claims it first.
 */
export class PushScheduler {
  readonly #o: PushSchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;

  constructor(options: PushSchedulerOptions) {
    this.#o = options;
  }

  start(): void {
    this.#timer = setInterval(() => {
      // One pass at a time; a database that is away misses a pass, the next one looks back.
      this.#running ??= this.tick()
        .catch((error: unknown) => this.#o.log?.warn({ err: error }, 'push pass failed'))
        .finally(() => {
          this.#running = undefined;
        });
    }, PUSH_TICK_MS);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }

  /** One pass: sends every reminder due in the look-back window that no server has claimed yet. */
  async tick(): Promise<{ sent: number; removed: number }> {
    const { database, serverId } = this.#o;
    const now = (this.#o.now ?? (() => new Date()))().getTime();
    let sent = 0;
    let removed = 0;
    for (const subscription of await listPushSubscriptions(database.db)) {
      const settings =
        subscription.settings === null ? undefined : (JSON.parse(subscription.settings) as Settings);
      // Looking back, never to before the device subscribed: it asked for reminders from then on.
      const from = Math.max(now - PUSH_LOOK_BACK_MS, Date.parse(subscription.createdAt));
      const due = remindersBetween(reminderScheduleOf(settings), from, now, subscription.timeZone);
      if (!due.ok) continue; // The route checked the zone; a system that lost it sends nothing rather than at the wrong hour.
      for (const reminder of due.value) {
        const claim = {
          subscriptionId: subscription.id,
          kind: reminder.kind,
          dueAt: new Date(reminder.at).toISOString(),
          serverId,
        };
        if (!(await claimPush(database.db, claim))) continue;
        const outcome = await this.#send(subscription, {
          kind: reminder.kind,
          ...reminderWording[reminder.kind],
          tag: `crick-${reminder.kind}`,
        });
        if (outcome === 'gone') {
          await deletePushSubscriptionById(database.db, subscription.id);
          removed += 1;
          break;
        }
        if (outcome === 'sent') sent += 1;
      }
    }
    await deleteOldPushClaims(database.db, new Date(now - 2 * PUSH_LOOK_BACK_MS).toISOString());
    return { sent, removed };
  }

  async #send(
    subscription: { endpoint: string; p256dh: string; auth: string },
    payload: PushPayload,
  ): Promise<'sent' | 'gone' | 'failed'> {
    try {
      await webpush.sendNotification(
        { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
        JSON.stringify(payload),
        {
          vapidDetails: { subject: this.#o.contact, ...this.#o.keys },
          TTL: PUSH_TTL_SECONDS,
          contentEncoding: 'aes128gcm',
          ...(this.#o.agent ? { agent: this.#o.agent } : {}),
        },
      );
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404 and 410: the device unsubscribed or the subscription expired (RFC 8030 section 7.3).
      if (status === 404 || status === 410) return 'gone';
      // The endpoint is the device's secret: logged by status only.
      this.#o.log?.warn({ status: status ?? null, kind: payload.kind }, 'a push was not accepted');
      return 'failed';
    }
  }
}
