import { randomUUID } from 'node:crypto';
import { AppError, reminderScheduleOf, remindersBetween } from '@crick/core';
import { deletePushSubscription, savePushSubscription } from '@crick/db';
import {
  PushKeySchema,
  PushSubscribedSchema,
  PushSubscriptionSchema,
  PushUnsubscribeSchema,
} from '../api-schemas.js';
import { requireUser } from '../auth.js';
import type { App, RouteContext } from '../context.js';
import { ErrorBodySchema } from '../errors.js';

/** Web Push: the server's public key, and a device's subscription to its person's reminders. */
export function pushRoutes(app: App, ctx: RouteContext): void {
  const { db } = ctx.database;

  app.get(
    '/api/push/key',
    {
      schema: {
        operationId: 'getPushKey',
        summary: "The server's VAPID public key, for PushManager.subscribe",
        tags: ['push'],
        // Public by nature: every browser that subscribes is handed it.
        security: [],
        response: { 200: PushKeySchema },
      },
    },
    async () => ({ publicKey: ctx.vapidPublicKey }),
  );

  app.post(
    '/api/push/subscriptions',
    {
      schema: {
        operationId: 'subscribePush',
        summary: "Send this device the person's reminders by Web Push (sent again: updated)",
        tags: ['push'],
        body: PushSubscriptionSchema,
        response: { 201: PushSubscribedSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await requireUser(ctx, request);
      const { endpoint, keys, timeZone } = request.body;
      // The schema checks the shape; only the system's zone data knows the names.
      const zone = remindersBetween(reminderScheduleOf(undefined), 0, 0, timeZone);
      if (!zone.ok) throw new AppError('invalid_input', `"timeZone" ${zone.error.message}`, 'timeZone');
      const id = await savePushSubscription(db, {
        id: randomUUID(),
        userId: user.id,
        endpoint,
        p256dh: keys.p256dh,
        auth: keys.auth,
        timeZone,
        now: ctx.now().toISOString(),
      });
      if (id === undefined)
        throw new AppError('conflict', '"endpoint" is already subscribed with other keys', 'endpoint');
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/push/unsubscribe',
    {
      schema: {
        operationId: 'unsubscribePush',
        summary: 'Stop the reminders to one of the person’s devices',
        tags: ['push'],
        body: PushUnsubscribeSchema,
        response: { 204: { type: 'null' }, '4xx': ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await requireUser(ctx, request);
      // Only the person's own; an endpoint that is not theirs (or gone already) is left as it is.
      await deletePushSubscription(db, user.id, request.body.endpoint);
      return reply.code(204).send(null);
    },
  );
}
