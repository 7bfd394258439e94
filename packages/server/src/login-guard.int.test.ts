import { openTestDatabase, type TestDatabase } from '@crick/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import type { App } from './context.js';
import { backoffMs, LoginBackoff } from './login-guard.js';
import { type RunningServer, startTwoServers } from './test-support/two-servers.js';

describe('the back-off policy', () => {
  it('lets five failures pass, then doubles the wait from one second, up to fifteen minutes', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n))).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(40)).toBe(15 * 60 * 1000);
  });
});

describe('LoginBackoff', () => {
  let t: TestDatabase | undefined;
  afterEach(async () => t?.dispose());

  it('keeps each email apart, waits out its lock, and forgets it on a success', async () => {
    t = await openTestDatabase('sqlite');
    const backoff = new LoginBackoff(t.database);
    const at = (ms: number) => new Date(1_000_000 + ms);
    for (let i = 0; i < 5; i++) await backoff.failed('a@b.c', at(0));
    expect(await backoff.waitSeconds('a@b.c', at(0))).toBe(0);
    await backoff.failed('a@b.c', at(0));
    expect(await backoff.waitSeconds('a@b.c', at(0))).toBe(1);
    await backoff.failed('a@b.c', at(0));
    expect(await backoff.waitSeconds('a@b.c', at(0))).toBe(2);
    await backoff.failed('a@b.c', at(0));
    expect(await backoff.waitSeconds('a@b.c', at(0))).toBe(4);
    expect(await backoff.waitSeconds('a@b.c', at(4000))).toBe(0);
    expect(await backoff.waitSeconds('other@b.c', at(0))).toBe(0);
    await backoff.succeeded('a@b.c');
    expect(await backoff.waitSeconds('a@b.c', at(0))).toBe(0);
  });

  it('stores neither the email nor anything that reads as one', async () => {
    t = await openTestDatabase('sqlite');
    await new LoginBackoff(t.database).failed('secret@b.c', new Date());
    const rows = await t.database.db.selectFrom('login_failures').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('secret');
  });
});

const login = (url: string, password: string) =>
  fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'door@example.org', password }),
  });

const signUp = (url: string) =>
  fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'door@example.org', password: 'password123' }),
  });

describe('the log-in door', () => {
  let t: TestDatabase | undefined;
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('after repeated wrong passwords answers 429 with Retry-After, even to the right one', async () => {
    t = await openTestDatabase('sqlite');
    let clock = 1_000_000;
    app = await buildApp({ database: t.database, now: () => new Date(clock), authAttemptsPerMinute: 1000 });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    expect((await signUp(url)).status).toBe(201);
    for (let i = 0; i < 6; i++) expect((await login(url, 'wrong-password')).status).toBe(401);
    const locked = await login(url, 'password123');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('1');
    expect(await locked.json()).toMatchObject({ error: { code: 'rate_limited', field: 'email' } });
    clock += 1500;
    expect((await login(url, 'password123')).status).toBe(200);
  });

  it('limits attempts per client address per minute', async () => {
    t = await openTestDatabase('sqlite');
    let clock = 1_000_000;
    app = await buildApp({ database: t.database, now: () => new Date(clock), authAttemptsPerMinute: 3 });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(url, 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    clock += 60_000;
    expect((await login(url, 'wrong-password')).status).toBe(401);
  });
});

/** Two servers, each with its own connections, on one PostgreSQL database: as behind a load balancer. */
describe('the log-in door of two servers on one PostgreSQL', () => {
  let _servers: RunningServer[] = [];
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    _servers = [];
  });

  async function startTwo(options: { now: () => Date; authAttemptsPerMinute: number }) {
    const two = await startTwoServers(options);
    _servers = two.servers;
    stop = two.stop;
    return [two.servers[0].url, two.servers[1].url] as [string, string];
  }

  it('holds the per-address limit across both: tries spread over them count together', async () => {
    const [a, b] = await startTwo({ now: () => new Date(1_000_000), authAttemptsPerMinute: 4 });
    const statuses: number[] = [];
    for (const url of [a, b, a, b, a, b]) statuses.push((await login(url, 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('holds the back-off across both: failures on one lock the email on the other', async () => {
    let clock = 1_000_000;
    const [a, b] = await startTwo({ now: () => new Date(clock), authAttemptsPerMinute: 1000 });
    expect((await signUp(a)).status).toBe(201);
    for (const url of [a, b, a, b, a, b]) expect((await login(url, 'wrong-password')).status).toBe(401);
    const locked = await login(a, 'password123');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('1');
    clock += 1500;
    expect((await login(b, 'password123')).status).toBe(200);
    // The success on one server clears the count for both.
    for (let i = 0; i < 5; i++) expect((await login(a, 'wrong-password')).status).toBe(401);
    expect((await login(a, 'password123')).status).toBe(200);
  });

  it('lets a session begun on one server in on the other, and ends it on both at log-out', async () => {
    const [a, b] = await startTwo({ now: () => new Date(), authAttemptsPerMinute: 1000 });
    const { token } = (await (await signUp(a)).json()) as { token: string };
    const me = (url: string) => fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me(b)).status).toBe(200);
    const out = await fetch(`${a}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
    expect((await me(b)).status).toBe(401);
    expect((await me(a)).status).toBe(401);
  });
});
