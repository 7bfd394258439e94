import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, ApiClient, startTestServer, type TestServer } from './test-support/harness.js';

interface Operation {
  readonly responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  readonly paths: Record<string, Record<string, Operation>>;
}

let server: TestServer;
let doc: Document;

beforeAll(async () => {
  server = await startTestServer('sqlite');
  doc = (await new ApiClient(server.url).call('GET', '/openapi.json')).body as Document;
});
afterAll(async () => server?.close());

/** The media types the document declares for this answer's status (exact, or its class: 4XX). */
function declaredTypes(method: string, path: string, status: number): string[] {
  const responses = doc.paths[path]?.[method]?.responses ?? {};
  const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  return Object.keys(declared?.content ?? {});
}

const sentType = (answer: Answer) => (answer.headers.get('content-type') ?? '').split(';')[0];

describe('the OpenAPI document', () => {
  it('declares the FHIR export error in the content type the server sends it as', async () => {
    const refused = await new ApiClient(server.url).call('GET', '/api/export/fhir');
    expect(refused.status).toBe(401);
    expect(declaredTypes('get', '/api/export/fhir', 401)).toEqual([sentType(refused)]);
  });

  it('declares the FHIR Bundle as application/fhir+json, as it is sent', async () => {
    const client = new ApiClient(server.url);
    await client.signUp('openapi-fhir@example.org');
    const bundle = await client.call('GET', '/api/export/fhir');
    expect(bundle.status).toBe(200);
    expect(sentType(bundle)).toBe('application/fhir+json');
    expect(declaredTypes('get', '/api/export/fhir', 200)).toEqual([sentType(bundle)]);
  });

  it('declares the JSON export and its errors as application/json, as they are sent', async () => {
    const refused = await new ApiClient(server.url).call('GET', '/api/export');
    const client = new ApiClient(server.url);
    await client.signUp('openapi-json@example.org');
    const exported = await client.call('GET', '/api/export');
    expect([refused.status, exported.status]).toEqual([401, 200]);
    expect(declaredTypes('get', '/api/export', 401)).toEqual([sentType(refused)]);
    expect(declaredTypes('get', '/api/export', 200)).toEqual([sentType(exported)]);
  });
});

describe('the OpenAPI document for GP hand-offs', () => {
  it('documents every hand-off route, the link open to all and storing open to anyone', () => {
    const paths = doc.paths as Record<
      string,
      Record<string, Operation & { operationId?: string; security?: unknown }>
    >;
    const ops = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/handoffs'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([m, op]) => `${m} ${path} ${op.operationId}`),
      );
    expect(ops.sort()).toEqual([
      'delete /api/handoffs/{id} withdrawHandoff',
      'get /api/handoffs listHandoffs',
      'get /api/handoffs/{id} getHandoff',
      'post /api/handoffs createHandoff',
    ]);
    expect(paths['/api/handoffs/{id}']?.get?.security).toEqual([]);
    expect(paths['/api/handoffs']?.post?.security).toContainEqual({});
    expect(declaredTypes('get', '/api/handoffs/{id}', 200)).toEqual(['application/json']);
    expect(declaredTypes('get', '/api/handoffs/{id}', 410)).toEqual(['application/json']);
  });
});

describe('the OpenAPI document for Web Push', () => {
  it('declares the push routes as they answer: the key public, a subscription 201 and its refusals 4XX', async () => {
    const anonymous = new ApiClient(server.url);
    const key = await anonymous.call('GET', '/api/push/key');
    expect(key.status).toBe(200);
    expect(declaredTypes('get', '/api/push/key', 200)).toEqual([sentType(key)]);
    const operation = doc.paths['/api/push/key']?.get as unknown as { security?: unknown[] };
    expect(operation.security).toEqual([]);

    const refused = await anonymous.call('POST', '/api/push/unsubscribe', {
      endpoint: 'https://push.example/x',
    });
    expect(refused.status).toBe(401);
    expect(declaredTypes('post', '/api/push/unsubscribe', 401)).toEqual([sentType(refused)]);
    const client = new ApiClient(server.url);
    await client.signUp('openapi-push@example.org');
    const bad = await client.call('POST', '/api/push/subscriptions', { endpoint: 'https://push.example/x' });
    expect(bad.status).toBe(400);
    expect(declaredTypes('post', '/api/push/subscriptions', 400)).toEqual([sentType(bad)]);
    expect(Object.keys(doc.paths['/api/push/subscriptions']?.post?.responses ?? {})).toContain('201');
  });
});
