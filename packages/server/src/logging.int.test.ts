import { openTestDatabase } from '@crick/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from './app.js';

describe('the log', () => {
  it('holds method, path and status, but no password, token, email, cookie, share code, patient id or health data', async () => {
    const lines: string[] = [];
    let token = '';
    let cookie = '';
    let code = '';
    let patientId = '';
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
      // A clinician redeems the person's code, reads, notes and prescribes.
      const auth = (t: string) => ({ authorization: `Bearer ${t}` });
      const share = await app.inject({
        method: 'POST',
        url: '/api/shares',
        headers: auth(token),
        payload: {},
      });
      code = share.json<{ code: string }>().code;
      const clinician = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: {
          email: 'dr-private@clinic.example',
          password: 'hunter3-hunter3',
          role: 'clinician',
          name: 'Dr Hidden',
        },
      });
      const dr = clinician.json<{ token: string }>().token;
      patientId = (
        await app.inject({ method: 'POST', url: '/api/shares/redeem', headers: auth(dr), payload: { code } })
      ).json<{ patientId: string }>().patientId;
      await app.inject({
        method: 'PATCH',
        url: `/api/shares/${share.json<{ id: string }>().id}`,
        headers: auth(token),
        payload: { canAdjust: true },
      });
      const patient = `/api/clinician/patients/${patientId}`;
      const seen = await app.inject({ method: 'GET', url: `${patient}/records`, headers: auth(dr) });
      expect(seen.body).toContain('migraine-and-neck-secret');
      await app.inject({ method: 'GET', url: `${patient}/fhir`, headers: auth(dr) });
      await app.inject({
        method: 'PUT',
        url: `${patient}/note`,
        headers: auth(dr),
        payload: { text: 'note-secret' },
      });
      const rx = await app.inject({
        method: 'POST',
        url: `${patient}/prescriptions`,
        headers: auth(dr),
        payload: { exercises: [{ exerciseId: 'lying-chin-nod' }], note: 'prescription-secret' },
      });
      expect(rx.statusCode).toBe(201);
      await app.inject({ method: 'GET', url: '/api/me/access-log', headers: auth(token) });
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
    expect(log).toContain('"path":"/api/clinician/patients/:patientId/prescriptions"');
    expect(patientId).not.toBe('');
    for (const secret of [
      'hunter2',
      'private@example.org',
      'migraine-and-neck-secret',
      token,
      cookie,
      'wrong-wrong',
      code,
      code.replace('-', ''),
      patientId,
      'hunter3',
      'dr-private@clinic.example',
      'Dr Hidden',
      'note-secret',
      'prescription-secret',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
