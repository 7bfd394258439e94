import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { LoginBackoff } from './auth.js';
import type { App } from './context.js';

describe('LoginBackoff', () => {
  it('lets five failures pass, then doubles the wait from one second', () => {
    const backoff = new LoginBackoff();
    for (let i = 0; i < 5; i++) backoff.failed('a@b.c', 0);
    expect(backoff.waitSeconds('a@b.c', 0)).toBe(0);
    backoff.failed('a@b.c', 0);
    expect(backoff.waitSeconds('a@b.c', 0)).toBe(1);
    backoff.failed('a@b.c', 0);
    expect(backoff.waitSeconds('a@b.c', 0)).toBe(2);
    backoff.failed('a@b.c', 0);
    expect(backoff.waitSeconds('a@b.c', 0)).toBe(4);
    expect(backoff.waitSeconds('a@b.c', 4000)).toBe(0);
    expect(backoff.waitSeconds('other@b.c', 0)).toBe(0);
    backoff.succeeded('a@b.c');
    expect(backoff.waitSeconds('a@b.c', 0)).toBe(0);
  });
});

describe('the log-in door', () => {
  let t: TestDatabase | undefined;
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.dispose();
  });

  const login = (a: App, password: string) =>
    a.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'door@example.org', password } });

  it('after repeated wrong passwords answers 429 with Retry-After, even to the right one', async () => {
    t = await openTestDatabase('sqlite');
    let clock = 1_000_000;
    app = await buildApp({ database: t.database, now: () => new Date(clock), authAttemptsPerMinute: 1000 });
    await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: 'door@example.org', password: 'password123' },
    });
    for (let i = 0; i < 6; i++) expect((await login(app, 'wrong-password')).statusCode).toBe(401);
    const locked = await login(app, 'password123');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('1');
    expect(locked.json()).toMatchObject({ error: { code: 'rate_limited', field: 'email' } });
    clock += 1500;
    expect((await login(app, 'password123')).statusCode).toBe(200);
  });

  it('limits attempts per client address per minute', async () => {
    t = await openTestDatabase('sqlite');
    app = await buildApp({ database: t.database, authAttemptsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(app, 'wrong-password')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
