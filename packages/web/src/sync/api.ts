import type { SyncRecord } from '@crick/core';

/** The server's answer to `POST /api/sync`. */
export interface SyncResponse {
  readonly cursor: string;
  /** The server was restored from a backup since our cursor: push everything we have. */
  readonly resync?: boolean;
  readonly changes: readonly unknown[];
  readonly rejected: readonly { readonly id: string | null; readonly reason: string }[];
}

export interface SyncTransport {
  sync(body: { cursor: string | null; changes: readonly SyncRecord[] }): Promise<SyncResponse>;
}

/** An HTTP answer that was not a success; `status` 0 means the network failed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
  /** Worth trying again later: offline, a timeout, or a server error. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/**
 * JSON to and from the server on the same origin. The session cookie rides
 * along; the browser adds the Origin header the server checks. Bodies only,
 * never query strings, so no health data ends up in a URL or a log.
 */
export async function callApi<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'Could not reach the server. Check your connection.');
  }
  if (response.status === 204) return undefined as T;
  const parsed = (await response.json().catch(() => null)) as
    | (T & { error?: { code?: string; message?: string; field?: string } })
    | null;
  if (!response.ok) {
    const e = parsed?.error;
    throw new ApiError(
      response.status,
      e?.code ?? 'http_error',
      e?.message ?? `The server answered ${response.status}.`,
      e?.field,
    );
  }
  return parsed as T;
}

export const httpTransport: SyncTransport = {
  sync: (body) => callApi<SyncResponse>('POST', '/api/sync', body),
};
