import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { insertUser, listLiveRecords, listPushSubscriptions } from '@crick/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth.js';
import {
  type Answer,
  ApiClient,
  checkInRecord,
  startTestServer,
  type TestServer,
} from './test-support/harness.js';

type Actor = 'anonymous' | 'owner' | 'another person' | 'clinician' | 'admin';
const actors: Actor[] = ['anonymous', 'owner', 'another person', 'clinician', 'admin'];

interface Cast {
  clients: Record<Actor, ApiClient>;
  emails: Record<Actor, string>;
  ownerId: string;
  /** A word only the owner's record holds: it must never reach anyone else. */
  secret: string;
  ownerRecord: ReturnType<typeof checkInRecord>;
  /** A GP hand-off the owner made while signed in. */
  handoffId: string;
  /** The owner's device subscribed to Web Push: nobody else may move or remove it. */
  ownerPush: ReturnType<typeof pushSubscription>;
}

/** A device's Web Push subscription, as the app sends it. */
function pushSubscription(endpoint = `https://push.example/${randomUUID()}`) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
    timeZone: 'Europe/London',
  };
}

interface RouteCase {
  readonly route: string;
  readonly expected: Record<Actor, number>;
  readonly send: (client: ApiClient, cast: Cast) => Promise<Answer>;
}

const signedIn = (status: number) => ({
  anonymous: 401,
  owner: status,
  'another person': status,
  clinician: status,
  admin: status,
});

const routes: RouteCase[] = [
  {
    route: 'POST /api/auth/signup',
    expected: { anonymous: 201, owner: 201, 'another person': 201, clinician: 201, admin: 201 },
    send: (c) =>
      c.call('POST', '/api/auth/signup', { email: `${randomUUID()}@example.org`, password: 'password123' }),
  },
  {
    route: 'POST /api/auth/login',
    expected: { anonymous: 401, owner: 200, 'another person': 200, clinician: 200, admin: 200 },
    send: (c, cast) => {
      const actor = actorOf(c, cast);
      return c.call('POST', '/api/auth/login', {
        // Anyone may try; only the right password opens an account: anonymous tries the owner's with a guess.
        email: actor === 'anonymous' ? cast.emails.owner : cast.emails[actor],
        password: actor === 'anonymous' ? 'a guess at it' : 'password123',
      });
    },
  },
  {
    route: 'POST /api/auth/logout',
    expected: { ...signedIn(204), anonymous: 204 },
    send: (c) => c.call('POST', '/api/auth/logout'),
  },
  { route: 'GET /api/me', expected: signedIn(200), send: (c) => c.call('GET', '/api/me') },
  { route: 'DELETE /api/me', expected: signedIn(204), send: (c) => c.call('DELETE', '/api/me') },
  {
    route: 'POST /api/sync',
    expected: signedIn(200),
    // Everyone pushes a change to the owner's record id, then pulls everything.
    send: (c, cast) =>
      c.call('POST', '/api/sync', {
        cursor: null,
        changes: [
          {
            ...cast.ownerRecord,
            updatedAt: '2030-01-01T00:00:00.000Z-0000-intruder',
            data: { date: '2030-01-01', pain: 0 },
          },
        ],
      }),
  },
  { route: 'GET /api/export', expected: signedIn(200), send: (c) => c.call('GET', '/api/export') },
  { route: 'GET /api/export/fhir', expected: signedIn(200), send: (c) => c.call('GET', '/api/export/fhir') },
  {
    route: 'GET /api/admin/users',
    expected: { anonymous: 401, owner: 403, 'another person': 403, clinician: 403, admin: 200 },
    send: (c) => c.call('GET', '/api/admin/users'),
  },
  {
    route: 'GET /api/push/key',
    expected: { anonymous: 200, owner: 200, 'another person': 200, clinician: 200, admin: 200 },
    send: (c) => c.call('GET', '/api/push/key'),
  },
  {
    route: 'POST /api/push/subscriptions',
    // Everyone sends the owner's endpoint: with keys of their own it is refused; the owner's device updates it.
    expected: { anonymous: 401, owner: 201, 'another person': 409, clinician: 409, admin: 409 },
    send: (c, cast) =>
      c.call(
        'POST',
        '/api/push/subscriptions',
        actorOf(c, cast) === 'owner' ? cast.ownerPush : pushSubscription(cast.ownerPush.endpoint),
      ),
  },
  {
    route: 'POST /api/push/unsubscribe',
    // Everyone tries to unsubscribe the owner's device: only the owner's try removes it.
    expected: signedIn(204),
    send: (c, cast) => c.call('POST', '/api/push/unsubscribe', { endpoint: cast.ownerPush.endpoint }),
  },
  {
    route: 'GET /health',
    expected: { anonymous: 200, owner: 200, 'another person': 200, clinician: 200, admin: 200 },
    send: (c) => c.call('GET', '/health'),
  },
  {
    route: 'GET /openapi.json',
    expected: { anonymous: 200, owner: 200, 'another person': 200, clinician: 200, admin: 200 },
    send: (c) => c.call('GET', '/openapi.json'),
  },
  // The GP hand-off: anyone stores one; the link opens it for anyone; only its maker withdraws it.
  {
    route: 'POST /api/handoffs',
    expected: { anonymous: 201, owner: 201, 'another person': 201, clinician: 201, admin: 201 },
    send: (c) => c.call('POST', '/api/handoffs', { ciphertext: 'A'.repeat(40), iv: 'B'.repeat(16) }),
  },
  { route: 'GET /api/handoffs', expected: signedIn(200), send: (c) => c.call('GET', '/api/handoffs') },
  {
    route: 'GET /api/handoffs/:id',
    expected: { anonymous: 200, owner: 200, 'another person': 200, clinician: 200, admin: 200 },
    send: (c, cast) => c.call('GET', `/api/handoffs/${cast.handoffId}`),
  },
  {
    route: 'DELETE /api/handoffs/:id',
    expected: { anonymous: 401, owner: 204, 'another person': 404, clinician: 404, admin: 404 },
    send: (c, cast) => c.call('DELETE', `/api/handoffs/${cast.handoffId}`),
  },
];

