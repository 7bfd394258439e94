import type { SyncRecord } from '@crick/core';
import type { DialectKind } from '@crick/db';
import { openTestDatabase } from '@crick/db/testing';
import { type AppOptions, buildApp } from '../app.js';
import type { App } from '../context.js';

export interface TestServer {
  readonly app: App;
  readonly url: string;
  readonly database: AppOptions['database'];
  close(): Promise<void>;
}

/** The real app on a fresh database, listening on a free loopback port. */
export async function startTestServer(
  kind: DialectKind = 'sqlite',
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const t = await openTestDatabase(kind);
  const app = await buildApp({ database: t.database, authAttemptsPerMinute: 10_000, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    database: t.database,
    close: async () => {
      await app.close();
      await t.dispose();
    },
  };
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
}

/** A client speaking real HTTP: a bearer token, or a browser-like cookie with its Origin. */
export class ApiClient {
  readonly baseUrl: string;
  token: string | undefined;
  cookie: string | undefined;
  readonly mode: 'bearer' | 'cookie';

  constructor(baseUrl: string, mode: 'bearer' | 'cookie' = 'bearer') {
    this.baseUrl = baseUrl;
    this.mode = mode;
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.mode === 'bearer' && this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.mode === 'cookie') {
      headers.origin = this.baseUrl;
      if (this.cookie) headers.cookie = this.cookie;
    }
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('crick_session=')) this.cookie = setCookie.split(';')[0];
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {}
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** Signs up (or in, when `login`), keeping the token. */
  async signUp(email: string, password = 'correct horse battery'): Promise<Answer> {
    const answer = await this.call('POST', '/api/auth/signup', { email, password });
    if (answer.status === 201) this.token = (answer.body as { token: string }).token;
    return answer;
  }

  async logIn(email: string, password = 'correct horse battery'): Promise<Answer> {
    const answer = await this.call('POST', '/api/auth/login', { email, password });
    if (answer.status === 200) this.token = (answer.body as { token: string }).token;
    return answer;
  }

  sync(cursor: string | null, changes: unknown[]) {
    return this.call('POST', '/api/sync', { cursor, changes }) as Promise<
      Answer & {
        body: {
          cursor: string;
          changes: SyncRecord[];
          rejected: { id: string; reason: string; field: string }[];
        };
      }
    >;
  }
}

let counter = 0;
/** A valid check-in record with a fresh uuid. */
export function checkInRecord(pain: number, overrides: Partial<SyncRecord> = {}): SyncRecord {
  counter += 1;
  const id = `${process.pid.toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  return {
    id,
    type: 'checkIn',
    updatedAt: `2026-11-22T08:30:00.000Z-${(counter % 0xffff).toString(16).padStart(4, '0')}-phone`,
    deleted: false,
    data: { date: '2026-11-22', pain },
    ...overrides,
  } as SyncRecord;
}
