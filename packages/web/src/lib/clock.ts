/**
 * The app's one clock. Timers read true time from timestamps (never by counting
 * intervals), so a locked screen or a throttled tab cannot make them drift.
 *
 * Tests may speed time up with `?fast=N` in the URL (kept for the tab's life):
 * a whole guided session then runs in seconds. Nothing else sets it.
 */
function readScale(): number {
  if (typeof location === 'undefined') return 1;
  const given = new URLSearchParams(location.search).get('fast') ?? sessionStorage.getItem('crick.fast');
  const n = Number(given);
  if (!given || !Number.isFinite(n) || n < 1 || n > 1000) return 1;
  sessionStorage.setItem('crick.fast', String(n));
  return n;
}

export const timeScale = readScale();
const origin = Date.now();

/** Milliseconds since the epoch, scaled for tests. */
export const now = (): number => origin + (Date.now() - origin) * timeScale;

/** Today as YYYY-MM-DD in the person's own time zone. */
export function localDate(at: number = now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** HH:MM in the person's own time zone. */
export function localTime(at: number = now()): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

export const prefersReducedMotion = (): boolean =>
  typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
