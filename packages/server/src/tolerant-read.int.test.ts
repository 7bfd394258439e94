import { MAX_RECORD_DATA_LENGTH, type SyncRecord } from '@crick/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, checkInRecord, startTestServer, type TestServer } from './test-support/harness.js';

// Tolerant read (core schemas/tolerant.ts): a field a newer Crick adds to a record's data is stored and handed back.
describe.each(['sqlite', 'postgres'] as const)(
  'records from a newer Crick, through the server (%s)',
  (kind) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind);
    });
    afterAll(async () => server?.close());

    async function twoDevices(email: string) {
      const newer = new ApiClient(server.url);
      await newer.signUp(email);
      const older = new ApiClient(server.url);
      await older.logIn(email);
      return { newer, older };
    }

    it('hands another device the fields it does not know in a pull and in the export, as the newer device pushed them', async () => {
      const { newer, older } = await twoDevices(`newer-${kind}@example.org`);
      const settings = checkInRecord(0, {
        type: 'settings',
        data: { voice: false, focusMode: { on: true, minutes: 25 } },
      } as Partial<SyncRecord>);
      const checkIn = checkInRecord(5, {
        data: { date: '2026-11-22', pain: 5, mood: 'tired' },
      } as Partial<SyncRecord>);
      const pushed = await newer.sync(null, [settings, checkIn]);
      expect(pushed.body.rejected).toEqual([]);
      const pulled = await older.sync(null, []);
      expect(pulled.body.changes).toEqual(expect.arrayContaining([settings, checkIn]));
      expect(pulled.body.changes).toHaveLength(2);
      const exported = await older.call('GET', '/api/export');
      expect((exported.body as { records: SyncRecord[] }).records).toEqual(
        expect.arrayContaining([settings, checkIn]),
      );
    });

    it('still rejects a known field of the wrong type beside them, and a record past the size limit, naming each', async () => {
      const { newer } = await twoDevices(`bad-${kind}@example.org`);
      const wrong = checkInRecord(5, { data: { date: '2026-11-22', pain: 'five', mood: 'tired' } } as never);
      const huge = checkInRecord(5, {
        data: { date: '2026-11-22', pain: 5, later: 'x'.repeat(MAX_RECORD_DATA_LENGTH) },
      } as Partial<SyncRecord>);
      const pushed = await newer.sync(null, [wrong, huge]);
      expect(pushed.body.rejected).toEqual([
        { id: wrong.id, field: 'changes[0].data.pain', reason: expect.stringContaining('data.pain') },
        {
          id: huge.id,
          field: 'changes[1].data',
          reason: expect.stringContaining(`at most ${MAX_RECORD_DATA_LENGTH}`),
        },
      ]);
      expect(pushed.body.changes).toEqual([]);
    });
  },
);
