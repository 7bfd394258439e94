import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HANDOFF_CIPHERTEXT } from './api-schemas.js';
import { ApiClient, startTestServer, type TestServer } from './test-support/harness.js';

const DAY = 86_400_000;
const body = (ciphertext = 'Q2lwaGVydGV4dC1vZi1hLXJlcG9ydA') => ({ ciphertext, iv: 'aXYtb2YtMTItYnl0' });

describe.each(['sqlite', 'pglite'] as const)('GP hand-offs over HTTP (%s)', (kind) => {
  let server: TestServer;
  // The server's clock, moved by the tests: expiry without waiting.
  let clock = Date.parse('2026-12-01T10:00:00.000Z');
  beforeAll(async () => {
    server = await startTestServer(kind, {
      now: () => new Date(clock),
      handoffsPerHour: 5,
      trustProxy: true,
    });
  }, 60_000);
  afterAll(async () => server?.close());

  /** Each test stores from its own address, so the per-address limit is its own. */
  let address = 0;
  const fromNewAddress = () => {
    address += 1;
    return { 'x-forwarded-for': `203.0.113.${address}` };
  };
  const create = (client: ApiClient, payload: unknown = body(), headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/handoffs`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(payload),
    });
  const open = (id: string) => new ApiClient(server.url).call('GET', `/api/handoffs/${id}`);
  const withdraw = (id: string, token?: string, client = new ApiClient(server.url)) =>
    fetch(`${server.url}/api/handoffs/${id}`, {
      method: 'DELETE',
      headers: {
        ...(token ? { 'crick-withdraw-token': token } : {}),
        ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
      },
    });

  it('stores ciphertext from anyone, opens it for 14 days, and refuses it from then on', async () => {
    const made = await create(new ApiClient(server.url));
    expect(made.status).toBe(201);
    const { id, withdrawToken, expiresAt } = (await made.json()) as Record<string, string>;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(withdrawToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt ?? '') - clock).toBe(14 * DAY);
    const opened = await open(id ?? '');
    expect(opened.status).toBe(200);
    expect(opened.body).toEqual({ ...body(), expiresAt });
    expect(opened.headers.get('cache-control')).toBe('no-store');
    const started = clock;
    try {
      clock = started + 14 * DAY;
      const expired = await open(id ?? '');
      expect(expired.status).toBe(410);
      expect(expired.body).toMatchObject({ error: { code: 'handoff_expired' } });
    } finally {
      clock = started;
    }
  });

  it('is withdrawn with the device token at once, and the link then says so', async () => {
    const made = (await (await create(new ApiClient(server.url))).json()) as Record<string, string>;
    const id = made.id ?? '';
    expect((await withdraw(id)).status).toBe(401);
    expect((await withdraw(id, 'x'.repeat(43))).status).toBe(404);
    expect((await open(id)).status).toBe(200);
    expect((await withdraw(id, made.withdrawToken)).status).toBe(204);
    const gone = await open(id);
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ error: { code: 'handoff_withdrawn' } });
    expect((await withdraw(id, made.withdrawToken)).status).toBe(404);
  });

  it("ties a signed-in person's hand-offs to the account: listed, withdrawn without a token, gone with DELETE /api/me", async () => {
    const person = new ApiClient(server.url);
    await person.signUp(`handoff-${kind}@example.org`);
    const first = (await (await create(person)).json()) as Record<string, string>;
    const second = (await (await create(person)).json()) as Record<string, string>;
    const anonymous = (await (await create(new ApiClient(server.url))).json()) as Record<string, string>;
    const listed = await person.call('GET', '/api/handoffs');
    expect(listed.status).toBe(200);
    expect((listed.body as { id: string }[]).map((h) => h.id).sort()).toEqual([first.id, second.id].sort());
    expect((await withdraw(first.id ?? '', undefined, person)).status).toBe(204);
    expect((await open(first.id ?? '')).status).toBe(410);
    expect(((await person.call('GET', '/api/handoffs')).body as { id: string }[]).map((h) => h.id)).toEqual([
      second.id,
    ]);
    expect((await person.call('DELETE', '/api/me')).status).toBe(204);
    expect((await open(second.id ?? '')).status).toBe(404);
    expect((await open(anonymous.id ?? '')).status).toBe(200);
  });

  it('refuses a body too large, and names the field of a bad one', async () => {
    const client = new ApiClient(server.url);
    const huge = await create(client, body('A'.repeat(MAX_HANDOFF_CIPHERTEXT + 2048)), fromNewAddress());
    expect(huge.status).toBe(413);
    const tooLong = await create(client, body('A'.repeat(MAX_HANDOFF_CIPHERTEXT + 1)), fromNewAddress());
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ error: { field: 'ciphertext' } });
    const badIv = await create(client, { ciphertext: 'A'.repeat(40), iv: 'short' }, fromNewAddress());
    expect(badIv.status).toBe(400);
    expect(await badIv.json()).toMatchObject({ error: { code: 'invalid_input', field: 'iv' } });
    const notBase64 = await create(client, body('not base64 at all, with spaces'), fromNewAddress());
    expect(await notBase64.json()).toMatchObject({ error: { field: 'ciphertext' } });
    expect((await open('not-an-id')).body).toMatchObject({ error: { field: 'id' } });
  });
});

describe('the per-address limit on storing hand-offs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { handoffsPerHour: 3 });
  });
  afterAll(async () => server?.close());

  it('refuses the fourth in an hour from one address with 429, and stores nothing for it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${server.url}/api/handoffs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body()),
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    const rows = await server.database.db.selectFrom('handoffs').select('id').execute();
    expect(rows).toHaveLength(3);
  });
});
