import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { listPushSubscriptions } from '@crick/db';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushScheduler, serverVapidKeys } from './push.js';
import { ApiClient, startTestServer, type TestServer } from './test-support/harness.js';

/** A device as a browser's PushManager makes it: a P-256 key pair and a 16-byte auth secret (RFC 8291). */
function newDevice() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}
type Device = ReturnType<typeof newDevice>;

/** RFC 8291 section 3 and RFC 8188: the device's side of an aes128gcm Web Push message. */
function decrypt(body: Buffer, device: Device): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = device.ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.ecdh.getPublicKey(), serverKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, device.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(-16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()]);
  // One record, the last: the text, then the 0x02 delimiter, then any zero padding.
  const end = padded.lastIndexOf(2);
  expect(padded.subarray(end + 1).every((b) => b === 0)).toBe(true);
  return padded.subarray(0, end).toString('utf8');
}

/** RFC 8292: the `vapid t=JWT, k=KEY` header; checks the ES256 signature with the key and answers the claims. */
function checkVapid(header: string, publicKey: string): { aud: string; exp: number; sub: string } {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  expect(match, header).not.toBeNull();
  const [, jwt = '', k = ''] = match ?? [];
  expect(k).toBe(publicKey);
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'ES256' });
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(signed, 'the VAPID signature checks out against the server key').toBe(true);
  return JSON.parse(Buffer.from(claims, 'base64url').toString());
}

