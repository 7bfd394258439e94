import { getStore } from '../store/index.js';
import { type ApiError, callApi } from './api.js';
import { backgroundSync } from './background.js';
import { SyncState } from './state.js';

export type { ApiError };

/** Signs up or logs in, remembers who is signed in on this device, and starts syncing. */
export async function signIn(mode: 'signup' | 'login', email: string, password: string): Promise<void> {
  await callApi('POST', `/api/auth/${mode}`, { email, password });
  const state = new SyncState();
  // A new account on this device pulls everything from the start.
  await state.write({ account: { email }, cursor: null, rejected: [] });
  // Everything already on this device goes up on the first sync.
  await (await getStore()).setPushedUpTo('');
  await backgroundSync().start();
}

/** Logs out; what is on this device stays on this device. */
export async function signOut(): Promise<void> {
  try {
    await callApi('POST', '/api/auth/logout', {});
  } finally {
    backgroundSync().stop();
    await new SyncState().write({ account: null, cursor: null });
  }
}
