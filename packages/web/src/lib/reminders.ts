import { nextReminder, reminderScheduleOf, reminderWording } from '@crick/core';
import { getStore } from '../store/index.js';
import { now, timeScale } from './clock.js';

/**
 * In-app reminders at the person's times, working days and quiet hours
 * (core's reminder schedule, the same the server's Web Push follows), while
 * Crick is open. Loaded after the first screen, so it costs the first screen nothing.
 */
let timer: ReturnType<typeof setTimeout> | undefined;

/** This device's IANA time zone, the one its wall clock shows. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

async function schedule(): Promise<void> {
  if (timer) clearTimeout(timer);
  const store = await getStore();
  const next = nextReminder(
    reminderScheduleOf((await store.latest('settings'))?.data),
    now(),
    deviceTimeZone(),
  );
  if (!next.ok || next.value === null) return;
  const { kind, at } = next.value;
  timer = setTimeout(
    () => {
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        // The tag is the one a pushed reminder has: shown twice, it replaces itself.
        const { title, body } = reminderWording[kind];
        new Notification(title, { body, tag: `crick-${kind}` });
      }
      void schedule();
    },
    Math.max(0, (at - now()) / timeScale),
  );
}

export async function startReminders(): Promise<void> {
  const store = await getStore();
  store.subscribe(() => void schedule());
  await schedule();
}
