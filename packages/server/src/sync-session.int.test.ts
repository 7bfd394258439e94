import type { CrickDatabase } from '@crick/db';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, checkInRecord, startTestServer, type TestServer } from './test-support/harness.js';
import { type RunningServer, startTwoServers } from './test-support/two-servers.js';

/** How many records the database holds for the account with this email. */
async function storedFor(database: CrickDatabase, email: string): Promise<number> {
  const rows = await database.db
    .selectFrom('records')
    .innerJoin('users', 'users.id', 'records.user_id')
    .select('records.id')
    .where('users.email', '=', email)
    .execute();
  return rows.length;
}

// On PostgreSQL and PGlite a push checks its session in the statement that
// stores it; on SQLite the route looks the session up first. Each way, a
// session that has ended stores nothing.
describe.each(['sqlite', 'pglite', 'postgres'] as const)('a push with an ended session (%s)', (kind) => {
  let server: TestServer;
  // The server's clock: each test starts it at the real time (the records' clocks must not lie ahead of it).
  let clock = Date.now();
  beforeAll(async () => {
    server = await startTestServer(kind, { now: () => new Date(clock) });
  }, 120_000);
  afterAll(async () => server?.close());
  beforeEach(() => {
    clock = Date.now();
  });

  it('is refused with 401 after log-out, and stores nothing', async () => {
    const phone = new ApiClient(server.url);
    await phone.signUp('logged-out@example.org');
    expect((await phone.sync(null, [checkInRecord(3)])).status).toBe(200);
    expect((await phone.call('POST', '/api/auth/logout')).status).toBe(204);

    const late = await phone.sync(null, [checkInRecord(4), checkInRecord(5)]);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await storedFor(server.database, 'logged-out@example.org')).toBe(1);
  });

  it('is refused with 401 once the session has expired, and stores nothing', async () => {
    const phone = new ApiClient(server.url);
    await phone.signUp('expired@example.org');
    clock += 31 * 86_400_000; // Past the session's 30 days.
    expect((await phone.sync(null, [checkInRecord(4)])).status).toBe(401);
    expect(await storedFor(server.database, 'expired@example.org')).toBe(0);
  });

  it('gets 401 for an unknown token, before the size of its push is looked at', async () => {
    const allRecords = () => server.database.db.selectFrom('records').select('id').execute();
    const before = await allRecords();
    const stranger = new ApiClient(server.url);
    stranger.token = 'a'.repeat(43);
    const few = await stranger.sync(null, [checkInRecord(1)]);
    const many = await stranger.sync(
      null,
      Array.from({ length: 1001 }, (_, i) => checkInRecord(i % 11)),
    );
    expect([few.status, many.status]).toEqual([401, 401]);
    expect(await allRecords()).toEqual(before);
  });
});

/** Two servers, each with its own connections, on one PostgreSQL database: as behind a load balancer. */
describe('a push to one server after the session ended on the other (PostgreSQL)', () => {
  let servers: RunningServer[] = [];
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    servers = [];
  });

  async function startTwo(): Promise<[string, string]> {
    const two = await startTwoServers({ authAttemptsPerMinute: 1000 });
    servers = two.servers;
    stop = two.stop;
    return [two.servers[0].url, two.servers[1].url];
  }

  it('is refused at once after a log-out on the other server, and stores nothing', async () => {
    const [a, b] = await startTwo();
    const onA = new ApiClient(a);
    await onA.signUp('two-servers@example.org');
    const onB = new ApiClient(b);
    onB.token = onA.token;
    expect((await onB.sync(null, [checkInRecord(2)])).status).toBe(200);
    expect((await onA.call('POST', '/api/auth/logout')).status).toBe(204);

    expect((await onB.sync(null, [checkInRecord(3)])).status).toBe(401);
    expect(await storedFor(servers[0]?.database as CrickDatabase, 'two-servers@example.org')).toBe(1);
  });

  it('is refused at once after the account is deleted on the other server, and stores nothing', async () => {
    const [a, b] = await startTwo();
    const onA = new ApiClient(a);
    await onA.signUp('deleted@example.org');
    const onB = new ApiClient(b);
    onB.token = onA.token;
    expect((await onB.sync(null, [checkInRecord(2)])).status).toBe(200);
    expect((await onA.call('DELETE', '/api/me')).status).toBe(204);

    expect((await onB.sync(null, [checkInRecord(3)])).status).toBe(401);
    expect(await servers[0]?.database.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });
});
