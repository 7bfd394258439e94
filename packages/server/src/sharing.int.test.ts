import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  ApiClient,
  checkInRecord,
  startTestServer,
  type TestServer,
} from './test-support/harness.js';

interface NewShare {
  id: string;
  code: string;
  expiresAt: string;
}
const errorCode = (answer: Answer) => (answer.body as { error?: { code: string } }).error?.code;
const fieldOf = (answer: Answer) => (answer.body as { error?: { field?: string } }).error?.field;

describe.each(['sqlite', 'postgres'] as const)('sharing with a clinician over HTTP (%s)', (kind) => {
  let server: TestServer;
  let n = 0;
  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 60_000);
  afterAll(async () => server?.close());

  /** A person with a check-in, and a signed-up clinician. */
  async function pair() {
    n += 1;
    const person = new ApiClient(server.url);
    expect((await person.signUp(`person-${n}@example.org`)).status).toBe(201);
    const pushed = await person.sync(null, [checkInRecord(7)]);
    expect(pushed.status).toBe(200);
    const clinician = new ApiClient(server.url);
    const signup = await clinician.call('POST', '/api/auth/signup', {
      email: `dr-${n}@clinic.example`,
      password: 'correct horse battery',
      role: 'clinician',
      name: `Dr Ada ${n}`,
    });
    expect(signup.status).toBe(201);
    clinician.token = (signup.body as { token: string }).token;
    const personId = ((await person.call('GET', '/api/me')).body as { id: string }).id;
    return { person, clinician, personId, cursor: pushed.body.cursor };
  }

  async function shared() {
    const cast = await pair();
    const share = (await cast.person.call('POST', '/api/shares', {})).body as NewShare;
    const redeemed = await cast.clinician.call('POST', '/api/shares/redeem', { code: share.code });
    expect(redeemed.status).toBe(200);
    return { ...cast, share };
  }

  it('signs up a clinician with a name, and refuses one without, naming "name"', async () => {
    const { clinician, person } = await pair();
    expect((await clinician.call('GET', '/api/me')).body).toMatchObject({
      role: 'clinician',
      name: `Dr Ada ${n}`,
    });
    expect((await person.call('GET', '/api/me')).body).toMatchObject({ role: 'person', name: null });
    const nameless = await new ApiClient(server.url).call('POST', '/api/auth/signup', {
      email: `nameless-${n}@clinic.example`,
      password: 'correct horse battery',
      role: 'clinician',
      name: '   ',
    });
    expect([nameless.status, errorCode(nameless), fieldOf(nameless)]).toEqual([400, 'invalid_input', 'name']);
    const admin = await new ApiClient(server.url).call('POST', '/api/auth/signup', {
      email: `admin-${n}@clinic.example`,
      password: 'correct horse battery',
      role: 'admin',
    });
    expect([admin.status, fieldOf(admin)]).toEqual([400, 'role']);
  });

  it('makes a readable code that expires in 7 days, and lists the share as pending, then active', async () => {
    const { person, clinician, personId } = await pair();
    const created = await person.call('POST', '/api/shares', {});
    expect(created.status).toBe(201);
    const share = created.body as NewShare;
    expect(share.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const listed = (await person.call('GET', '/api/shares')).body as { status: string; expiresAt: string }[];
    expect(listed).toEqual([
      expect.objectContaining({ id: share.id, status: 'pending', clinician: null, since: null }),
    ]);
    expect(Date.parse(share.expiresAt) - Date.now()).toBeGreaterThan(6.99 * 86_400_000);
    expect(Date.parse(share.expiresAt) - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    // Typed in lower case without the dash, it still opens.
    const redeemed = await clinician.call('POST', '/api/shares/redeem', {
      code: share.code.replace('-', '').toLowerCase(),
    });
    expect(redeemed).toMatchObject({ status: 200, body: { patientId: personId } });
    expect((await person.call('GET', '/api/shares')).body).toEqual([
      expect.objectContaining({
        status: 'active',
        clinician: expect.objectContaining({ name: `Dr Ada ${n}`, email: `dr-${n}@clinic.example` }),
        canAdjust: false,
      }),
    ]);
  });

  it('answers a used, an unknown and a revoked code alike, and a malformed one naming "code"', async () => {
    const { person, clinician, share } = await shared();
    const again = await clinician.call('POST', '/api/shares/redeem', { code: share.code });
    const unknown = await clinician.call('POST', '/api/shares/redeem', { code: '0000-0000' });
    const fresh = (await person.call('POST', '/api/shares', {})).body as NewShare;
    expect((await person.call('DELETE', `/api/shares/${fresh.id}`)).status).toBe(204);
    const revoked = await clinician.call('POST', '/api/shares/redeem', { code: fresh.code });
    for (const answer of [again, unknown, revoked]) {
      expect([answer.status, errorCode(answer)]).toEqual([404, 'share_not_found']);
      expect(answer.body).toEqual(again.body);
    }
    const malformed = await clinician.call('POST', '/api/shares/redeem', { code: 'UUUU-UUUU' });
    expect([malformed.status, fieldOf(malformed)]).toEqual([400, 'code']);
  });

  it("gives the clinician the person's records, FHIR Bundle and a private note, each logged for the person", async () => {
    const { person, clinician, personId } = await shared();
    const records = await clinician.call('GET', `/api/clinician/patients/${personId}/records`);
    expect(records.status).toBe(200);
    expect((records.body as { records: { type: string }[] }).records.map((r) => r.type)).toEqual(['checkIn']);
    const fhir = await clinician.call('GET', `/api/clinician/patients/${personId}/fhir`);
    expect([fhir.status, (fhir.body as { resourceType: string }).resourceType]).toEqual([200, 'Bundle']);
    expect((await clinician.call('GET', `/api/clinician/patients/${personId}/note`)).body).toEqual({
      text: '',
      updatedAt: null,
    });
    const put = await clinician.call('PUT', `/api/clinician/patients/${personId}/note`, {
      text: 'better on left',
    });
    expect(put).toMatchObject({ status: 200, body: { text: 'better on left' } });
    expect((await clinician.call('GET', `/api/clinician/patients/${personId}/note`)).body).toMatchObject({
      text: 'better on left',
    });
    const log = (await person.call('GET', '/api/me/access-log')).body as {
      what: string;
      clinician: unknown;
    }[];
    expect(log.map((e) => e.what)).toEqual(['note', 'note', 'note', 'fhir', 'records']);
    expect(log[0]?.clinician).toMatchObject({ name: `Dr Ada ${n}` });
  });

  it("stores a prescription only where the share allows adjusting, and the person's next sync pulls it", async () => {
    const { person, clinician, personId, share, cursor } = await shared();
    const rx = {
      exercises: [{ exerciseId: 'lying-chin-nod', reps: 8, sides: 'both' }],
      sessionsPerDay: 2,
      note: 'gently',
    };
    const refused = await clinician.call('POST', `/api/clinician/patients/${personId}/prescriptions`, rx);
    expect([refused.status, errorCode(refused)]).toEqual([403, 'adjust_not_allowed']);
    const allowed = await person.call('PATCH', `/api/shares/${share.id}`, { canAdjust: true });
    expect(allowed).toMatchObject({ status: 200, body: { canAdjust: true, status: 'active' } });
    const stored = await clinician.call('POST', `/api/clinician/patients/${personId}/prescriptions`, rx);
    expect(stored.status).toBe(201);
    const record = stored.body as {
      id: string;
      type: string;
      updatedAt: string;
      data: Record<string, unknown>;
    };
    expect(record).toMatchObject({
      type: 'prescription',
      deleted: false,
      data: { ...rx, setBy: { name: `Dr Ada ${n}` } },
    });
    expect(record.updatedAt).toMatch(/-server$/);
    const pulled = await person.sync(cursor, []);
    expect(pulled.body.changes).toEqual([stored.body]);
    expect(((await person.call('GET', '/api/me/access-log')).body as { what: string }[])[0]?.what).toBe(
      'prescription',
    );
  });

  it('names the field of a prescription the library or the schema refuses, and stores nothing', async () => {
    const { person, clinician, personId, share, cursor } = await shared();
    await person.call('PATCH', `/api/shares/${share.id}`, { canAdjust: true });
    const path = `/api/clinician/patients/${personId}/prescriptions`;
    const unknown = await clinician.call('POST', path, { exercises: [{ exerciseId: 'neck-cracking' }] });
    expect([unknown.status, fieldOf(unknown)]).toEqual([400, 'exercises[0].exerciseId']);
    const twice = await clinician.call('POST', path, {
      exercises: [{ exerciseId: 'lying-chin-nod' }, { exerciseId: 'lying-chin-nod' }],
    });
    expect([twice.status, fieldOf(twice)]).toEqual([400, 'exercises[1].exerciseId']);
    const reps = await clinician.call('POST', path, {
      exercises: [{ exerciseId: 'lying-chin-nod', reps: 31 }],
    });
    expect([reps.status, fieldOf(reps)]).toEqual([400, 'exercises[0].reps']);
    expect((await person.sync(cursor, [])).body.changes).toEqual([]);
  });

  it('refuses the very next request after the person revokes, on every patient route', async () => {
    const { person, clinician, personId, share } = await shared();
    expect((await clinician.call('GET', `/api/clinician/patients/${personId}/records`)).status).toBe(200);
    expect((await person.call('DELETE', `/api/shares/${share.id}`)).status).toBe(204);
    for (const [method, tail, body] of [
      ['GET', 'records', undefined],
      ['GET', 'fhir', undefined],
      ['GET', 'note', undefined],
      ['PUT', 'note', { text: 'x' }],
      ['POST', 'prescriptions', { exercises: [{ exerciseId: 'lying-chin-nod' }] }],
      ['POST', 'reviewed', undefined],
    ] as const) {
      const answer = await clinician.call(method, `/api/clinician/patients/${personId}/${tail}`, body);
      expect([answer.status, errorCode(answer)], `${method} ${tail}`).toEqual([403, 'not_shared']);
    }
    expect(((await person.call('GET', '/api/shares')).body as { status: string }[])[0]?.status).toBe(
      'revoked',
    );
  });

  it('deleting the person ends the share; deleting the clinician ends theirs too', async () => {
    const a = await shared();
    expect((await a.person.call('DELETE', '/api/me')).status).toBe(204);
    const gone = await a.clinician.call('GET', `/api/clinician/patients/${a.personId}/records`);
    expect([gone.status, errorCode(gone)]).toEqual([403, 'not_shared']);
    const b = await shared();
    expect((await b.clinician.call('DELETE', '/api/me')).status).toBe(204);
    expect((await b.person.call('GET', '/api/shares')).body).toEqual([]);
  });
});

describe('redeeming codes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { authAttemptsPerMinute: 3 });
  });
  afterAll(async () => server?.close());

  it('is limited per address like log-in, so codes cannot be guessed in bulk', async () => {
    const clinician = new ApiClient(server.url);
    const signup = await clinician.call('POST', '/api/auth/signup', {
      email: 'guesser@clinic.example',
      password: 'correct horse battery',
      role: 'clinician',
      name: 'Dr Guess',
    });
    clinician.token = (signup.body as { token: string }).token;
    const statuses: number[] = [];
    for (const code of ['0000-0001', '0000-0002', '0000-0003', '0000-0004'])
      statuses.push((await clinician.call('POST', '/api/shares/redeem', { code })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});
