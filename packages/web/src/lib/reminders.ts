import { getStore } from '../store/index.js';
import { now } from './clock.js';
import { resolveSettings } from './settings.js';

/**
 * In-app reminders at the times chosen in settings, while Crick is open (a web
 * page cannot wake itself; the prevention screen's calendar file covers that).
 * Loaded after the first screen, so it costs the first screen nothing.
 */
let timer: ReturnType<typeof setTimeout> | undefined;

export function msUntilNext(times: readonly string[], at: number): number | null {
  if (times.length === 0) return null;
  const day = new Date(at);
  let best: number | null = null;
  for (const t of times) {
    const [h, m] = t.split(':').map(Number);
    const next = new Date(day);
    next.setHours(h ?? 0, m ?? 0, 0, 0);
    if (next.getTime() <= at) next.setDate(next.getDate() + 1);
    const wait = next.getTime() - at;
    if (best === null || wait < best) best = wait;
  }
  return best;
}

async function schedule(): Promise<void> {
  if (timer) clearTimeout(timer);
  const store = await getStore();
  const settings = resolveSettings((await store.latest('settings'))?.data);
  const wait = msUntilNext(settings.reminderTimes, now());
  if (wait === null) return;
  timer = setTimeout(() => {
    if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      new Notification('Crick', { body: 'Time for a short check-in or session.', tag: 'crick-reminder' });
    }
    void schedule();
  }, wait);
}

export async function startReminders(): Promise<void> {
  const store = await getStore();
  store.subscribe(() => void schedule());
  await schedule();
}
