import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, checkInRecord, startTestServer, type TestServer } from './test-support/harness.js';

describe('the API over HTTP (SQLite)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => server?.close());

  it('signs up with 201, a token and an HttpOnly SameSite=Lax cookie, and /api/me says who', async () => {
    const client = new ApiClient(server.url);
    const signedUp = await client.signUp('Ada@Example.org');
    expect(signedUp.status).toBe(201);
    expect(signedUp.body).toEqual({ token: expect.any(String) });
    const cookie = signedUp.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^crick_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await client.call('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: expect.any(String), email: 'ada@example.org', role: 'person', name: null });
  });

  it('refuses a second account for the same email with 409 naming the field', async () => {
    const answer = await new ApiClient(server.url).signUp('ada@example.org');
    expect(answer.status).toBe(409);
    expect(answer.body).toEqual({ error: { code: 'conflict', message: expect.any(String), field: 'email' } });
  });

  it('logs in with 200 and a token, and logs out with 204 after which the token is dead', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.logIn('ada@example.org', 'wrong password');
    expect(wrong.status).toBe(401);
    const answer = await client.logIn('ada@example.org');
    expect(answer.status).toBe(200);
    expect((await client.call('GET', '/api/me')).status).toBe(200);
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await client.call('GET', '/api/me')).status).toBe(401);
  });

  it('works with the cookie alone, from the same origin', async () => {
    const browser = new ApiClient(server.url, 'cookie');
    await browser.signUp('cookie@example.org');
    expect(browser.cookie).toBeDefined();
    const synced = await browser.sync(null, [checkInRecord(3)]);
    expect(synced.status).toBe(200);
    expect((await browser.call('GET', '/api/me')).body).toMatchObject({ email: 'cookie@example.org' });
  });

  it('refuses a cookie-carrying write from another origin, or with no Origin, but not a bearer script', async () => {
    const browser = new ApiClient(server.url, 'cookie');
    await browser.signUp('csrf@example.org');
    const headers = { cookie: browser.cookie ?? '', 'content-type': 'application/json' };
    const body = JSON.stringify({ cursor: null, changes: [] });
    const evil = await fetch(`${server.url}/api/sync`, {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.example' },
      body,
    });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ error: { code: 'forbidden', field: 'Origin' } });
    const bare = await fetch(`${server.url}/api/sync`, { method: 'POST', headers, body });
    expect(bare.status).toBe(403);
    const script = new ApiClient(server.url);
    await script.signUp('script@example.org');
    expect((await script.sync(null, [])).status).toBe(200);
  });

  it('answers a form post or text body with 415 before anything else', async () => {
    const script = new ApiClient(server.url);
    await script.signUp('forms@example.org');
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await fetch(`${server.url}/api/sync`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${script.token}` },
        body: 'cursor=&changes=',
      });
      expect(answer.status, type).toBe(415);
      expect(await answer.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
  });

  it('sends a strict CSP and the other security headers, and no-store on the API', async () => {
    const answer = await fetch(`${server.url}/health`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(answer.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    const me = await fetch(`${server.url}/api/me`);
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('syncs between two devices of one person, and names the field of a bad record', async () => {
    const phone = new ApiClient(server.url);
    await phone.signUp('devices@example.org');
    const laptop = new ApiClient(server.url);
    await laptop.logIn('devices@example.org');
    const good = checkInRecord(6);
    const bad = { ...checkInRecord(2), data: { date: '2026-11-22', pain: 11 } };
    const pushed = await phone.sync(null, [good, bad]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.rejected).toEqual([
      { id: bad.id, field: 'changes[1].data.pain', reason: expect.stringContaining('data.pain') },
    ]);
    const pulled = await laptop.sync(null, []);
    expect(pulled.body.changes).toEqual([good]);
    expect(typeof pulled.body.cursor).toBe('string');
    const again = await laptop.sync(pulled.body.cursor, []);
    expect(again.body.changes).toEqual([]);
  });

  it('refuses more than 1000 changes with 413 and a bad cursor with 400, both naming the field', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('limits@example.org');
    const many = await client.sync(
      null,
      Array.from({ length: 1001 }, () => ({})),
    );
    expect(many.status).toBe(413);
    expect(many.body).toMatchObject({ error: { code: 'payload_too_large', field: 'changes' } });
    const cursor = await client.call('POST', '/api/sync', { cursor: 'abc', changes: [] });
    expect(cursor.status).toBe(400);
    expect(cursor.body).toMatchObject({ error: { code: 'invalid_input', field: 'cursor' } });
    const huge = await client.call('POST', '/api/sync', {
      cursor: null,
      changes: [],
      pad: 'x'.repeat(5_000_000),
    });
    expect(huge.status).toBe(413);
  });

  it('exports the records as JSON and as a FHIR R4 Bundle, then deletes everything on DELETE /api/me', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('export@example.org');
    const pain = checkInRecord(7, { data: { date: '2026-11-20', pain: 7, at: '2026-11-20T08:00:00.000Z' } });
    await client.sync(null, [pain]);
    const json = await client.call('GET', '/api/export');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ person: { email: 'export@example.org' }, records: [pain] });
    const fhir = await client.call('GET', '/api/export/fhir');
    expect(fhir.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const bundle = fhir.body as { resourceType: string; entry: { resource: Record<string, unknown> }[] };
    expect(bundle.resourceType).toBe('Bundle');
    const observation = bundle.entry.find((e) => e.resource.resourceType === 'Observation')?.resource;
    expect(observation).toMatchObject({
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      valueInteger: 7,
      effectiveDateTime: '2026-11-20T08:00:00.000Z',
    });
    expect((await client.call('DELETE', '/api/me')).status).toBe(204);
    expect((await client.call('GET', '/api/me')).status).toBe(401);
    expect((await new ApiClient(server.url).logIn('export@example.org')).status).toBe(401);
  });

  it('serves an OpenAPI document built from the route schemas', async () => {
    const answer = await new ApiClient(server.url).call('GET', '/openapi.json');
    const doc = answer.body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/signup',
        '/api/auth/login',
        '/api/sync',
        '/api/me',
        '/api/export/fhir',
      ]),
    );
  });

  it('answers unknown API paths with a JSON 404 and never a stack trace', async () => {
    const answer = await new ApiClient(server.url).call('GET', '/api/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const badJson = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "a@b.c", "password": ',
    });
    expect(badJson.status).toBe(400);
    const text = await badJson.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'invalid_input', field: 'body' } });
  });
});
