import { connect } from 'node:net';
import { deleteUser, type RecordStore } from '@crick/db';
import { openTestDatabase } from '@crick/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';
import { checkInRecord } from './test-support/harness.js';

const open: { app: App; dispose(): Promise<void> }[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) {
    await t.app.close();
    await t.dispose();
  }
});

/** The app on a fresh database; `wrapRecords` may put something in front of its record store. */
async function appOn(kind: 'sqlite' | 'postgres', wrapRecords?: (store: RecordStore) => RecordStore) {
  const t = await openTestDatabase(kind);
  const database = wrapRecords ? { ...t.database, records: wrapRecords(t.database.records) } : t.database;
  const app = await buildApp({ database, authAttemptsPerMinute: 1_000_000 });
  open.push({ app, dispose: t.dispose });
  return { app, t };
}

const signUp = async (app: App, email: string) =>
  app.inject({ method: 'POST', url: '/api/auth/signup', payload: { email, password: 'password123' } });

describe.each(['sqlite', 'postgres'] as const)('input the server must refuse the same way (%s)', (kind) => {
  it('a NUL character in the sign-up email gets 400 naming "email", and makes no account', async () => {
    const { app, t } = await appOn(kind);
    const answer = await signUp(app, 'a\u0000b@x.org');
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toEqual({
      error: {
        code: 'invalid_input',
        field: 'email',
        message: expect.stringContaining('"email" holds a NUL'),
      },
    });
    expect(await t.database.db.selectFrom('users').selectAll().execute()).toEqual([]);
  });

  it('a lone surrogate in a record gets 400 naming the field, and stores nothing', async () => {
    const { app, t } = await appOn(kind);
    const { token } = (await signUp(app, 'lone@example.org')).json<{ token: string }>();
    const record = checkInRecord(3, { data: { date: '2026-11-22', pain: 3, note: 'ouch \ud800' } } as never);
    const answer = await app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: { cursor: null, changes: [record] },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ field: 'changes[0].data.note' });
    expect(await t.database.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });

  it('a "__proto__" key gets a message naming the key, not "not valid JSON"', async () => {
    const { app } = await appOn(kind);
    const answer = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"p@example.org","password":"password123","__proto__":{"role":"admin"}}',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toEqual({
      error: {
        code: 'invalid_input',
        field: '__proto__',
        message: '"__proto__": the key "__proto__" is not accepted',
      },
    });
  });

  it('a clock that is not a real instant, or lies far ahead, is refused with a reason and beats nothing', async () => {
    const { app, t } = await appOn(kind);
    const { token } = (await signUp(app, 'clock@example.org')).json<{ token: string }>();
    const push = (changes: unknown[]) =>
      app.inject({
        method: 'POST',
        url: '/api/sync',
        headers: { authorization: `Bearer ${token}` },
        payload: { cursor: null, changes },
      });
    const edit = checkInRecord(5, { updatedAt: '2026-11-22T08:30:00.000Z-0001-phone' });
    expect((await push([edit])).statusCode).toBe(200);
    const impossible = {
      ...edit,
      updatedAt: '2026-99-99T00:00:00.000Z-0000-phone',
      data: { date: '2026-11-22', pain: 9 },
    };
    const ahead = {
      ...edit,
      updatedAt: '2099-01-01T00:00:00.000Z-0000-phone',
      data: { date: '2026-11-22', pain: 9 },
    };
    const answer = await push([impossible, ahead]);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().rejected).toEqual([
      { id: edit.id, field: 'changes[0].updatedAt', reason: '"updatedAt" names a time that does not exist' },
      {
        id: edit.id,
        field: 'changes[1].updatedAt',
        reason: '"updatedAt" lies more than a day in the future',
      },
    ]);
    const stored = await t.database.db.selectFrom('records').select(['updated_at', 'data']).execute();
    expect(stored).toEqual([{ updated_at: edit.updatedAt, data: JSON.stringify(edit.data) }]);
  });

  it('a push whose account is deleted after its session was checked gets 401, not 500', async () => {
    // The race made certain: the account goes between the session check and the store.
    let victim = '';
    const { app, t } = await appOn(kind, (store) => ({
      ...store,
      sync: async (userId, cursor, changes) => {
        await deleteUser(t.database.db, victim);
        return store.sync(userId, cursor, changes);
      },
      close: () => store.close(),
    }));
    const { token } = (await signUp(app, 'gone@example.org')).json<{ token: string }>();
    victim = (await t.database.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id;
    const answer = await app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: { cursor: null, changes: [checkInRecord(2)] },
    });
    expect(answer.statusCode).toBe(401);
    expect(answer.json().error.code).toBe('unauthenticated');
    expect(await t.database.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });
});

/**
 * Sends raw HTTP/1.1 on one socket: `first`, then, once the server has
 * answered "100 Continue" (it holds the request), what `then` gives.
 * Resolves with everything the server sent back until it closed.
 */
function rawExchange(port: number, first: string, then: () => Promise<string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let continued = false;
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (!continued && received.includes('100 Continue')) {
        continued = true;
        then().then((rest) => socket.write(rest), reject);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(first);
  });
}

describe('shutting down', () => {
  it('answers a request that arrives while closing with 503 in the API error format', async () => {
    const { app } = await appOn('sqlite');
    open.length = 0; // closed by the test itself
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const body = JSON.stringify({ email: 'x@example.org', password: 'wrong password' });
    let closed: Promise<void> | undefined;
    const received = await rawExchange(
      port,
      // The first request stays in flight (its body not sent yet), so the close waits for it.
      `POST /api/auth/login HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
      async () => {
        closed = app.close();
        while (app.server.listening) await new Promise((resolve) => setImmediate(resolve));
        // The first body, and a second request pipelined behind it.
        return `${body}GET /health HTTP/1.1\r\nHost: a\r\n\r\n`;
      },
    );
    await closed;
    const answers = received.split(/(?=HTTP\/1\.1 )/);
    expect(answers.map((a) => a.slice(0, 12))).toEqual(['HTTP/1.1 100', 'HTTP/1.1 401', 'HTTP/1.1 503']);
    const json = answers[2]?.slice((answers[2]?.indexOf('\r\n\r\n') ?? 0) + 4) ?? '';
    expect(JSON.parse(json)).toEqual({
      error: { code: 'unavailable', message: 'The server is shutting down: try again shortly' },
    });
  });
});
