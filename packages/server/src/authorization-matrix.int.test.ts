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

type Actor =
  | 'anonymous'
  | 'owner'
  | 'another person'
  | 'clinician with a share'
  | 'clinician without one'
  | 'clinician after revocation'
  | 'clinician who may not adjust'
  | 'admin';
const actors: Actor[] = [
  'anonymous',
  'owner',
  'another person',
  'clinician with a share',
  'clinician without one',
  'clinician after revocation',
  'clinician who may not adjust',
  'admin',
];
const clinicians = [
  'clinician with a share',
  'clinician without one',
  'clinician after revocation',
  'clinician who may not adjust',
] as const satisfies readonly Actor[];
/** The clinicians the owner shares with now. */
const sharedWith = [
  'clinician with a share',
  'clinician who may not adjust',
] as const satisfies readonly Actor[];

interface Cast {
  clients: Record<Actor, ApiClient>;
  emails: Record<Actor, string>;
  ownerId: string;
  /** The share the owner gave 'clinician with a share' (may adjust). */
  shareId: string;
  /** A word only the owner's record holds: it must never reach anyone the owner did not share with. */
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
  /** Who may see the owner's secret in the answer (the owner always may). */
  readonly readers?: readonly Actor[];
  /** Who may add to the owner's records (a prescription); nobody but the owner changes the ones there. */
  readonly writers?: readonly Actor[];
}

/** Everyone signed in gets `status`; anonymous 401. */
const signedIn = (status: number): Record<Actor, number> => ({
  ...(Object.fromEntries(actors.map((a) => [a, status])) as Record<Actor, number>),
  anonymous: 401,
});
/** Only people (role person) get `status`; clinicians and admins 403. */
const peopleOnly = (owner: number, another = owner): Record<Actor, number> => ({
  ...signedIn(403),
  owner,
  'another person': another,
});
/** A patient route: the clinicians the owner shares with get `status`, everyone else is refused. */
const patientRoute = (status: number, mayNotAdjust = status): Record<Actor, number> => ({
  ...signedIn(403),
  'clinician with a share': status,
  'clinician who may not adjust': mayNotAdjust,
});
/** Everyone, signed in or not, gets `status`. */
const everyone = (status: number): Record<Actor, number> =>
  Object.fromEntries(actors.map((a) => [a, status])) as Record<Actor, number>;
const patient = (cast: Cast, tail: string) => `/api/clinician/patients/${cast.ownerId}/${tail}`;

