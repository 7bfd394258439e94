import { validateRecord } from '@crick/core';
import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';
import { credentialsBodyArb, payloadOf, syncBodyArb } from './test-support/arbitraries.js';

interface ErrorAnswer {
  error: { code: string; message: string; field?: string };
}

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

  const count = async (table: 'users' | 'records') =>
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
    app = await buildApp({ database: t.database, authAttemptsPerMinute: 1_000_000 });
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
          numRuns: 700,
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
          return checked.ok ? [checked.value.id] : [];
        });
        expect(after, payload).toEqual(new Set([...before, ...validIds]));
        expect(body.rejected.length, payload).toBeGreaterThanOrEqual(changes.length - validIds.length);
      }),
      { numRuns: 1500 },
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
});
