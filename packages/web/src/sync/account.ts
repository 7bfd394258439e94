import { getStore } from '../store/index.js';
import { type ApiError, callApi } from './api.js';
import { backgroundSync } from './background.js';
import { getMe } from './clinic-api.js';
import { SyncState } from './state.js';

export type { ApiError };

/**
 * Signs up or logs in, remembers who is signed in on this device (and in which
 * role, from the server: it chooses the screens), and starts syncing. A clinician
 * signs up with the name their patients will see.
 */
export async function signIn(
  mode: 'signup' | 'login',
  email: string,
  password: string,
  clinician?: { name: string },
): Promise<void> {
  const role = clinician ? { role: 'clinician', name: clinician.name } : {};
  await callApi(
    'POST',
    `/api/auth/${mode}`,
    mode === 'signup' ? { email, password, ...role } : { email, password },
  );
  const me = await getMe();
  const state = new SyncState();
  // A new account on this device pulls everything from the start.
  await state.write({
    account: { email: me.email, role: me.role, name: me.name },
    cursor: null,
    rejected: [],
  });
  // Everything already on this device goes up on the first sync.
  await (await getStore()).setPushedUpTo('');
  await backgroundSync().start();
}

/** Logs out; what is on this device stays on this device. */
export async function signOut(): Promise<void> {
  // The account's reminders stop coming to this device (the server still knows who asks).
  await import('../lib/push.js').then((push) => push.turnPushOff()).catch(() => undefined);
  try {
    await callApi('POST', '/api/auth/logout', {});
  } finally {
    await backgroundSync().halt();
    await new SyncState().write({ account: null, cursor: null });
  }
}

/**
 * Deletes the account and the server's copy of every entry (the server does it
 * at once). Sync stops first, so nothing is pushed back up while it happens.
 * Throws `ApiError` when the server cannot be reached; then nothing is deleted.
 */
export async function deleteAccount(): Promise<void> {
  await backgroundSync().halt();
  try {
    await callApi('DELETE', '/api/me');
  } catch (error) {
    void backgroundSync().start();
    throw error;
  }
  await new SyncState().write({ account: null, cursor: null });
}