const routes: RouteCase[] = [
  {
    route: 'POST /api/auth/signup',
    expected: { ...signedIn(201), anonymous: 201 },
    send: (c) =>
      c.call('POST', '/api/auth/signup', { email: `${randomUUID()}@example.org`, password: 'password123' }),
  },
  {
    route: 'POST /api/auth/login',
    expected: { ...signedIn(200), anonymous: 401 },
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
    expected: { ...signedIn(403), admin: 200 },
    send: (c) => c.call('GET', '/api/admin/users'),
  },
  {
    route: 'GET /health',
    expected: { ...signedIn(200), anonymous: 200 },
    send: (c) => c.call('GET', '/health'),
  },
  {
    route: 'GET /openapi.json',
    expected: { ...signedIn(200), anonymous: 200 },
    send: (c) => c.call('GET', '/openapi.json'),
  },
  { route: 'POST /api/shares', expected: peopleOnly(201), send: (c) => c.call('POST', '/api/shares', {}) },
  { route: 'GET /api/shares', expected: peopleOnly(200), send: (c) => c.call('GET', '/api/shares') },
  {
    route: 'PATCH /api/shares/:id',
    expected: peopleOnly(200, 404),
    send: (c, cast) => c.call('PATCH', `/api/shares/${cast.shareId}`, { canAdjust: false }),
  },
  {
    route: 'DELETE /api/shares/:id',
    expected: peopleOnly(204, 404),
    send: (c, cast) => c.call('DELETE', `/api/shares/${cast.shareId}`),
  },
  {
    route: 'GET /api/me/access-log',
    expected: peopleOnly(200),
    send: (c) => c.call('GET', '/api/me/access-log'),
  },
  {
    route: 'POST /api/shares/redeem',
    // Each actor tries a fresh code of the owner's: only a clinician account can redeem one.
    expected: { ...signedIn(403), ...Object.fromEntries(clinicians.map((c) => [c, 200])) },
    send: async (c, cast) => {
      const { code } = (await cast.clients.owner.call('POST', '/api/shares', {})).body as { code: string };
      return c.call('POST', '/api/shares/redeem', { code });
    },
  },
  {
    route: 'GET /api/clinician/patients/:id/records',
    expected: patientRoute(200),
    readers: sharedWith,
    send: (c, cast) => c.call('GET', patient(cast, 'records')),
  },
  {
    route: 'GET /api/clinician/patients/:id/fhir',
    expected: patientRoute(200),
    readers: sharedWith,
    send: (c, cast) => c.call('GET', patient(cast, 'fhir')),
  },
  {
    route: 'GET /api/clinician/patients/:id/note',
    expected: patientRoute(200),
    send: (c, cast) => c.call('GET', patient(cast, 'note')),
  },
  {
    route: 'PUT /api/clinician/patients/:id/note',
    expected: patientRoute(200),
    send: (c, cast) => c.call('PUT', patient(cast, 'note'), { text: 'seen' }),
  },
  {
    route: 'POST /api/clinician/patients/:id/prescriptions',
    expected: patientRoute(201, 403),
    writers: ['clinician with a share'],
    send: (c, cast) =>
      c.call('POST', patient(cast, 'prescriptions'), { exercises: [{ exerciseId: 'lying-chin-nod' }] }),
  },
  {
    route: 'POST /api/clinician/patients/:id/reviewed',
    expected: patientRoute(204),
    send: (c, cast) => c.call('POST', patient(cast, 'reviewed')),
  },
  {
    route: 'GET /api/clinician/patients',
    expected: { ...signedIn(403), ...Object.fromEntries(clinicians.map((c) => [c, 200])) },
    send: async (c, cast) => {
      const answer = await c.call('GET', '/api/clinician/patients');
      // Only the clinicians the owner shares with now see the owner in their list.
      const listed = JSON.stringify(answer.body ?? '').includes(cast.ownerId);
      const actor = actorOf(c, cast);
      if (answer.status === 200)
        expect(listed, `owner listed for ${actor}`).toBe((sharedWith as readonly Actor[]).includes(actor));
      return answer;
    },
  },
  // The GP hand-off: anyone stores one; the link opens it for anyone; only its maker withdraws it.
  {
    route: 'POST /api/handoffs',
    expected: everyone(201),
    send: (c) => c.call('POST', '/api/handoffs', { ciphertext: 'A'.repeat(40), iv: 'B'.repeat(16) }),
  },
  { route: 'GET /api/handoffs', expected: signedIn(200), send: (c) => c.call('GET', '/api/handoffs') },
  {
    route: 'GET /api/handoffs/:id',
    expected: everyone(200),
    send: (c, cast) => c.call('GET', `/api/handoffs/${cast.handoffId}`),
  },
  {
    route: 'DELETE /api/handoffs/:id',
    expected: { ...signedIn(404), anonymous: 401, owner: 204 },
    send: (c, cast) => c.call('DELETE', `/api/handoffs/${cast.handoffId}`),
  },
  // Web Push: the key is public; a device's subscription is its owner's alone.
  { route: 'GET /api/push/key', expected: everyone(200), send: (c) => c.call('GET', '/api/push/key') },
  {
    route: 'POST /api/push/subscriptions',
    // Everyone sends the owner's endpoint: with keys of their own it is refused; the owner's device updates it.
    expected: { ...signedIn(409), anonymous: 401, owner: 201 },
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
];

function actorOf(client: ApiClient, cast: Cast): Actor {
  return (Object.entries(cast.clients).find(([, c]) => c === client)?.[0] ?? 'anonymous') as Actor;
}

describe.each(['bearer', 'cookie'] as const)(
  'the authorization matrix over HTTP, signed in by %s',
  (mode) => {
    let server: TestServer;
    // One hash for every cast's clinicians and admin: argon2id is the slowest part of a cast.
    const passwordHash = hashPassword('password123');
    beforeAll(async () => {
      // Every cell stores a hand-off from one address: the hourly limit is another test's business.
      server = await startTestServer('sqlite', { handoffsPerHour: 100_000 });
    });
    afterAll(async () => server?.close());

    /** A fresh cast for every cell, so a deletion or log-out in one cell cannot hide a leak in another. */
    async function castFor(): Promise<Cast> {
      const tag = randomUUID().slice(0, 8);
      const emails = Object.fromEntries(
        actors.map((a) => [a, `${a.replaceAll(' ', '-')}-${tag}@example.org`]),
      ) as Record<Actor, string>;
      const clients = Object.fromEntries(actors.map((a) => [a, new ApiClient(server.url, mode)])) as Record<
        Actor,
        ApiClient
      >;
      for (const role of [...clinicians, 'admin'] as const) {
        await insertUser(server.database.db, {
          id: randomUUID(),
          email: emails[role],
          passwordHash: await passwordHash,
          role: role === 'admin' ? 'admin' : 'clinician',
          name: role === 'admin' ? null : `Dr ${role}`,
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
      const shareWith = async (clinician: Actor) => {
        const share = (await clients.owner.call('POST', '/api/shares', {})).body as {
          id: string;
          code: string;
        };
        expect(
          (await clients[clinician].call('POST', '/api/shares/redeem', { code: share.code })).status,
        ).toBe(200);
        return share.id;
      };
      const shareId = await shareWith('clinician with a share');
      expect((await clients.owner.call('PATCH', `/api/shares/${shareId}`, { canAdjust: true })).status).toBe(
        200,
      );
      await shareWith('clinician who may not adjust');
      const revoked = await shareWith('clinician after revocation');
      expect((await clients.owner.call('DELETE', `/api/shares/${revoked}`)).status).toBe(204);
      const handoff = await clients.owner.call('POST', '/api/handoffs', {
        ciphertext: `${'C'.repeat(30)}${tag.replace(/[^A-Za-z0-9]/g, '')}`,
        iv: 'D'.repeat(16),
      });
      expect(handoff.status).toBe(201);
      const handoffId = (handoff.body as { id: string }).id;
      const ownerPush = pushSubscription();
      expect((await clients.owner.call('POST', '/api/push/subscriptions', ownerPush)).status).toBe(201);
      return { clients, emails, ownerId: me.id, shareId, secret, ownerRecord, handoffId, ownerPush };
    }

    // One cast per route; the owner acts last, so a deletion or log-out by the
    // owner cannot hide what the others could or could not reach.
    const order: Actor[] = [
      'anonymous',
      'another person',
      'clinician without one',
      'clinician after revocation',
      'clinician who may not adjust',
      'clinician with a share',
      'admin',
      'owner',
    ];
    for (const { route, expected, send, readers = [], writers = [] } of routes) {
      it(`${route}: ${order.map((a) => `${a} ${expected[a]}`).join(', ')}; nobody touches what is not theirs`, async () => {
        const cast = await castFor();
        let writes = 0;
        for (const actor of order) {
          const answer = await send(cast.clients[actor], cast);
          expect(answer.status, `${route} as ${actor}`).toBe(expected[actor]);
          if (answer.status >= 400)
            expect(answer.body).toMatchObject({ error: { code: expect.any(String) } });
          const text = JSON.stringify(answer.body ?? '');
          if (actor !== 'owner' && !readers.includes(actor))
            expect(text, `${route} as ${actor} leaked`).not.toContain(cast.secret);
          if (readers.includes(actor)) expect(text, `${route} as ${actor}`).toContain(cast.secret);
          if (route === 'GET /api/me' && actor !== 'anonymous') {
            expect(answer.body).toMatchObject({ email: cast.emails[actor] });
          }
          // The owner's records are exactly as the owner left them, unless the owner acted
          // (or a clinician allowed to adjust added a prescription).
          const ownerRecords = await listLiveRecords(server.database.db, cast.ownerId);
          if (actor !== 'owner') {
            const others = ownerRecords.filter((r) => r.id !== cast.ownerRecord.id);
            expect(ownerRecords, `${route} as ${actor} changed it`).toContainEqual(cast.ownerRecord);
            const added = writers.includes(actor) && answer.status < 400 ? 1 : 0;
            expect(
              others.map((r) => r.type),
              `${route} as ${actor} added to it`,
            ).toEqual(Array(writes + added).fill('prescription'));
            writes += added;
          }
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
