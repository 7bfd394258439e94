import { openTestDatabase } from '@crick/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from './app.js';

describe('the log', () => {
  it('holds method, path and status, but no password, token, email, cookie or health data', async () => {
    const lines: string[] = [];
    let token = '';
    let cookie = '';
    const t = await openTestDatabase('sqlite');
    const app = await buildApp({
      database: t.database,
      logger: loggerOptions('trace', { write: (l) => lines.push(l) }),
    });
    try {
      const signup = await app.inject({
        method: 'POST',
        url: '/api/auth/signup?email=private@example.org',
        payload: { email: 'private@example.org', password: 'hunter2-hunter2' },
      });
      token = signup.json<{ token: string }>().token;
      cookie = String(signup.headers['set-cookie']).split(';')[0] ?? '';
      await app.inject({
        method: 'POST',
        url: '/api/sync',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          cursor: null,
          changes: [
            {
              id: '40000000-0000-4000-8000-000000000001',
              type: 'checkIn',
              updatedAt: '2026-11-22T08:30:00.000Z-0000-phone',
              deleted: false,
              data: { date: '2026-11-22', pain: 9, note: 'migraine-and-neck-secret' },
            },
          ],
        },
      });
      await app.inject({ method: 'GET', url: '/api/export', headers: { authorization: `Bearer ${token}` } });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'private@example.org', password: 'wrong-wrong' },
      });
    } finally {
      await app.close();
      await t.dispose();
    }
    const log = lines.join('');
    expect(log).toContain('"path":"/api/sync"');
    expect(log).toContain('"statusCode":200');
    for (const secret of [
      'hunter2',
      'private@example.org',
      'migraine-and-neck-secret',
      token,
      cookie,
      'wrong-wrong',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
