import { exerciseById } from '@crick/content';
import { hlcProblem, validateRecord } from '@crick/core';
import { runs } from '@crick/core/testkit';
import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';
import {
  credentialsBodyArb,
  handoffBodyArb,
  noteBodyArb,
  payloadOf,
  prescriptionBodyArb,
  pushSubscriptionBodyArb,
  redeemBodyArb,
  shareChangeBodyArb,
  syncBodyArb,
} from './test-support/arbitraries.js';

interface ErrorAnswer {
  error: { code: string; message: string; field?: string };
}

const fuzzNow = new Date('2026-12-31T00:00:00.000Z');

/** A 4xx whose message names the field it blames; never a 5xx. */
function expectNamedFieldError(status: number, body: ErrorAnswer, input: string) {
  expect(status, input).toBeGreaterThanOrEqual(400);
  expect(status, input).toBeLessThan(500);
  expect(typeof body.error.code, input).toBe('string');
  expect(typeof body.error.field, input).toBe('string');
  const field = body.error.field ?? '';
  expect(field.length, input).toBeGreaterThan(0);
  expect(body.error.message, input).toContain(field.split('.').at(-1) ?? field);
}

describe('fuzzing every route body (SQLite)', () => {
  let t: TestDatabase;
  let app: App;
  let token: string;

  const count = async (table: 'users' | 'records' | 'handoffs' | 'push_subscriptions') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const storedIds = async () =>
    new Set((await t.database.db.selectFrom('records').select('id').execute()).map((r) => r.id));

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    // The server's time: the end of the year the arbitraries' clocks lie in.
    app = await buildApp({
      database: t.database,
      authAttemptsPerMinute: 1_000_000,
      handoffsPerHour: 1_000_000,
      now: () => fuzzNow,
    });
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'fuzz@example.org', password: 'password123' },
    });
    token = signup.json<{ token: string }>().token;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  for (const route of ['/api/auth/signup', '/api/auth/login'] as const) {
    it(`POST ${route}: every bad body gets a 4xx naming the field, and no account is made from one`, async () => {
      const seen = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(payloadOf(credentialsBodyArb), async (payload) => {
          const usersBefore = await count('users');
          const answer = await app.inject({
            method: 'POST',
            url: route,
            headers: { 'content-type': 'application/json' },
            payload,
          });
          seen.set(answer.statusCode, (seen.get(answer.statusCode) ?? 0) + 1);
          expect(answer.statusCode, payload).toBeLessThan(500);
          if (answer.statusCode >= 400) {
            expectNamedFieldError(answer.statusCode, answer.json(), payload);
            expect(await count('users'), payload).toBe(usersBefore);
          }
        }),
        // Start from a well-formed pair, so the run reaches past validation for sure: a new
        // account for sign-up (201), a wrong password for log-in (401). The log-in example must
        // not be an account the sign-up run may have made, or it would succeed instead.
        {
          ...runs<[string]>(700),
          examples: [
            [
              JSON.stringify(
                route.endsWith('signup')
                  ? { email: 'first@example.org', password: 'password123' }
                  : { email: 'fuzz@example.org', password: 'not-the-password' },
              ),
            ],
          ],
        },
      );
      // The inputs reached past validation too (a sign-up made, a log-in refused), not only the schema.
      expect([...seen.keys()]).toContain(400);
      expect([...seen.keys()]).toContain(route.endsWith('signup') ? 201 : 401);
    }, 120_000);
  }

  it('POST /api/sync: bad bodies get a 4xx naming the field; bad records are rejected by field; only valid ones are stored', async () => {
    await fc.assert(
      fc.asyncProperty(payloadOf(syncBodyArb), async (payload) => {
        const before = await storedIds();
        const answer = await app.inject({
          method: 'POST',
          url: '/api/sync',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          payload,
        });
        expect(answer.statusCode, payload).toBeLessThan(500);
        const after = await storedIds();
        if (answer.statusCode >= 400) {
          expectNamedFieldError(answer.statusCode, answer.json(), payload);
          expect(after, payload).toEqual(before);
          return;
        }
        const body = answer.json<{ rejected: { id: string | null; field: string; reason: string }[] }>();
        for (const r of body.rejected) {
          const local = r.field.replace(/^changes\[\d+\]\.?/, '') || r.field;
          expect(r.reason, payload).toContain(local);
        }
        // Stored afterwards: what was there, plus exactly the valid records sent.
        const changes = (JSON.parse(payload) as { changes: unknown[] }).changes;
        const validIds = changes.flatMap((c) => {
          const checked = validateRecord(c);
          const clockOk = checked.ok && hlcProblem(checked.value.updatedAt, fuzzNow.getTime()) === undefined;
          return checked.ok && clockOk ? [checked.value.id] : [];
        });
        expect(after, payload).toEqual(new Set([...before, ...validIds]));
        expect(body.rejected.length, payload).toBeGreaterThanOrEqual(changes.length - validIds.length);
      }),
      runs(1500),
    );
    // Whatever got in is valid as stored.
    const rows = await t.database.db.selectFrom('records').selectAll().execute();
    for (const row of rows) {
      const record = {
        id: row.id,
        type: row.type,
        updatedAt: row.updated_at,
        deleted: row.deleted === 1,
        data: row.data === null ? null : JSON.parse(row.data),
      };
      expect(validateRecord(record).ok).toBe(true);
    }
    expect(await count('records')).toBeGreaterThan(20);
  }, 180_000);

  it('POST /api/push/subscriptions: every bad body gets a 4xx naming the field, and no subscription is kept from one', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(payloadOf(pushSubscriptionBodyArb), async (payload) => {
        const before = await count('push_subscriptions');
        const answer = await app.inject({
          method: 'POST',
          url: '/api/push/subscriptions',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          payload,
        });
        seen.add(answer.statusCode);
        expect(answer.statusCode, payload).toBeLessThan(500);
        if (answer.statusCode >= 400) {
          expectNamedFieldError(answer.statusCode, answer.json(), payload);
          expect(await count('push_subscriptions'), payload).toBe(before);
        } else expect(answer.statusCode, payload).toBe(201);
      }),
      // Start from a well-formed subscription and one whose zone only the system can refuse.
      {
        ...runs<[string]>(600),
        examples: ['Europe/London', 'Europe/Atlantis'].map((timeZone) => [
          JSON.stringify({
            endpoint: `https://push.example/${timeZone}`,
            keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
            timeZone,
          }),
        ]),
      },
    );
    // Past validation too: some subscriptions were kept.
    expect([...seen]).toContain(201);
    expect([...seen]).toContain(400);
  }, 120_000);

  it('POST /api/handoffs: every bad body gets a 4xx naming the field, and nothing is stored from one', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(payloadOf(handoffBodyArb), fc.boolean(), async (payload, signedIn) => {
        const before = await count('handoffs');
        const answer = await app.inject({
          method: 'POST',
          url: '/api/handoffs',
          headers: {
            'content-type': 'application/json',
            ...(signedIn ? { authorization: `Bearer ${token}` } : {}),
          },
          payload,
        });
        seen.add(answer.statusCode);
        expect(answer.statusCode, payload).toBeLessThan(500);
        if (answer.statusCode >= 400) {
          expectNamedFieldError(answer.statusCode, answer.json(), payload);
          expect(await count('handoffs'), payload).toBe(before);
        } else {
          expect(answer.statusCode, payload).toBe(201);
          expect(await count('handoffs'), payload).toBe(before + 1);
        }
      }),
      {
        ...runs<[string, boolean]>(600),
        examples: [[JSON.stringify({ ciphertext: 'A'.repeat(32), iv: 'B'.repeat(16) }), false]],
      },
    );
    expect([...seen]).toContain(400);
    expect([...seen]).toContain(201);
  }, 120_000);

  it('DELETE and GET /api/handoffs/:id: a bad id or withdraw token gets a 4xx naming it, and withdraws nothing', async () => {
    const made = await app.inject({
      method: 'POST',
      url: '/api/handoffs',
      payload: { ciphertext: 'C'.repeat(40), iv: 'D'.repeat(16) },
    });
    const { id } = made.json<{ id: string }>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(id), fc.string({ maxLength: 40 })),
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        async (anyId, withdrawToken) => {
          const url = `/api/handoffs/${encodeURIComponent(anyId)}`;
          const headers = withdrawToken === undefined ? {} : { 'crick-withdraw-token': withdrawToken };
          const answer = await app.inject({ method: 'DELETE', url, headers });
          const label = `${url} ${withdrawToken}`;
          expect(answer.statusCode, label).toBeGreaterThanOrEqual(400);
          expect(answer.statusCode, label).toBeLessThan(500);
          expectNamedFieldError(answer.statusCode, answer.json(), label);
          const opened = await app.inject({ method: 'GET', url: `/api/handoffs/${id}` });
          expect(opened.statusCode, label).toBe(200);
        },
      ),
      runs(300),
    );
  }, 120_000);
});

