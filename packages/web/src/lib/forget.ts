import { getStore } from '../store/index.js';
import { backgroundSync } from '../sync/background.js';
import { forgetPushHere } from './push.js';

/** The Cache Storage that workbox keeps for the app's own code and content: the same for everyone. */
const APP_SHELL_CACHE = /^workbox-precache/;
/** Every key this app writes to localStorage starts with this. */
const APP_KEY_PREFIX = 'crick.';

/**
 * Deletes everything of the person on this device: every record in IndexedDB
 * (with the set-aside ones and the sync state, so the device is signed out),
 * the app's localStorage, and any Cache Storage other than the app's own code.
 * Sync halts first: a pull still under way would otherwise put it all back.
 * The account on the server is a separate choice (`deleteAccount`).
 */
export async function forgetThisDevice(): Promise<void> {
  await backgroundSync().halt();
  // Reminders to this device stop with it (the server dropped its copy with the account, or keeps the account's).
  await forgetPushHere().catch(() => undefined);
  await (await getStore()).deleteAll();
  for (const key of Object.keys(localStorage))
    if (key.startsWith(APP_KEY_PREFIX)) localStorage.removeItem(key);
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) if (!APP_SHELL_CACHE.test(name)) await caches.delete(name);
  }
}
