import { getStore } from '../store/index.js';
import { ApiError, httpTransport, type SyncTransport } from './api.js';
import { syncOnce } from './client.js';
import type { Rejected } from './state.js';
import { SyncState } from './state.js';

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'offline' | 'error';

export interface SyncStatus {
  readonly phase: SyncPhase;
  readonly email: string | null;
  /** The signed-in role; null when signed out. */
  readonly role: 'person' | 'clinician' | 'admin' | null;
  readonly name: string | null;
  readonly lastSyncedAt: string | null;
  readonly rejected: readonly Rejected[];
  readonly message: string | null;
}

const DEBOUNCE_MS = 1500;
const EVERY_MS = 3 * 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

type Listener = (s: SyncStatus) => void;

/**
 * Background sync while signed in: on start, when the browser comes back
 * online, shortly after each local change, and every few minutes. Failures
 * retry with doubling back-off; the queue itself lives in IndexedDB (the
 * store's outbox marker), so it survives reloads.
 */
export class BackgroundSync {
  #status: SyncStatus = {
    phase: 'off',
    email: null,
    role: null,
    name: null,
    lastSyncedAt: null,
    rejected: [],
    message: null,
  };
  readonly #listeners = new Set<Listener>();
  readonly #state: SyncState;
  readonly #transport: SyncTransport;
  #running = false;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #interval: ReturnType<typeof setInterval> | undefined;
  #backoff = 0;
  /** Settles when no sync is running; what `halt` waits for. */
  #idle: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | undefined;
  readonly #onOnline = () => this.soon(0);

  constructor(state = new SyncState(), transport: SyncTransport = httpTransport) {
    this.#state = state;
    this.#transport = transport;
  }

  get status(): SyncStatus {
    return this.#status;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    listener(this.#status);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<SyncStatus>): void {
    this.#status = { ...this.#status, ...patch };
    for (const l of this.#listeners) l(this.#status);
  }

  /** Starts when this device is signed in; safe to call more than once. */
  async start(): Promise<void> {
    const meta = await this.#state.read();
    if (!meta.account) {
      this.#set({ phase: 'off', email: null, role: null, name: null });
      return;
    }
    this.#set({
      email: meta.account.email,
      role: meta.account.role ?? 'person',
      name: meta.account.name ?? null,
      lastSyncedAt: meta.lastSyncedAt,
      rejected: meta.rejected,
    });
    if (this.#interval !== undefined) return this.soon(0);
    this.#set({ phase: 'idle' });
    const store = await getStore();
    this.#unsubscribe = store.subscribe(() => this.soon(DEBOUNCE_MS));
    window.addEventListener('online', this.#onOnline);
    this.#interval = setInterval(() => this.soon(0), EVERY_MS);
    this.soon(0);
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    window.removeEventListener('online', this.#onOnline);
    clearInterval(this.#interval);
    clearTimeout(this.#timer);
    this.#interval = undefined;
    this.#set({ phase: 'off', email: null, role: null, name: null, message: null });
  }

  /**
   * Stops and waits for a sync already under way to end, so nothing it pulled
   * lands after the caller goes on (deleting everything on this device).
   */
  async halt(): Promise<void> {
    this.stop();
    await this.#idle;
  }

  /** Schedules a sync after `delay` ms (a later call with a shorter delay wins). */
  soon(delay: number): void {
    if (this.#interval === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), delay);
  }

  /** Syncs now; a change made while a sync runs triggers one more. */
  async run(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    let settle = () => {};
    this.#idle = new Promise((resolve) => {
      settle = resolve;
    });
    this.#set({ phase: 'syncing', message: null });
    try {
      const outcome = await syncOnce(await getStore(), this.#transport, this.#state);
      this.#backoff = 0;
      this.#set({ phase: 'idle', lastSyncedAt: new Date().toISOString(), rejected: outcome.rejected });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
      if (e.status === 401) {
        // The session ended (logged out elsewhere, or expired): stop and ask to log in again.
        await this.#state.write({ account: null });
        this.stop();
        this.#set({ message: 'You were logged out. Log in again to keep syncing.' });
        return;
      }
      const offline = e.status === 0 || (typeof navigator !== 'undefined' && !navigator.onLine);
      this.#set({ phase: offline ? 'offline' : 'error', message: e.message });
      if (e.retryable) {
        this.#backoff = Math.min(MAX_BACKOFF_MS, this.#backoff ? this.#backoff * 2 : 2000);
        this.soon(this.#backoff);
      }
    } finally {
      this.#running = false;
      settle();
      if (this.#again) {
        this.#again = false;
        this.soon(0);
      }
    }
  }
}

let shared: BackgroundSync | undefined;
/** The app's one background sync. */
export function backgroundSync(): BackgroundSync {
  shared ??= new BackgroundSync();
  return shared;
}

/** Call once when the app starts: syncs only if this device was signed in before. */
export function startSyncIfSignedIn(): Promise<void> {
  return backgroundSync().start();
}
