import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';

describe('behind TLS', () => {
  let t: TestDatabase;
  let app: App;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    app = await buildApp({ database: t.database, tls: true, publicOrigin: 'https://crick.example.org' });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('marks the session cookie Secure and sends HSTS', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'tls@example.org', password: 'password123' },
    });
    expect(answer.statusCode).toBe(201);
    expect(String(answer.headers['set-cookie'])).toMatch(/; Secure/);
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('accepts the public https origin and this host over https, and nothing else', async () => {
    const cookie = String(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'tls@example.org', password: 'password123' },
        })
      ).headers['set-cookie'],
    ).split(';')[0];
    const sync = (origin: string) =>
      app.inject({
        method: 'POST',
        url: '/api/sync',
        headers: { cookie: cookie ?? '', origin, host: 'crick.internal:8080' },
        payload: { cursor: null, changes: [] },
      });
    expect((await sync('https://crick.example.org')).statusCode).toBe(200);
    expect((await sync('https://crick.internal:8080')).statusCode).toBe(200);
    expect((await sync('http://crick.example.org')).statusCode).toBe(403);
    expect((await sync('https://evil.example')).statusCode).toBe(403);
  });
});