interface Delivery {
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

describe('Web Push to a local HTTPS push service', () => {
  let server: TestServer;
  let pushService: Server;
  let pushOrigin = '';
  let agent: Agent;
  const deliveries: Delivery[] = [];
  /** The API's clock: when a subscription is made. */
  let serverNow = new Date('2026-12-01T13:00:00Z');

  beforeAll(async () => {
    server = await startTestServer('sqlite', { now: () => serverNow });
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    agent = new Agent({ ca: pems.cert });
    // A push service: 201 for a device it knows, 410 for one that unsubscribed.
    pushService = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        deliveries.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(request.url?.startsWith('/gone') ? 410 : 201).end();
      });
    });
    await new Promise<void>((ok) => pushService.listen(0, '127.0.0.1', ok));
    pushOrigin = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await new Promise((ok) => pushService?.close(ok));
    await server?.close();
  });

  const subscribe = (client: ApiClient, device: Device, path: string, timeZone: string) =>
    client.call('POST', '/api/push/subscriptions', {
      endpoint: `${pushOrigin}${path}`,
      keys: {
        p256dh: device.ecdh.getPublicKey().toString('base64url'),
        auth: device.auth.toString('base64url'),
      },
      timeZone,
    });

  const schedulerAt = async (iso: string, serverId: string) =>
    new PushScheduler({
      database: server.database,
      keys: await serverVapidKeys(server.database),
      serverId,
      contact: 'mailto:operator@crick.example',
      now: () => new Date(iso),
      agent,
    });

  it("delivers a check-in reminder at the person's time in their zone, once across two servers, encrypted for the device and signed by the server", async () => {
    const client = new ApiClient(server.url);
    await client.signUp('push-person@example.org');
    const phone = newDevice();
    expect((await subscribe(client, phone, '/phone', 'America/New_York')).status).toBe(201);
    const settings = {
      id: '00000000-0000-4000-8000-00000000c0de',
      type: 'settings',
      updatedAt: '2026-12-01T07:00:00.000Z-0000-phone',
      deleted: false,
      data: { reminderTimes: ['08:30'], quietFrom: '22:00', quietUntil: '07:00' },
    };
    expect((await client.sync(null, [settings])).status).toBe(200);
    const { publicKey } = (await client.call('GET', '/api/push/key')).body as { publicKey: string };

    // 08:29 in New York: nothing due yet.
    expect(await (await schedulerAt('2026-12-01T13:29:00Z', 'server-a')).tick()).toEqual({
      sent: 0,
      removed: 0,
    });
    // 08:31: due; two servers look at once, and one sends it.
    const passes = await Promise.all([
      (await schedulerAt('2026-12-01T13:31:00Z', 'server-a')).tick(),
      (await schedulerAt('2026-12-01T13:31:00Z', 'server-b')).tick(),
    ]);
    expect(passes.map((p) => p.sent).sort()).toEqual([0, 1]);
    const toPhone = deliveries.filter((d) => d.path === '/phone');
    expect(toPhone).toHaveLength(1);
    const [delivery] = toPhone;
    if (!delivery) throw new Error('no delivery');

    expect(delivery.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(delivery.headers.ttl)).toBeGreaterThan(0);
    expect(JSON.parse(decrypt(delivery.body, phone))).toEqual({
      kind: 'check-in',
      title: 'Crick',
      body: 'Time for your Crick check-in',
      tag: 'crick-check-in',
    });
    const claims = checkVapid(String(delivery.headers.authorization), publicKey);
    expect(claims.aud).toBe(pushOrigin);
    expect(claims.sub).toBe('mailto:operator@crick.example');
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
    // Sent once: a later pass within the look-back finds it claimed.
    expect(await (await schedulerAt('2026-12-01T13:40:00Z', 'server-b')).tick()).toEqual({
      sent: 0,
      removed: 0,
    });
  });

  it('removes a subscription the push service answers 410 for', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('push-gone@example.org');
    expect((await subscribe(client, newDevice(), '/gone', 'UTC')).status).toBe(201);
    await client.sync(null, [
      {
        id: '00000000-0000-4000-8000-00000000901e',
        type: 'settings',
        updatedAt: '2026-12-01T07:00:00.000Z-0000-tab',
        deleted: false,
        data: { sessionTimes: ['09:00'] },
      },
    ]);
    const endpoints = async () => (await listPushSubscriptions(server.database.db)).map((s) => s.endpoint);
    expect(await endpoints()).toContain(`${pushOrigin}/gone`);
    expect(await (await schedulerAt('2026-12-02T09:01:00Z', 'server-a')).tick()).toMatchObject({
      removed: 1,
    });
    expect(deliveries.filter((d) => d.path === '/gone')).toHaveLength(1);
    expect(await endpoints()).not.toContain(`${pushOrigin}/gone`);
  });

  it('sends nothing that fell due before the device subscribed', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('push-late@example.org');
    await client.sync(null, [
      {
        id: '00000000-0000-4000-8000-0000000001a7',
        type: 'settings',
        updatedAt: '2026-12-01T07:00:00.000Z-0000-tab',
        deleted: false,
        data: { reminderTimes: ['12:00'] },
      },
    ]);
    // Subscribed at 12:05, five minutes after the check-in fell due: within the look-back, but before it asked.
    serverNow = new Date('2026-12-01T12:05:00Z');
    expect((await subscribe(client, newDevice(), '/late', 'UTC')).status).toBe(201);
    serverNow = new Date('2026-12-01T13:00:00Z');
    expect(await (await schedulerAt('2026-12-01T12:06:00Z', 'server-a')).tick()).toEqual({
      sent: 0,
      removed: 0,
    });
    expect(deliveries.filter((d) => d.path === '/late')).toEqual([]);
  });

  it('unsubscribes a device, and stops its reminders', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('push-leaves@example.org');
    expect((await subscribe(client, newDevice(), '/leaving', 'UTC')).status).toBe(201);
    const answer = await client.call('POST', '/api/push/unsubscribe', { endpoint: `${pushOrigin}/leaving` });
    expect(answer.status).toBe(204);
    expect((await listPushSubscriptions(server.database.db)).map((s) => s.endpoint)).not.toContain(
      `${pushOrigin}/leaving`,
    );
  });

  it('names the field when a subscription is not one', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('push-bad@example.org');
    const device = newDevice();
    const zone = await subscribe(client, device, '/zone', 'Mars/Olympus_Mons');
    expect(zone.status).toBe(400);
    expect(zone.body).toMatchObject({ error: { field: 'timeZone' } });
    const plain = await client.call('POST', '/api/push/subscriptions', {
      endpoint: 'http://push.example/x',
      keys: {
        p256dh: device.ecdh.getPublicKey().toString('base64url'),
        auth: device.auth.toString('base64url'),
      },
      timeZone: 'UTC',
    });
    expect(plain.status).toBe(400);
    expect(plain.body).toMatchObject({ error: { field: 'endpoint' } });
  });
});
