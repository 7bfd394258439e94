import type { ReportData } from '../screens/report/report-data.js';
import { DEFAULT_DB_NAME, openCrickDb } from '../store/db.js';
import { ApiError, callApi } from '../sync/api.js';
import { SyncState } from '../sync/state.js';
import { handoffLink, sealReport } from './sealed-report.js';

/** A hand-off as this device knows it. Device-only (the store's `meta`, never synced): it holds the link's key. */
export interface DeviceHandoff {
  readonly id: string;
  /** The whole link with its key; absent for one made on another device (the server has no key to give). */
  readonly link?: string;
  readonly withdrawToken?: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const KEY = 'handoffs';

async function readAll(name: string): Promise<DeviceHandoff[]> {
  const db = await openCrickDb(name);
  try {
    const text = await db.get('meta', KEY);
    return text ? (JSON.parse(text) as DeviceHandoff[]) : [];
  } catch {
    return [];
  } finally {
    db.close();
  }
}

async function writeAll(name: string, handoffs: readonly DeviceHandoff[]): Promise<void> {
  const db = await openCrickDb(name);
  try {
    await db.put('meta', JSON.stringify(handoffs), KEY);
  } finally {
    db.close();
  }
}

/**
 * The person's GP hand-offs from this device: make one (the report sealed
 * here, only ciphertext sent), list the live ones, withdraw one or all.
 */
export class DeviceHandoffs {
  readonly #name: string;
  readonly #now: () => number;
  constructor(name: string = DEFAULT_DB_NAME, now: () => number = Date.now) {
    this.#name = name;
    this.#now = now;
  }

  async share(report: ReportData, origin: string): Promise<DeviceHandoff & { link: string }> {
    const sealed = await sealReport(report);
    const stored = await callApi<{ id: string; withdrawToken: string; expiresAt: string }>(
      'POST',
      '/api/handoffs',
      { ciphertext: sealed.ciphertext, iv: sealed.iv },
    );
    const made = {
      id: stored.id,
      link: handoffLink(origin, stored.id, sealed.key),
      withdrawToken: stored.withdrawToken,
      createdAt: new Date(this.#now()).toISOString(),
      expiresAt: stored.expiresAt,
    };
    await writeAll(this.#name, [made, ...(await readAll(this.#name))]);
    return made;
  }

  /** Live ones, newest first: this device's, and (signed in) the account's made elsewhere. */
  async live(): Promise<DeviceHandoff[]> {
    const at = new Date(this.#now()).toISOString();
    const mine = (await readAll(this.#name)).filter((h) => h.expiresAt > at);
    const { account } = await new SyncState(this.#name).read();
    let elsewhere: DeviceHandoff[] = [];
    if (account) {
      // Offline or signed out elsewhere: this device's list is still right for what it made.
      const listed = await callApi<DeviceHandoff[]>('GET', '/api/handoffs').catch(() => []);
      elsewhere = listed.filter((h) => !mine.some((m) => m.id === h.id));
    }
    return [...mine, ...elsewhere].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  /** Withdraws one: the server empties it at once. One already gone counts as withdrawn. */
  async withdraw(handoff: DeviceHandoff): Promise<void> {
    try {
      await callApi(
        'DELETE',
        `/api/handoffs/${handoff.id}`,
        undefined,
        handoff.withdrawToken ? { 'crick-withdraw-token': handoff.withdrawToken } : {},
      );
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    await writeAll(
      this.#name,
      (await readAll(this.#name)).filter((h) => h.id !== handoff.id),
    );
  }

  /** Withdraws every one this device made that still opens: before deleting this device's data. */
  async withdrawAll(): Promise<void> {
    const at = new Date(this.#now()).toISOString();
    for (const h of await readAll(this.#name)) {
      if (h.expiresAt > at) await this.withdraw(h);
    }
  }
}
