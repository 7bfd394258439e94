import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema, validate } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, checkInRecord, startTestServer, type TestServer } from './test-support/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite');
});
afterAll(async () => server?.close());

describe("the server's JSON export", () => {
  it("is the app's export format: the same format and version, valid against `crick schema export`", async () => {
    const client = new ApiClient(server.url);
    await client.signUp('export-format@example.org');
    const pushed = checkInRecord(5);
    expect((await client.sync(null, [pushed])).status).toBe(200);
    const answer = await client.call('GET', '/api/export');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      person: { email: 'export-format@example.org' },
      records: [{ id: pushed.id, data: pushed.data }],
    });
    expect(validate(ExportFileSchema, answer.body)).toEqual({ ok: true, value: answer.body });
  });
});