function actorOf(client: ApiClient, cast: Cast): Actor {
  return (Object.entries(cast.clients).find(([, c]) => c === client)?.[0] ?? 'anonymous') as Actor;
}

describe.each(['bearer', 'cookie'] as const)(
  'the authorization matrix over HTTP, signed in by %s',
  (mode) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer('sqlite');
    });
    afterAll(async () => server?.close());

    /** A fresh cast for every cell, so a deletion or log-out in one cell cannot hide a leak in another. */
    async function castFor(): Promise<Cast> {
      const tag = randomUUID().slice(0, 8);
      const emails = Object.fromEntries(
        actors.map((a) => [a, `${a.replace(' ', '-')}-${tag}@example.org`]),
      ) as Record<Actor, string>;
      const clients = Object.fromEntries(actors.map((a) => [a, new ApiClient(server.url, mode)])) as Record<
        Actor,
        ApiClient
      >;
      for (const role of ['clinician', 'admin'] as const) {
        await insertUser(server.database.db, {
          id: randomUUID(),
          email: emails[role],
          passwordHash: await hashPassword('password123'),
          role,
          now: new Date().toISOString(),
        });
        expect((await clients[role].logIn(emails[role], 'password123')).status).toBe(200);
      }
      for (const person of ['owner', 'another person'] as const) {
        expect((await clients[person].signUp(emails[person], 'password123')).status).toBe(201);
      }
      const secret = `secret-${tag}`;
      const ownerRecord = checkInRecord(8, { data: { date: '2026-11-22', pain: 8, note: secret } });
      expect((await clients.owner.sync(null, [ownerRecord])).status).toBe(200);
      const me = (await clients.owner.call('GET', '/api/me')).body as { id: string };
      const handoff = await clients.owner.call('POST', '/api/handoffs', {
        ciphertext: `${'C'.repeat(30)}${tag.replace(/[^A-Za-z0-9]/g, '')}`,
        iv: 'D'.repeat(16),
      });
      expect(handoff.status).toBe(201);
      const handoffId = (handoff.body as { id: string }).id;
      const ownerPush = pushSubscription();
      expect((await clients.owner.call('POST', '/api/push/subscriptions', ownerPush)).status).toBe(201);
      return { clients, emails, ownerId: me.id, secret, ownerRecord, handoffId, ownerPush };
    }

    // One cast per route; the owner acts last, so a deletion or log-out by the
    // owner cannot hide what the others could or could not reach.
    const order: Actor[] = ['anonymous', 'another person', 'clinician', 'admin', 'owner'];
    for (const { route, expected, send } of routes) {
      it(`${route}: ${order.map((a) => `${a} ${expected[a]}`).join(', ')}; nobody touches what is not theirs`, async () => {
        const cast = await castFor();
        for (const actor of order) {
          const answer = await send(cast.clients[actor], cast);
          expect(answer.status, `${route} as ${actor}`).toBe(expected[actor]);
          if (answer.status >= 400)
            expect(answer.body).toMatchObject({ error: { code: expect.any(String) } });
          const text = JSON.stringify(answer.body ?? '');
          if (actor !== 'owner') expect(text, `${route} as ${actor} leaked`).not.toContain(cast.secret);
          if (route === 'GET /api/me' && actor !== 'anonymous') {
            expect(answer.body).toMatchObject({ email: cast.emails[actor] });
          }
          // The owner's record is exactly as the owner left it, unless the owner acted.
          const ownerRecords = await listLiveRecords(server.database.db, cast.ownerId);
          if (actor !== 'owner')
            expect(ownerRecords, `${route} as ${actor} changed it`).toEqual([cast.ownerRecord]);
          // The owner's hand-off is theirs alone: nobody else sees it listed or withdraws it.
          if (actor !== 'owner') {
            if (route === 'GET /api/handoffs')
              expect(text, `${route} as ${actor}`).not.toContain(cast.handoffId);
            const handoff = await server.database.db
              .selectFrom('handoffs')
              .select(['withdrawn_at', 'user_id'])
              .where('id', '=', cast.handoffId)
              .executeTakeFirst();
            expect(handoff, `${route} as ${actor} withdrew the owner's hand-off`).toEqual({
              withdrawn_at: null,
              user_id: cast.ownerId,
            });
          }
          const ownerPush = (await listPushSubscriptions(server.database.db))
            .filter((p) => p.endpoint === cast.ownerPush.endpoint)
            .map((p) => [p.userId, p.p256dh, p.auth]);
          if (actor !== 'owner')
            expect(ownerPush, `${route} as ${actor} moved the owner's push`).toEqual([
              [cast.ownerId, cast.ownerPush.keys.p256dh, cast.ownerPush.keys.auth],
            ]);
          // Deleting the account takes the device's subscription with it.
          if (actor === 'owner' && route === 'DELETE /api/me') expect(ownerPush).toEqual([]);
        }
      });
    }
  },
);
