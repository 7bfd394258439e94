import type { SyncRecord } from '@crick/core';
import type { SyncResponse, SyncTransport } from './api.js';
import { wins } from './merge.js';

/**
 * An in-memory model of the server's sync rules (last writer wins by clock,
 * equal clocks keep what is stored, a sequence number per stored change, pull
 * by cursor), for unit tests of the client. The real server is tested in the e2e.
 */
export class ModelServer {
  readonly records = new Map<string, SyncRecord & { seq: number }>();
  #seq = 0;

  sync(body: { cursor: string | null; changes: readonly SyncRecord[] }): SyncResponse {
    for (const r of body.changes) {
      if (wins(r, this.records.get(r.id))) this.records.set(r.id, { ...r, seq: ++this.#seq });
    }
    const since = body.cursor === null ? 0 : Number(body.cursor);
    const changes = [...this.records.values()]
      .filter((r) => r.seq > since)
      .sort((a, b) => a.seq - b.seq)
      .map(({ seq: _seq, ...r }) => r);
    return { cursor: String(this.#seq), changes, rejected: [] };
  }

  /** A transport that fails (before or after the server stored the push) when `fail()` says so. */
  transport(fail: () => 'none' | 'before' | 'after' = () => 'none'): SyncTransport {
    return {
      sync: async (body) => {
        const mode = fail();
        if (mode === 'before') throw new Error('network down');
        const answer = this.sync(structuredClone(body));
        if (mode === 'after') throw new Error('answer lost');
        return structuredClone(answer);
      },
    };
  }
}
