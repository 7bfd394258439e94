import {
  addDays,
  type CheckIn,
  dailyPain,
  MEANINGFUL_FRACTION,
  MEANINGFUL_POINTS,
  type RemedyUse,
  type SessionLog,
} from '@crick/core';

/**
 * The change from the baseline that counts as real (core's `painChange`: 2
 * points or 30% of the start, whichever is reached first). Inside the band is noise.
 */
export function meaningfulBand(baseline: number): { low: number; high: number; half: number } {
  const half = baseline > 0 ? Math.min(MEANINGFUL_POINTS, MEANINGFUL_FRACTION * baseline) : MEANINGFUL_POINTS;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { low: r(Math.max(0, baseline - half)), high: r(Math.min(10, baseline + half)), half: r(half) };
}

export interface PainSeries {
  readonly dates: readonly string[];
  readonly pain: readonly number[];
  readonly band: { low: number; high: number; half: number } | null;
  readonly baseline: number | null;
}

/** One point a day (the day's mean) and the band around the baseline (the intake's pain, else the first day). */
export function painSeries(checkIns: readonly CheckIn[], baseline?: number): PainSeries {
  const days = dailyPain(checkIns);
  const base = baseline ?? days[0]?.mean ?? null;
  return {
    dates: days.map((d) => d.date),
    pain: days.map((d) => d.mean),
    band: base === null ? null : meaningfulBand(base),
    baseline: base,
  };
}

/** The last `days` dates ending on `today`, oldest first. */
export const lastDays = (today: string, days: number): string[] =>
  Array.from({ length: days }, (_, i) => addDays(today, i - (days - 1)));

/** For each day: 1 when a session was completed that day, else 0. */
export function adherenceSeries(sessions: readonly SessionLog[], dates: readonly string[]): number[] {
  const done = new Set(sessions.filter((s) => s.completed).map((s) => s.date));
  return dates.map((d) => (done.has(d) ? 1 : 0));
}

/** Uses of cold and of heat per day (by the local date the use started). */
export function remedySeries(
  uses: readonly RemedyUse[],
  dates: readonly string[],
  dateOf: (iso: string) => string,
): { cold: number[]; heat: number[] } {
  const count = (kind: 'cold' | 'heat') =>
    dates.map((d) => uses.filter((u) => u.kind === kind && dateOf(u.startedAt) === d).length);
  return { cold: count('cold'), heat: count('heat') };
}

/** Noon UTC of a date, in seconds: uPlot's time axis. Noon keeps every zone on the same calendar day. */
export const dateToSeconds = (date: string): number => Date.parse(`${date}T12:00:00Z`) / 1000;

/** "Mon 23 Nov" for tables and labels. */
export function shortDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