describe('fuzzing the share and clinician routes (SQLite)', () => {
  let t: TestDatabase;
  let app: App;
  const tokens = { person: '', clinician: '' };
  let patientId = '';
  let shareId = '';

  const signUp = async (body: object) =>
    (await app.inject({ method: 'POST', url: '/api/auth/signup', payload: body })).json<{ token: string }>()
      .token;
  const call = (who: keyof typeof tokens, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: string) =>
    app.inject({
      method,
      url,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[who]}` },
      payload,
    });
  /** Everything a request to these routes could write. */
  const snapshot = async () => ({
    records: await t.database.db.selectFrom('records').select(['id', 'data']).orderBy('id').execute(),
    shares: await t.database.db.selectFrom('shares').selectAll().orderBy('id').execute(),
    notes: await t.database.db.selectFrom('clinician_notes').selectAll().execute(),
  });

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    app = await buildApp({ database: t.database, authAttemptsPerMinute: 1_000_000, now: () => fuzzNow });
    tokens.person = await signUp({ email: 'shares-fuzz@example.org', password: 'password123' });
    tokens.clinician = await signUp({
      email: 'dr-fuzz@clinic.example',
      password: 'password123',
      role: 'clinician',
      name: 'Dr Fuzz',
    });
    const share = (await call('person', 'POST', '/api/shares', '{}')).json<{ id: string; code: string }>();
    shareId = share.id;
    patientId = (
      await call('clinician', 'POST', '/api/shares/redeem', JSON.stringify({ code: share.code }))
    ).json<{ patientId: string }>().patientId;
    await call('person', 'PATCH', `/api/shares/${shareId}`, '{"canAdjust":true}');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const cases = [
    {
      route: 'POST /api/clinician/patients/:patientId/prescriptions',
      who: 'clinician',
      arb: prescriptionBodyArb,
      runs: 600,
      ok: 201,
      example: { exercises: [{ exerciseId: 'lying-chin-nod', reps: 5 }], phase: 'loosen' },
    },
    {
      route: 'PUT /api/clinician/patients/:patientId/note',
      who: 'clinician',
      arb: noteBodyArb,
      runs: 300,
      ok: 200,
    },
    {
      route: 'PATCH /api/shares/:id',
      who: 'person',
      arb: shareChangeBodyArb,
      runs: 300,
      ok: 200,
      example: { canAdjust: true },
    },
    {
      route: 'POST /api/shares/redeem',
      who: 'clinician',
      arb: redeemBodyArb,
      runs: 300,
      ok: 200,
      example: { code: '0000-0000' },
    },
  ] as const;

  for (const { route, who, arb, runs: numRuns, ok, example } of cases) {
    it(`${route}: every bad body gets a 4xx naming the field, and nothing is stored from one`, async () => {
      const [method, path] = route.split(' ') as ['POST' | 'PUT' | 'PATCH', string];
      const url = path.replace(':patientId', patientId).replace(':id', shareId);
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(payloadOf(arb), async (payload) => {
          const before = await snapshot();
          const answer = await call(who, method, url, payload);
          seen.add(answer.statusCode);
          expect(answer.statusCode, payload).toBeLessThan(500);
          if (answer.statusCode >= 400) {
            // A well-formed code nobody issued: the one answer for every code that opens nothing.
            if (answer.statusCode === 404 && route.endsWith('redeem'))
              expect(answer.json<ErrorAnswer>().error.code, payload).toBe('share_not_found');
            else expectNamedFieldError(answer.statusCode, answer.json(), payload);
            expect(await snapshot(), payload).toEqual(before);
          } else {
            expect(answer.statusCode, payload).toBe(ok);
            if (route.endsWith('prescriptions')) {
              // What was stored is a valid record of exercises the library has.
              const stored = answer.json<{ data: { exercises: { exerciseId: string }[] } }>();
              expect(validateRecord(stored).ok, payload).toBe(true);
              expect(
                stored.data.exercises.every((e) => exerciseById(e.exerciseId) !== undefined),
                payload,
              ).toBe(true);
            }
          }
        }),
        // From a well-formed body too, so the run reaches past validation for sure.
        { ...runs<[string]>(numRuns), examples: [[JSON.stringify(example)]] },
      );
      // The runs reached past validation too, not only the schema.
      expect([...seen].sort()).toEqual(expect.arrayContaining([400, route.endsWith('redeem') ? 404 : ok]));
    }, 120_000);
  }
});

/** What no database is handed: where it goes in a body, and the field the answer must name. */
type Poison =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'key'; readonly key: string; readonly value: string };
const poisons: readonly Poison[] = [
  { kind: 'string', text: 'a\u0000b' },
  { kind: 'string', text: '\u0000' },
  { kind: 'string', text: 'x\ud800' },
  { kind: 'string', text: '\udc00y' },
  { kind: 'string', text: '\udfff\ud83d' },
  { kind: 'key', key: '__proto__', value: '{"role":"admin"}' },
  { kind: 'key', key: 'constructor', value: '{"prototype":{"role":"admin"}}' },
  { kind: 'key', key: 'k\u0000', value: '1' },
  { kind: 'key', key: '\ud800', value: '1' },
];

/** Every place in a JSON value a poison can go: each string (its text) and each object (a new key). */
function placesIn(value: unknown, path: string[] = []): { path: string[]; kind: Poison['kind'] }[] {
  if (typeof value === 'string') return [{ path, kind: 'string' }];
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  return [
    ...(Array.isArray(value) ? [] : [{ path, kind: 'key' as const }]),
    ...entries.flatMap(([key, child]) => placesIn(child, [...path, key])),
  ];
}

/** The body's JSON with the poison at `path`, and the field the server must name. */
function poisoned(value: unknown, path: readonly string[], poison: Poison): { json: string; field: string } {
  const shown = (p: readonly string[]) =>
    p.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '') ||
    'body';
  const write = (node: unknown, at: readonly string[]): string => {
    if (at.length === 0) {
      if (poison.kind === 'string') return JSON.stringify(poison.text);
      const inner = JSON.stringify(node).slice(1);
      return `{${JSON.stringify(poison.key)}:${poison.value}${inner === '}' ? '' : ','}${inner}`;
    }
    const [head, ...rest] = at as [string, ...string[]];
    if (Array.isArray(node))
      return `[${node.map((child, i) => (String(i) === head ? write(child, rest) : JSON.stringify(child))).join(',')}]`;
    const object = node as Record<string, unknown>;
    return `{${Object.keys(object)
      .map((k) => `${JSON.stringify(k)}:${k === head ? write(object[k], rest) : JSON.stringify(object[k])}`)
      .join(',')}}`;
  };
  let field = shown(path);
  if (poison.kind === 'key' && poison.key === '__proto__') field = shown([...path, '__proto__']);
  if (poison.kind === 'key' && poison.key === 'constructor')
    field = shown([...path, 'constructor', 'prototype']);
  return { json: write(value, path), field };
}

describe.each(['sqlite', 'postgres'] as const)(
  'unstorable text on every route that takes a body (%s)',
  (kind) => {
    let t: TestDatabase;
    let app: App;
    let token: string;

    beforeAll(async () => {
      t = await openTestDatabase(kind);
      app = await buildApp({ database: t.database, authAttemptsPerMinute: 1_000_000 });
      const signup = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email: 'poison@example.org', password: 'password123' },
      });
      token = signup.json<{ token: string }>().token;
    });
    afterAll(async () => {
      await app?.close();
      await t?.dispose();
    });

    const record = {
      id: '60000000-0000-4000-8000-000000000001',
      type: 'checkIn',
      updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
      deleted: false,
      data: { date: '2026-11-22', pain: 4, note: 'stiff' },
    };
    const credentials = { email: 'poison2@example.org', password: 'password123' };
    const bodies: Record<string, unknown> = {
      'POST /api/auth/signup': credentials,
      'POST /api/auth/login': credentials,
      'POST /api/auth/logout': { reason: 'done' },
      'POST /api/sync': { cursor: null, changes: [record] },
      'DELETE /api/me': { confirm: 'yes' },
      'POST /api/push/subscriptions': {
        endpoint: 'https://push.example/device',
        keys: { p256dh: 'B'.repeat(87), auth: 'A'.repeat(22) },
        timeZone: 'Europe/London',
      },
      'POST /api/push/unsubscribe': { endpoint: 'https://push.example/device' },
      'POST /api/handoffs': { ciphertext: 'E'.repeat(40), iv: 'F'.repeat(16) },
      'DELETE /api/handoffs/{id}': { confirm: 'yes' },
      'POST /api/shares': { note: 'for my physio' },
      'PATCH /api/shares/{id}': { canAdjust: true, why: 'trust' },
      'DELETE /api/shares/{id}': { confirm: 'yes' },
      'POST /api/shares/redeem': { code: 'ABCD-EFGH' },
      'PUT /api/clinician/patients/{patientId}/note': { text: 'better on the left' },
      'POST /api/clinician/patients/{patientId}/prescriptions': {
        exercises: [{ exerciseId: 'lying-chin-nod', sides: 'both' }],
        note: 'gently',
      },
      'POST /api/clinician/patients/{patientId}/reviewed': { at: 'now' },
    };

    it('covers every route that takes a body', () => {
      const paths = (app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
      const withBodies = Object.entries(paths).flatMap(([path, methods]) =>
        Object.keys(methods)
          .filter((m) => m !== 'get' && m !== 'head')
          .map((m) => `${m.toUpperCase()} ${path}`),
      );
      expect(withBodies.sort()).toEqual(Object.keys(bodies).sort());
    });

    it('a NUL, a lone surrogate or a prototype key anywhere gets 400 naming the field, and changes nothing', async () => {
      const cases = Object.entries(bodies).flatMap(([route, body]) =>
        placesIn(body).flatMap((place) =>
          poisons.filter((p) => p.kind === place.kind).map((poison) => ({ route, body, place, poison })),
        ),
      );
      const snapshot = async () => ({
        users: await t.database.db.selectFrom('users').select(['id', 'email']).orderBy('id').execute(),
        records: await t.database.db.selectFrom('records').select(['id', 'data']).orderBy('id').execute(),
        sessions: (await t.database.db.selectFrom('auth_sessions').select('token_hash').execute()).length,
        push: await t.database.db.selectFrom('push_subscriptions').selectAll().orderBy('id').execute(),
        handoffs: await t.database.db
          .selectFrom('handoffs')
          .select(['id', 'ciphertext'])
          .orderBy('id')
          .execute(),
        shares: (await t.database.db.selectFrom('shares').select('id').execute()).length,
        notes: (await t.database.db.selectFrom('clinician_notes').select('text').execute()).length,
      });
      const before = await snapshot();
      // Every place in every body with every poison that fits it: few enough to try them all.
      expect(cases.length).toBeGreaterThan(60);
      for (const { route, body, place, poison } of cases) {
        const [method, path] = route.split(' ') as ['POST' | 'DELETE' | 'PUT' | 'PATCH', string];
        // A hand-off id has its own form (22 base64url characters); a share's is any id.
        const url = path.startsWith('/api/handoffs/')
          ? path.replace('{id}', 'A'.repeat(22))
          : path.replace('{id}', 'share-1').replace('{patientId}', 'patient-1');
        const { json, field } = poisoned(body, place.path, poison);
        const answer = await app.inject({
          method,
          url,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          payload: json,
        });
        const label = `${route} ${JSON.stringify(json)}`;
        expect(answer.statusCode, label).toBe(400);
        const error = answer.json<ErrorAnswer>().error;
        expect(error.field, label).toBe(field);
        expectNamedFieldError(answer.statusCode, answer.json(), label);
      }
      expect(await snapshot()).toEqual(before);
    }, 120_000);
  },
);
