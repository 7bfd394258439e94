import { callApi } from '../sync/api.js';
import { deviceTimeZone } from './reminders.js';

/**
 * Reminders by Web Push from the server, for a signed-in person, so they
 * arrive when Crick is closed. The subscription is this device's: the server
 * keeps it as a record of the person and drops it with their account; the
 * service worker (public/push-sw.js) shows what arrives.
 */
export const pushSupported = (): boolean =>
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  typeof PushManager !== 'undefined' &&
  typeof Notification !== 'undefined';

async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Whether this device gets pushed reminders now. */
export const pushIsOn = async (): Promise<boolean> => (await currentSubscription()) !== null;

/** Tells the server about this device's subscription (again: the time zone may have changed). */
async function register(subscription: PushSubscription): Promise<void> {
  const { endpoint, keys } = subscription.toJSON();
  await callApi('POST', '/api/push/subscriptions', { endpoint, keys, timeZone: deviceTimeZone() });
}

/** A browser that cannot reach its push service may never answer: give up after a while, saying why. */
function withinTime<T>(promise: Promise<T>, message: string, ms = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export type PushOutcome = 'on' | 'denied' | 'unsupported';

/** Turns pushed reminders on; asks for notification permission here, on the person's tap only. */
export async function turnPushOn(): Promise<PushOutcome> {
  if (!pushSupported()) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = await callApi<{ publicKey: string }>('GET', '/api/push/key');
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await withinTime(
      registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }),
      'This browser could not reach its push service. Check your connection and try again.',
    ));
  await register(subscription);
  return 'on';
}

/** Turns them off: the server forgets this device, and the browser drops the subscription. */
export async function turnPushOff(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await callApi('POST', '/api/push/unsubscribe', { endpoint: subscription.endpoint });
  await subscription.unsubscribe();
}

/** On start, signed in: the server hears of this device's subscription again (its zone, or after a restore). */
export async function refreshPush(): Promise<void> {
  const subscription = await currentSubscription();
  if (subscription) await register(subscription);
}

/** Drops the browser's subscription without the server (the account is gone or being left). */
export async function forgetPushHere(): Promise<void> {
  await (await currentSubscription())?.unsubscribe();
}
